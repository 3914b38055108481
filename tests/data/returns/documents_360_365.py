# ruff: noqa: E501 - the documents' text is kept as written, one paragraph a line
"""Returned documents 360–365, written with 354–359 and read once with them (bench/README.md).

Shapes not in documents 1–353, each the habits of one writer: a foster carer's one long letter with no headings;
a health visitor's NHS shorthand (HV, 0-19, ASQ, PND) in a table; a social worker writing English as an additional
language, with its own grammar; a dyslexic writer's phonetic spellings of the key words ("Hamshire", "consernt",
"tecnology"); a project officer answering each question with a link and a one-line summary; and a manager who
pasted the same paragraph under two questions. See build.py.
"""

from tests.data.returns.build import HL, B, H, P, T, contact, no, yes
from tests.data.returns.documents import doc
from tests.data.returns.documents_150_155 import Q

# 360: a foster carer's one long letter: no headings, the answers in her own order inside the paragraphs.
doc(
    "360-foster-carer-long-letter",
    [
        P("Dear Sir or Madam,"),
        P(
            "I am a foster carer with Rotherham and I want to tell you about the Sleepover Circle, which our fostering team set up two years ago. Before it, when a carer was ill or had a family emergency, the children were moved to strangers for respite and often came back upset and unsettled."
        ),
        P(
            "Now each of us belongs to a circle of four fostering households who know each other's children. The children have tea and a sleepover with the other families every month, so if respite is needed they go somewhere they already know. Last year not one of our circle's placements broke down, and the children tell us they like having \"aunties\" round the corner. The team has written the circles into the fostering handbook so every new carer joins one."
        ),
        P(
            "Another council would only need carers who live near each other and a supervising social worker to bring them together. There is no special equipment or software. You are welcome to print my name with this and to ring or email me."
        ),
        P("Yours faithfully,"),
        P("Maureen Tate"),
        P("Foster carer, Rotherham Fostering Service"),
        P("maureen.tate@example.com"),
    ],
    {
        "title": "Sleepover Circle",
        "authority": "Rotherham",
        "organisation": "Rotherham Fostering Service",
        "service_areas": ["Fostering"],
        "scale": "Service or team practice",
        "problem": "Before it, when a carer was ill or had a family emergency, the children were moved to strangers for respite and often came back upset and unsettled.",
        "what_you_did": "Now each of us belongs to a circle of four fostering households who know each other's children. The children have tea and a sleepover with the other families every month, so if respite is needed they go somewhere they already know.",
        "difference": 'Last year not one of our circle\'s placements broke down, and the children tell us they like having "aunties" round the corner.',
        "permanence": "The team has written the circles into the fostering handbook so every new carer joins one.",
        "proprietary": no(),
        "adoption": "Another council would only need carers who live near each other and a supervising social worker to bring them together.",
        "contact": contact("Maureen Tate", "Foster carer", "maureen.tate@example.com"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 361: a health visitor's table in NHS shorthand: HV, 0-19, ASQ, PND, "N/A", "Y – see attached".
doc(
    "361-health-visitor-nhs-shorthand",
    [
        T(
            ["Q", "Answer"],
            [Q["title"], "PND walk-and-talk groups"],
            [Q["authority"], "Dorset"],
            [Q["organisation"], "0-19 Public Health Nursing (HV team, Weymouth)"],
            [Q["service_areas"], "Early years; Early help"],
            [Q["scale"], "Service / team practice"],
            [
                Q["problem"],
                "High EPDS scores at 6–8/52 check, long IAPT waits, mums not attending clinic. ASQ at 1 yr showing more delays in babies of mums with PND.",
            ],
            [
                Q["what_you_did"],
                "HVs lead a weekly buggy walk + coffee for mums with low mood, with a perinatal MH nurse joining monthly.",
            ],
            [
                Q["difference"],
                "EPDS scores down on average 5 points at 12/52 review; 48 mums attended in yr 1; ASQ referrals down.",
            ],
            [Q["permanence"], "In 0-19 service spec from April, HV caseload time protected."],
            [Q["proprietary"], "N/A"],
            [Q["adoption"], "Trained HVs, a route, and a café on it."],
            [Q["contact"], "Sam Okafor, Specialist HV (Perinatal MH), sam.okafor@nhs.example.net, 01305 555 014"],
            [Q["consent_publish"], "Y"],
            [Q["consent_contact"], "Y"],
        ),
    ],
    {
        "title": "PND walk-and-talk groups",
        "authority": "Dorset",
        "organisation": "0-19 Public Health Nursing (HV team, Weymouth)",
        "service_areas": ["Early years", "Early help"],
        "scale": "Service or team practice",
        "problem": "High EPDS scores at 6–8/52 check, long IAPT waits, mums not attending clinic. ASQ at 1 yr showing more delays in babies of mums with PND.",
        "what_you_did": "HVs lead a weekly buggy walk + coffee for mums with low mood, with a perinatal MH nurse joining monthly.",
        "difference": "EPDS scores down on average 5 points at 12/52 review; 48 mums attended in yr 1; ASQ referrals down.",
        "permanence": "In 0-19 service spec from April, HV caseload time protected.",
        "proprietary": no(),
        "adoption": "Trained HVs, a route, and a café on it.",
        "contact": contact("Sam Okafor", "Specialist HV (Perinatal MH)", "sam.okafor@nhs.example.net", "01305 555 014"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 362: a social worker writing English as an additional language: her own grammar and word order.
doc(
    "362-eal-social-worker",
    [
        B(Q["title"]),
        P("Interpreter in the family meeting from beginning"),
        B(Q["authority"]),
        P("Peterborough"),
        B(Q["organisation"]),
        P("Children in Need team East"),
        B(Q["service_areas"]),
        P("Children social care"),
        B(Q["scale"]),
        P("It is the team practice"),
        B(Q["problem"]),
        P(
            "Many families in our area is not speaking English well, and before they are understanding the plan only after the meeting is finish, when somebody is explaining to them."
        ),
        B(Q["what_you_did"]),
        P(
            "Now we are booking the interpreter for all meetings since the first visit, and we send the plan also in their language."
        ),
        B(Q["difference"]),
        P(
            "Families are coming more to the meetings (attendance from 55% until 90%) and less complaints we are receiving."
        ),
        B(Q["permanence"]),
        P("Our manager has putted this in the team procedure, so it will stay."),
        B(Q["proprietary"]),
        P("No, we are not using."),
        B(Q["adoption"]),
        P("Budget for interpreters and the contract with language service."),
        B(Q["contact"]),
        P("Agnieszka Nowak, Social Worker, agnieszka.nowak@peterborough.example.gov.uk"),
        B(Q["consent_publish"]),
        P("Yes, I am agree."),
        B(Q["consent_contact"]),
        P("Yes of course."),
    ],
    {
        "title": "Interpreter in the family meeting from beginning",
        "authority": "Peterborough",
        "organisation": "Children in Need team East",
        "service_areas": ["Children's social care"],
        "scale": "Service or team practice",
        "problem": "Many families in our area is not speaking English well, and before they are understanding the plan only after the meeting is finish, when somebody is explaining to them.",
        "what_you_did": "Now we are booking the interpreter for all meetings since the first visit, and we send the plan also in their language.",
        "difference": "Families are coming more to the meetings (attendance from 55% until 90%) and less complaints we are receiving.",
        "permanence": "Our manager has putted this in the team procedure, so it will stay.",
        "proprietary": no("we are not using."),
        "adoption": "Budget for interpreters and the contract with language service.",
        "contact": contact("Agnieszka Nowak", "Social Worker", "agnieszka.nowak@peterborough.example.gov.uk"),
        "consent_publish": yes("I am agree."),
        "consent_contact": yes(),
    },
)

# 363: a dyslexic writer: phonetic spellings of the key words, in the answers and in two of the headings.
doc(
    "363-dyslexic-phonetic-spellings",
    [
        H(Q["title"]),
        P("Homework club on the bus"),
        H("Athority"),
        P("Hamshire"),
        H(Q["organisation"]),
        P("Hamshire Virtual School"),
        H(Q["service_areas"]),
        P("Virtual school and educashun of children in care"),
        H(Q["scale"]),
        P("Servis or team practis"),
        H(Q["problem"]),
        P(
            "Children in care travel long ways to school by taxi and loose the time for homework, which was a big consernt for there teachers."
        ),
        H(Q["what_you_did"]),
        P(
            "We put a tutor and tablets on the school minibus so they do homework on the way, with tecnology that works offline."
        ),
        H(Q["difference"]),
        P("Homework handed in went from 40% to 85% for the 30 children on the buses."),
        H(Q["permanence"]),
        P("It is in the Pupil Premium Plus plan for next year."),
        H("Does it use a propriatory software or hardware product?"),
        P("No"),
        H(Q["adoption"]),
        P("Tutors willing to travel and tablets that work with no signal."),
        H(Q["contact"]),
        P("Ryan Doyle, Educashun Support Officer, ryan.doyle@hants.example.gov.uk"),
        H(Q["consent_publish"]),
        P("Yes"),
        H(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Homework club on the bus",
        "authority": "Hampshire",
        "organisation": "Hamshire Virtual School",
        "service_areas": ["Virtual school and education of children in care"],
        "scale": "Service or team practice",
        "problem": "Children in care travel long ways to school by taxi and loose the time for homework, which was a big consernt for there teachers.",
        "what_you_did": "We put a tutor and tablets on the school minibus so they do homework on the way, with tecnology that works offline.",
        "difference": "Homework handed in went from 40% to 85% for the 30 children on the buses.",
        "permanence": "It is in the Pupil Premium Plus plan for next year.",
        "proprietary": no(),
        "adoption": "Tutors willing to travel and tablets that work with no signal.",
        "contact": contact("Ryan Doyle", "Educashun Support Officer", "ryan.doyle@hants.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 364: a project officer: every long answer a link to the project's pages and a one-line summary after it.
doc(
    "364-link-and-one-line-summary",
    [
        H(Q["title"]),
        P("Care Leavers' Council Tax Exemption Toolkit"),
        H(Q["authority"]),
        P("Norfolk"),
        H(Q["organisation"]),
        P("Leaving Care Service – Projects"),
        H(Q["service_areas"]),
        P("Care leavers"),
        H(Q["scale"]),
        P("Service or team practice"),
        H(Q["problem"]),
        HL(
            "",
            "https://projects.norfolk.example.gov.uk/ctx/problem",
            "https://projects.norfolk.example.gov.uk/ctx/problem",
        ),
        P("Summary: care leavers fell into council tax debt in their first tenancy."),
        H(Q["what_you_did"]),
        HL(
            "",
            "https://projects.norfolk.example.gov.uk/ctx/approach",
            "https://projects.norfolk.example.gov.uk/ctx/approach",
        ),
        P("Summary: we agreed an exemption to 25 with every district council and a one-page claim form."),
        H(Q["difference"]),
        HL(
            "",
            "https://projects.norfolk.example.gov.uk/ctx/impact",
            "https://projects.norfolk.example.gov.uk/ctx/impact",
        ),
        P("Summary: no care leaver taken to court for council tax since 2024."),
        H(Q["permanence"]),
        P("Summary: the agreements are signed and renewed each April."),
        H(Q["proprietary"]),
        P("No"),
        H(Q["adoption"]),
        HL(
            "",
            "https://projects.norfolk.example.gov.uk/ctx/toolkit",
            "https://projects.norfolk.example.gov.uk/ctx/toolkit",
        ),
        P("Summary: the toolkit and the districts' agreement."),
        H(Q["contact"]),
        P("Tom Ellery, Project Officer, tom.ellery@norfolk.example.gov.uk"),
        H(Q["consent_publish"]),
        P("Yes"),
        H(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Care Leavers' Council Tax Exemption Toolkit",
        "authority": "Norfolk",
        "organisation": "Leaving Care Service – Projects",
        "service_areas": ["Care leavers"],
        "scale": "Service or team practice",
        "problem": "https://projects.norfolk.example.gov.uk/ctx/problem\n\nSummary: care leavers fell into council tax debt in their first tenancy.",
        "what_you_did": "https://projects.norfolk.example.gov.uk/ctx/approach\n\nSummary: we agreed an exemption to 25 with every district council and a one-page claim form.",
        "difference": "https://projects.norfolk.example.gov.uk/ctx/impact\n\nSummary: no care leaver taken to court for council tax since 2024.",
        "permanence": "Summary: the agreements are signed and renewed each April.",
        "proprietary": no(),
        "adoption": "https://projects.norfolk.example.gov.uk/ctx/toolkit\n\nSummary: the toolkit and the districts' agreement.",
        "contact": contact("Tom Ellery", "Project Officer", "tom.ellery@norfolk.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 365: a manager who pasted the same paragraph under the problem and under what they did.
doc(
    "365-same-paragraph-under-two-questions",
    [
        H(Q["title"]),
        P("Team around the school"),
        H(Q["authority"]),
        P("Bolton"),
        H(Q["organisation"]),
        P("Early Help Service"),
        H(Q["service_areas"]),
        P("Early help, Mainstream schools"),
        H(Q["scale"]),
        P("Service or team practice"),
        H(Q["problem"]),
        P(
            "Schools were referring families to early help and hearing nothing back, so we placed an early help worker in each secondary school's pastoral team to take the referral there and then."
        ),
        H(Q["what_you_did"]),
        P(
            "Schools were referring families to early help and hearing nothing back, so we placed an early help worker in each secondary school's pastoral team to take the referral there and then."
        ),
        H(Q["difference"]),
        P("Referrals from schools that were closed with no service fell from 30% to 8%."),
        H(Q["permanence"]),
        P("The schools now part-fund the workers."),
        H(Q["proprietary"]),
        P("No"),
        H(Q["adoption"]),
        P("Schools willing to share an office and part of the cost."),
        H(Q["contact"]),
        P("Karen Lowe, Early Help Manager, karen.lowe@bolton.example.gov.uk"),
        H(Q["consent_publish"]),
        P("Yes"),
        H(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Team around the school",
        "authority": "Bolton",
        "organisation": "Early Help Service",
        "service_areas": ["Early help", "Mainstream schools"],
        "scale": "Service or team practice",
        "problem": "Schools were referring families to early help and hearing nothing back, so we placed an early help worker in each secondary school's pastoral team to take the referral there and then.",
        "what_you_did": "Schools were referring families to early help and hearing nothing back, so we placed an early help worker in each secondary school's pastoral team to take the referral there and then.",
        "difference": "Referrals from schools that were closed with no service fell from 30% to 8%.",
        "permanence": "The schools now part-fund the workers.",
        "proprietary": no(),
        "adoption": "Schools willing to share an office and part of the cost.",
        "contact": contact("Karen Lowe", "Early Help Manager", "karen.lowe@bolton.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)
