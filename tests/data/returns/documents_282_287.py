# ruff: noqa: E501 - the documents' text is kept as written, one paragraph a line
"""Returned documents 282–287, written with 288–293 and read once with them (bench/README.md).

Shapes not in documents 1–281: a printed form scanned and turned back into text (misread letters, "l" for "1",
lines broken mid-sentence, words hyphenated at line ends, the page's running header in the text); the chosen
options made bold among all the options left in; the chosen options highlighted among all left in; a form
answered in the third person by a director's assistant; a director's letter of support with the form's details
in a small table at the end; the call's guidance notes pasted after the filled form. See build.py.
"""

from tests.data.returns.build import B, H, P, S, T, contact, no, yes
from tests.data.returns.documents import doc
from tests.data.returns.documents_150_155 import Q

# 282: printed, filled in by hand in capitals, then scanned and read back by OCR: misread letters, lines broken
# where the page broke them, words hyphenated at line ends, and the form's running header on the second page.
doc(
    "282-scanned-and-read-back-by-ocr",
    [
        P("SILVER LININGS - NOMINATION FORM"),
        B("Tit1e of the innovation"),
        P("Life story work started on the"),
        P("first day in care"),
        B("Authoritv"),
        P("Kent Countv Council"),
        B("Organisation, schoo1, setting or team"),
        P("Children in Care Service, Ash-"),
        P("ford"),
        B("Service areas"),
        P("Chi1dren's social care"),
        B("Scale of the innovation"),
        P("Service or team practice"),
        B("The prob1em or need"),
        P("Children moving into care often had no photos or"),
        P("record of their early lives, and life story books"),
        P("were written years later, if at all."),
        B("What you did differently"),
        P("Every social worker now starts a memory box and a"),
        P("short life story on the first day a child comes into"),
        P("care, with the parents' help where it is safe."),
        P("Silver Linings nomination form                    Page 2 of 2"),
        B("The difference it made"),
        P("Nine in ten children now have a life story started"),
        P("within a month, and carers say it helps with the"),
        P("hard questions."),
        B("Will it become permanent, and how is it being embedded?"),
        P("It is part of our practice standards and is checked"),
        P("at every child's first review."),
        B("Does it use a proprietary software or hardware product?"),
        P("No"),
        B("What would another authority need to adopt it?"),
        P("Memory boxes, a disposable camera for each child and"),
        P("an hour of training on the first-day visit for social work-"),
        P("ers."),
        B("Contact"),
        P("Dawn Whitaker, Team Manager, dawn.whitaker@kent.example.gov.uk, 0l622 69l234"),
        B("Can we pub1ish this innovation in the showcase, with your name?"),
        P("YES"),
        B("Can we contact you about this innovation?"),
        P("YES"),
    ],
    {
        "title": "Life story work started on the first day in care",
        "authority": "Kent",
        "organisation": "Children in Care Service, Ashford",
        "service_areas": ["Children's social care"],
        "scale": "Service or team practice",
        "problem": "Children moving into care often had no photos or record of their early lives, and life story books were written years later, if at all.",
        "what_you_did": "Every social worker now starts a memory box and a short life story on the first day a child comes into care, with the parents' help where it is safe.",
        "difference": "Nine in ten children now have a life story started within a month, and carers say it helps with the hard questions.",
        "permanence": "It is part of our practice standards and is checked at every child's first review.",
        "proprietary": no(),
        "adoption": "Memory boxes, a disposable camera for each child and an hour of training on the first-day visit for social workers.",
        "contact": contact("Dawn Whitaker", "Team Manager", "dawn.whitaker@kent.example.gov.uk", "01622 691234"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 283: a table with every option left in; the writer made the chosen ones bold.
doc(
    "283-chosen-options-in-bold",
    [
        H("Silver Linings nomination", 1),
        T(
            ["Title of the innovation", "Virtual school drop-ins for foster carers"],
            ["Authority", "Southampton"],
            ["Organisation, school, setting or team", "Virtual School"],
            [
                "Service areas (choose all that apply)",
                S(
                    "Mainstream schools / Special schools / Early years / Early help / Children's social care / Youth justice / Adoption / ",
                    ("*", "Fostering"),
                    " / SEND / Care leavers / Other",
                ),
            ],
            [
                "Scale of the innovation",
                S("Personal work habit / ", ("*", "Service or team practice"), " / Whole-system change"),
            ],
            [
                "The problem or need",
                "Foster carers could not get answers about school places and exclusions quickly, and children missed weeks of school.",
            ],
            [
                "What you did differently",
                "A virtual school teacher holds a drop-in every Wednesday at the fostering team's office and online.",
            ],
            ["The difference it made", "Days of school missed by children in care fell by a third over the year."],
            [
                "Will it become permanent, and how is it being embedded?",
                "The drop-ins are in the virtual school's service plan.",
            ],
            [
                "Does it use a proprietary software or hardware product?",
                S(("*", "Yes"), " / No – Microsoft Teams for the online drop-in"),
            ],
            [
                "What would another authority need to adopt it?",
                "A teacher's half-day a week and a room at the fostering team.",
            ],
            ["Contact", "Grace Adeyemi, Virtual School Head, grace.adeyemi@southampton.example.gov.uk"],
            ["Can we publish this innovation in the showcase, with your name?", S(("*", "Yes"), " / No")],
            ["Can we contact you about this innovation?", S("Yes / ", ("*", "No"))],
        ),
    ],
    {
        "title": "Virtual school drop-ins for foster carers",
        "authority": "Southampton",
        "organisation": "Virtual School",
        "service_areas": ["Fostering"],
        "scale": "Service or team practice",
        "problem": "Foster carers could not get answers about school places and exclusions quickly, and children missed weeks of school.",
        "what_you_did": "A virtual school teacher holds a drop-in every Wednesday at the fostering team's office and online.",
        "difference": "Days of school missed by children in care fell by a third over the year.",
        "permanence": "The drop-ins are in the virtual school's service plan.",
        "proprietary": yes("Microsoft Teams for the online drop-in"),
        "adoption": "A teacher's half-day a week and a room at the fostering team.",
        "contact": contact("Grace Adeyemi", "Virtual School Head", "grace.adeyemi@southampton.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": no(),
    },
)

# 284: plain paragraphs with every option left in; the chosen ones highlighted in yellow, nothing else marking them.
doc(
    "284-chosen-options-highlighted",
    [
        B(Q["title"]),
        P("Youth workers in the custody suite"),
        B(Q["authority"]),
        P("Portsmouth"),
        B(Q["organisation"]),
        P("Youth Justice Service"),
        B(Q["service_areas"]),
        S("Early help, ", ("!", "Youth justice"), ", Children's social care, ", ("!", "Care leavers"), ", SEND, Other"),
        B(Q["scale"]),
        S(("!", "Whole-system change"), " – Service or team practice – Personal work habit"),
        B(Q["problem"]),
        P("Young people arrested at night waited alone in the cells until morning, and many were care leavers."),
        B(Q["what_you_did"]),
        P(
            "A youth worker is on call to the custody suite every night and stays with the young person until they are released or an appropriate adult arrives."
        ),
        B(Q["difference"]),
        P("Time in custody for under-18s fell from eleven hours on average to five."),
        B(Q["permanence"]),
        P("The police and the council now fund the rota together under a three-year agreement."),
        B(Q["proprietary"]),
        S("Yes   ", ("!", "No")),
        B(Q["adoption"]),
        P("An agreement with the local police and a rota of youth workers willing to work nights."),
        B(Q["contact"]),
        P("Marcus Bell, Youth Justice Manager, marcus.bell@portsmouth.example.gov.uk, 023 9268 4410"),
        B(Q["consent_publish"]),
        S(("!", "Yes"), "   No"),
        B(Q["consent_contact"]),
        S(("!", "Yes"), "   No"),
    ],
    {
        "title": "Youth workers in the custody suite",
        "authority": "Portsmouth",
        "organisation": "Youth Justice Service",
        "service_areas": ["Youth justice", "Care leavers"],
        "scale": "Whole-system change",
        "problem": "Young people arrested at night waited alone in the cells until morning, and many were care leavers.",
        "what_you_did": "A youth worker is on call to the custody suite every night and stays with the young person until they are released or an appropriate adult arrives.",
        "difference": "Time in custody for under-18s fell from eleven hours on average to five.",
        "permanence": "The police and the council now fund the rota together under a three-year agreement.",
        "proprietary": no(),
        "adoption": "An agreement with the local police and a rota of youth workers willing to work nights.",
        "contact": contact(
            "Marcus Bell", "Youth Justice Manager", "marcus.bell@portsmouth.example.gov.uk", "023 9268 4410"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 285: the director's assistant fills in the form for her, in the third person, and signs off with her own details.
doc(
    "285-assistant-writes-for-the-director",
    [
        P("Dear Silver Linings team,"),
        P(
            "Sarah asked me to send this on her behalf as she is on leave this week. Please direct any questions to her rather than to me."
        ),
        H(Q["title"]),
        P("Family group conferences before every care proceedings"),
        H(Q["authority"]),
        P("Surrey"),
        H(Q["organisation"]),
        P("Family Safeguarding Service"),
        H(Q["service_areas"]),
        P("Children's social care"),
        H(Q["scale"]),
        P("Whole-system change"),
        H(Q["problem"]),
        P(
            "Sarah says too many children came into care without their wider family ever being asked whether they could help."
        ),
        H(Q["what_you_did"]),
        P(
            "Under Sarah's lead, every family is now offered a family group conference before the council goes to court."
        ),
        H(Q["difference"]),
        P(
            "Sarah tells me care proceedings started fell by a fifth in the first year, with more children living with relatives."
        ),
        H(Q["permanence"]),
        P("It is written into the service's pre-proceedings procedure."),
        H(Q["proprietary"]),
        P("No"),
        H(Q["adoption"]),
        P("Independent coordinators and a commitment from legal services to wait for the conference."),
        H(Q["contact"]),
        P("Sarah Okafor, Director of Children's Services, sarah.okafor@surreycc.example.gov.uk, 01483 518 200"),
        H(Q["consent_publish"]),
        P("Yes, Sarah is happy for it to be published with her name."),
        H(Q["consent_contact"]),
        P("Yes"),
        P("Kind regards,"),
        P(
            "Jo Mills\nPA to Sarah Okafor, Director of Children's Services\njo.mills@surreycc.example.gov.uk | 01483 518 201"
        ),
    ],
    {
        "title": "Family group conferences before every care proceedings",
        "authority": "Surrey",
        "organisation": "Family Safeguarding Service",
        "service_areas": ["Children's social care"],
        "scale": "Whole-system change",
        "problem": "Sarah says too many children came into care without their wider family ever being asked whether they could help.",
        "what_you_did": "Under Sarah's lead, every family is now offered a family group conference before the council goes to court.",
        "difference": "Sarah tells me care proceedings started fell by a fifth in the first year, with more children living with relatives.",
        "permanence": "It is written into the service's pre-proceedings procedure.",
        "proprietary": no(),
        "adoption": "Independent coordinators and a commitment from legal services to wait for the conference.",
        "contact": contact(
            "Sarah Okafor", "Director of Children's Services", "sarah.okafor@surreycc.example.gov.uk", "01483 518 200"
        ),
        "consent_publish": yes(),  # the sentence only says yes again (as "Yes, you can publish it." in document 134)
        "consent_contact": yes(),
    },
    unplaced=("on her behalf",),
)

# 286: a director's letter of support; the problem and the work are told in the letter's paragraphs, and the
# form's short details are in a small table after the signature. The letter answers no question by name.
doc(
    "286-letter-of-support-with-details-table",
    [
        P("Oxfordshire County Council\nChildren's Services\nCounty Hall, New Road, Oxford"),
        P("20 November 2026"),
        P("Dear Panel,"),
        P(
            "I am writing in strong support of the nomination of our Kinship Care Support Team for this year's Silver Linings showcase."
        ),
        P(
            "When the team was formed, kinship carers told us they felt forgotten once a child was placed with them: they had no one to ring and often no idea what help they were entitled to."
        ),
        P(
            "The team now gives every kinship carer a named worker, a monthly peer group and a simple guide to allowances, and I have seen for myself how much this has changed carers' confidence."
        ),
        P("I would be delighted for the team's work to be shared with other authorities."),
        P("Yours faithfully,"),
        P("Helen Marsh\nDirector of Children's Services"),
        B("Details for the nomination form"),
        T(
            ["Title", "A named worker for every kinship carer"],
            ["Authority", "Oxfordshire"],
            ["Team", "Kinship Care Support Team"],
            ["Service area", "Fostering"],
            ["Contact", "Tom Reeve, Team Manager, tom.reeve@oxfordshire.example.gov.uk"],
            ["Publish with our name?", "Yes"],
            ["Contact us?", "Yes"],
        ),
    ],
    {
        "title": "A named worker for every kinship carer",
        "authority": "Oxfordshire",
        "organisation": "Kinship Care Support Team",
        "service_areas": ["Fostering"],
        "contact": contact("Tom Reeve", "Team Manager", "tom.reeve@oxfordshire.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
    unplaced=("kinship carers told us they felt forgotten", "a named worker, a monthly peer group"),
)

# 287: the filled form, then the call's guidance notes pasted after it, each note repeating its question's words.
doc(
    "287-guidance-notes-pasted-after-the-form",
    [
        B(Q["title"]),
        P("Speech and language therapists in nursery rooms"),
        B(Q["authority"]),
        P("Milton Keynes"),
        B(Q["organisation"]),
        P("Early Years Team"),
        B(Q["service_areas"]),
        P("Early years"),
        B(Q["scale"]),
        P("Service or team practice"),
        B(Q["problem"]),
        P("Two-year-olds waited nine months for a speech and language assessment."),
        B(Q["what_you_did"]),
        P("Therapists spend a morning a week in nursery rooms, coaching staff and seeing children where they play."),
        B(Q["difference"]),
        P("Waits fell to six weeks and nursery staff now start the simple work themselves."),
        B(Q["permanence"]),
        P("The health trust has made the nursery mornings part of the therapists' job plans."),
        B(Q["proprietary"]),
        P("No"),
        B(Q["adoption"]),
        P("Therapists' time agreed with the health trust and nurseries willing to host them."),
        B(Q["contact"]),
        P("Leah Okonjo, Early Years Lead, leah.okonjo@milton-keynes.example.gov.uk"),
        B(Q["consent_publish"]),
        P("Yes"),
        B(Q["consent_contact"]),
        P("Yes"),
        H("Guidance notes", 1),
        P("Title of the innovation: a short name we can use in the showcase, no more than ten words."),
        P("Authority: the council in the partnership that is nominating the innovation."),
        P("Service areas: choose every area the innovation touches; choose Other and say which if none fits."),
        P("The problem or need: tell us what was not working, and for whom, before you changed anything."),
        P("What you did differently: describe the change itself, in plain words, as you would to a colleague."),
        P("The difference it made: give any evidence you have, figures or people's own words."),
        P("Will it become permanent: tell us how the change is being built into the way you work."),
        P("Proprietary product: if it relies on a product you buy, name it and its supplier."),
        P("Contact: the person we should speak to, with their role, email and telephone."),
        P("Consents: we will not publish anything or contact anyone without a yes to each question."),
    ],
    {
        "title": "Speech and language therapists in nursery rooms",
        "authority": "Milton Keynes",
        "organisation": "Early Years Team",
        "service_areas": ["Early years"],
        "scale": "Service or team practice",
        "problem": "Two-year-olds waited nine months for a speech and language assessment.",
        "what_you_did": "Therapists spend a morning a week in nursery rooms, coaching staff and seeing children where they play.",
        "difference": "Waits fell to six weeks and nursery staff now start the simple work themselves.",
        "permanence": "The health trust has made the nursery mornings part of the therapists' job plans.",
        "proprietary": no(),
        "adoption": "Therapists' time agreed with the health trust and nurseries willing to host them.",
        "contact": contact("Leah Okonjo", "Early Years Lead", "leah.okonjo@milton-keynes.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)
