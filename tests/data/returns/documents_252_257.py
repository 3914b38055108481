# ruff: noqa: E501 - the documents' text is kept as written, one paragraph a line
"""Returned documents 252–257, written with 246–251 and read once with them (bench/README.md).

Shapes not in documents 1–233: answers pointing to another in other words ("Ditto", "Same as question 7."); the
whole form inside one cell of an outer layout table; each heading given twice (in bold before a table that repeats
it in its first cell); word limits in the headings and a words-used count after each answer; a Google Docs export
with a subtitle and headings numbered by hand "1.1", "2.3"; a joint nomination led by one council ("Brighton &
Hove, with East Sussex"). See build.py.
"""

from tests.data.returns.build import ST, B, H, P, T, contact, no, yes
from tests.data.returns.documents import doc
from tests.data.returns.documents_150_155 import Q

# 252: numbered questions in the writer's own words; "Same as question 7." and "Ditto" point to other answers.
doc(
    "252-ditto-and-same-as-question",
    [
        P("Q1. Title"),
        P("Wednesday drop-in for kinship carers"),
        P("Q2. Authority"),
        P("West Berkshire"),
        P("Q3. Team"),
        P("Kinship Care Support Team"),
        P("Q4. Service areas"),
        P("Fostering, Children's social care"),
        P("Q5. Scale"),
        P("Service or team practice"),
        P("Q6. The problem"),
        P("Grandparents raising grandchildren had no one to ask about money, schools or contact, and some gave up."),
        P("Q7. What you did differently"),
        P("A social worker and a welfare rights adviser hold a drop-in at the library every Wednesday morning."),
        P("Q8. The difference it made"),
        P("Only one kinship placement broke down this year, against six the year before."),
        P("Q9. Will it become permanent?"),
        P("It is in the kinship strategy the council adopted in January."),
        P("Q10. Proprietary product?"),
        P("No"),
        P("Q11. What would another authority need to adopt it?"),
        P("Same as question 7."),
        P("Q12. Contact"),
        P("Ruth Ellis, Kinship Practice Lead, ruth.ellis@westberks.example.gov.uk"),
        P("Q13. Can we publish it with your name?"),
        P("Yes"),
        P("Q14. Can we contact you?"),
        P("Ditto"),
    ],
    {
        "title": "Wednesday drop-in for kinship carers",
        "authority": "West Berkshire",
        "organisation": "Kinship Care Support Team",
        "service_areas": ["Fostering", "Children's social care"],
        "scale": "Service or team practice",
        "problem": "Grandparents raising grandchildren had no one to ask about money, schools or contact, and some gave up.",
        "what_you_did": "A social worker and a welfare rights adviser hold a drop-in at the library every Wednesday morning.",
        "difference": "Only one kinship placement broke down this year, against six the year before.",
        "permanence": "It is in the kinship strategy the council adopted in January.",
        "proprietary": no(),
        "adoption": "A social worker and a welfare rights adviser hold a drop-in at the library every Wednesday morning.",
        "contact": contact("Ruth Ellis", "Kinship Practice Lead", "ruth.ellis@westberks.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 253: the whole form inside one cell of an outer layout table, under a banner row naming the call and the council.
doc(
    "253-form-inside-a-layout-table",
    [
        T(
            ["Silver Linings 2026", "Bracknell Forest Council"],
            [
                [
                    P("Nomination form"),
                    T(
                        [Q["title"], "Toy library at the family hub"],
                        [Q["authority"], "Bracknell Forest"],
                        [Q["organisation"], "Family Hub, Great Hollands"],
                        [Q["service_areas"], "Early years, Early help"],
                        [Q["scale"], "Service or team practice"],
                        [
                            Q["problem"],
                            "Families on low incomes had few toys at home, and health visitors saw toddlers with little to play with.",
                        ],
                        [
                            Q["what_you_did"],
                            "Families borrow up to five toys a fortnight, and a play worker shows parents how to play with them.",
                        ],
                        [
                            Q["difference"],
                            "Ninety families borrow regularly, and more two-year-olds reach the expected level at their review.",
                        ],
                        [Q["permanence"], "The toy library is in the hub's core offer."],
                        [Q["proprietary"], "No"],
                        [Q["adoption"], "Donated toys, a cupboard and a play worker one morning a week."],
                        [Q["contact"], "Amy Lowe, Hub Coordinator, amy.lowe@bracknell-forest.example.gov.uk"],
                        [Q["consent_publish"], "Yes"],
                        [Q["consent_contact"], "Yes"],
                    ),
                ],
                "<",
            ],
        ),
    ],
    {
        "title": "Toy library at the family hub",
        "authority": "Bracknell Forest",
        "organisation": "Family Hub, Great Hollands",
        "service_areas": ["Early years", "Early help"],
        "scale": "Service or team practice",
        "problem": "Families on low incomes had few toys at home, and health visitors saw toddlers with little to play with.",
        "what_you_did": "Families borrow up to five toys a fortnight, and a play worker shows parents how to play with them.",
        "difference": "Ninety families borrow regularly, and more two-year-olds reach the expected level at their review.",
        "permanence": "The toy library is in the hub's core offer.",
        "proprietary": no(),
        "adoption": "Donated toys, a cupboard and a play worker one morning a week.",
        "contact": contact("Amy Lowe", "Hub Coordinator", "amy.lowe@bracknell-forest.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

_254 = {
    "title": "Walk-and-talk supervision for foster carers",
    "authority": "Milton Keynes",
    "organisation": "Fostering Service",
    "service_areas": "Fostering",
    "scale": "Personal work habit",
    "problem": "Foster carers said supervision at the kitchen table felt like an inspection.",
    "what_you_did": "Supervising social workers offer each carer one supervision a quarter on a walk in the park.",
    "difference": "Carers rated supervision 8.1 out of 10, up from 5.4, and two who meant to resign stayed.",
    "permanence": "It is an option in the fostering supervision policy.",
    "proprietary": "No",
    "adoption": "A park nearby and social workers who like walking.",
    "contact": "Tom Avery, Supervising Social Worker, tom.avery@milton-keynes.example.gov.uk",
    "consent_publish": "Yes",
    "consent_contact": "Yes",
}

# 254: each heading given twice: in bold, then again in the first cell of a small table holding the answer.
doc(
    "254-heading-given-twice",
    [block for key, answer in _254.items() for block in (B(Q[key]), T([Q[key], answer]))],
    {
        **_254,
        "service_areas": ["Fostering"],
        "proprietary": no(),
        "contact": contact("Tom Avery", "Supervising Social Worker", "tom.avery@milton-keynes.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 255: the writer's form gave word limits in the headings; each long answer ends with the words used in brackets.
doc(
    "255-word-limits-and-counts",
    [
        H("Title of the innovation (max 15 words)"),
        P("Speech and language screening at the two-year check"),
        H(Q["authority"]),
        P("Buckinghamshire"),
        H(Q["organisation"]),
        P("0–19 Health Visiting Service"),
        H(Q["service_areas"]),
        P("Early years, SEND"),
        H(Q["scale"]),
        P("Whole-system change"),
        H("The problem or need (max 150 words)"),
        P(
            "Speech and language delay was found late, often at school entry, when waiting lists were longest. (17 words)"
        ),
        H("What you did differently (max 250 words)"),
        P(
            "Health visitors screen every child's talking at the two-year check with a short tool, and refer at once to a speech and language drop-in."
        ),
        P("Parents of children just below the line get a six-week talking group at the children's centre. [42 words]"),
        H("The difference it made (max 250 words)"),
        P("Children starting school with delayed speech fell from 31% to 22% in three years. (Word count: 14)"),
        H("Will it become permanent, and how is it being embedded? (max 100 words)"),
        P("The screen is part of the commissioned two-year review for every health visitor. (14 words)"),
        H(Q["proprietary"]),
        P("No"),
        H("What would another authority need to adopt it? (max 100 words)"),
        P("A screening tool health visitors are trained in, and a speech and language drop-in to refer to. (18 words)"),
        H(Q["contact"]),
        P("Dr Nadia Shah, Consultant Health Visitor, nadia.shah@buckinghamshire.example.gov.uk"),
        H(Q["consent_publish"]),
        P("Yes"),
        H(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Speech and language screening at the two-year check",
        "authority": "Buckinghamshire",
        "organisation": "0–19 Health Visiting Service",
        "service_areas": ["Early years", "SEND"],
        "scale": "Whole-system change",
        "problem": "Speech and language delay was found late, often at school entry, when waiting lists were longest.",
        "what_you_did": (
            "Health visitors screen every child's talking at the two-year check with a short tool, and refer at once to a speech and language drop-in.\n\n"
            "Parents of children just below the line get a six-week talking group at the children's centre."
        ),
        "difference": "Children starting school with delayed speech fell from 31% to 22% in three years.",
        "permanence": "The screen is part of the commissioned two-year review for every health visitor.",
        "proprietary": no(),
        "adoption": "A screening tool health visitors are trained in, and a speech and language drop-in to refer to.",
        "contact": contact("Dr Nadia Shah", "Consultant Health Visitor", "nadia.shah@buckinghamshire.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 256: written in Google Docs and downloaded as Word: Title and Subtitle, sections "1.", "2.", "3." as Heading 1 and
# the questions numbered by hand "1.1" … "3.3" as Heading 2.
doc(
    "256-google-docs-numbered-by-hand",
    [
        ST("Title", "Silver Linings nomination"),
        ST("Subtitle", "Southampton City Council – Children and Learning"),
        H("1. The innovation", 1),
        H("1.1 Title of the innovation"),
        P("Exam-season breakfasts for children in care"),
        H("1.2 Authority"),
        P("Southampton"),
        H("1.3 Organisation, school, setting or team"),
        P("Virtual School"),
        H("1.4 Service areas"),
        P("Mainstream schools, Care leavers"),
        H("1.5 Scale"),
        P("Personal work habit"),
        H("2. What happened", 1),
        H("2.1 The problem or need"),
        P("Children in care missed GCSE exams more than their classmates, often after a bad night."),
        H("2.2 What you did differently"),
        P(
            "The Virtual School pays for a breakfast and a taxi on each exam morning, and a mentor meets the young person at the gate."
        ),
        H("2.3 The difference it made"),
        P("Missed exams fell from 14 to 2 across the cohort this summer."),
        H("2.4 Will it become permanent?"),
        P("It is in the pupil premium plan for the next three years."),
        H("2.5 Proprietary software or hardware"),
        P("No"),
        H("2.6 What another authority would need"),
        P("A small budget and mentors free early on exam days."),
        H("3. Contact and permissions", 1),
        H("3.1 Contact"),
        P("Leah Morgan, Virtual School Headteacher, leah.morgan@southampton.example.gov.uk, 023 8083 4000"),
        H("3.2 Can we publish this, with your name?"),
        P("Yes"),
        H("3.3 Can we contact you?"),
        P("Yes"),
    ],
    {
        "title": "Exam-season breakfasts for children in care",
        "authority": "Southampton",
        "organisation": "Virtual School",
        "service_areas": ["Mainstream schools", "Care leavers"],
        "scale": "Personal work habit",
        "problem": "Children in care missed GCSE exams more than their classmates, often after a bad night.",
        "what_you_did": "The Virtual School pays for a breakfast and a taxi on each exam morning, and a mentor meets the young person at the gate.",
        "difference": "Missed exams fell from 14 to 2 across the cohort this summer.",
        "permanence": "It is in the pupil premium plan for the next three years.",
        "proprietary": no(),
        "adoption": "A small budget and mentors free early on exam days.",
        "contact": contact(
            "Leah Morgan", "Virtual School Headteacher", "leah.morgan@southampton.example.gov.uk", "023 8083 4000"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 257: a joint nomination led by one council: "Brighton & Hove, with East Sussex" in a two-column table.
doc(
    "257-joint-nomination-led-by-one-council",
    [
        H("Silver Linings nomination", 1),
        T(
            [Q["title"], "One front door for domestic abuse referrals"],
            [Q["authority"], "Brighton & Hove (lead), with East Sussex"],
            [Q["organisation"], "Joint Domestic Abuse Hub"],
            [Q["service_areas"], "Children's social care, Early help"],
            [Q["scale"], "Whole-system change"],
            [
                Q["problem"],
                "Police notifications of domestic abuse went to two councils' front doors and families living near the boundary were missed.",
            ],
            [
                Q["what_you_did"],
                "One hub screens every notification for both councils each morning, with police and health in the room.",
            ],
            [Q["difference"], "Notifications screened within 24 hours rose from 45% to 96%."],
            [Q["permanence"], "Both councils fund the hub in their budgets for the next three years."],
            [Q["proprietary"], "No"],
            [Q["adoption"], "Two councils willing to share one screening team and one record."],
            [Q["contact"], "Sophie Turner, Hub Manager, sophie.turner@brighton-hove.example.gov.uk"],
            [Q["consent_publish"], "Yes"],
            [Q["consent_contact"], "Yes"],
        ),
    ],
    {
        "title": "One front door for domestic abuse referrals",
        "authority": "Brighton and Hove",
        "organisation": "Joint Domestic Abuse Hub",
        "service_areas": ["Children's social care", "Early help"],
        "scale": "Whole-system change",
        "problem": "Police notifications of domestic abuse went to two councils' front doors and families living near the boundary were missed.",
        "what_you_did": "One hub screens every notification for both councils each morning, with police and health in the room.",
        "difference": "Notifications screened within 24 hours rose from 45% to 96%.",
        "permanence": "Both councils fund the hub in their budgets for the next three years.",
        "proprietary": no(),
        "adoption": "Two councils willing to share one screening team and one record.",
        "contact": contact("Sophie Turner", "Hub Manager", "sophie.turner@brighton-hove.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)
