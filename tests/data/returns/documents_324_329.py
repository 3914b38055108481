# ruff: noqa: E501 - the documents' text is kept as written, one paragraph a line
"""Returned documents 324–329, written with 318–323 and read once with them (bench/README.md).

Shapes not in documents 1–317: the contact as a small table inside the form's answer cell; the authority answered
with the council's postal address; the scale in the writer's own words; every heading a link to the call's
guidance page; the steps of what was done as Word's numbered list with sub-steps; and the consents answered in a
sentence each, neither starting with "yes". See build.py.
"""

from tests.data.returns.build import HL, ST, B, H, N, P, T, contact, no, yes
from tests.data.returns.documents import doc
from tests.data.returns.documents_150_155 import Q

# 324: the form's table, the contact answered by a small table of its own inside the answer cell.
doc(
    "324-contact-as-a-table-in-the-cell",
    [
        T(
            [Q["title"], "Lunch clubs for home-educated children"],
            [Q["authority"], "Hampshire"],
            [Q["organisation"], "Elective Home Education Team"],
            [Q["service_areas"], "Mainstream schools, Early help"],
            [Q["scale"], "Service or team practice"],
            [Q["problem"], "Home-educated children we visited had few chances to meet other children or us."],
            [
                Q["what_you_did"],
                "A monthly lunch club in libraries where families meet each other and the team informally.",
            ],
            [Q["difference"], "Half the families now come; three children returned to school at their own request."],
            [Q["permanence"], "The clubs are in the team's annual plan."],
            [Q["proprietary"], "No"],
            [Q["adoption"], "A free room and one officer's time each month."],
            [
                Q["contact"],
                [
                    T(
                        ["Name", "Ben Carter"],
                        ["Job title", "Elective Home Education Officer"],
                        ["Email", "ben.carter@hants.example.gov.uk"],
                        ["Telephone", "01962 845 000"],
                    )
                ],
            ],
            [Q["consent_publish"], "Yes"],
            [Q["consent_contact"], "Yes"],
        ),
    ],
    {
        "title": "Lunch clubs for home-educated children",
        "authority": "Hampshire",
        "organisation": "Elective Home Education Team",
        "service_areas": ["Mainstream schools", "Early help"],
        "scale": "Service or team practice",
        "problem": "Home-educated children we visited had few chances to meet other children or us.",
        "what_you_did": "A monthly lunch club in libraries where families meet each other and the team informally.",
        "difference": "Half the families now come; three children returned to school at their own request.",
        "permanence": "The clubs are in the team's annual plan.",
        "proprietary": no(),
        "adoption": "A free room and one officer's time each month.",
        "contact": contact(
            "Ben Carter", "Elective Home Education Officer", "ben.carter@hants.example.gov.uk", "01962 845 000"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 325: the authority answered with the council's postal address, as on its letterhead.
doc(
    "325-authority-as-a-postal-address",
    [
        H(Q["title"]),
        P("Foster carers' respite weekends"),
        H(Q["authority"]),
        P("East Sussex County Council\nCounty Hall\nSt Anne's Crescent\nLewes\nBN7 1UE"),
        H(Q["organisation"]),
        P("Fostering Service"),
        H(Q["service_areas"]),
        P("Fostering"),
        H(Q["scale"]),
        P("Service or team practice"),
        H(Q["problem"]),
        P("Carers of teenagers were burning out and asking for placements to end."),
        H(Q["what_you_did"]),
        P(
            "Each carer of a teenager is offered one weekend in six with a trained respite carer the young person already knows."
        ),
        H(Q["difference"]),
        P("Placement endings at the carer's request fell by half."),
        H(Q["permanence"]),
        P("Respite weekends are in the carers' support offer."),
        H(Q["proprietary"]),
        P("No"),
        H(Q["adoption"]),
        P("Enough respite carers and a fee for their weekends."),
        H(Q["contact"]),
        P("Jenny Ward, Fostering Support Manager, jenny.ward@eastsussex.example.gov.uk"),
        H(Q["consent_publish"]),
        P("Yes"),
        H(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Foster carers' respite weekends",
        "authority": "East Sussex",
        "organisation": "Fostering Service",
        "service_areas": ["Fostering"],
        "scale": "Service or team practice",
        "problem": "Carers of teenagers were burning out and asking for placements to end.",
        "what_you_did": "Each carer of a teenager is offered one weekend in six with a trained respite carer the young person already knows.",
        "difference": "Placement endings at the carer's request fell by half.",
        "permanence": "Respite weekends are in the carers' support offer.",
        "proprietary": no(),
        "adoption": "Enough respite carers and a fee for their weekends.",
        "contact": contact("Jenny Ward", "Fostering Support Manager", "jenny.ward@eastsussex.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 326: the scale put in the writer's own words, not the form's choice.
doc(
    "326-scale-in-own-words",
    [
        B(Q["title"]),
        P("Shared calendar for the duty rota"),
        B(Q["authority"]),
        P("Brighton and Hove"),
        B(Q["organisation"]),
        P("Front Door for Families"),
        B(Q["service_areas"]),
        P("Children's social care"),
        B(Q["scale"]),
        P("Team level – the whole duty team uses it"),
        B(Q["problem"]),
        P("Nobody could see at a glance who was on duty, so calls were passed round the office."),
        B(Q["what_you_did"]),
        P("A shared Outlook calendar shows the duty worker and manager for every half day, with their numbers."),
        B(Q["difference"]),
        P("Calls reach the duty worker first time; partners say they get answers faster."),
        B(Q["permanence"]),
        P("The business support team keeps it up to date."),
        B(Q["proprietary"]),
        P("Yes, Outlook, which we already had"),
        B(Q["adoption"]),
        P("Ten minutes a week of someone's time to update it."),
        B(Q["contact"]),
        P("Rosa Grant, Duty Manager, rosa.grant@brighton-hove.example.gov.uk"),
        B(Q["consent_publish"]),
        P("Yes"),
        B(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Shared calendar for the duty rota",
        "authority": "Brighton and Hove",
        "organisation": "Front Door for Families",
        "service_areas": ["Children's social care"],
        "scale": "Service or team practice",
        "problem": "Nobody could see at a glance who was on duty, so calls were passed round the office.",
        "what_you_did": "A shared Outlook calendar shows the duty worker and manager for every half day, with their numbers.",
        "difference": "Calls reach the duty worker first time; partners say they get answers faster.",
        "permanence": "The business support team keeps it up to date.",
        "proprietary": yes("Outlook, which we already had"),
        "adoption": "Ten minutes a week of someone's time to update it.",
        "contact": contact("Rosa Grant", "Duty Manager", "rosa.grant@brighton-hove.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 327: the form typed from the call's web page: every heading is a link to the guidance on the call's page.
GUIDANCE = "https://silverlinings.example.org/call#"
doc(
    "327-headings-linked-to-the-guidance",
    [
        *(
            block
            for key, answer in [
                ("title", "Nurture groups in secondary schools"),
                ("authority", "Medway"),
                ("organisation", "Inclusion Service"),
                ("service_areas", "Mainstream schools, SEND"),
                ("scale", "Service or team practice"),
                ("problem", "Year 7 pupils struggling with the move from primary were being excluded by Christmas."),
                (
                    "what_you_did",
                    "Five secondary schools run a nurture group for Year 7, with a trained teaching assistant and breakfast.",
                ),
                (
                    "difference",
                    "No pupil in a nurture group was permanently excluded in Year 7, against nine the year before.",
                ),
                ("permanence", "The schools fund the groups from their own budgets now."),
                ("proprietary", "No"),
                ("adoption", "Nurture training for the assistants and a room in each school."),
                ("contact", "Amy Booth, Inclusion Lead, amy.booth@medway.example.gov.uk"),
                ("consent_publish", "Yes"),
                ("consent_contact", "Yes"),
            ]
            for block in (HL("", Q[key], GUIDANCE + key), P(answer))
        ),
    ],
    {
        "title": "Nurture groups in secondary schools",
        "authority": "Medway",
        "organisation": "Inclusion Service",
        "service_areas": ["Mainstream schools", "SEND"],
        "scale": "Service or team practice",
        "problem": "Year 7 pupils struggling with the move from primary were being excluded by Christmas.",
        "what_you_did": "Five secondary schools run a nurture group for Year 7, with a trained teaching assistant and breakfast.",
        "difference": "No pupil in a nurture group was permanently excluded in Year 7, against nine the year before.",
        "permanence": "The schools fund the groups from their own budgets now.",
        "proprietary": no(),
        "adoption": "Nurture training for the assistants and a room in each school.",
        "contact": contact("Amy Booth", "Inclusion Lead", "amy.booth@medway.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 328: what was done as Word's numbered steps with sub-steps ("List Number 2").
doc(
    "328-numbered-steps-with-sub-steps",
    [
        H(Q["title"]),
        P("Return home interviews within 72 hours"),
        H(Q["authority"]),
        P("Reading"),
        H(Q["organisation"]),
        P("Missing and Exploitation Team"),
        H(Q["service_areas"]),
        P("Children's social care, Youth justice"),
        H(Q["scale"]),
        P("Service or team practice"),
        H(Q["problem"]),
        P("Fewer than half of children who went missing had a return home interview within the 72 hours."),
        H(Q["what_you_did"]),
        P("We changed three things:"),
        N("The police notice comes straight to the team's inbox"),
        ST("List Number 2", "a duty worker checks it at 9am and 2pm"),
        ST("List Number 2", "the interview is booked the same day"),
        N("Interviews can be by phone or video if the child prefers"),
        N("A weekly list of overdue interviews goes to the team manager"),
        H(Q["difference"]),
        P("Interviews within 72 hours rose from 46% to 88%."),
        H(Q["permanence"]),
        P("It is the team's procedure now."),
        H(Q["proprietary"]),
        P("No"),
        H(Q["adoption"]),
        P("An agreement with the police to send notices to one inbox."),
        H(Q["contact"]),
        P("Kieran Lowe, Team Manager, kieran.lowe@reading.example.gov.uk"),
        H(Q["consent_publish"]),
        P("Yes"),
        H(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Return home interviews within 72 hours",
        "authority": "Reading",
        "organisation": "Missing and Exploitation Team",
        "service_areas": ["Children's social care", "Youth justice"],
        "scale": "Service or team practice",
        "problem": "Fewer than half of children who went missing had a return home interview within the 72 hours.",
        "what_you_did": "We changed three things:\n\n- The police notice comes straight to the team's inbox\n  - a duty worker checks it at 9am and 2pm\n  - the interview is booked the same day\n- Interviews can be by phone or video if the child prefers\n- A weekly list of overdue interviews goes to the team manager",
        "difference": "Interviews within 72 hours rose from 46% to 88%.",
        "permanence": "It is the team's procedure now.",
        "proprietary": no(),
        "adoption": "An agreement with the police to send notices to one inbox.",
        "contact": contact("Kieran Lowe", "Team Manager", "kieran.lowe@reading.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 329: the consents answered in a sentence each, written by someone who does not start with "yes".
doc(
    "329-consents-in-sentences",
    [
        H(Q["title"]),
        P("Peer mentors for young people leaving custody"),
        H(Q["authority"]),
        P("Kent"),
        H(Q["organisation"]),
        P("Youth Justice Service"),
        H(Q["service_areas"]),
        P("Youth justice, Care leavers"),
        H(Q["scale"]),
        P("Service or team practice"),
        H(Q["problem"]),
        P("Young people leaving custody reoffended within weeks, often before their first appointment."),
        H(Q["what_you_did"]),
        P("Trained peer mentors who have been through custody meet each young person at the gate."),
        H(Q["difference"]),
        P("Reoffending within three months fell from 41% to 23%."),
        H(Q["permanence"]),
        P("The mentors are paid sessional workers on the service's budget."),
        H(Q["proprietary"]),
        P("No"),
        H(Q["adoption"]),
        P("Recruiting mentors with lived experience and clearing their vetting."),
        H(Q["contact"]),
        P("Marcus Webb, Youth Justice Manager, marcus.webb@kent.example.gov.uk"),
        H(Q["consent_publish"]),
        P("We would be delighted for it to be published."),
        H(Q["consent_contact"]),
        P("Please do get in touch with Marcus."),
    ],
    {
        "title": "Peer mentors for young people leaving custody",
        "authority": "Kent",
        "organisation": "Youth Justice Service",
        "service_areas": ["Youth justice", "Care leavers"],
        "scale": "Service or team practice",
        "problem": "Young people leaving custody reoffended within weeks, often before their first appointment.",
        "what_you_did": "Trained peer mentors who have been through custody meet each young person at the gate.",
        "difference": "Reoffending within three months fell from 41% to 23%.",
        "permanence": "The mentors are paid sessional workers on the service's budget.",
        "proprietary": no(),
        "adoption": "Recruiting mentors with lived experience and clearing their vetting.",
        "contact": contact("Marcus Webb", "Youth Justice Manager", "marcus.webb@kent.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)
