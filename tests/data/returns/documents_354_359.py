# ruff: noqa: E501 - the documents' text is kept as written, one paragraph a line
"""Returned documents 354–359, written with 360–365 and read once with them (bench/README.md).

Shapes not in documents 1–353, each the habits of one writer: a head teacher's fragments with no full stops
between lessons; a grandmother caring for her grandchildren, written out by her grandson with his asides; a data
analyst's answers as tables of figures, percentages and RAG ratings; a youth worker quoting the young people in
their own slang; a director who answers some questions with "see Jo's note below" and the note after the form;
and a service manager's defined terms in quotation marks with numbered references at the foot. See build.py.
"""

from tests.data.returns.build import BP, B, H, I, L, P, T, contact, no, yes
from tests.data.returns.documents import doc
from tests.data.returns.documents_150_155 import Q

# 354: a head teacher between lessons: fragments, dashes, no full stops anywhere.
doc(
    "354-head-teacher-fragments",
    [
        B(Q["title"]),
        P("Breakfast and reading club – Yr 3 and 4"),
        B(Q["authority"]),
        P("Stockport"),
        B(Q["organisation"]),
        P("Hollybank Primary School"),
        B(Q["service_areas"]),
        P("mainstream schools"),
        B(Q["scale"]),
        P("service/team practice"),
        B(Q["problem"]),
        P("late arrivals – 20+ a day in KS2 – missing phonics catch up – parents on early shifts"),
        B(Q["what_you_did"]),
        P("doors open 7.45 – toast and a book with a TA – 15 mins reading before the bell"),
        B(Q["difference"]),
        P("lates down to 4 a day – reading ages up 8 months avg in two terms"),
        B(Q["permanence"]),
        P("in school improvement plan – TA hours in budget from Sept"),
        B(Q["proprietary"]),
        P("no"),
        B(Q["adoption"]),
        P("a TA, a hall, bread"),
        B(Q["contact"]),
        P("Mrs K Oduya – Head – head@hollybank.stockport.example.sch.uk"),
        B(Q["consent_publish"]),
        P("yes fine"),
        B(Q["consent_contact"]),
        P("yes – after 3.30 best"),
    ],
    {
        "title": "Breakfast and reading club – Yr 3 and 4",
        "authority": "Stockport",
        "organisation": "Hollybank Primary School",
        "service_areas": ["Mainstream schools"],
        "scale": "Service or team practice",
        "problem": "late arrivals – 20+ a day in KS2 – missing phonics catch up – parents on early shifts",
        "what_you_did": "doors open 7.45 – toast and a book with a TA – 15 mins reading before the bell",
        "difference": "lates down to 4 a day – reading ages up 8 months avg in two terms",
        "permanence": "in school improvement plan – TA hours in budget from Sept",
        "proprietary": no(),
        "adoption": "a TA, a hall, bread",
        "contact": contact("Mrs K Oduya", "Head", "head@hollybank.stockport.example.sch.uk"),
        "consent_publish": yes(),
        "consent_contact": yes("after 3.30 best"),
    },
)

