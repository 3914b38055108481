# ruff: noqa: E501 - the documents' text is kept as written, one paragraph a line
"""Returned documents 330–335, written with 336–341 and read once with them (bench/README.md).

Shapes of people and values not in documents 1–329: a charity nominating work a council commissioned, the
authority answered "Commissioned by …"; the contact's name surname first in capitals, with an accent and an
apostrophe; an email app's display name before the address in angle brackets, the address in mixed case, the phone
run together; a doctor's title with a full stop and a landline in brackets with a mobile after it; the consents in
other words ("Happy for you to", "Ask my manager first"); and "Yes (name only, no photo)", "No objection" with a
councillor as the contact. See build.py.
"""

from tests.data.returns.build import B, H, P, T, contact, no, yes
from tests.data.returns.documents import doc
from tests.data.returns.documents_150_155 import Q

# 330: a charity writes about work a county council commissioned from it; the authority is the council.
doc(
    "330-charity-commissioned-by-a-council",
    [
        T(
            [Q["title"], "Young carers' breaks in the school holidays"],
            [Q["authority"], "Commissioned by Surrey County Council"],
            [Q["organisation"], "Surrey Young Carers Trust (registered charity)"],
            [Q["service_areas"], "Early help"],
            [Q["scale"], "Service or team practice"],
            [
                Q["problem"],
                "Young carers told us the holidays were the hardest time: no school, no break, no one to talk to.",
            ],
            [
                Q["what_you_did"],
                "A day out every week of the holidays for young carers, with a worker they know from school.",
            ],
            [
                Q["difference"],
                "Two hundred young carers came last summer; school staff say fewer start September exhausted.",
            ],
            [Q["permanence"], "The council has written the breaks into our contract until 2029."],
            [Q["proprietary"], "No"],
            [Q["adoption"], "A partner charity, the schools' help finding young carers, and transport money."],
            [Q["contact"], "Priya Nair, Services Manager, priya.nair@surreyyoungcarers.example.org.uk, 01483 000 417"],
            [Q["consent_publish"], "Yes"],
            [Q["consent_contact"], "Yes"],
        ),
    ],
    {
        "title": "Young carers' breaks in the school holidays",
        "authority": "Surrey",
        "organisation": "Surrey Young Carers Trust (registered charity)",
        "service_areas": ["Early help"],
        "scale": "Service or team practice",
        "problem": "Young carers told us the holidays were the hardest time: no school, no break, no one to talk to.",
        "what_you_did": "A day out every week of the holidays for young carers, with a worker they know from school.",
        "difference": "Two hundred young carers came last summer; school staff say fewer start September exhausted.",
        "permanence": "The council has written the breaks into our contract until 2029.",
        "proprietary": no(),
        "adoption": "A partner charity, the schools' help finding young carers, and transport money.",
        "contact": contact(
            "Priya Nair", "Services Manager", "priya.nair@surreyyoungcarers.example.org.uk", "01483 000 417"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 331: the contact's name surname first in capitals, as a records system prints it; an accent and an apostrophe.
doc(
    "331-surname-first-in-capitals",
    [
        H(Q["title"]),
        P("Personal education plans written with the child"),
        H(Q["authority"]),
        P("West Sussex"),
        H(Q["organisation"]),
        P("Virtual School"),
        H(Q["service_areas"]),
        P("Children's social care, Mainstream schools"),
        H(Q["scale"]),
        P("Service or team practice"),
        H(Q["problem"]),
        P("Children in care said their education plans were about them but never with them."),
        H(Q["what_you_did"]),
        P("Every plan meeting now starts with the child's own page, written with a worker they chose."),
        H(Q["difference"]),
        P("Nine in ten children now come to their meeting, from four in ten."),
        H(Q["permanence"]),
        P("The child's page is part of the plan template."),
        H(Q["proprietary"]),
        P("No"),
        H(Q["adoption"]),
        P("A page in the template and an hour with each child."),
        H(Q["contact"]),
        P(
            "O'NEILL-BROWN, Siobhán\nSenior Practitioner\nsiobhan.oneill-brown@westsussex.example.gov.uk\n+44 7700 900 123"
        ),
        H(Q["consent_publish"]),
        P("Yes"),
        H(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Personal education plans written with the child",
        "authority": "West Sussex",
        "organisation": "Virtual School",
        "service_areas": ["Children's social care", "Mainstream schools"],
        "scale": "Service or team practice",
        "problem": "Children in care said their education plans were about them but never with them.",
        "what_you_did": "Every plan meeting now starts with the child's own page, written with a worker they chose.",
        "difference": "Nine in ten children now come to their meeting, from four in ten.",
        "permanence": "The child's page is part of the plan template.",
        "proprietary": no(),
        "adoption": "A page in the template and an hour with each child.",
        "contact": contact(
            "Siobhán O'Neill-Brown",
            "Senior Practitioner",
            "siobhan.oneill-brown@westsussex.example.gov.uk",
            "+44 7700 900 123",
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 332: the contact copied from an email's address line: a display name, the address in angle brackets.
doc(
    "332-display-name-and-address-in-brackets",
    [
        B(Q["title"]),
        P("Text reminders for early help meetings"),
        B(Q["authority"]),
        P("Kent"),
        B(Q["organisation"]),
        P("Early Help, Dartford"),
        B(Q["service_areas"]),
        P("Early help"),
        B(Q["scale"]),
        P("IT hack or tool"),
        B(Q["problem"]),
        P("A third of families missed their first early help meeting."),
        B(Q["what_you_did"]),
        P("A text the day before and an hour before each meeting, sent from the case system."),
        B(Q["difference"]),
        P("Missed first meetings fell to one in ten."),
        B(Q["permanence"]),
        P("The texts are switched on for every team in the county from April."),
        B(Q["proprietary"]),
        P("No"),
        B(Q["adoption"]),
        P("A case system that can send texts."),
        B(Q["contact"]),
        P("Jo Bloggs <Jo.Bloggs@Kent.example.gov.uk>\nEarly Help Unit Manager\n07700900123"),
        B(Q["consent_publish"]),
        P("Yes"),
        B(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Text reminders for early help meetings",
        "authority": "Kent",
        "organisation": "Early Help, Dartford",
        "service_areas": ["Early help"],
        "scale": "IT hack or tool",
        "problem": "A third of families missed their first early help meeting.",
        "what_you_did": "A text the day before and an hour before each meeting, sent from the case system.",
        "difference": "Missed first meetings fell to one in ten.",
        "permanence": "The texts are switched on for every team in the county from April.",
        "proprietary": no(),
        "adoption": "A case system that can send texts.",
        "contact": contact("Jo Bloggs", "Early Help Unit Manager", "Jo.Bloggs@Kent.example.gov.uk", "07700900123"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 333: a doctor's title with a full stop; a landline in brackets and a mobile after a slash.
doc(
    "333-doctor-and-two-phones",
    [
        T(
            [Q["title"], "Consultation line for school SENCOs"],
            [Q["authority"], "Oxfordshire"],
            [Q["organisation"], "Educational Psychology Service"],
            [Q["service_areas"], "SEND, Mainstream schools"],
            [Q["scale"], "Service or team practice"],
            [Q["problem"], "SENCOs waited a term for a psychologist's visit to ask a question that took ten minutes."],
            [
                Q["what_you_did"],
                "A phone line every Tuesday afternoon where any SENCO can talk a case through with a psychologist.",
            ],
            [Q["difference"], "Requests for full assessments fell by a fifth; SENCOs rate the line 4.7 out of 5."],
            [Q["permanence"], "The line is in the service's traded offer to schools."],
            [Q["proprietary"], "No"],
            [Q["adoption"], "One psychologist's afternoon a week."],
            [
                Q["contact"],
                "Name: Dr. Mohammed Al-Hassan\nRole: Principal Educational Psychologist\nTel: (01632) 960 387 / 07700 900 456 (mob)\nEmail: mohammed.al-hassan@oxfordshire.example.gov.uk",
            ],
            [Q["consent_publish"], "Yes"],
            [Q["consent_contact"], "Yes"],
        ),
    ],
    {
        "title": "Consultation line for school SENCOs",
        "authority": "Oxfordshire",
        "organisation": "Educational Psychology Service",
        "service_areas": ["SEND", "Mainstream schools"],
        "scale": "Service or team practice",
        "problem": "SENCOs waited a term for a psychologist's visit to ask a question that took ten minutes.",
        "what_you_did": "A phone line every Tuesday afternoon where any SENCO can talk a case through with a psychologist.",
        "difference": "Requests for full assessments fell by a fifth; SENCOs rate the line 4.7 out of 5.",
        "permanence": "The line is in the service's traded offer to schools.",
        "proprietary": no(),
        "adoption": "One psychologist's afternoon a week.",
        "contact": contact(
            "Dr. Mohammed Al-Hassan",
            "Principal Educational Psychologist",
            "mohammed.al-hassan@oxfordshire.example.gov.uk",
            "(01632) 960 387",
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 334: the consents answered in the writer's own words: "Happy for you to", "Ask my manager first".
doc(
    "334-consents-happy-and-ask-my-manager",
    [
        H(Q["title"]),
        P("Walk-and-talk supervision"),
        H(Q["authority"]),
        P("Milton Keynes"),
        H(Q["organisation"]),
        P("Leaving Care Team"),
        H(Q["service_areas"]),
        P("Care leavers"),
        H(Q["scale"]),
        P("Personal work habit"),
        H(Q["problem"]),
        P("Supervision at a desk felt like an appraisal, and workers held back what worried them."),
        H(Q["what_you_did"]),
        P("I offer my team supervision walking round the lake, notes typed up after."),
        H(Q["difference"]),
        P("Workers raise worries earlier; two said it is why they stayed."),
        H(Q["permanence"]),
        P("Two other managers do it now."),
        H(Q["proprietary"]),
        P("No"),
        H(Q["adoption"]),
        P("A safe route near the office and a manager willing to walk."),
        H(Q["contact"]),
        P("Dan Price, Team Manager, dan.price@milton-keynes.example.gov.uk"),
        H(Q["consent_publish"]),
        P("Happy for you to"),
        H(Q["consent_contact"]),
        P("Ask my manager first"),
    ],
    {
        "title": "Walk-and-talk supervision",
        "authority": "Milton Keynes",
        "organisation": "Leaving Care Team",
        "service_areas": ["Care leavers"],
        "scale": "Personal work habit",
        "problem": "Supervision at a desk felt like an appraisal, and workers held back what worried them.",
        "what_you_did": "I offer my team supervision walking round the lake, notes typed up after.",
        "difference": "Workers raise worries earlier; two said it is why they stayed.",
        "permanence": "Two other managers do it now.",
        "proprietary": no(),
        "adoption": "A safe route near the office and a manager willing to walk.",
        "contact": contact("Dan Price", "Team Manager", "dan.price@milton-keynes.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes("Ask my manager first"),
    },
)

# 335: a councillor as the contact, her name with a diaeresis; "Yes (name only, no photo)" and "No objection".
doc(
    "335-councillor-and-consents-in-brackets",
    [
        B(Q["title"]),
        P("Care leavers on the corporate parenting panel"),
        B(Q["authority"]),
        P("Slough"),
        B(Q["organisation"]),
        P("Corporate Parenting Panel"),
        B(Q["service_areas"]),
        P("Care leavers"),
        B(Q["scale"]),
        P("Whole-system change"),
        B(Q["problem"]),
        P("The panel talked about care leavers without ever hearing from one."),
        B(Q["what_you_did"]),
        P("Two paid care leaver members sit on the panel and set one item of every agenda."),
        B(Q["difference"]),
        P("The panel changed the council tax exemption and the leaving care grant at their request."),
        B(Q["permanence"]),
        P("The members are in the panel's terms of reference."),
        B(Q["proprietary"]),
        P("No"),
        B(Q["adoption"]),
        P("A budget to pay the members and a willing chair."),
        B(Q["contact"]),
        P("Cllr Zoë Adeyemi-Clarke, Lead Member for Children, zoe.adeyemi-clarke@slough.example.gov.uk"),
        B(Q["consent_publish"]),
        P("Yes (name only, no photo)"),
        B(Q["consent_contact"]),
        P("No objection"),
    ],
    {
        "title": "Care leavers on the corporate parenting panel",
        "authority": "Slough",
        "organisation": "Corporate Parenting Panel",
        "service_areas": ["Care leavers"],
        "scale": "Whole-system change",
        "problem": "The panel talked about care leavers without ever hearing from one.",
        "what_you_did": "Two paid care leaver members sit on the panel and set one item of every agenda.",
        "difference": "The panel changed the council tax exemption and the leaving care grant at their request.",
        "permanence": "The members are in the panel's terms of reference.",
        "proprietary": no(),
        "adoption": "A budget to pay the members and a willing chair.",
        "contact": contact(
            "Cllr Zoë Adeyemi-Clarke", "Lead Member for Children", "zoe.adeyemi-clarke@slough.example.gov.uk"
        ),
        "consent_publish": yes("name only, no photo"),
        "consent_contact": yes(),
    },
)
