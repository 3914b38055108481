# ruff: noqa: E501 - the documents' text is kept as written, one paragraph a line
"""Returned documents 216–221, written with 210–215 and read once with them (bench/README.md).

Shapes not in documents 1–209: the authority given only by a postcode, with the council's email domain in
the contact; a contact block with two office numbers and a mobile; consent to publish given as "Y – but not
my name"; a table pasted from Excel with a merged header cell inside an answer; a return typed into Word
comments beside the template's empty answer cells; headings in the Normal style made larger by font size
only, with a question of the writer's own added at the end. See build.py.
"""

from tests.data.returns.build import SZ, B, C, P, T, contact, no, yes
from tests.data.returns.documents import doc
from tests.data.returns.documents_150_155 import Q

# 216: a school business manager gives the authority as the school's postcode; the email names the council.
doc(
    "216-authority-as-a-postcode",
    [
        B(Q["title"]),
        P("Breakfast club run by sixth formers"),
        B(Q["authority"]),
        P("RG12 9LP"),
        B(Q["organisation"]),
        P("Garth Hill College"),
        B(Q["service_areas"]),
        P("Mainstream schools"),
        B(Q["scale"]),
        P("Service or team practice"),
        B(Q["problem"]),
        P("Younger pupils from the estate arrived late and hungry, and many missed the first lesson."),
        B(Q["what_you_did"]),
        P("Sixth formers run a free breakfast club from 8am as part of their volunteering award."),
        B(Q["difference"]),
        P("Lateness in Year 7 halved in the first term."),
        B(Q["permanence"]),
        P("The club is in the school improvement plan and the sixth form timetable."),
        B(Q["proprietary"]),
        P("No"),
        B(Q["adoption"]),
        P("A hall open early and a supermarket willing to donate bread."),
        B(Q["contact"]),
        P("Lorna Fielding, School Business Manager, l.fielding@bracknell-forest.example.gov.uk"),
        B(Q["consent_publish"]),
        P("Yes"),
        B(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Breakfast club run by sixth formers",
        "authority": "Bracknell Forest",
        "organisation": "Garth Hill College",
        "service_areas": ["Mainstream schools"],
        "scale": "Service or team practice",
        "problem": "Younger pupils from the estate arrived late and hungry, and many missed the first lesson.",
        "what_you_did": "Sixth formers run a free breakfast club from 8am as part of their volunteering award.",
        "difference": "Lateness in Year 7 halved in the first term.",
        "permanence": "The club is in the school improvement plan and the sixth form timetable.",
        "proprietary": no(),
        "adoption": "A hall open early and a supermarket willing to donate bread.",
        "contact": contact("Lorna Fielding", "School Business Manager", "l.fielding@bracknell-forest.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 217: a contact block with two office numbers and a mobile, each on its own line.
doc(
    "217-two-phones-and-a-mobile",
    [
        B(Q["title"]),
        P("Early years outreach in the launderette"),
        B(Q["authority"]),
        P("Portsmouth"),
        B(Q["organisation"]),
        P("Family Hubs – Early Years Outreach"),
        B(Q["service_areas"]),
        P("Early years, Early help"),
        B(Q["scale"]),
        P("Service or team practice"),
        B(Q["problem"]),
        P("Parents of under-fives on the estate did not come to the family hub, so speech delays were found late."),
        B(Q["what_you_did"]),
        P(
            "An early years practitioner runs a weekly stay-and-play in the launderette while parents wait for their washing."
        ),
        B(Q["difference"]),
        P("Forty families new to the hub in six months, and twelve speech referrals made before age three."),
        B(Q["permanence"]),
        P("The launderette sessions are on the hub's timetable for next year."),
        B(Q["proprietary"]),
        P("No"),
        B(Q["adoption"]),
        P("A friendly launderette owner and a practitioner for two hours a week."),
        B(Q["contact"]),
        P(
            "Kerry-Ann Doyle\nEarly Years Outreach Lead\nTel: 023 9268 8000 (office)\nTel: 023 9268 8123 (direct)\nMobile: 07700 900 314\nkerry-ann.doyle@portsmouthcc.example.gov.uk"
        ),
        B(Q["consent_publish"]),
        P("Yes"),
        B(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Early years outreach in the launderette",
        "authority": "Portsmouth",
        "organisation": "Family Hubs – Early Years Outreach",
        "service_areas": ["Early years", "Early help"],
        "scale": "Service or team practice",
        "problem": "Parents of under-fives on the estate did not come to the family hub, so speech delays were found late.",
        "what_you_did": "An early years practitioner runs a weekly stay-and-play in the launderette while parents wait for their washing.",
        "difference": "Forty families new to the hub in six months, and twelve speech referrals made before age three.",
        "permanence": "The launderette sessions are on the hub's timetable for next year.",
        "proprietary": no(),
        "adoption": "A friendly launderette owner and a practitioner for two hours a week.",
        "contact": contact(
            "Kerry-Ann Doyle",
            "Early Years Outreach Lead",
            "kerry-ann.doyle@portsmouthcc.example.gov.uk",
            "023 9268 8000",
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 218: publishing agreed on a condition written as "Y – but not my name" (the question asks "with your name").
doc(
    "218-publish-but-not-my-name",
    [
        T(
            [Q["title"], "Night-time missing-from-care debriefs"],
            [Q["authority"], "Kent"],
            [Q["organisation"], "Kent Missing and Child Exploitation Team"],
            [Q["service_areas"], "Children's social care, Youth justice"],
            [Q["scale"], "Service or team practice"],
            [
                Q["problem"],
                "Return-home interviews took place days after a child came back, when they no longer wanted to talk.",
            ],
            [
                Q["what_you_did"],
                "An on-call worker now meets the child the morning after they return, with breakfast, before school.",
            ],
            [Q["difference"], "Nine in ten children now take up the interview, up from four in ten."],
            [Q["permanence"], "The on-call rota is funded in the base budget from April."],
            [Q["proprietary"], "N"],
            [Q["adoption"], "An on-call rota and a budget for breakfasts."],
            [Q["contact"], "D. Okoro, Senior Practitioner, d.okoro@kent.example.gov.uk"],
            [Q["consent_publish"], "Y – but not my name"],
            [Q["consent_contact"], "Y"],
        ),
    ],
    {
        "title": "Night-time missing-from-care debriefs",
        "authority": "Kent",
        "organisation": "Kent Missing and Child Exploitation Team",
        "service_areas": ["Children's social care", "Youth justice"],
        "scale": "Service or team practice",
        "problem": "Return-home interviews took place days after a child came back, when they no longer wanted to talk.",
        "what_you_did": "An on-call worker now meets the child the morning after they return, with breakfast, before school.",
        "difference": "Nine in ten children now take up the interview, up from four in ten.",
        "permanence": "The on-call rota is funded in the base budget from April.",
        "proprietary": no(),
        "adoption": "An on-call rota and a budget for breakfasts.",
        "contact": contact("D. Okoro", "Senior Practitioner", "d.okoro@kent.example.gov.uk"),
        "consent_publish": no("but not my name"),
        "consent_contact": yes(),
    },
)

# 219: a performance officer pastes a table from Excel into the difference answer: a merged header cell
# ("Children seen within 10 days") over two year columns.
doc(
    "219-excel-table-with-merged-header",
    [
        B(Q["title"]),
        P("Speech and language triage in nurseries"),
        B(Q["authority"]),
        P("Buckinghamshire"),
        B(Q["organisation"]),
        P("Early Years SEND Team"),
        B(Q["service_areas"]),
        P("Early years, SEND"),
        B(Q["scale"]),
        P("Service or team practice"),
        B(Q["problem"]),
        P("Children waited over a year for a speech and language assessment, losing their best time for help."),
        B(Q["what_you_did"]),
        P(
            "Nursery staff trained by therapists now triage children in the setting and start simple help straight away."
        ),
        B(Q["difference"]),
        P("Waits fell sharply once triage started:"),
        T(
            ["Area", "Children seen within 10 days", "<"],
            ["", "2023–24", "2024–25"],
            ["North", "18%", "71%"],
            ["South", "22%", "68%"],
        ),
        P("Therapists now see only the children who need them."),
        B(Q["permanence"]),
        P("The training is part of every nursery's annual offer."),
        B(Q["proprietary"]),
        P("No"),
        B(Q["adoption"]),
        P("Therapists' time to train nursery staff, and nurseries willing to take part."),
        B(Q["contact"]),
        P("Imran Siddiqui, Performance Officer, imran.siddiqui@buckinghamshire.example.gov.uk"),
        B(Q["consent_publish"]),
        P("Yes"),
        B(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Speech and language triage in nurseries",
        "authority": "Buckinghamshire",
        "organisation": "Early Years SEND Team",
        "service_areas": ["Early years", "SEND"],
        "scale": "Service or team practice",
        "problem": "Children waited over a year for a speech and language assessment, losing their best time for help.",
        "what_you_did": "Nursery staff trained by therapists now triage children in the setting and start simple help straight away.",
        "difference": "Waits fell sharply once triage started:\n\nArea | Children seen within 10 days\n\n | 2023–24 | 2024–25\n\nNorth | 18% | 71%\n\nSouth | 22% | 68%\n\nTherapists now see only the children who need them.",
        "permanence": "The training is part of every nursery's annual offer.",
        "proprietary": no(),
        "adoption": "Therapists' time to train nursery staff, and nurseries willing to take part.",
        "contact": contact("Imran Siddiqui", "Performance Officer", "imran.siddiqui@buckinghamshire.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 220: a manager reviewing on a laptop typed every answer as a Word comment on the question, leaving the
# template's answer cells empty.
doc(
    "220-answers-in-comment-balloons",
    [
        P("Silver Linings nomination – please complete the right-hand column"),
        T(
            [[C(Q["title"], "Peer support for new foster carers", author="Amira Haddad")], ""],
            [[C(Q["authority"], "Southampton", author="Amira Haddad")], ""],
            [[C(Q["organisation"], "Fostering Southampton", author="Amira Haddad")], ""],
            [[C(Q["service_areas"], "Fostering", author="Amira Haddad")], ""],
            [[C(Q["scale"], "Service or team practice", author="Amira Haddad")], ""],
            [
                [
                    C(
                        Q["problem"],
                        "A third of new foster carers resigned in their first year, most saying they felt alone.",
                        author="Amira Haddad",
                    )
                ],
                "",
            ],
            [
                [
                    C(
                        Q["what_you_did"],
                        "Each new carer is matched with an experienced carer who phones weekly for the first six months.",
                        author="Amira Haddad",
                    )
                ],
                "",
            ],
            [[C(Q["difference"], "First-year resignations fell from 33% to 9%.", author="Amira Haddad")], ""],
            [
                [
                    C(
                        Q["permanence"],
                        "The mentors are paid a retainer from the fostering budget.",
                        author="Amira Haddad",
                    )
                ],
                "",
            ],
            [[C(Q["proprietary"], "No", author="Amira Haddad")], ""],
            [
                [C(Q["adoption"], "Experienced carers willing to mentor and a small retainer.", author="Amira Haddad")],
                "",
            ],
            [
                [
                    C(
                        Q["contact"],
                        "Amira Haddad, Fostering Team Manager, amira.haddad@southampton.example.gov.uk",
                        author="Amira Haddad",
                    )
                ],
                "",
            ],
            [[C(Q["consent_publish"], "Yes", author="Amira Haddad")], ""],
            [[C(Q["consent_contact"], "Yes", author="Amira Haddad")], ""],
        ),
    ],
    {
        "title": "Peer support for new foster carers",
        "authority": "Southampton",
        "organisation": "Fostering Southampton",
        "service_areas": ["Fostering"],
        "scale": "Service or team practice",
        "problem": "A third of new foster carers resigned in their first year, most saying they felt alone.",
        "what_you_did": "Each new carer is matched with an experienced carer who phones weekly for the first six months.",
        "difference": "First-year resignations fell from 33% to 9%.",
        "permanence": "The mentors are paid a retainer from the fostering budget.",
        "proprietary": no(),
        "adoption": "Experienced carers willing to mentor and a small retainer.",
        "contact": contact("Amira Haddad", "Fostering Team Manager", "amira.haddad@southampton.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 221: every paragraph in the Normal style; the headings are only larger (14 pt), not bold; the writer adds a
# question of her own at the end, which no heading of the call asks.
doc(
    "221-headings-by-font-size-only",
    [
        SZ("Silver Linings – our nomination", 18),
        SZ(Q["title"]),
        P("Text reminders for school nurse appointments"),
        SZ(Q["authority"]),
        P("Milton Keynes"),
        SZ(Q["organisation"]),
        P("0–19 Healthy Child Programme"),
        SZ(Q["service_areas"]),
        P("Early help, Mainstream schools"),
        SZ(Q["scale"]),
        P("IT hack or tool"),
        SZ(Q["problem"]),
        P("A quarter of school nurse appointments were missed because letters home never reached parents."),
        SZ(Q["what_you_did"]),
        P("We send a text two days before and on the morning of each appointment, with a link to rebook."),
        SZ(Q["difference"]),
        P("Missed appointments fell from 25% to 8%."),
        SZ(Q["permanence"]),
        P("Texts are now sent for every clinic as standard."),
        SZ(Q["proprietary"]),
        P("Yes – the texting module of our patient record system"),
        SZ(Q["adoption"]),
        P("A texting service linked to the appointment diary."),
        SZ(Q["contact"]),
        P("Olu Bankole, School Nursing Team Leader, olu.bankole@milton-keynes.example.gov.uk"),
        SZ(Q["consent_publish"]),
        P("Yes"),
        SZ(Q["consent_contact"]),
        P("Yes"),
        SZ("Is there anything else you would like the panel to know?"),
        P("We would love to visit another authority doing something similar with health visitors."),
    ],
    {
        "title": "Text reminders for school nurse appointments",
        "authority": "Milton Keynes",
        "organisation": "0–19 Healthy Child Programme",
        "service_areas": ["Early help", "Mainstream schools"],
        "scale": "IT hack or tool",
        "problem": "A quarter of school nurse appointments were missed because letters home never reached parents.",
        "what_you_did": "We send a text two days before and on the morning of each appointment, with a link to rebook.",
        "difference": "Missed appointments fell from 25% to 8%.",
        "permanence": "Texts are now sent for every clinic as standard.",
        "proprietary": yes("the texting module of our patient record system"),
        "adoption": "A texting service linked to the appointment diary.",
        "contact": contact("Olu Bankole", "School Nursing Team Leader", "olu.bankole@milton-keynes.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
    unplaced=("visit another authority",),
)
