# ruff: noqa: E501 - the documents' text is kept as written, one paragraph a line
"""Returned documents 198–203, written with 204–209 and read once with them (bench/README.md).

Shapes not in documents 1–197: the whole return typed into one table cell; headings in capitals with a
trailing colon and every answer indented by a tab; ticked boxes (☒/☐, the characters Word's check-box controls show) for the yes-or-no
questions and the choices; a reply typed in the body of a forwarded meeting invitation; a social worker's
notes in bullets with the service's abbreviations (CP, LAC, CLA, IRO, SGO, EHCP); an evaluation written as
a paper, with numbered sections and references. See build.py.
"""

from tests.data.returns.build import B, L, P, T, contact, no, yes
from tests.data.returns.documents import doc
from tests.data.returns.documents_150_155 import Q

# 198: the whole return in one table cell (a one-cell table used as a box), bold headings inside it.
doc(
    "198-whole-return-in-one-table-cell",
    [
        P("Silver Linings – return from Bracknell Forest"),
        T(
            [
                [
                    B(Q["title"]),
                    P("Family time in the library"),
                    B(Q["authority"]),
                    P("Bracknell Forest"),
                    B(Q["organisation"]),
                    P("Family Time Service"),
                    B(Q["service_areas"]),
                    P("Children's social care, Fostering"),
                    B(Q["scale"]),
                    P("Service or team practice"),
                    B(Q["problem"]),
                    P(
                        "Contact between children in care and their parents took place in a bare office room that the children dreaded."
                    ),
                    B(Q["what_you_did"]),
                    P(
                        "We moved supervised family time to a quiet room in the town library, with books and games the family can use together."
                    ),
                    B(Q["difference"]),
                    P(
                        "Missed sessions fell from one in four to one in ten, and supervisors' notes describe calmer visits."
                    ),
                    B(Q["permanence"]),
                    P("The library has agreed the room for three years at no charge."),
                    B(Q["proprietary"]),
                    P("No"),
                    B(Q["adoption"]),
                    P("A friendly library with a room that can be booked out of hours."),
                    B(Q["contact"]),
                    P("Claire Osei, Family Time Manager, claire.osei@bracknell-forest.example.gov.uk"),
                    B(Q["consent_publish"]),
                    P("Yes"),
                    B(Q["consent_contact"]),
                    P("Yes"),
                ]
            ]
        ),
    ],
    {
        "title": "Family time in the library",
        "authority": "Bracknell Forest",
        "organisation": "Family Time Service",
        "service_areas": ["Children's social care", "Fostering"],
        "scale": "Service or team practice",
        "problem": "Contact between children in care and their parents took place in a bare office room that the children dreaded.",
        "what_you_did": "We moved supervised family time to a quiet room in the town library, with books and games the family can use together.",
        "difference": "Missed sessions fell from one in four to one in ten, and supervisors' notes describe calmer visits.",
        "permanence": "The library has agreed the room for three years at no charge.",
        "proprietary": no(),
        "adoption": "A friendly library with a room that can be booked out of hours.",
        "contact": contact("Claire Osei", "Family Time Manager", "claire.osei@bracknell-forest.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 199: headings in capitals with a trailing colon, each answer on its own line indented by a tab.
doc(
    "199-capitals-with-colons-answers-tabbed",
    [
        P("TITLE OF THE INNOVATION:"),
        P("\tVirtual school drop-ins for care leavers at college"),
        P("AUTHORITY:"),
        P("\tOxfordshire"),
        P("ORGANISATION, SCHOOL, SETTING OR TEAM:"),
        P("\tVirtual School"),
        P("SERVICE AREAS:"),
        P("\tCare leavers"),
        P("SCALE OF THE INNOVATION:"),
        P("\tService or team practice"),
        P("THE PROBLEM OR NEED:"),
        P("\tCare leavers dropped out of college in their first term, often before anyone knew they were struggling."),
        P("WHAT YOU DID DIFFERENTLY:"),
        P(
            "\tA virtual school teacher holds a weekly drop-in at each college, and tutors can book a meeting with a young person there."
        ),
        P("THE DIFFERENCE IT MADE:"),
        P("\tFirst-term drop-out fell from 31% to 12% in the first year."),
        P("WILL IT BECOME PERMANENT, AND HOW IS IT BEING EMBEDDED?:"),
        P("\tThe drop-ins are written into the colleges' agreements with the virtual school."),
        P("DOES IT USE A PROPRIETARY SOFTWARE OR HARDWARE PRODUCT?:"),
        P("\tNo"),
        P("WHAT WOULD ANOTHER AUTHORITY NEED TO ADOPT IT?:"),
        P("\tA teacher's day a week and a named tutor at each college."),
        P("CONTACT:"),
        P("\tMarcus Lee, Virtual School Head, marcus.lee@oxfordshire.example.gov.uk, 01865 000 222"),
        P("CAN WE PUBLISH THIS INNOVATION IN THE SHOWCASE, WITH YOUR NAME?:"),
        P("\tYes"),
        P("CAN WE CONTACT YOU ABOUT THIS INNOVATION?:"),
        P("\tYes"),
    ],
    {
        "title": "Virtual school drop-ins for care leavers at college",
        "authority": "Oxfordshire",
        "organisation": "Virtual School",
        "service_areas": ["Care leavers"],
        "scale": "Service or team practice",
        "problem": "Care leavers dropped out of college in their first term, often before anyone knew they were struggling.",
        "what_you_did": "A virtual school teacher holds a weekly drop-in at each college, and tutors can book a meeting with a young person there.",
        "difference": "First-term drop-out fell from 31% to 12% in the first year.",
        "permanence": "The drop-ins are written into the colleges' agreements with the virtual school.",
        "proprietary": no(),
        "adoption": "A teacher's day a week and a named tutor at each college.",
        "contact": contact(
            "Marcus Lee", "Virtual School Head", "marcus.lee@oxfordshire.example.gov.uk", "01865 000 222"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 200: ticked boxes typed as the characters Word's check-box controls show (☒ ticked, ☐ not), for the choices and the
# yes-or-no questions; the controls themselves (w14:checkbox) are not built here.
doc(
    "200-tick-box-content-controls",
    [
        T(
            [Q["title"], "Kinship carers' evening clinic"],
            [Q["authority"], "Buckinghamshire"],
            [Q["organisation"], "Kinship Care Team"],
            [Q["service_areas"], "☐ Early years\n☒ Children's social care\n☐ Early help\n☒ Fostering\n☐ SEND"],
            [Q["scale"], "☐ Personal work habit\n☐ IT hack or tool\n☒ Service or team practice\n☐ Whole-system change"],
            [Q["problem"], "Kinship carers work during the day and could not reach the team's advice line."],
            [
                Q["what_you_did"],
                "A social worker and a benefits adviser run an evening clinic every Tuesday, by video or in person.",
            ],
            [Q["difference"], "Eighty carers used the clinic in six months; placement breakdowns fell by a third."],
            [Q["permanence"], "The clinic is in the team's rota and the adviser's post is funded."],
            [Q["proprietary"], "☐ Yes   ☒ No"],
            [Q["adoption"], "Two staff able to work one evening a week."],
            [Q["contact"], "Priya Shah, Kinship Care Team Manager, priya.shah@buckinghamshire.example.gov.uk"],
            [Q["consent_publish"], "☒ Yes   ☐ No"],
            [Q["consent_contact"], "☒ Yes   ☐ No"],
        ),
    ],
    {
        "title": "Kinship carers' evening clinic",
        "authority": "Buckinghamshire",
        "organisation": "Kinship Care Team",
        "service_areas": ["Children's social care", "Fostering"],
        "scale": "Service or team practice",
        "problem": "Kinship carers work during the day and could not reach the team's advice line.",
        "what_you_did": "A social worker and a benefits adviser run an evening clinic every Tuesday, by video or in person.",
        "difference": "Eighty carers used the clinic in six months; placement breakdowns fell by a third.",
        "permanence": "The clinic is in the team's rota and the adviser's post is funded.",
        "proprietary": no(),
        "adoption": "Two staff able to work one evening a week.",
        "contact": contact("Priya Shah", "Kinship Care Team Manager", "priya.shah@buckinghamshire.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 201: the answers typed into the body of a forwarded meeting invitation ("When:", "Where:" above them).
doc(
    "201-reply-in-a-forwarded-invitation",
    [
        P("-----Original Appointment-----"),
        P(
            "From: Silver Linings Programme\nSent: 12 November 2026 09:14\nTo: Ellis, Dawn\nSubject: Silver Linings – nomination drop-in session\nWhen: 19 November 2026 14:00-14:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\nWhere: Microsoft Teams Meeting"
        ),
        P("Hi both – I can't make the session so here are our answers instead, in the body of the invite. Dawn"),
        P(Q["title"] + ": Restorative meetings after school exclusions"),
        P(Q["authority"] + ": Portsmouth"),
        P(Q["organisation"] + ": Inclusion Support Service"),
        P(Q["service_areas"] + ": Mainstream schools, Early help"),
        P(Q["scale"] + ": Whole-system change"),
        P(Q["problem"] + ": Pupils coming back from a suspension were often suspended again within weeks."),
        P(
            Q["what_you_did"]
            + ": Every return from suspension now starts with a restorative meeting led by a trained member of staff, with the family."
        ),
        P(Q["difference"] + ": Repeat suspensions fell by 40% across the city's secondary schools."),
        P(Q["permanence"] + ": All secondary heads signed the city's inclusion charter, which requires the meetings."),
        P(Q["proprietary"] + ": No"),
        P(Q["adoption"] + ": Restorative practice training for one member of staff in each school."),
        P(Q["contact"] + ": Dawn Ellis, Inclusion Lead, dawn.ellis@portsmouth.example.gov.uk"),
        P(Q["consent_publish"] + ": Yes"),
        P(Q["consent_contact"] + ": Yes"),
        P("Join Microsoft Teams Meeting\nMeeting ID: 312 555 019 44\nPasscode: aB3xY9\nLearn more | Meeting options"),
    ],
    {
        "title": "Restorative meetings after school exclusions",
        "authority": "Portsmouth",
        "organisation": "Inclusion Support Service",
        "service_areas": ["Mainstream schools", "Early help"],
        "scale": "Whole-system change",
        "problem": "Pupils coming back from a suspension were often suspended again within weeks.",
        "what_you_did": "Every return from suspension now starts with a restorative meeting led by a trained member of staff, with the family.",
        "difference": "Repeat suspensions fell by 40% across the city's secondary schools.",
        "permanence": "All secondary heads signed the city's inclusion charter, which requires the meetings.",
        "proprietary": no(),
        "adoption": "Restorative practice training for one member of staff in each school.",
        "contact": contact("Dawn Ellis", "Inclusion Lead", "dawn.ellis@portsmouth.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 202: a social worker's notes: short headings, bullets for answers, the service's abbreviations kept.
doc(
    "202-social-worker-bullet-notes",
    [
        B("Title"),
        L("SGO support groups run by carers"),
        B("LA"),
        L("Wokingham"),
        B("Team"),
        L("Permanence Team"),
        B("Areas"),
        L("Children's social care", "Adoption"),
        B("Scale"),
        L("Service or team practice"),
        B("Problem"),
        L(
            "SGO carers felt dropped once the order was made – no SW, no IRO, no LAC reviews",
            "Several CLA returned to care after SGO breakdown",
        ),
        B("What we did"),
        L(
            "Monthly support group run by experienced SGO carers, SW attends",
            "Carers can bring questions about EHCP, CP history, contact",
        ),
        B("Difference"),
        L("No SGO breakdowns in 18 months among carers attending (3 the year before)"),
        B("Permanent?"),
        L("Yes – in the SGO support plan for every new order"),
        B("Proprietary?"),
        L("No"),
        B("What another LA needs"),
        L("Two or three experienced SGO carers willing to lead, a room, an SW's time"),
        B("Contact"),
        L("Ruth Adeyemi", "Senior Practitioner", "ruth.adeyemi@wokingham.example.gov.uk"),
        B("Publish?"),
        L("Yes"),
        B("Contact us?"),
        L("Yes"),
    ],
    {
        "title": "SGO support groups run by carers",
        "authority": "Wokingham",
        "organisation": "Permanence Team",
        "service_areas": ["Children's social care", "Adoption"],
        "scale": "Service or team practice",
        "problem": "- SGO carers felt dropped once the order was made – no SW, no IRO, no LAC reviews\n- Several CLA returned to care after SGO breakdown",  # the set's rule: a list of two or more keeps its marks
        "what_you_did": "- Monthly support group run by experienced SGO carers, SW attends\n- Carers can bring questions about EHCP, CP history, contact",
        "difference": "No SGO breakdowns in 18 months among carers attending (3 the year before)",
        "permanence": "Yes – in the SGO support plan for every new order",
        "proprietary": no(),
        "adoption": "Two or three experienced SGO carers willing to lead, a room, an SW's time",
        "contact": contact("Ruth Adeyemi", "Senior Practitioner", "ruth.adeyemi@wokingham.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 203: an evaluation written as a paper: numbered sections in its own words, citations, references at the end.
doc(
    "203-evaluation-written-as-a-paper",
    [
        P("Evaluation report"),
        B("Title of the innovation: Nurture rooms in infant schools"),
        P("Authority: Milton Keynes"),
        P("Organisation: Educational Psychology Service"),
        P("Service areas: Mainstream schools, SEND"),
        P("Scale: Service or team practice"),
        B("1. The problem or need"),
        P(
            "Exclusions of children under seven had doubled in five years (DfE, 2024), most of them children with unmet social and emotional needs."
        ),
        B("2. What we did differently"),
        P(
            "Six infant schools opened nurture rooms staffed by two trained adults, following the Boxall model (Bennathan and Boxall, 2000)."
        ),
        B("3. The difference it made"),
        P("Boxall Profile scores improved for 41 of 48 children, and none of them was excluded during the year."),
        B("4. Will it become permanent?"),
        P("The schools fund the rooms from their own budgets from September."),
        B("5. Proprietary products"),
        P("No"),
        B("6. What another authority would need"),
        P("Nurture training for two adults a school and a spare classroom."),
        B("7. Contact"),
        P("Dr Helen Marsh, Senior Educational Psychologist, helen.marsh@milton-keynes.example.gov.uk"),
        B("8. Consent"),
        P("We are happy for this to be published with our name, and for you to contact us."),
        B("References"),
        P(
            "Bennathan, M. and Boxall, M. (2000) Effective Intervention in Primary Schools: Nurture Groups. London: David Fulton."
        ),
        P("DfE (2024) Suspensions and permanent exclusions in England. London: Department for Education."),
    ],
    {
        "title": "Nurture rooms in infant schools",
        "authority": "Milton Keynes",
        "organisation": "Educational Psychology Service",
        "service_areas": ["Mainstream schools", "SEND"],
        "scale": "Service or team practice",
        "problem": "Exclusions of children under seven had doubled in five years (DfE, 2024), most of them children with unmet social and emotional needs.",
        "what_you_did": "Six infant schools opened nurture rooms staffed by two trained adults, following the Boxall model (Bennathan and Boxall, 2000).",
        "difference": "Boxall Profile scores improved for 41 of 48 children, and none of them was excluded during the year.",
        "permanence": "The schools fund the rooms from their own budgets from September.",
        "proprietary": no(),
        "adoption": "Nurture training for two adults a school and a spare classroom.",
        "contact": contact(
            "Dr Helen Marsh", "Senior Educational Psychologist", "helen.marsh@milton-keynes.example.gov.uk"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)
