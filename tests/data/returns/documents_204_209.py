# ruff: noqa: E501 - the documents' text is kept as written, one paragraph a line
"""Returned documents 204–209, written with 198–203 and read once with them (bench/README.md).

Shapes not in documents 1–203: the questions as plain lines with only a horizontal rule between one answer
and the next question; the same answer given twice, the second time after "Correction:"; "see attached" typed
for several answers with nothing attached; the headings saved as pictures, their words only in the alt
text; the contact typed beside a photo in a borderless two-column table; each answer in a right-aligned
text box floating beside its question. See build.py.
"""

from tests.data.returns.build import HR, PIC, XF, B, P, T, contact, no, yes
from tests.data.returns.documents import doc
from tests.data.returns.documents_150_155 import Q

_ANSWERS_204 = [
    ("title", "Careers mentors for Year 11 in care"),
    ("authority", "Reading"),
    ("organisation", "Brighter Futures for Children – Virtual School"),
    ("service_areas", "Mainstream schools, Care leavers"),
    ("scale", "Service or team practice"),
    (
        "problem",
        "Young people in care left school without a plan for what came next, and a third were not in education or work by October.",
    ),
    (
        "what_you_did",
        "Each Year 11 pupil in care is matched with a volunteer mentor from a local employer, who meets them every fortnight.",
    ),
    ("difference", "All 22 mentored pupils had a place in education, training or work in October."),
    ("permanence", "Three employers have signed up to provide mentors every year."),
    ("proprietary", "No"),
    ("adoption", "Local employers willing to release staff for an hour a fortnight."),
    ("contact", "Tom Baker, Post-16 Adviser, tom.baker@brighterfuturesforchildren.example.org"),
    ("consent_publish", "Yes"),
    ("consent_contact", "Yes"),
]
_blocks_204 = [P("Silver Linings nomination form")]
for _key, _answer in _ANSWERS_204:
    _blocks_204 += [P(Q[_key]), P(_answer), HR()]

