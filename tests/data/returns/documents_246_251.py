# ruff: noqa: E501 - the documents' text is kept as written, one paragraph a line
"""Returned documents 246–251, written with 252–257 and read once with them (bench/README.md).

Shapes not in documents 1–233: a Microsoft Forms response summary saved to Word (the respondent's lines at the top,
each question in bold with "Response:" before the answer); yes-or-no answered with a hedge ("Not yet", "Yes –
subject to sign-off", "Yes, with caveats"); yes-or-no answered "Unsure" and "TBC"; consent given on a condition
("Yes, but please anonymise the family", "Only by email please"); a joint nomination of two councils ("Kent and
Medway jointly"); nested bullet lists inside one answer. See build.py.
"""

from tests.data.returns.build import ST, B, H, L, P, T, contact, no, yes
from tests.data.returns.documents import doc
from tests.data.returns.documents_150_155 import Q

# 246: a Microsoft Forms response summary saved to Word: the respondent's details at the top, each question in
# bold and numbered, the answer after "Response:".
doc(
    "246-microsoft-forms-response-summary",
    [
        B("Silver Linings nomination 2026"),
        P("ID: 17"),
        P("Start time: 3/14/26 9:02:11"),
        P("Completion time: 3/14/26 9:41:53"),
        P("Email: lucy.hart@surrey.example.gov.uk"),
        P("Name: Lucy Hart"),
        B("1. " + Q["title"]),
        P("Response: The Friday phone round"),
        B("2. " + Q["authority"]),
        P("Response: Surrey"),
        B("3. " + Q["organisation"]),
        P("Response: Early Help Hub, Guildford"),
        B("4. " + Q["service_areas"]),
        P("Response: Early help;Children's social care;"),
        B("5. " + Q["scale"]),
        P("Response: Service or team practice"),
        B("6. " + Q["problem"]),
        P(
            "Response: Families stepped down from social care to early help heard nothing for weeks and often came back in crisis."
        ),
        B("7. " + Q["what_you_did"]),
        P(
            "Response: Every Friday a family support worker phones each family stepped down that week, and again a fortnight later."
        ),
        B("8. " + Q["difference"]),
        P("Response: Re-referrals within six months fell from 22% to 9% in the first year."),
        B("9. " + Q["permanence"]),
        P("Response: The calls are part of the step-down procedure agreed with social care."),
        B("10. " + Q["proprietary"]),
        P("Response: No"),
        B("11. " + Q["adoption"]),
        P("Response: Two hours of a worker's time each Friday and a shared list of step-downs."),
        B("12. " + Q["contact"]),
        P("Response: Lucy Hart, Early Help Coordinator, lucy.hart@surrey.example.gov.uk, 01483 555210"),
        B("13. " + Q["consent_publish"]),
        P("Response: Yes"),
        B("14. " + Q["consent_contact"]),
        P("Response: Yes"),
    ],
    {
        "title": "The Friday phone round",
        "authority": "Surrey",
        "organisation": "Early Help Hub, Guildford",
        "service_areas": ["Early help", "Children's social care"],
        "scale": "Service or team practice",
        "problem": "Families stepped down from social care to early help heard nothing for weeks and often came back in crisis.",
        "what_you_did": "Every Friday a family support worker phones each family stepped down that week, and again a fortnight later.",
        "difference": "Re-referrals within six months fell from 22% to 9% in the first year.",
        "permanence": "The calls are part of the step-down procedure agreed with social care.",
        "proprietary": no(),
        "adoption": "Two hours of a worker's time each Friday and a shared list of step-downs.",
        "contact": contact("Lucy Hart", "Early Help Coordinator", "lucy.hart@surrey.example.gov.uk", "01483 555210"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 247: the yes-or-no questions answered with a hedge: "Not yet", "Yes – subject to sign-off", "Yes, with caveats".
doc(
    "247-hedged-yes-and-no",
    [
        H(Q["title"]),
        P("Youth workers in the custody suite"),
        H(Q["authority"]),
        P("Hampshire"),
        H(Q["organisation"]),
        P("Hampshire Youth Offending Team"),
        H(Q["service_areas"]),
        P("Youth justice"),
        H(Q["scale"]),
        P("Service or team practice"),
        H(Q["problem"]),
        P("Children arrested at night waited hours alone in a cell before anyone from children's services saw them."),
        H(Q["what_you_did"]),
        P(
            "A youth worker is on call for the two busiest custody suites from 6pm to 2am and sees every child brought in."
        ),
        H(Q["difference"]),
        P("Children seen within an hour of arrival rose from 12% to 81%, and fewer were remanded overnight."),
        H(Q["permanence"]),
        P("Partly: the night rota is permanent, the weekend cover is funded to March only."),
        H(Q["proprietary"]),
        P("Not yet – we are looking at a rota app but have not bought anything."),
        H(Q["adoption"]),
        P("An agreement with the police about access to the suite, and youth workers willing to do nights."),
        H(Q["contact"]),
        P("Owen Price, YOT Operations Manager, owen.price@hants.example.gov.uk, 01962 846000"),
        H(Q["consent_publish"]),
        P("Yes – subject to sign-off by our Director of Children's Services"),
        H(Q["consent_contact"]),
        P("Yes, with caveats: please go through our communications team first."),
    ],
    {
        "title": "Youth workers in the custody suite",
        "authority": "Hampshire",
        "organisation": "Hampshire Youth Offending Team",
        "service_areas": ["Youth justice"],
        "scale": "Service or team practice",
        "problem": "Children arrested at night waited hours alone in a cell before anyone from children's services saw them.",
        "what_you_did": "A youth worker is on call for the two busiest custody suites from 6pm to 2am and sees every child brought in.",
        "difference": "Children seen within an hour of arrival rose from 12% to 81%, and fewer were remanded overnight.",
        "permanence": "Partly: the night rota is permanent, the weekend cover is funded to March only.",
        "proprietary": no("we are looking at a rota app but have not bought anything."),
        "adoption": "An agreement with the police about access to the suite, and youth workers willing to do nights.",
        "contact": contact("Owen Price", "YOT Operations Manager", "owen.price@hants.example.gov.uk", "01962 846000"),
        "consent_publish": yes("subject to sign-off by our Director of Children's Services"),
        "consent_contact": yes("with caveats: please go through our communications team first."),
    },
)

# 248: a yes-or-no question answered "Unsure – …" and another "TBC": a careful reader takes neither yes nor no.
doc(
    "248-unsure-and-tbc",
    [
        T(
            ["Question", "Answer"],
            [Q["title"], "Reading buddies for children in care"],
            [Q["authority"], "Oxfordshire"],
            [Q["organisation"], "Oxfordshire Virtual School"],
            [Q["service_areas"], "Mainstream schools, Fostering"],
            [Q["scale"], "Personal work habit"],
            [
                Q["problem"],
                "Younger children in foster care were reading well below their age and nobody read with them at home.",
            ],
            [
                Q["what_you_did"],
                "Retired teachers read with each child by video twice a week, with the foster carer joining in.",
            ],
            [Q["difference"], "Reading ages rose by 14 months on average over two terms."],
            [Q["permanence"], "The Virtual School has written the buddies into its offer for next year."],
            [
                Q["proprietary"],
                "Unsure – the video calls use a platform the volunteers' charity pays for, I'd need to check which.",
            ],
            [Q["adoption"], "A charity with volunteers and carers willing to sit in."],
            [Q["contact"], "Hannah Mills, Education Adviser, hannah.mills@oxfordshire.example.gov.uk"],
            [Q["consent_publish"], "Yes"],
            [Q["consent_contact"], "TBC"],
        ),
    ],
    {
        "title": "Reading buddies for children in care",
        "authority": "Oxfordshire",
        "organisation": "Oxfordshire Virtual School",
        "service_areas": ["Mainstream schools", "Fostering"],
        "scale": "Personal work habit",
        "problem": "Younger children in foster care were reading well below their age and nobody read with them at home.",
        "what_you_did": "Retired teachers read with each child by video twice a week, with the foster carer joining in.",
        "difference": "Reading ages rose by 14 months on average over two terms.",
        "permanence": "The Virtual School has written the buddies into its offer for next year.",
        "proprietary": None,  # "Unsure – …": neither yes nor no; a careful reader asks
        "adoption": "A charity with volunteers and carers willing to sit in.",
        "contact": contact("Hannah Mills", "Education Adviser", "hannah.mills@oxfordshire.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": None,  # "TBC": not yet answered
    },
)

# 249: consent given on a condition, in bold labels with the answer after them.
doc(
    "249-consent-on-a-condition",
    [
        B(Q["title"]),
        P("Life story books made with the child"),
        B(Q["authority"]),
        P("Reading"),
        B(Q["organisation"]),
        P("Brighter Futures for Children – Adoption and Permanence Team"),
        B(Q["service_areas"]),
        P("Adoption"),
        B(Q["scale"]),
        P("Service or team practice"),
        B(Q["problem"]),
        P(
            "Life story books were written by workers after the child had moved, and children said they did not recognise themselves."
        ),
        B(Q["what_you_did"]),
        P(
            "Each child makes their book with their worker over six sessions before the move, choosing the photos and words."
        ),
        B(Q["difference"]),
        P(
            "All 11 children placed this year took their book with them, and adopters say the children show it to visitors."
        ),
        B(Q["permanence"]),
        P("The sessions are in the team's placement plan template."),
        B(Q["proprietary"]),
        P("No"),
        B(Q["adoption"]),
        P("Six sessions of worker time per child, and a budget for printing."),
        B(Q["contact"]),
        P("Grace Adeyemi, Senior Social Worker, grace.adeyemi@bfftc.example.org.uk"),
        B(Q["consent_publish"]),
        P("Yes, but please anonymise the family"),
        B(Q["consent_contact"]),
        P("Only by email please"),
    ],
    {
        "title": "Life story books made with the child",
        "authority": "Reading",
        "organisation": "Brighter Futures for Children – Adoption and Permanence Team",
        "service_areas": ["Adoption"],
        "scale": "Service or team practice",
        "problem": "Life story books were written by workers after the child had moved, and children said they did not recognise themselves.",
        "what_you_did": "Each child makes their book with their worker over six sessions before the move, choosing the photos and words.",
        "difference": "All 11 children placed this year took their book with them, and adopters say the children show it to visitors.",
        "permanence": "The sessions are in the team's placement plan template.",
        "proprietary": no(),
        "adoption": "Six sessions of worker time per child, and a budget for printing.",
        "contact": contact("Grace Adeyemi", "Senior Social Worker", "grace.adeyemi@bfftc.example.org.uk"),
        "consent_publish": yes("but please anonymise the family"),
        "consent_contact": yes("Only by email please"),
    },
)

# 250: a joint nomination of two councils: "Kent and Medway jointly" for the one authority asked for.
doc(
    "250-joint-nomination-kent-and-medway",
    [
        H(Q["title"]),
        P("One exploitation panel for both councils"),
        H(Q["authority"]),
        P("Kent and Medway jointly"),
        H(Q["organisation"]),
        P("Kent and Medway Adolescent Risk Panel"),
        H(Q["service_areas"]),
        P("Children's social care, Youth justice"),
        H(Q["scale"]),
        P("Whole-system change"),
        H(Q["problem"]),
        P("Young people exploited across the border were discussed at two panels that never saw each other's notes."),
        H(Q["what_you_did"]),
        P(
            "One panel now meets fortnightly for both councils, with police and health, and keeps one list of young people at risk."
        ),
        H(Q["difference"]),
        P("Young people missing for more than 24 hours fell by a third, and disruption orders doubled."),
        H(Q["permanence"]),
        P("Both councils' safeguarding partnerships have signed the panel's terms of reference."),
        H(Q["proprietary"]),
        P("No"),
        H(Q["adoption"]),
        P("A neighbouring council willing to share information under one agreement."),
        H(Q["contact"]),
        P("Daniel Frost, Adolescent Services Lead, daniel.frost@kent.example.gov.uk"),
        H(Q["consent_publish"]),
        P("Yes"),
        H(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "One exploitation panel for both councils",
        "authority": None,  # two councils for one authority: a careful reader asks which
        "organisation": "Kent and Medway Adolescent Risk Panel",
        "service_areas": ["Children's social care", "Youth justice"],
        "scale": "Whole-system change",
        "problem": "Young people exploited across the border were discussed at two panels that never saw each other's notes.",
        "what_you_did": "One panel now meets fortnightly for both councils, with police and health, and keeps one list of young people at risk.",
        "difference": "Young people missing for more than 24 hours fell by a third, and disruption orders doubled.",
        "permanence": "Both councils' safeguarding partnerships have signed the panel's terms of reference.",
        "proprietary": no(),
        "adoption": "A neighbouring council willing to share information under one agreement.",
        "contact": contact("Daniel Frost", "Adolescent Services Lead", "daniel.frost@kent.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 251: nested bullet lists inside one answer: sub-points under two of the points.
doc(
    "251-nested-bullet-lists",
    [
        H(Q["title"]),
        P("Hospital discharge huddles for care leavers"),
        H(Q["authority"]),
        P("Portsmouth"),
        H(Q["organisation"]),
        P("Leaving Care Team"),
        H(Q["service_areas"]),
        P("Care leavers"),
        H(Q["scale"]),
        P("Service or team practice"),
        H(Q["problem"]),
        P("Care leavers discharged from hospital went home to empty flats with no food and no one told."),
        H(Q["what_you_did"]),
        P("We agreed three things with the hospital:"),
        L("A named contact on each ward"),
        ST("List Bullet 2", "the ward rings the team before discharge"),
        ST("List Bullet 2", "the team rings back within the hour"),
        L("A discharge huddle for every care leaver"),
        ST("List Bullet 2", "personal adviser, ward nurse and the young person"),
        L("A food parcel on the day"),
        H(Q["difference"]),
        P("No care leaver has been readmitted within a week since the huddles started, against five the year before."),
        H(Q["permanence"]),
        P("The hospital has put the huddle in its discharge policy."),
        H(Q["proprietary"]),
        P("No"),
        H(Q["adoption"]),
        P("A hospital willing to phone, and personal advisers free at short notice."),
        H(Q["contact"]),
        P("Kemi Bello, Team Manager, Leaving Care, kemi.bello@portsmouthcc.example.gov.uk"),
        H(Q["consent_publish"]),
        P("Yes"),
        H(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Hospital discharge huddles for care leavers",
        "authority": "Portsmouth",
        "organisation": "Leaving Care Team",
        "service_areas": ["Care leavers"],
        "scale": "Service or team practice",
        "problem": "Care leavers discharged from hospital went home to empty flats with no food and no one told.",
        "what_you_did": (
            "We agreed three things with the hospital:\n\n"
            "- A named contact on each ward\n"
            "  - the ward rings the team before discharge\n"
            "  - the team rings back within the hour\n"
            "- A discharge huddle for every care leaver\n"
            "  - personal adviser, ward nurse and the young person\n"
            "- A food parcel on the day"
        ),
        "difference": "No care leaver has been readmitted within a week since the huddles started, against five the year before.",
        "permanence": "The hospital has put the huddle in its discharge policy.",
        "proprietary": no(),
        "adoption": "A hospital willing to phone, and personal advisers free at short notice.",
        "contact": contact("Kemi Bello", "Team Manager, Leaving Care", "kemi.bello@portsmouthcc.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)
