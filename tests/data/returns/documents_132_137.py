# ruff: noqa: E501 - the documents' text is kept as written, one paragraph a line
"""Returned documents 132–137, written with 125–131 and read once with them (bench/README.md).

Shapes not in documents 1–124: a very long answer with subheadings of its own that look like the call's
headings, a pasted email chain with the answers in the latest reply, every answer starting with the
question restated, answers typed in the questions' heading style, emoji and smart quotes, and a Word form
whose answers are in content controls (one still showing its prompt). See build.py.
"""

from tests.data.returns.build import CC, B, H, L, P, contact, no, yes
from tests.data.returns.documents import doc

# 132: an enthusiastic practice lead writes a report-length answer with subheadings of her own.
doc(
    "132-long-answer-with-own-subheadings",
    [
        H("Title of the innovation"),
        P("Family group conferences before the first child protection conference"),
        H("Authority"),
        P("Oxfordshire"),
        H("Organisation, school, setting or team"),
        P("Family Solutions Plus"),
        H("Service areas"),
        P("Children's social care, Early help"),
        H("Scale of the innovation"),
        P("Whole-system change"),
        H("The problem or need"),
        P(
            "Families met their wider family's strengths for the first time at the conference, when the plan was already being written."
        ),
        H("What you did differently"),
        P(
            "We offered every family a family group conference within ten days of a strategy discussion, before any child protection conference."
        ),
        B("How we started"),
        P(
            "Two coordinators took every referral from one locality for six months, and we kept a log of what families said."
        ),
        B("What we changed after the pilot"),
        P("Conferences moved to evenings and weekends, and coordinators met grandparents at home first."),
        B("The difference for social workers"),
        P("Social workers said they went into the conference knowing who could help."),
        H("The difference it made"),
        P("Children made subject to a plan fell by 18% in the pilot locality."),
        H("Will it become permanent, and how is it being embedded?"),
        P("Yes, it is now the default in all localities."),
        H("Does it use a proprietary software or hardware product?"),
        P("No"),
        H("What would another authority need to adopt it?"),
        P("Independent coordinators and evening availability."),
        H("Contact"),
        P("Rhiannon Lowe, Practice Lead, rhiannon.lowe@oxfordshire.example.gov.uk, 01865 000 771"),
        H("Can we publish this innovation in the showcase, with your name?"),
        P("Yes"),
        H("Can we contact you about this innovation?"),
        P("Yes"),
    ],
    {
        "title": "Family group conferences before the first child protection conference",
        "authority": "Oxfordshire",
        "organisation": "Family Solutions Plus",
        "service_areas": ["Early help", "Children's social care"],
        "scale": "Whole-system change",
        "problem": "Families met their wider family's strengths for the first time at the conference, when the plan was already being written.",
        "what_you_did": "We offered every family a family group conference within ten days of a strategy discussion, before any child protection conference.\n\nHow we started\n\nTwo coordinators took every referral from one locality for six months, and we kept a log of what families said.\n\nWhat we changed after the pilot\n\nConferences moved to evenings and weekends, and coordinators met grandparents at home first.\n\nThe difference for social workers\n\nSocial workers said they went into the conference knowing who could help.",
        "difference": "Children made subject to a plan fell by 18% in the pilot locality.",
        "permanence": "Yes, it is now the default in all localities.",
        "proprietary": no(),
        "adoption": "Independent coordinators and evening availability.",
        "contact": contact(
            "Rhiannon Lowe", "Practice Lead", "rhiannon.lowe@oxfordshire.example.gov.uk", "01865 000 771"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 133: an email chain pasted into Word: the answers in the latest reply, the programme's request below it.
doc(
    "133-pasted-email-chain",
    [
        P(
            "From: Carl Mensah <carl.mensah@westsussex.example.gov.uk>\nSent: 14 November 2026 16:02\nTo: Silver Linings <sl@example.org>\nSubject: RE: Silver Linings – nominations open"
        ),
        P("Hi Rachel, answers below as requested."),
        P("Title: Fathers' group at the family hub"),
        P("Authority: West Sussex"),
        P("Team: Crawley Family Hub"),
        P("Service areas: Early help"),
        P("Scale: Service or team practice"),
        P("Problem: Dads were almost never at family hub sessions and said they felt the sessions were for mums."),
        P("What we did: A Saturday morning fathers' group run by a male family support worker, with breakfast."),
        P("Difference: 31 fathers came in the first term; 12 went on to a parenting course."),
        P("Permanent: Yes, it is in the hub timetable."),
        P("Proprietary product: No"),
        P("What others would need: A Saturday slot and a worker the dads can relate to."),
        P("Contact: me – Carl Mensah, Family Support Worker, carl.mensah@westsussex.example.gov.uk, 0330 000 2231"),
        P("Publish: yes. Contact: yes."),
        P("Thanks,\nCarl"),
        P(
            "From: Rachel Thorne <sl@example.org>\nSent: 3 November 2026 09:15\nTo: Family Hubs (all)\nSubject: Silver Linings – nominations open"
        ),
        P(
            "Dear colleagues, the Silver Linings call is open. Please send us the title, your authority, the problem, what you did and the difference it made, and whether we may publish it. Kind regards, Rachel"
        ),
    ],
    {
        "title": "Fathers' group at the family hub",
        "authority": "West Sussex",
        "organisation": "Crawley Family Hub",
        "service_areas": ["Early help"],
        "scale": "Service or team practice",
        "problem": "Dads were almost never at family hub sessions and said they felt the sessions were for mums.",
        "what_you_did": "A Saturday morning fathers' group run by a male family support worker, with breakfast.",
        "difference": "31 fathers came in the first term; 12 went on to a parenting course.",
        "permanence": "Yes, it is in the hub timetable.",
        "proprietary": no(),
        "adoption": "A Saturday slot and a worker the dads can relate to.",
        "contact": contact(
            "Carl Mensah", "Family Support Worker", "carl.mensah@westsussex.example.gov.uk", "0330 000 2231"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 134: a careful writer starts every answer by restating the question, as taught at school.
doc(
    "134-question-restated-in-answers",
    [
        B("Title of the innovation"),
        P("The title of our innovation is “Walk and talk supervision”."),
        B("Authority"),
        P("Isle of Wight"),
        B("Organisation, school, setting or team"),
        P("Children in Care Team"),
        B("Service areas"),
        P("Children's social care"),
        B("Scale of the innovation"),
        P("Personal work habit"),
        B("The problem or need"),
        P(
            "The problem we were trying to solve was that supervision in a small office with no windows left social workers more tired than before."
        ),
        B("What you did differently"),
        P("What we did differently was to hold supervision as a walk along the seafront when the worker wants it."),
        B("The difference it made"),
        P("The difference it made is that workers say they talk more openly, and sickness absence in the team fell."),
        B("Will it become permanent, and how is it being embedded?"),
        P("It will become permanent because the service manager has added it to the supervision policy as an option."),
        B("Does it use a proprietary software or hardware product?"),
        P("No"),
        B("What would another authority need to adopt it?"),
        P("Another authority would need a safe route and a way to record the supervision afterwards."),
        B("Contact"),
        P("Lucy Brennan, Team Manager, lucy.brennan@iow.example.gov.uk"),
        B("Can we publish this innovation in the showcase, with your name?"),
        P("Yes, you can publish it."),
        B("Can we contact you about this innovation?"),
        P("Yes, you can contact me."),
    ],
    {
        "title": "The title of our innovation is “Walk and talk supervision”.",
        "authority": "Isle of Wight",
        "organisation": "Children in Care Team",
        "service_areas": ["Children's social care"],
        "scale": "Personal work habit",
        "problem": "The problem we were trying to solve was that supervision in a small office with no windows left social workers more tired than before.",
        "what_you_did": "What we did differently was to hold supervision as a walk along the seafront when the worker wants it.",
        "difference": "The difference it made is that workers say they talk more openly, and sickness absence in the team fell.",
        "permanence": "It will become permanent because the service manager has added it to the supervision policy as an option.",
        "proprietary": no(),
        "adoption": "Another authority would need a safe route and a way to record the supervision afterwards.",
        "contact": contact("Lucy Brennan", "Team Manager", "lucy.brennan@iow.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 135: answers typed in the questions' own heading style (Word kept the style after each question).
doc(
    "135-answers-in-heading-style",
    [
        H("Title of the innovation", 2),
        H("Lunch club for young carers", 2),
        H("Authority", 2),
        H("Portsmouth", 2),
        H("Organisation, school, setting or team", 2),
        H("Portsmouth Young Carers Service", 2),
        H("Service areas", 2),
        H("Early help", 2),
        H("Scale of the innovation", 2),
        H("Service or team practice", 2),
        H("The problem or need", 2),
        P("Young carers in secondary school had no time to see friends and were often alone at lunch."),
        H("What you did differently", 2),
        P(
            "A weekly lunch club in four secondary schools, run by the young carers service with the school's pastoral lead."
        ),
        H("The difference it made", 2),
        P("Forty young carers came regularly; schools identified 25 more young carers."),
        H("Will it become permanent, and how is it being embedded?", 2),
        P("The four schools now fund the lunches."),
        H("Does it use a proprietary software or hardware product?", 2),
        H("No", 2),
        H("What would another authority need to adopt it?", 2),
        P("A young carers worker with time for school visits."),
        H("Contact", 2),
        P("Daniel Achebe, Young Carers Lead, daniel.achebe@portsmouthcc.example.gov.uk"),
        H("Can we publish this innovation in the showcase, with your name?", 2),
        H("Yes", 2),
        H("Can we contact you about this innovation?", 2),
        H("Yes", 2),
    ],
    {
        "title": "Lunch club for young carers",
        "authority": "Portsmouth",
        "organisation": "Portsmouth Young Carers Service",
        "service_areas": ["Early help"],
        "scale": "Service or team practice",
        "problem": "Young carers in secondary school had no time to see friends and were often alone at lunch.",
        "what_you_did": "A weekly lunch club in four secondary schools, run by the young carers service with the school's pastoral lead.",
        "difference": "Forty young carers came regularly; schools identified 25 more young carers.",
        "permanence": "The four schools now fund the lunches.",
        "proprietary": no(),
        "adoption": "A young carers worker with time for school visits.",
        "contact": contact("Daniel Achebe", "Young Carers Lead", "daniel.achebe@portsmouthcc.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 136: typed on a phone: smart quotes, emoji and bullets.
doc(
    "136-emoji-and-smart-quotes",
    [
        B("Title of the innovation"),
        P("“Buddy bench” for children new to care 🙂"),
        B("Authority"),
        P("Brighton & Hove"),
        B("Organisation, school, setting or team"),
        P("Children’s Disability Service"),
        B("Service areas"),
        P("SEND"),
        B("Scale of the innovation"),
        P("Personal work habit"),
        B("The problem or need"),
        P("Children who’d just come into care didn’t know anyone at the respite unit 😟"),
        B("What you did differently"),
        L("a “buddy” from the children already staying", "a photo book of the unit sent before the first stay 📸"),
        B("The difference it made"),
        P("Parents say first stays are calmer – no “runaways” since we started 🎉"),
        B("Will it become permanent, and how is it being embedded?"),
        P("Yes 👍 it’s in the unit’s welcome procedure"),
        B("Does it use a proprietary software or hardware product?"),
        P("No"),
        B("What would another authority need to adopt it?"),
        P("A camera and a bit of time ⏱️"),
        B("Contact"),
        P("Mo Farouk, Residential Worker, mo.farouk@brighton-hove.example.gov.uk"),
        B("Can we publish this innovation in the showcase, with your name?"),
        P("Yes 👍"),
        B("Can we contact you about this innovation?"),
        P("Yes 👍"),
    ],
    {
        "title": "“Buddy bench” for children new to care 🙂",
        "authority": "Brighton and Hove",
        "organisation": "Children’s Disability Service",
        "service_areas": ["SEND"],
        "scale": "Personal work habit",
        "problem": "Children who’d just come into care didn’t know anyone at the respite unit 😟",
        "what_you_did": "- a “buddy” from the children already staying\n- a photo book of the unit sent before the first stay 📸",
        "difference": "Parents say first stays are calmer – no “runaways” since we started 🎉",
        "permanence": "Yes 👍 it’s in the unit’s welcome procedure",
        "proprietary": no(),
        "adoption": "A camera and a bit of time ⏱️",
        "contact": contact("Mo Farouk", "Residential Worker", "mo.farouk@brighton-hove.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 137: a Word form with content controls holding the answers; one control still shows its prompt.
doc(
    "137-content-controls",
    [
        H("Silver Linings nomination form", 1),
        B("Title of the innovation"),
        CC("Virtual reality training for foster carers", "Title"),
        B("Authority"),
        CC("Wokingham", "Authority"),
        B("Organisation, school, setting or team"),
        CC("Click or tap here to enter text.", "Organisation", placeholder=True),
        B("Service areas"),
        CC("Fostering", "Service areas"),
        B("Scale of the innovation"),
        CC("IT hack or tool", "Scale"),
        B("The problem or need"),
        CC("New foster carers found it hard to imagine how a child who has been hurt may react at bedtime.", "Problem"),
        B("What you did differently"),
        CC(
            "Carers watch short virtual reality films from the child's point of view during their training.",
            "What you did",
        ),
        B("The difference it made"),
        CC("Carers rated their confidence at 7.9 out of 10 after the films, against 5.2 before.", "Difference"),
        B("Will it become permanent, and how is it being embedded?"),
        CC("Yes, the films are part of the Skills to Foster course.", "Permanent"),
        B("Does it use a proprietary software or hardware product?"),
        CC("Yes – Cornerstone VR headsets and films", "Proprietary"),
        B("What would another authority need to adopt it?"),
        CC("A licence for the films and six headsets.", "Adopt"),
        B("Contact"),
        CC("Shona Reid, Fostering Recruitment Officer, shona.reid@wokingham.example.gov.uk, 0118 000 3344", "Contact"),
        B("Can we publish this innovation in the showcase, with your name?"),
        CC("Yes", "Publish"),
        B("Can we contact you about this innovation?"),
        CC("No", "Contact you"),
    ],
    {
        "title": "Virtual reality training for foster carers",
        "authority": "Wokingham",
        "service_areas": ["Fostering"],
        "scale": "IT hack or tool",
        "problem": "New foster carers found it hard to imagine how a child who has been hurt may react at bedtime.",
        "what_you_did": "Carers watch short virtual reality films from the child's point of view during their training.",
        "difference": "Carers rated their confidence at 7.9 out of 10 after the films, against 5.2 before.",
        "permanence": "Yes, the films are part of the Skills to Foster course.",
        "proprietary": yes("Cornerstone VR headsets and films"),
        "adoption": "A licence for the films and six headsets.",
        "contact": contact(
            "Shona Reid", "Fostering Recruitment Officer", "shona.reid@wokingham.example.gov.uk", "0118 000 3344"
        ),
        "consent_publish": yes(),
        "consent_contact": no(),
    },
)