# 355: a kinship carer grandmother, her grandson typing for her and adding his own lines in brackets.
doc(
    "355-grandmother-typed-by-grandson",
    [
        P("(I am typing this for my nan as she does not use the computer – Liam)"),
        H(Q["title"]),
        P("The Grandparents' Cuppa group"),
        H(Q["authority"]),
        P("Sefton"),
        H(Q["organisation"]),
        P("Kinship Care Support Team"),
        H(Q["service_areas"]),
        P("Fostering and I think Children's social care as well"),
        H(Q["scale"]),
        P("Service or team practice (Nan says it is just a group but the council runs it so I put this)"),
        H(Q["problem"]),
        P(
            "When I took the children on I did not know anybody else in the same boat. I felt very alone and did not know what help I could ask for."
        ),
        H(Q["what_you_did"]),
        P(
            "The kinship team started a group once a month at the library for grandparents and aunties bringing up the children, with a social worker there to answer questions."
        ),
        H(Q["difference"]),
        P(
            "I have made friends and I know what I am entitled to now. Thirty carers come most months and the team says fewer placements have broken down."
        ),
        H(Q["permanence"]),
        P("The team leader told us it is part of the kinship offer now."),
        H(Q["proprietary"]),
        P("No"),
        H(Q["adoption"]),
        P("A room, a kettle and a social worker who listens."),
        H(Q["contact"]),
        P("Mrs Brenda Walsh, kinship carer, brenda.walsh@example.com (this is my email Nan uses it too)"),
        H(Q["consent_publish"]),
        P("Yes she is happy with her name going in"),
        H(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "The Grandparents' Cuppa group",
        "authority": "Sefton",
        "organisation": "Kinship Care Support Team",
        "service_areas": ["Fostering", "Children's social care"],
        "scale": "Service or team practice",
        "problem": "When I took the children on I did not know anybody else in the same boat. I felt very alone and did not know what help I could ask for.",
        "what_you_did": "The kinship team started a group once a month at the library for grandparents and aunties bringing up the children, with a social worker there to answer questions.",
        "difference": "I have made friends and I know what I am entitled to now. Thirty carers come most months and the team says fewer placements have broken down.",
        "permanence": "The team leader told us it is part of the kinship offer now.",
        "proprietary": no(),
        "adoption": "A room, a kettle and a social worker who listens.",
        "contact": contact("Mrs Brenda Walsh", "kinship carer", "brenda.walsh@example.com"),
        "consent_publish": yes("she is happy with her name going in"),
        "consent_contact": yes(),
    },
)

# 356: a data analyst: the form in her own table of fields, the difference as a table of figures with RAG ratings.
doc(
    "356-analyst-figures-and-rag",
    [
        H("Nomination – Silver Linings", 1),
        T(
            ["Field", "Response"],
            [Q["title"], "Placement sufficiency dashboard"],
            [Q["authority"], "Kirklees"],
            [Q["organisation"], "Performance and Intelligence Team"],
            [Q["service_areas"], "Data and performance; Commissioning and placements"],
            [Q["scale"], "IT hack or tool"],
            [
                Q["problem"],
                "Placement requests were tracked in three spreadsheets, so nobody could see demand against vacancies.",
            ],
            [
                Q["what_you_did"],
                "We built one dashboard fed nightly from the case system, showing open requests, vacancies and cost by age band.",
            ],
        ),
        B(Q["difference"]),
        T(
            ["Measure", "Before", "After", "Change", "RAG"],
            ["Days to match a placement", "23", "11", "-52%", "Green"],
            ["Placements out of area", "38%", "29%", "-9 pts", "Amber"],
            ["Weekly cost of placements", "£1.9m", "£1.7m", "-11%", "Green"],
        ),
        P("Days to match a placement halved and fewer children were placed out of area."),
        T(
            [Q["permanence"], "Adopted as the service's standard report; owned by the team (BAU)."],
            [Q["proprietary"], "Yes – Power BI"],
            [Q["adoption"], "A case system with an export and an analyst for about 20 days."],
            [Q["contact"], "Priya Nair, Senior Data Analyst, priya.nair@kirklees.example.gov.uk"],
            [Q["consent_publish"], "Y"],
            [Q["consent_contact"], "Y"],
        ),
    ],
    {
        "title": "Placement sufficiency dashboard",
        "authority": "Kirklees",
        "organisation": "Performance and Intelligence Team",
        "service_areas": ["Data and performance", "Commissioning and placements"],
        "scale": "IT hack or tool",
        "problem": "Placement requests were tracked in three spreadsheets, so nobody could see demand against vacancies.",
        "what_you_did": "We built one dashboard fed nightly from the case system, showing open requests, vacancies and cost by age band.",
        "difference": "Measure | Before | After | Change | RAG\n\nDays to match a placement | 23 | 11 | -52% | Green\n\nPlacements out of area | 38% | 29% | -9 pts | Amber\n\nWeekly cost of placements | £1.9m | £1.7m | -11% | Green\n\nDays to match a placement halved and fewer children were placed out of area.",
        "permanence": "Adopted as the service's standard report; owned by the team (BAU).",
        "proprietary": yes("Power BI"),
        "adoption": "A case system with an export and an analyst for about 20 days.",
        "contact": contact("Priya Nair", "Senior Data Analyst", "priya.nair@kirklees.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 357: a youth worker quoting the young people in their own words and slang.
doc(
    "357-youth-worker-slang-quotes",
    [
        H(Q["title"]),
        P("Ends Talk – street-based sessions"),
        H(Q["authority"]),
        P("Lambeth"),
        H(Q["organisation"]),
        P("Detached Youth Work Team"),
        H(Q["service_areas"]),
        P("Youth justice, Early help"),
        H(Q["scale"]),
        P("Service or team practice"),
        H(Q["problem"]),
        P('Young people told us services were "long" and "not for man like us". They would not come into a building.'),
        H(Q["what_you_did"]),
        P(
            'We go to them: two workers on the estates three evenings a week, with a van, music and hot food. One lad said "it\'s calm, you lot actually come through".'
        ),
        H(Q["difference"]),
        P(
            'We now know 140 young people by name; 22 are in training. In their words: "lowkey it\'s changed things, no cap".'
        ),
        H(Q["permanence"]),
        P("It is in the youth offer for the next three years."),
        H(Q["proprietary"]),
        P("Nah – No"),
        H(Q["adoption"]),
        P("A van, two detached youth workers and patience."),
        H(Q["contact"]),
        P("Dev Campbell, Youth Work Lead, dev.campbell@lambeth.example.gov.uk"),
        H(Q["consent_publish"]),
        P("Yes (the quotes are fine, the young people said so)"),
        H(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Ends Talk – street-based sessions",
        "authority": "Lambeth",
        "organisation": "Detached Youth Work Team",
        "service_areas": ["Youth justice", "Early help"],
        "scale": "Service or team practice",
        "problem": 'Young people told us services were "long" and "not for man like us". They would not come into a building.',
        "what_you_did": 'We go to them: two workers on the estates three evenings a week, with a van, music and hot food. One lad said "it\'s calm, you lot actually come through".',
        "difference": 'We now know 140 young people by name; 22 are in training. In their words: "lowkey it\'s changed things, no cap".',
        "permanence": "It is in the youth offer for the next three years.",
        "proprietary": no(),
        "adoption": "A van, two detached youth workers and patience.",
        "contact": contact("Dev Campbell", "Youth Work Lead", "dev.campbell@lambeth.example.gov.uk"),
        "consent_publish": yes("the quotes are fine, the young people said so"),
        "consent_contact": yes(),
    },
)

# 358: a director who fills in what she knows and sends the rest to "Jo's note below".
doc(
    "358-director-see-jos-note",
    [
        BP(Q["title"] + ": ", "Family Group Conferencing at the front door"),
        BP(Q["authority"] + ": ", "Calderdale"),
        BP(Q["organisation"] + ": ", "Children's Services"),
        BP(Q["service_areas"] + ": ", "Children's social care, Early help"),
        BP(Q["scale"] + ": ", "Whole-system change"),
        BP(Q["problem"] + ": ", "see Jo's note below"),
        BP(Q["what_you_did"] + ": ", "see Jo's note below"),
        BP(Q["difference"] + ": ", "Fewer children entering care: 61 in 2024–25 against 88 the year before."),
        BP(Q["permanence"] + ": ", "Funded in the base budget from April."),
        BP(Q["proprietary"] + ": ", "No"),
        BP(Q["adoption"] + ": ", "Jo can say more – see below"),
        BP(Q["contact"] + ": ", "Joanne Pryce, FGC Service Manager, joanne.pryce@calderdale.example.gov.uk"),
        BP(Q["consent_publish"] + ": ", "Yes"),
        BP(Q["consent_contact"] + ": ", "Yes"),
        P("Helen Marsh, Director of Children's Services"),
        B("Note from Jo"),
        P(
            "The problem: families were only offered a family group conference once proceedings were close, by which time relatives had lost trust."
        ),
        P(
            "What we did: every family referred to the front door with a risk of care is now offered a conference within ten days, run by an independent coordinator."
        ),
        P("To adopt it you would need two or three coordinators and a front door willing to wait ten days."),
    ],
    {
        "title": "Family Group Conferencing at the front door",
        "authority": "Calderdale",
        "organisation": "Children's Services",
        "service_areas": ["Children's social care", "Early help"],
        "scale": "Whole-system change",
        "problem": "families were only offered a family group conference once proceedings were close, by which time relatives had lost trust.",
        "what_you_did": "every family referred to the front door with a risk of care is now offered a conference within ten days, run by an independent coordinator.",
        "difference": "Fewer children entering care: 61 in 2024–25 against 88 the year before.",
        "permanence": "Funded in the base budget from April.",
        "proprietary": no(),
        "adoption": "To adopt it you would need two or three coordinators and a front door willing to wait ten days.",
        "contact": contact("Joanne Pryce", "FGC Service Manager", "joanne.pryce@calderdale.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 359: a service manager writing like a lawyer: defined terms in quotation marks, references [1] to notes at the foot.
doc(
    "359-defined-terms-and-references",
    [
        H("Definitions"),
        P(
            'In this nomination, "the Authority" means the London Borough of Hounslow and "the Protocol" means the Joint Transitions Protocol.'
        ),
        H(Q["title"]),
        P("The Joint Transitions Protocol"),
        H(Q["authority"]),
        P('London Borough of Hounslow ("the Authority")'),
        H(Q["organisation"]),
        P("SEND and Preparation for Adulthood Service"),
        H(Q["service_areas"]),
        P("SEND; Care leavers"),
        H(Q["scale"]),
        P("Whole-system change"),
        H(Q["problem"]),
        P(
            "Young people with an EHC plan reached 18 without an adult care assessment, and support stopped at their birthday [1]."
        ),
        H(Q["what_you_did"]),
        P(
            "The Protocol requires a joint transition review at 14, an adult social care worker named by 16 and one plan agreed by 17½ [2]."
        ),
        H(Q["difference"]),
        P("Of young people turning 18 in 2025, 94% had an adult assessment in place (2023: 41%)."),
        H(Q["permanence"]),
        P("The Protocol was adopted by the Authority's Cabinet on 12 March 2025 and is reviewed annually."),
        H(Q["proprietary"]),
        P("No."),
        H(Q["adoption"]),
        P("Agreement between children's and adults' services on the ages and the named roles."),
        H(Q["contact"]),
        P("Marcus Bell, Head of Preparation for Adulthood, marcus.bell@hounslow.example.gov.uk"),
        H(Q["consent_publish"]),
        P("Yes, subject to paragraph 4 of the Authority's publication policy."),
        H(Q["consent_contact"]),
        P("Yes."),
        H("References"),
        L("[1] Ofsted and CQC local area SEND inspection, 2022.", "[2] Joint Transitions Protocol, section 3."),
        I("Prepared by the Head of Preparation for Adulthood."),
    ],
    {
        "title": "The Joint Transitions Protocol",
        "authority": "Hounslow",
        "organisation": "SEND and Preparation for Adulthood Service",
        "service_areas": ["SEND", "Care leavers"],
        "scale": "Whole-system change",
        "problem": "Young people with an EHC plan reached 18 without an adult care assessment, and support stopped at their birthday [1].",
        "what_you_did": "The Protocol requires a joint transition review at 14, an adult social care worker named by 16 and one plan agreed by 17½ [2].",
        "difference": "Of young people turning 18 in 2025, 94% had an adult assessment in place (2023: 41%).",
        "permanence": "The Protocol was adopted by the Authority's Cabinet on 12 March 2025 and is reviewed annually.",
        "proprietary": no(),
        "adoption": "Agreement between children's and adults' services on the ages and the named roles.",
        "contact": contact("Marcus Bell", "Head of Preparation for Adulthood", "marcus.bell@hounslow.example.gov.uk"),
        "consent_publish": yes("subject to paragraph 4 of the Authority's publication policy."),
        "consent_contact": yes(),
    },
)
