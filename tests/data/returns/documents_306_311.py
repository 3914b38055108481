# ruff: noqa: E501 - the documents' text is kept as written, one paragraph a line
"""Returned documents 306–311, written with 312–317 and read once with them (bench/README.md).

Shapes not in documents 1–281: headings numbered by Word's own list numbering ("1.", "1.1": the numbers not in the
text); headings reworded as questions to the reader; spelling mistakes in headings and choices; the contact's name a
"mailto:" link, the address only in the link, and a switchboard number; "Teams only" for a phone and a licensed
product in brackets; questions the call does not ask (cost, outcome measures, "anything else?") between its own.
See build.py.
"""

from tests.data.returns.build import HL, HN, B, H, P, T, contact, no, yes
from tests.data.returns.documents import doc
from tests.data.returns.documents_150_155 import Q

# 306: the council's template with Word's automatic numbering on the headings: sections "1.", questions "1.1".
doc(
    "306-headings-numbered-by-word",
    [
        H("Silver Linings nomination form", 1),
        HN("About the innovation", 1, 0),
        HN(Q["title"], 2, 1),
        P("Virtual school homework club for children in care"),
        HN(Q["authority"], 2, 1),
        P("West Sussex"),
        HN(Q["organisation"], 2, 1),
        P("Virtual School"),
        HN(Q["service_areas"], 2, 1),
        P("Children's social care, Mainstream schools"),
        HN(Q["scale"], 2, 1),
        P("Service or team practice"),
        HN("What you did", 1, 0),
        HN(Q["problem"], 2, 1),
        P(
            "Children in care fell behind with homework when they moved placement, and carers did not know the school's systems."
        ),
        HN(Q["what_you_did"], 2, 1),
        P(
            "Two evenings a week a teacher from the virtual school runs an online homework club that any child in care can join."
        ),
        HN(Q["difference"], 2, 1),
        P("Homework handed in on time rose from 58% to 81% for the 40 children who came most weeks."),
        HN("Adopting it elsewhere", 1, 0),
        HN(Q["permanence"], 2, 1),
        P("The club is part of the virtual school's offer from September."),
        HN(Q["proprietary"], 2, 1),
        P("Yes – Microsoft Teams"),
        HN(Q["adoption"], 2, 1),
        P("A teacher's time for two evenings a week and a Teams licence for each child."),
        HN("Your details", 1, 0),
        HN(Q["contact"], 2, 1),
        P("Helen Marsh, Virtual School Head, helen.marsh@westsussex.example.gov.uk, 0330 222 8000"),
        HN(Q["consent_publish"], 2, 1),
        P("Yes"),
        HN(Q["consent_contact"], 2, 1),
        P("Yes"),
    ],
    {
        "title": "Virtual school homework club for children in care",
        "authority": "West Sussex",
        "organisation": "Virtual School",
        "service_areas": ["Children's social care", "Mainstream schools"],
        "scale": "Service or team practice",
        "problem": "Children in care fell behind with homework when they moved placement, and carers did not know the school's systems.",
        "what_you_did": "Two evenings a week a teacher from the virtual school runs an online homework club that any child in care can join.",
        "difference": "Homework handed in on time rose from 58% to 81% for the 40 children who came most weeks.",
        "permanence": "The club is part of the virtual school's offer from September.",
        "proprietary": yes("Microsoft Teams"),
        "adoption": "A teacher's time for two evenings a week and a Teams licence for each child.",
        "contact": contact(
            "Helen Marsh", "Virtual School Head", "helen.marsh@westsussex.example.gov.uk", "0330 222 8000"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 307: a team manager's rewrite of the form with every heading put as a question to the reader, in bold.
doc(
    "307-headings-as-questions-to-the-reader",
    [
        B("What do you call your idea?"),
        P("Walk and talk supervision"),
        B("Which council are you from?"),
        P("Bracknell Forest"),
        B("Which team came up with it?"),
        P("Family Safeguarding Team 2"),
        B("Which parts of children's services does it touch?"),
        P("Children's social care"),
        B("How big is it?"),
        P("Personal work habit"),
        B("What difficulty were you facing?"),
        P(
            "Supervision in a small office felt like an interrogation, and newly qualified workers held back what worried them."
        ),
        B("What did you change?"),
        P(
            "I offer every worker the choice of having supervision on a walk round the lake, with the notes written up together afterwards."
        ),
        B("What happened as a result?"),
        P(
            "Workers say they raise worries sooner; two cases were escalated after a walk that would otherwise have waited a month."
        ),
        B("Is it here to stay?"),
        P("Yes, two other managers in the service now offer it too."),
        B("Did you have to buy any software or kit?"),
        P("No"),
        B("What would someone elsewhere need to copy it?"),
        P("A safe route near the office and an agreement on how notes are written up."),
        B("Who can we talk to?"),
        P("Dan Osei, Team Manager, dan.osei@bracknell-forest.example.gov.uk"),
        B("Are you happy for us to publish it, with your name?"),
        P("Yes"),
        B("And may we get in touch about it?"),
        P("Yes"),
    ],
    {
        "title": "Walk and talk supervision",
        "authority": "Bracknell Forest",
        "organisation": "Family Safeguarding Team 2",
        "service_areas": ["Children's social care"],
        "scale": "Personal work habit",
        "problem": "Supervision in a small office felt like an interrogation, and newly qualified workers held back what worried them.",
        "what_you_did": "I offer every worker the choice of having supervision on a walk round the lake, with the notes written up together afterwards.",
        "difference": "Workers say they raise worries sooner; two cases were escalated after a walk that would otherwise have waited a month.",
        "permanence": "Yes, two other managers in the service now offer it too.",
        "proprietary": no(),
        "adoption": "A safe route near the office and an agreement on how notes are written up.",
        "contact": contact("Dan Osei", "Team Manager", "dan.osei@bracknell-forest.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 308: typed in a hurry: spelling mistakes in the headings and in the choices.
doc(
    "308-spelling-mistakes-in-headings-and-choices",
    [
        H("Titel of the inovation"),
        P("Fostering buddies for new carers"),
        H("Authorty"),
        P("Hampshrie"),
        H("Orginisation, school, setting or team"),
        P("Fostering Support Team (North)"),
        H("Servise areas"),
        P("Fostring, Erly help"),
        H("Scale of the innovaton"),
        P("Servise or team practise"),
        H("The problam or need"),
        P("New foster carers felt alone in their first placement and a third gave up within a year."),
        H("What you did diffrently"),
        P("Every new carer is matched with an experienced carer who rings them weekly for the first six months."),
        H("The diference it made"),
        P("Only two of 31 new carers left in the first year, against ten the year before."),
        H("Will it become permenant, and how is it being embeded?"),
        P("Buddies are now paid a small fee from the fostering budget."),
        H("Does it use a propriatary software or hardware product?"),
        P("No"),
        H("What would annother authority need to adopt it?"),
        P("Experienced carers willing to buddy and a coordinator to match them."),
        H("Contcat"),
        P("Sue Pritchard, Fostering Support Manager, sue.pritchard@hants.example.gov.uk"),
        H("Can we publsh this innovation in the showcase, with your name?"),
        P("Yes"),
        H("Can we contcat you about this innovation?"),
        P("Yes"),
    ],
    {
        "title": "Fostering buddies for new carers",
        "authority": "Hampshire",
        "organisation": "Fostering Support Team (North)",
        "service_areas": ["Fostering", "Early help"],
        "scale": "Service or team practice",
        "problem": "New foster carers felt alone in their first placement and a third gave up within a year.",
        "what_you_did": "Every new carer is matched with an experienced carer who rings them weekly for the first six months.",
        "difference": "Only two of 31 new carers left in the first year, against ten the year before.",
        "permanence": "Buddies are now paid a small fee from the fostering budget.",
        "proprietary": no(),
        "adoption": "Experienced carers willing to buddy and a coordinator to match them.",
        "contact": contact("Sue Pritchard", "Fostering Support Manager", "sue.pritchard@hants.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 309: the contact's name typed as a "mailto:" link (the address only in the link) and a switchboard number.
doc(
    "309-contact-name-as-mailto-link",
    [
        H(Q["title"]),
        P("Family group conferences before court"),
        H(Q["authority"]),
        P("Surrey"),
        H(Q["organisation"]),
        P("Family Group Conference Service"),
        H(Q["service_areas"]),
        P("Children's social care"),
        H(Q["scale"]),
        P("Service or team practice"),
        H(Q["problem"]),
        P("Families often met the wider family's offers of help only once care proceedings had started."),
        H(Q["what_you_did"]),
        P("Every family entering the pre-proceedings stage is offered a family group conference within four weeks."),
        H(Q["difference"]),
        P(
            "In a year, 23 of 60 families made a plan that kept the child at home or with relatives without going to court."
        ),
        H(Q["permanence"]),
        P("It is written into the pre-proceedings protocol."),
        H(Q["proprietary"]),
        P("No"),
        H(Q["adoption"]),
        P("Independent coordinators and a protocol agreed with legal services."),
        H(Q["contact"]),
        HL("", "Priya Shah", "mailto:priya.shah@surrey.example.gov.uk"),
        P("Family Group Conference Coordinator"),
        P("Tel: via switchboard 03000 41 41 41, ask for Priya in FGC"),
        H(Q["consent_publish"]),
        P("Yes"),
        H(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Family group conferences before court",
        "authority": "Surrey",
        "organisation": "Family Group Conference Service",
        "service_areas": ["Children's social care"],
        "scale": "Service or team practice",
        "problem": "Families often met the wider family's offers of help only once care proceedings had started.",
        "what_you_did": "Every family entering the pre-proceedings stage is offered a family group conference within four weeks.",
        "difference": "In a year, 23 of 60 families made a plan that kept the child at home or with relatives without going to court.",
        "permanence": "It is written into the pre-proceedings protocol.",
        "proprietary": no(),
        "adoption": "Independent coordinators and a protocol agreed with legal services.",
        "contact": contact(
            "Priya Shah", "Family Group Conference Coordinator", "priya.shah@surrey.example.gov.uk", "03000 41 41 41"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 310: the form's table; the contact's phone "Teams only" and the product answered by its maker "(already licensed)".
doc(
    "310-teams-only-and-already-licensed",
    [
        T(
            [Q["title"], "Teams drop-in for kinship carers"],
            [Q["authority"], "Oxfordshire"],
            [Q["organisation"], "Kinship Care Team"],
            [Q["service_areas"], "Children's social care, Fostering"],
            [Q["scale"], "Service or team practice"],
            [
                Q["problem"],
                "Grandparents raising grandchildren could not get to daytime support groups across a rural county.",
            ],
            [
                Q["what_you_did"],
                "A fortnightly evening drop-in on Teams with a social worker and a welfare rights adviser.",
            ],
            [
                Q["difference"],
                "Thirty-five kinship carers joined in the first six months; twelve were helped to claim allowances they were owed.",
            ],
            [Q["permanence"], "It runs from the team's core budget."],
            [Q["proprietary"], "Microsoft (already licensed)"],
            [Q["adoption"], "An evening slot for one worker and a welfare rights adviser once a month."],
            [
                Q["contact"],
                [
                    "Name: Grace Adeyemi",
                    "Job title: Kinship Care Practitioner",
                    "Email: grace.adeyemi@oxfordshire.example.gov.uk",
                    "Phone: Teams only",
                ],
            ],
            [Q["consent_publish"], "Yes"],
            [Q["consent_contact"], "Yes"],
        ),
    ],
    {
        "title": "Teams drop-in for kinship carers",
        "authority": "Oxfordshire",
        "organisation": "Kinship Care Team",
        "service_areas": ["Children's social care", "Fostering"],
        "scale": "Service or team practice",
        "problem": "Grandparents raising grandchildren could not get to daytime support groups across a rural county.",
        "what_you_did": "A fortnightly evening drop-in on Teams with a social worker and a welfare rights adviser.",
        "difference": "Thirty-five kinship carers joined in the first six months; twelve were helped to claim allowances they were owed.",
        "permanence": "It runs from the team's core budget.",
        "proprietary": yes("Microsoft (already licensed)"),
        "adoption": "An evening slot for one worker and a welfare rights adviser once a month.",
        "contact": contact("Grace Adeyemi", "Kinship Care Practitioner", "grace.adeyemi@oxfordshire.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 311: the council's own version of the form with questions the call does not ask (cost, outcome measures,
# "anything else?") among the call's own.
doc(
    "311-extra-questions-among-the-calls",
    [
        H(Q["title"]),
        P("Reading dogs in primary schools"),
        H(Q["authority"]),
        P("Milton Keynes"),
        H(Q["organisation"]),
        P("Virtual School and Library Service"),
        H(Q["service_areas"]),
        P("Mainstream schools"),
        H(Q["scale"]),
        P("Service or team practice"),
        H(Q["problem"]),
        P("Children in care in Key Stage 2 were reluctant readers and would not read aloud to adults."),
        H(Q["what_you_did"]),
        P(
            "Trained volunteers bring therapy dogs into six primary schools so that children read aloud to a dog each week."
        ),
        H(Q["difference"]),
        P("Reading ages rose by an average of 14 months over a school year for the 22 children taking part."),
        H("How did you measure the outcomes?"),
        P("Salford reading tests at the start and end of the year, done by the class teacher."),
        H(Q["permanence"]),
        P("The schools now pay for it from pupil premium plus."),
        H(Q["proprietary"]),
        P("No"),
        H(Q["adoption"]),
        P("A therapy dog charity willing to visit and a school lead for each school."),
        H("Total cost, including staff time"),
        P("About £3,500 a year for the volunteers' travel and the dogs' insurance."),
        H(Q["contact"]),
        P("Lucy Brennan, Virtual School Deputy Head, lucy.brennan@milton-keynes.example.gov.uk"),
        H(Q["consent_publish"]),
        P("Yes"),
        H(Q["consent_contact"]),
        P("Yes"),
        H("Is there anything else you would like to tell us?"),
        P("The dogs have their own page in the children's end-of-year book, which they love."),
    ],
    {
        "title": "Reading dogs in primary schools",
        "authority": "Milton Keynes",
        "organisation": "Virtual School and Library Service",
        "service_areas": ["Mainstream schools"],
        "scale": "Service or team practice",
        "problem": "Children in care in Key Stage 2 were reluctant readers and would not read aloud to adults.",
        "what_you_did": "Trained volunteers bring therapy dogs into six primary schools so that children read aloud to a dog each week.",
        "difference": "Reading ages rose by an average of 14 months over a school year for the 22 children taking part.",
        "permanence": "The schools now pay for it from pupil premium plus.",
        "proprietary": no(),
        "adoption": "A therapy dog charity willing to visit and a school lead for each school.",
        "contact": contact("Lucy Brennan", "Virtual School Deputy Head", "lucy.brennan@milton-keynes.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
    unplaced=["Salford reading tests", "About £3,500 a year", "their own page in the children's end-of-year book"],
)
