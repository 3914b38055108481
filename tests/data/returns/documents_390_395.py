# ruff: noqa: E501 - the documents' text is kept as written, one paragraph a line
"""Returned documents 390–395, written with 396–401 and read once with them (bench/README.md).

Mistakes people make filling in the form, each a different writer: answers typed one box down from where they
belong for the second half of the table; two answers given twice, a first draft and the final marked "UPDATED:";
the form's own example answers ("e.g. …") left in beside the real ones; the question's full wording pasted into
the answer box before the answer; a form returned empty but for a covering note ("details to follow"); and the
same filled-in form pasted twice, identical. See build.py.
"""

from tests.data.returns.build import BP, B, H, P, T, contact, no, yes
from tests.data.returns.documents import doc
from tests.data.returns.documents_150_155 import Q

# 390: a table whose answers slip one box down from the service areas on; the last answer in a row added below.
doc(
    "390-answers-one-box-down",
    [
        H("Silver Linings nomination form", 1),
        T(
            ["Question", "Your answer"],
            [Q["title"], "Walk-and-talk supervision"],
            [Q["authority"], "Surrey"],
            [Q["organisation"], "Children's Social Work, South Locality"],
            [Q["service_areas"], ""],
            [Q["scale"], "Children's social care"],
            [Q["problem"], "Service or team practice"],
            [
                Q["what_you_did"],
                "Supervision was squeezed into a desk slot between visits and social workers said they never got to think.",
            ],
            [
                Q["difference"],
                "Team managers offer supervision as a walk round the park next to the office, with notes written up after.",
            ],
            [
                Q["permanence"],
                "Staff survey scores for feeling supported went from 48% to 81%, and nobody left the team this year.",
            ],
            [Q["proprietary"], "It is written into the locality's supervision policy from April."],
            [Q["adoption"], "No"],
            [Q["contact"], "A park or a quiet route and managers willing to try it."],
            [Q["consent_publish"], "Gemma Rowe, Team Manager, gemma.rowe@surreycc.example.gov.uk, 01924 305 112"],
            [Q["consent_contact"], "Yes"],
            ["", "Yes"],
        ),
    ],
    {
        "title": "Walk-and-talk supervision",
        "authority": "Surrey",
        "organisation": "Children's Social Work, South Locality",
        "service_areas": ["Children's social care"],
        "scale": "Service or team practice",
        "problem": "Supervision was squeezed into a desk slot between visits and social workers said they never got to think.",
        "what_you_did": "Team managers offer supervision as a walk round the park next to the office, with notes written up after.",
        "difference": "Staff survey scores for feeling supported went from 48% to 81%, and nobody left the team this year.",
        "permanence": "It is written into the locality's supervision policy from April.",
        "proprietary": no(),
        "adoption": "A park or a quiet route and managers willing to try it.",
        "contact": contact("Gemma Rowe", "Team Manager", "gemma.rowe@surreycc.example.gov.uk", "01924 305 112"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 391: two answers given twice: the first draft left in and the final typed under it, marked "UPDATED:".
doc(
    "391-first-draft-and-updated",
    [
        H(Q["title"]),
        P("Saturday youth hub at the leisure centre"),
        H(Q["authority"]),
        P("Medway"),
        H(Q["organisation"]),
        P("Youth Justice Service"),
        H(Q["service_areas"]),
        P("Youth justice, Early help"),
        H(Q["scale"]),
        P("Service or team practice"),
        H(Q["problem"]),
        P("Young people on orders had nowhere to go on Saturday afternoons, when most of the offending happened."),
        H(Q["what_you_did"]),
        P("We opened the leisure centre's sports hall on Saturdays with two youth workers and a case manager on hand."),
        H(Q["difference"]),
        P("Early signs are good but we do not have the figures yet."),
        P("UPDATED: Saturday offences by young people on orders fell from 31 to 12 in the six months after it opened."),
        H(Q["permanence"]),
        P("Funding ends in March and we are waiting to hear."),
        P("UPDATED: The community safety partnership has funded it for another two years."),
        H(Q["proprietary"]),
        P("No"),
        H(Q["adoption"]),
        P("A hall on Saturdays, two youth workers and a case manager who knows the young people."),
        H(Q["contact"]),
        P("Kieran Doyle, Youth Justice Team Leader, kieran.doyle@medway.example.gov.uk"),
        H(Q["consent_publish"]),
        P("Yes"),
        H(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Saturday youth hub at the leisure centre",
        "authority": "Medway",
        "organisation": "Youth Justice Service",
        "service_areas": ["Youth justice", "Early help"],
        "scale": "Service or team practice",
        "problem": "Young people on orders had nowhere to go on Saturday afternoons, when most of the offending happened.",
        "what_you_did": "We opened the leisure centre's sports hall on Saturdays with two youth workers and a case manager on hand.",
        "difference": "Saturday offences by young people on orders fell from 31 to 12 in the six months after it opened.",
        "permanence": "The community safety partnership has funded it for another two years.",
        "proprietary": no(),
        "adoption": "A hall on Saturdays, two youth workers and a case manager who knows the young people.",
        "contact": contact("Kieran Doyle", "Youth Justice Team Leader", "kieran.doyle@medway.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 392: the form's own example answers ("e.g. …") left in the boxes, the real answer typed after each.
doc(
    "392-example-answers-left-in",
    [
        H("Silver Linings nomination form", 1),
        T(
            [Q["title"], [P("e.g. Hybrid child protection conferences"), P("Family time in the foster carer's home")]],
            [Q["authority"], [P("e.g. Kent"), P("Hampshire")]],
            [Q["organisation"], [P("e.g. Early Help Hub"), P("Fostering Service")]],
            [Q["service_areas"], [P("e.g. Children's social care"), P("Fostering")]],
            [Q["scale"], [P("e.g. Whole-system change"), P("Service or team practice")]],
            [Q["problem"], "Family time in a contact centre was stiff and the children came back upset."],
            [Q["what_you_did"], "Carers who are willing host family time at home, with a worker there at first."],
            [Q["difference"], "Fewer cancelled sessions (from 1 in 4 to 1 in 12) and calmer children afterwards."],
            [Q["permanence"], "It is an option in every contact plan now."],
            [Q["proprietary"], [P("e.g. No"), P("No")]],
            [Q["adoption"], "Carers willing to host and a worker for the first sessions."],
            [
                Q["contact"],
                [
                    P("e.g. Jo Bloggs, Team Manager, jo.bloggs@council.gov.uk"),
                    P("Amira Haddad, Fostering Team Manager, amira.haddad@hants.example.gov.uk"),
                ],
            ],
            [Q["consent_publish"], "Yes"],
            [Q["consent_contact"], "Yes"],
        ),
    ],
    {
        "title": "Family time in the foster carer's home",
        "authority": "Hampshire",
        "organisation": "Fostering Service",
        "service_areas": ["Fostering"],
        "scale": "Service or team practice",
        "problem": "Family time in a contact centre was stiff and the children came back upset.",
        "what_you_did": "Carers who are willing host family time at home, with a worker there at first.",
        "difference": "Fewer cancelled sessions (from 1 in 4 to 1 in 12) and calmer children afterwards.",
        "permanence": "It is an option in every contact plan now.",
        "proprietary": no(),
        "adoption": "Carers willing to host and a worker for the first sessions.",
        "contact": contact("Amira Haddad", "Fostering Team Manager", "amira.haddad@hants.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

_ASKED = {
    "problem": "Please describe the problem or need that your innovation set out to address, and who it affected.",
    "what_you_did": "Tell us what you did differently from before, in plain words.",
    "difference": "What difference has it made, and how do you know? Please give figures where you can.",
    "adoption": "What would another authority need in order to adopt it (people, money, time, kit)?",
}

# 393: the question's full wording pasted into each long answer box, the answer after it in the same paragraph.
doc(
    "393-question-pasted-before-answer",
    [
        B(Q["title"]),
        P("Title of the innovation – One plan for children with an EHCP in care"),
        B(Q["authority"]),
        P("Authority – Oxfordshire"),
        B(Q["organisation"]),
        P("Virtual School"),
        B(Q["service_areas"]),
        P("SEND, Children's social care"),
        B(Q["scale"]),
        P("Service or team practice"),
        B(Q["problem"]),
        P(
            f"{_ASKED['problem']} Children in care with an EHCP had two plans, reviewed at different meetings by different people."
        ),
        B(Q["what_you_did"]),
        P(
            f"{_ASKED['what_you_did']} The annual review and the personal education plan meeting are now held together, with one document."
        ),
        B(Q["difference"]),
        P(
            f"{_ASKED['difference']} Meetings per child fell from six a year to three and reviews on time went from 58% to 94%."
        ),
        B(Q["permanence"]),
        P("The joint meeting is in the virtual school's handbook."),
        B(Q["proprietary"]),
        P("No"),
        B(Q["adoption"]),
        P(f"{_ASKED['adoption']} A SEND caseworker and the virtual school agreeing one template."),
        B(Q["contact"]),
        P("Nadia Rehman, Virtual School Head, nadia.rehman@oxfordshire.example.gov.uk"),
        B(Q["consent_publish"]),
        P("Yes"),
        B(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "One plan for children with an EHCP in care",
        "authority": "Oxfordshire",
        "organisation": "Virtual School",
        "service_areas": ["SEND", "Children's social care"],
        "scale": "Service or team practice",
        "problem": "Children in care with an EHCP had two plans, reviewed at different meetings by different people.",
        "what_you_did": "The annual review and the personal education plan meeting are now held together, with one document.",
        "difference": "Meetings per child fell from six a year to three and reviews on time went from 58% to 94%.",
        "permanence": "The joint meeting is in the virtual school's handbook.",
        "proprietary": no(),
        "adoption": "A SEND caseworker and the virtual school agreeing one template.",
        "contact": contact("Nadia Rehman", "Virtual School Head", "nadia.rehman@oxfordshire.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 394: the blank form sent back with only a covering note at the top: the details are to follow.
doc(
    "394-empty-form-covering-note",
    [
        P("Dear Silver Linings team,"),
        P(
            "We would like to nominate our Early Help Hub's drop-in. Details to follow next week – our manager is on leave until Monday and needs to sign it off."
        ),
        P("Many thanks, Priya (Early Help admin)"),
        H("Silver Linings nomination form", 1),
        *[item for key in Q for item in (B(Q[key]), P(""))],
    ],
    {},
)

_TWICE = [
    H("Silver Linings nomination", 1),
    BP("Title of the innovation: ", "Bikes for care leavers"),
    BP("Authority: ", "Southampton"),
    BP("Organisation, school, setting or team: ", "Leaving Care Team"),
    BP("Service areas: ", "Children's social care"),
    BP("Scale of the innovation: ", "Service or team practice"),
    BP(
        "The problem or need: ",
        "Care leavers missed college and job interviews because bus fares took most of their money.",
    ),
    BP(
        "What you did differently: ",
        "We refurbish donated bikes with a local charity and give each care leaver one with a lock and lights.",
    ),
    BP(
        "The difference it made: ", "Forty bikes given; college attendance for those young people rose from 71% to 88%."
    ),
    BP("Will it become permanent, and how is it being embedded? ", "It is in the local offer for care leavers."),
    BP("Does it use a proprietary software or hardware product? ", "No"),
    BP("What would another authority need to adopt it? ", "A bike charity, donated bikes and a budget for locks."),
    BP("Contact: ", "Tom Adeyemi, Personal Adviser, tom.adeyemi@southampton.example.gov.uk"),
    BP("Can we publish this innovation in the showcase, with your name? ", "Yes"),
    BP("Can we contact you about this innovation? ", "Yes"),
]

# 395: the same filled-in form pasted twice into the document, identical, one after the other.
doc(
    "395-same-form-pasted-twice",
    [*_TWICE, P(""), *_TWICE],
    {
        "title": "Bikes for care leavers",
        "authority": "Southampton",
        "organisation": "Leaving Care Team",
        "service_areas": ["Children's social care"],
        "scale": "Service or team practice",
        "problem": "Care leavers missed college and job interviews because bus fares took most of their money.",
        "what_you_did": "We refurbish donated bikes with a local charity and give each care leaver one with a lock and lights.",
        "difference": "Forty bikes given; college attendance for those young people rose from 71% to 88%.",
        "permanence": "It is in the local offer for care leavers.",
        "proprietary": no(),
        "adoption": "A bike charity, donated bikes and a budget for locks.",
        "contact": contact("Tom Adeyemi", "Personal Adviser", "tom.adeyemi@southampton.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)