# 204: plain question lines, the answer under each, and a horizontal rule (Word's "---") before the next.
doc(
    "204-answers-between-horizontal-rules",
    _blocks_204,
    {
        "title": "Careers mentors for Year 11 in care",
        "authority": "Reading",
        "organisation": "Brighter Futures for Children – Virtual School",
        "service_areas": ["Mainstream schools", "Care leavers"],
        "scale": "Service or team practice",
        "problem": "Young people in care left school without a plan for what came next, and a third were not in education or work by October.",
        "what_you_did": "Each Year 11 pupil in care is matched with a volunteer mentor from a local employer, who meets them every fortnight.",
        "difference": "All 22 mentored pupils had a place in education, training or work in October.",
        "permanence": "Three employers have signed up to provide mentors every year.",
        "proprietary": no(),
        "adoption": "Local employers willing to release staff for an hour a fortnight.",
        "contact": contact("Tom Baker", "Post-16 Adviser", "tom.baker@brighterfuturesforchildren.example.org"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 205: a figure given, then given again in a "Correction:" paragraph under the same heading; the authority
# corrected at the end of the form.
doc(
    "205-answer-corrected-under-its-heading",
    [
        B(Q["title"]),
        P("Speech and language screening at the two-year check"),
        B(Q["authority"]),
        P("Wokingham"),
        B(Q["organisation"]),
        P("Health Visiting and Early Years Team"),
        B(Q["service_areas"]),
        P("Early years"),
        B(Q["scale"]),
        P("Service or team practice"),
        B(Q["problem"]),
        P("Speech delays were picked up at school entry, two years after help would have made the most difference."),
        B(Q["what_you_did"]),
        P(
            "Health visitors use a short language screen at every two-year check and refer straight to a nursery-based group."
        ),
        B(Q["difference"]),
        P("Children ready for school in language rose from 68% to 74%."),
        P("Correction: from 68% to 79% – the summer figures came in after I wrote this."),
        B(Q["permanence"]),
        P("The screen is part of the two-year check in the health visiting contract."),
        B(Q["proprietary"]),
        P("No"),
        B(Q["adoption"]),
        P("A short screening tool and a group for the children who need it."),
        B(Q["contact"]),
        P("Lucy Grant, Early Years Lead, lucy.grant@wokingham.example.gov.uk"),
        B(Q["consent_publish"]),
        P("Yes"),
        B(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Speech and language screening at the two-year check",
        "authority": "Wokingham",
        "organisation": "Health Visiting and Early Years Team",
        "service_areas": ["Early years"],
        "scale": "Service or team practice",
        "problem": "Speech delays were picked up at school entry, two years after help would have made the most difference.",
        "what_you_did": "Health visitors use a short language screen at every two-year check and refer straight to a nursery-based group.",
        "difference": "Children ready for school in language rose from 68% to 79%.",
        "permanence": "The screen is part of the two-year check in the health visiting contract.",
        "proprietary": no(),
        "adoption": "A short screening tool and a group for the children who need it.",
        "contact": contact("Lucy Grant", "Early Years Lead", "lucy.grant@wokingham.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 206: "see attached" typed for several answers, and nothing attached. The set's rule (document 83): the words
# are the answer as written; the reader must report that they point to what the document does not hold.
doc(
    "206-see-attached-with-nothing-attached",
    [
        T(
            [Q["title"], "Family group conferences before care proceedings"],
            [Q["authority"], "West Sussex"],
            [Q["organisation"], "Family Group Conference Service"],
            [Q["service_areas"], "Children's social care"],
            [Q["scale"], "Whole-system change"],
            [Q["problem"], "See attached"],
            [
                Q["what_you_did"],
                "Every family is offered a family group conference before the pre-proceedings meeting.",
            ],
            [Q["difference"], "Please see attached evaluation report."],
            [Q["permanence"], "As per the attached."],
            [Q["proprietary"], "No"],
            [Q["adoption"], "See attached"],
            [Q["contact"], "Sarah Flynn, Service Manager, sarah.flynn@westsussex.example.gov.uk"],
            [Q["consent_publish"], "Yes"],
            [Q["consent_contact"], "Yes"],
        ),
    ],
    {
        "title": "Family group conferences before care proceedings",
        "authority": "West Sussex",
        "organisation": "Family Group Conference Service",
        "service_areas": ["Children's social care"],
        "scale": "Whole-system change",
        "problem": "See attached",
        "what_you_did": "Every family is offered a family group conference before the pre-proceedings meeting.",
        "difference": "Please see attached evaluation report.",
        "permanence": "As per the attached.",
        "proprietary": no(),
        "adoption": "See attached",
        "contact": contact("Sarah Flynn", "Service Manager", "sarah.flynn@westsussex.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 207: the template's headings pasted as pictures (a designed form): only their alt text holds the words.
doc(
    "207-headings-as-pictures-with-alt-text",
    [
        PIC(Q["title"]),
        P("Wellbeing passports for children in care"),
        PIC(Q["authority"]),
        P("Kent"),
        PIC(Q["organisation"]),
        P("Virtual School Kent"),
        PIC(Q["service_areas"]),
        P("Mainstream schools, Children's social care"),
        PIC(Q["scale"]),
        P("Service or team practice"),
        PIC(Q["problem"]),
        P("Each time a child in care moved school, staff had to learn from scratch what helped them."),
        PIC(Q["what_you_did"]),
        P("Children write a one-page passport with their designated teacher, and it moves with them."),
        PIC(Q["difference"]),
        P("Designated teachers say new starters settle in weeks rather than terms."),
        PIC(Q["permanence"]),
        P("The passport is part of every personal education plan."),
        PIC(Q["proprietary"]),
        P("No"),
        PIC(Q["adoption"]),
        P("A template and an hour with each child."),
        PIC(Q["contact"]),
        P("Anita Rao, Designated Teacher Adviser, anita.rao@kent.example.gov.uk"),
        PIC(Q["consent_publish"]),
        P("Yes"),
        PIC(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Wellbeing passports for children in care",
        "authority": "Kent",
        "organisation": "Virtual School Kent",
        "service_areas": ["Mainstream schools", "Children's social care"],
        "scale": "Service or team practice",
        "problem": "Each time a child in care moved school, staff had to learn from scratch what helped them.",
        "what_you_did": "Children write a one-page passport with their designated teacher, and it moves with them.",
        "difference": "Designated teachers say new starters settle in weeks rather than terms.",
        "permanence": "The passport is part of every personal education plan.",
        "proprietary": no(),
        "adoption": "A template and an hour with each child.",
        "contact": contact("Anita Rao", "Designated Teacher Adviser", "anita.rao@kent.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 208: the contact typed in the right-hand column of a borderless table, a photo in the left-hand one.
doc(
    "208-contact-beside-a-photo",
    [
        B(Q["title"]),
        P("Night-time outreach for children missing from home"),
        B(Q["authority"]),
        P("Southampton"),
        B(Q["organisation"]),
        P("Missing and Exploitation Team"),
        B(Q["service_areas"]),
        P("Youth justice, Children's social care"),
        B(Q["scale"]),
        P("Service or team practice"),
        B(Q["problem"]),
        P(
            "Children who went missing at night were found by the police, and nobody from the team saw them until days later."
        ),
        B(Q["what_you_did"]),
        P(
            "Two youth workers are on call until 2am and go out with the police to talk to the child when they are found."
        ),
        B(Q["difference"]),
        P("Return interviews within 72 hours rose from 45% to 92%."),
        B(Q["permanence"]),
        P("The on-call rota is funded by the community safety partnership."),
        B(Q["proprietary"]),
        P("No"),
        B(Q["adoption"]),
        P("Youth workers willing to work late shifts and an agreement with the police."),
        B(Q["contact"]),
        T(
            [
                [PIC("Photo of Kwame Mensah")],
                [
                    P("Kwame Mensah"),
                    P("Team Manager, Missing and Exploitation Team"),
                    P("kwame.mensah@southampton.example.gov.uk"),
                    P("023 8000 4455"),
                ],
            ]
        ),
        B(Q["consent_publish"]),
        P("Yes"),
        B(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Night-time outreach for children missing from home",
        "authority": "Southampton",
        "organisation": "Missing and Exploitation Team",
        "service_areas": ["Youth justice", "Children's social care"],
        "scale": "Service or team practice",
        "problem": "Children who went missing at night were found by the police, and nobody from the team saw them until days later.",
        "what_you_did": "Two youth workers are on call until 2am and go out with the police to talk to the child when they are found.",
        "difference": "Return interviews within 72 hours rose from 45% to 92%.",
        "permanence": "The on-call rota is funded by the community safety partnership.",
        "proprietary": no(),
        "adoption": "Youth workers willing to work late shifts and an agreement with the police.",
        "contact": contact(
            "Kwame Mensah",
            "Team Manager, Missing and Exploitation Team",
            "kwame.mensah@southampton.example.gov.uk",
            "023 8000 4455",
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

_ANSWERS_209 = [
    ("title", "Fostering assessments in half the time"),
    ("authority", "Isle of Wight"),
    ("organisation", "Fostering Recruitment Team"),
    ("service_areas", "Fostering"),
    ("scale", "Service or team practice"),
    ("problem", "Assessments of new foster carers took eight months, and many applicants gave up."),
    (
        "what_you_did",
        "Checks and references now run at the same time as the training, and one social worker stays with the applicant throughout.",
    ),
    ("difference", "Assessments take four months, and half as many applicants withdraw."),
    ("permanence", "The new order of steps is written into the service's procedures."),
    ("proprietary", "No"),
    ("adoption", "Agreement from the fostering panel to hear cases as soon as they are ready."),
    ("contact", "Gemma Price\nRecruitment Manager\ngemma.price@iow.example.gov.uk"),
    ("consent_publish", "Yes"),
    ("consent_contact", "No"),
]
_blocks_209 = [B("Nomination – Isle of Wight Council")]
for _key, _answer in _ANSWERS_209:
    _blocks_209 += [P(Q[_key]), XF(*_answer.split("\n"))]

# 209: each answer in a text box floating to the right of its question, as a designed form has them.
doc(
    "209-answers-in-floating-text-boxes",
    _blocks_209,
    {
        "title": "Fostering assessments in half the time",
        "authority": "Isle of Wight",
        "organisation": "Fostering Recruitment Team",
        "service_areas": ["Fostering"],
        "scale": "Service or team practice",
        "problem": "Assessments of new foster carers took eight months, and many applicants gave up.",
        "what_you_did": "Checks and references now run at the same time as the training, and one social worker stays with the applicant throughout.",
        "difference": "Assessments take four months, and half as many applicants withdraw.",
        "permanence": "The new order of steps is written into the service's procedures.",
        "proprietary": no(),
        "adoption": "Agreement from the fostering panel to hear cases as soon as they are ready.",
        "contact": contact("Gemma Price", "Recruitment Manager", "gemma.price@iow.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": no(),
    },
)
