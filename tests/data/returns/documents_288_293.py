# ruff: noqa: E501 - the documents' text is kept as written, one paragraph a line
"""Returned documents 288–293, written with 282–287 and read once with them (bench/README.md).

Shapes not in documents 1–281: answers naming other councils (where the idea came from, who visited) with the
nominating authority given once; headings cut short with full stops and slashes in a table ("Auth.", "Svc
area(s)", "Contact det."); the template's own placeholders left beside the answers typed after them ("<Name>",
"[Insert text here]"); an arrow between each question and its answer ("Authority → Medway"); a declaration to
tick instead of the two consent questions; the answers as the second level of the form's numbered list. See
build.py.
"""

from tests.data.returns.build import ST, B, H, N, P, T, contact, no, yes
from tests.data.returns.documents import doc
from tests.data.returns.documents_150_155 import Q

# 288: the answers name other councils (the model came from one, another visited, a third asked for the guide);
# the nominating council is given once, under its heading, and in the contact's email.
doc(
    "288-answers-naming-other-councils",
    [
        H(Q["title"]),
        P("Edge of care team working weekends"),
        H(Q["authority"]),
        P("Medway"),
        H(Q["organisation"]),
        P("Adolescent Support Team"),
        H(Q["service_areas"]),
        P("Early help, Children's social care"),
        H(Q["scale"]),
        P("Service or team practice"),
        H(Q["problem"]),
        P(
            "Most family breakdowns for teenagers happened on Friday nights and weekends, when no one from the team was working."
        ),
        H(Q["what_you_did"]),
        P(
            "We learnt from Hampshire's model of a weekend outreach rota and adapted it: two workers are on shift every Friday to Sunday, 4pm to midnight."
        ),
        H(Q["difference"]),
        P("Emergency placements for teenagers fell by 30%. Surrey visited us in March to see the rota at work."),
        H(Q["permanence"]),
        P("The weekend shifts are in the team's establishment from April."),
        H(Q["proprietary"]),
        P("No"),
        H(Q["adoption"]),
        P(
            "Staff willing to work weekends and an on-call manager. Kent and East Sussex have both asked for our rota guide, which we are happy to share."
        ),
        H(Q["contact"]),
        P("Callum Price, Team Manager, callum.price@medway.example.gov.uk"),
        H(Q["consent_publish"]),
        P("Yes"),
        H(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Edge of care team working weekends",
        "authority": "Medway",
        "organisation": "Adolescent Support Team",
        "service_areas": ["Early help", "Children's social care"],
        "scale": "Service or team practice",
        "problem": "Most family breakdowns for teenagers happened on Friday nights and weekends, when no one from the team was working.",
        "what_you_did": "We learnt from Hampshire's model of a weekend outreach rota and adapted it: two workers are on shift every Friday to Sunday, 4pm to midnight.",
        "difference": "Emergency placements for teenagers fell by 30%. Surrey visited us in March to see the rota at work.",
        "permanence": "The weekend shifts are in the team's establishment from April.",
        "proprietary": no(),
        "adoption": "Staff willing to work weekends and an on-call manager. Kent and East Sussex have both asked for our rota guide, which we are happy to share.",
        "contact": contact("Callum Price", "Team Manager", "callum.price@medway.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 289: a team's quick table with the headings cut short by hand.
doc(
    "289-headings-cut-short-in-a-table",
    [
        T(
            ["Innov. title", "Text reminders for health assessments"],
            ["Auth.", "Reading"],
            ["Org/team", "Looked After Children Health Team"],
            ["Svc area(s)", "Children's social care / Care leavers"],
            ["Scale", "Personal work habit"],
            ["Prob./need", "Young people in care missed half of their health assessments."],
            [
                "What we did diff.",
                "The nurse texts each young person a week and a day before, and lets them choose where to meet.",
            ],
            ["Diff. made", "Missed assessments fell from one in two to one in five."],
            ["Perm.? How embedded?", "The nurses now do it for everyone on their caseload."],
            ["Propr. s/w or h/w?", "No"],
            ["Needed to adopt", "A work mobile phone for each nurse."],
            ["Contact det.", "Nadia Hussain, Specialist Nurse, nadia.hussain@reading.example.gov.uk, 0118 937 3000"],
            ["Publish w/ name?", "Yes"],
            ["OK to contact?", "Yes"],
        ),
    ],
    {
        "title": "Text reminders for health assessments",
        "authority": "Reading",
        "organisation": "Looked After Children Health Team",
        "service_areas": ["Children's social care", "Care leavers"],
        "scale": "Personal work habit",
        "problem": "Young people in care missed half of their health assessments.",
        "what_you_did": "The nurse texts each young person a week and a day before, and lets them choose where to meet.",
        "difference": "Missed assessments fell from one in two to one in five.",
        "permanence": "The nurses now do it for everyone on their caseload.",
        "proprietary": no(),
        "adoption": "A work mobile phone for each nurse.",
        "contact": contact(
            "Nadia Hussain", "Specialist Nurse", "nadia.hussain@reading.example.gov.uk", "0118 937 3000"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 290: the template's placeholders left in: some answers typed after them, two questions left as the placeholder.
doc(
    "290-template-placeholders-beside-answers",
    [
        B(Q["title"]),
        P("[Insert text here] Reading buddies for children in care"),
        B(Q["authority"]),
        P("Bracknell Forest"),
        B(Q["organisation"]),
        P("<Team name> Virtual School"),
        B(Q["service_areas"]),
        P("Mainstream schools"),
        B(Q["scale"]),
        P("Service or team practice"),
        B(Q["problem"]),
        P("Children in care in primary school were on average two years behind in reading."),
        B(Q["what_you_did"]),
        P("Volunteers from local businesses read with one child each, once a week, in school time."),
        B(Q["difference"]),
        P("[Insert text here]"),
        B(Q["permanence"]),
        P("The virtual school has funded the volunteer coordinator for two more years."),
        B(Q["proprietary"]),
        P("No"),
        B(Q["adoption"]),
        P("Click or tap here to enter text."),
        B(Q["contact"]),
        P("<Name> Amira Patel, <Role> Virtual School Head, <Email> amira.patel@bracknell-forest.example.gov.uk"),
        B(Q["consent_publish"]),
        P("Yes"),
        B(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Reading buddies for children in care",
        "authority": "Bracknell Forest",
        "organisation": "Virtual School",
        "service_areas": ["Mainstream schools"],
        "scale": "Service or team practice",
        "problem": "Children in care in primary school were on average two years behind in reading.",
        "what_you_did": "Volunteers from local businesses read with one child each, once a week, in school time.",
        "permanence": "The virtual school has funded the volunteer coordinator for two more years.",
        "proprietary": no(),
        "contact": contact("Amira Patel", "Virtual School Head", "amira.patel@bracknell-forest.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 291: an arrow typed between each question and its answer, one line each, in an email pasted into Word.
doc(
    "291-arrows-between-question-and-answer",
    [
        P("Quick answers as requested:"),
        P("Title → Care leavers' council tax exemption until 25"),
        P("Authority → Wokingham"),
        P("Team → Leaving Care Team"),
        P("Service area → Care leavers"),
        P("Scale → Whole-system change"),
        P(
            "Problem → Care leavers fell into council tax debt in their first year living alone, and some lost their tenancies."
        ),
        P("What we did → The council exempted care leavers from council tax until they turn 25."),
        P("Difference → No care leaver has been taken to court for council tax since the exemption began."),
        P("Permanent? → Yes, it is in the council tax reduction scheme approved by full council."),
        P("Proprietary product? → No"),
        P(
            "What another authority needs → A decision by full council and a list of care leavers shared with the revenues team."
        ),
        P("Contact → Ben Ashworth, Personal Adviser Manager, ben.ashworth@wokingham.example.gov.uk"),
        P("Publish? → Yes"),
        P("Contact us? → Yes"),
    ],
    {
        "title": "Care leavers' council tax exemption until 25",
        "authority": "Wokingham",
        "organisation": "Leaving Care Team",
        "service_areas": ["Care leavers"],
        "scale": "Whole-system change",
        "problem": "Care leavers fell into council tax debt in their first year living alone, and some lost their tenancies.",
        "what_you_did": "The council exempted care leavers from council tax until they turn 25.",
        "difference": "No care leaver has been taken to court for council tax since the exemption began.",
        "permanence": "Yes, it is in the council tax reduction scheme approved by full council.",
        "proprietary": no(),
        "adoption": "A decision by full council and a list of care leavers shared with the revenues team.",
        "contact": contact("Ben Ashworth", "Personal Adviser Manager", "ben.ashworth@wokingham.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 292: an older version of the form with a declaration to tick in place of the two consent questions.
doc(
    "292-declaration-instead-of-consent-questions",
    [
        H(Q["title"]),
        P("Foster carers trained as mentors for new carers"),
        H(Q["authority"]),
        P("Buckinghamshire"),
        H(Q["organisation"]),
        P("Fostering Service"),
        H(Q["service_areas"]),
        P("Fostering"),
        H(Q["scale"]),
        P("Service or team practice"),
        H(Q["problem"]),
        P("A quarter of new foster carers resigned in their first year, most saying they felt alone."),
        H(Q["what_you_did"]),
        P("Experienced carers are trained and paid to mentor each new carer through their first year."),
        H(Q["difference"]),
        P("First-year resignations fell to one in ten."),
        H(Q["permanence"]),
        P("Mentoring is part of the fostering service's offer to every new carer."),
        H(Q["proprietary"]),
        P("No"),
        H(Q["adoption"]),
        P("A budget for mentors' fees and a supervising social worker to match mentors and carers."),
        H(Q["contact"]),
        P("Olivia Grant, Recruitment and Retention Manager, olivia.grant@buckinghamshire.example.gov.uk"),
        H("Declaration"),
        P("☒ I agree that this innovation may be published in the Silver Linings showcase with my name."),
        P("☐ I am happy for the Silver Linings team to contact me about this innovation."),
    ],
    {
        "title": "Foster carers trained as mentors for new carers",
        "authority": "Buckinghamshire",
        "organisation": "Fostering Service",
        "service_areas": ["Fostering"],
        "scale": "Service or team practice",
        "problem": "A quarter of new foster carers resigned in their first year, most saying they felt alone.",
        "what_you_did": "Experienced carers are trained and paid to mentor each new carer through their first year.",
        "difference": "First-year resignations fell to one in ten.",
        "permanence": "Mentoring is part of the fostering service's offer to every new carer.",
        "proprietary": no(),
        "adoption": "A budget for mentors' fees and a supervising social worker to match mentors and carers.",
        "contact": contact(
            "Olivia Grant", "Recruitment and Retention Manager", "olivia.grant@buckinghamshire.example.gov.uk"
        ),
        "consent_publish": yes(),
        "consent_contact": no(),
    },
)

# 293: the questions are Word's numbered list and each answer is the next level of the same list (a., b., …).
doc(
    "293-answers-as-sub-items-of-numbered-questions",
    [
        H("Silver Linings – our nomination", 1),
        N(Q["title"]),
        ST("List Number 2", "Mental health first aid for foster carers"),
        N(Q["authority"]),
        ST("List Number 2", "Isle of Wight"),
        N(Q["organisation"]),
        ST("List Number 2", "Fostering Support Team"),
        N(Q["service_areas"]),
        ST("List Number 2", "Fostering"),
        N(Q["scale"]),
        ST("List Number 2", "Service or team practice"),
        N(Q["problem"]),
        ST(
            "List Number 2",
            "Placements broke down when teenagers' mental health worsened and carers did not know how to respond.",
        ),
        N(Q["what_you_did"]),
        ST("List Number 2", "Every foster carer is offered a two-day youth mental health first aid course."),
        N(Q["difference"]),
        ST("List Number 2", "Placement breakdowns for teenagers halved in the year after the training."),
        N(Q["permanence"]),
        ST("List Number 2", "The course is part of the carers' core training."),
        N(Q["proprietary"]),
        ST("List Number 2", "No"),
        N(Q["adoption"]),
        ST("List Number 2", "Two trained instructors and a training budget."),
        N(Q["contact"]),
        ST("List Number 2", "Hannah Cole, Fostering Support Manager, hannah.cole@iow.example.gov.uk"),
        N(Q["consent_publish"]),
        ST("List Number 2", "Yes"),
        N(Q["consent_contact"]),
        ST("List Number 2", "Yes"),
    ],
    {
        "title": "Mental health first aid for foster carers",
        "authority": "Isle of Wight",
        "organisation": "Fostering Support Team",
        "service_areas": ["Fostering"],
        "scale": "Service or team practice",
        "problem": "Placements broke down when teenagers' mental health worsened and carers did not know how to respond.",
        "what_you_did": "Every foster carer is offered a two-day youth mental health first aid course.",
        "difference": "Placement breakdowns for teenagers halved in the year after the training.",
        "permanence": "The course is part of the carers' core training.",
        "proprietary": no(),
        "adoption": "Two trained instructors and a training budget.",
        "contact": contact("Hannah Cole", "Fostering Support Manager", "hannah.cole@iow.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)
