# ruff: noqa: E501 - the documents' text is kept as written, one paragraph a line
"""Returned documents 384–389, written with 378–383 and read once with them (bench/README.md).

Partner organisations' own habits: a university research partner's citations and reference list; a parent carer
forum's co-production words; a care-experienced young adult writing for herself; a Virtual School head's PEP, ePEP
and pupil premium plus figures; an independent fostering agency commissioned by two councils; a youth justice
service in the YJB's terms (AssetPlus, OOCD, FTE).
"""

from tests.data.returns.build import BP, H, I, L, P, T, contact, no, yes
from tests.data.returns.documents import doc
from tests.data.returns.documents_150_155 import Q

# 384: a university research partner: citations in brackets in the answers and a reference list after the form.
doc(
    "384-university-citations-references",
    [
        H("Silver Linings nomination: research partnership", 1),
        H(Q["title"]),
        P("Relational practice audit with care-experienced co-researchers"),
        H(Q["authority"]),
        P("Brighton and Hove"),
        H(Q["organisation"]),
        P("University of Sussex, School of Education and Social Work"),
        H(Q["service_areas"]),
        P("Children's social care; Care leavers"),
        H(Q["scale"]),
        P("Whole-system change"),
        H(Q["problem"]),
        P(
            "Case audits measured compliance with timescales but said little about the quality of relationships, which matter most to children in care (Smith et al., 2021; Munro, 2011)."
        ),
        H(Q["what_you_did"]),
        P(
            "Care-experienced co-researchers were trained and paid to audit case records with practitioners, using a relational practice tool adapted from Ruch (2018)."
        ),
        H(Q["difference"]),
        P(
            "In the first 120 audits, practitioners changed plans in 38 cases after the co-researchers' comments; the evaluation found higher ratings of being listened to (Okafor and Lee, 2024)."
        ),
        H(Q["permanence"]),
        P(
            "The council has adopted the tool for a quarter of its monthly audits, and the university funds the co-researchers until 2027."
        ),
        H(Q["proprietary"]),
        P("No"),
        H(Q["adoption"]),
        P("Paid co-researcher posts, training, and an audit team willing to share records under a data agreement."),
        H(Q["contact"]),
        BP("Name: ", "Dr Helen Okafor"),
        BP("Role: ", "Senior Lecturer in Social Work"),
        BP("Email: ", "h.okafor@sussex.example.ac.uk"),
        H(Q["consent_publish"]),
        P("Yes"),
        H(Q["consent_contact"]),
        P("Yes"),
        H("References"),
        P("Munro, E. (2011) The Munro Review of Child Protection: Final Report. London: Department for Education."),
        P(
            "Okafor, H. and Lee, J. (2024) ‘Co-researchers in case audit’, Child and Family Social Work, 29(2), pp. 211–224."
        ),
        P("Ruch, G. (2018) Relationship-based practice. 2nd edn. London: Jessica Kingsley."),
        P(
            "Smith, A., Jones, B. and Patel, C. (2021) ‘What children in care say matters’, Adoption & Fostering, 45(3), pp. 250–266."
        ),
    ],
    {
        "title": "Relational practice audit with care-experienced co-researchers",
        "authority": "Brighton and Hove",
        "organisation": "University of Sussex, School of Education and Social Work",
        "service_areas": ["Children's social care", "Care leavers"],
        "scale": "Whole-system change",
        "problem": "Case audits measured compliance with timescales but said little about the quality of relationships, which matter most to children in care (Smith et al., 2021; Munro, 2011).",
        "what_you_did": "Care-experienced co-researchers were trained and paid to audit case records with practitioners, using a relational practice tool adapted from Ruch (2018).",
        "difference": "In the first 120 audits, practitioners changed plans in 38 cases after the co-researchers' comments; the evaluation found higher ratings of being listened to (Okafor and Lee, 2024).",
        "permanence": "The council has adopted the tool for a quarter of its monthly audits, and the university funds the co-researchers until 2027.",
        "proprietary": no(),
        "adoption": "Paid co-researcher posts, training, and an audit team willing to share records under a data agreement.",
        "contact": contact("Dr Helen Okafor", "Senior Lecturer in Social Work", "h.okafor@sussex.example.ac.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 385: a parent carer forum: "we", co-production, the forum's strapline under its name, "Not that we know of" for
# the product.
doc(
    "385-parent-carer-forum",
    [
        H("Oxfordshire Parent Carer Forum", 1),
        I("Nothing about us without us"),
        P(
            "We are the DfE-recognised parent carer forum for Oxfordshire. This nomination was co-produced at our steering group."
        ),
        H(Q["title"]),
        P("Co-produced EHCP annual review template"),
        H(Q["authority"]),
        P("Oxfordshire"),
        H(Q["organisation"]),
        P("Oxfordshire Parent Carer Forum, with the county's SEND Casework Team"),
        H(Q["service_areas"]),
        P("SEND"),
        H(Q["scale"]),
        P("Service or team practice"),
        H(Q["problem"]),
        P(
            "Parents told us annual reviews felt like a form filled in about their child, not with them, and the paperwork arrived too late to read."
        ),
        H(Q["what_you_did"]),
        P(
            "Parents and caseworkers rewrote the annual review template together: a one-page 'what's changed' from the family first, and papers sent two weeks before."
        ),
        H(Q["difference"]),
        P("In our survey 78% of parents said they felt heard at the review, up from 31%."),
        H(Q["permanence"]),
        P("The template is now the only one the county uses, and we review it with caseworkers every year."),
        H(Q["proprietary"]),
        P("Not that we know of"),
        H(Q["adoption"]),
        P("A parent carer forum and caseworkers with time to co-produce."),
        H(Q["contact"]),
        P("Dina Cole, Co-chair, dina.cole@oxpcf.example.org.uk, 07700 900 123"),
        H(Q["consent_publish"]),
        P("Yes"),
        H(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Co-produced EHCP annual review template",
        "authority": "Oxfordshire",
        "organisation": "Oxfordshire Parent Carer Forum, with the county's SEND Casework Team",
        "service_areas": ["SEND"],
        "scale": "Service or team practice",
        "problem": "Parents told us annual reviews felt like a form filled in about their child, not with them, and the paperwork arrived too late to read.",
        "what_you_did": "Parents and caseworkers rewrote the annual review template together: a one-page 'what's changed' from the family first, and papers sent two weeks before.",
        "difference": "In our survey 78% of parents said they felt heard at the review, up from 31%.",
        "permanence": "The template is now the only one the county uses, and we review it with caseworkers every year.",
        "proprietary": no("Not that we know of"),
        "adoption": "A parent carer forum and caseworkers with time to co-produce.",
        "contact": contact("Dina Cole", "Co-chair", "dina.cole@oxpcf.example.org.uk", "07700 900 123"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 386: a care-experienced young woman writing for herself: no organisation ("n/a – just me"), the authority with
# her own words after it, her own email and no role.
doc(
    "386-care-experienced-young-adult",
    [
        H(Q["title"]),
        P("Leaving care welcome box"),
        H(Q["authority"]),
        P("Medway"),
        H(Q["organisation"]),
        P("n/a – just me"),
        H(Q["service_areas"]),
        P("Care leavers"),
        H(Q["scale"]),
        P("Personal work habit"),
        H(Q["problem"]),
        P("When I moved into my first flat at 18 I had no kettle, no bedding and no idea how to set up the gas."),
        H(Q["what_you_did"]),
        P(
            "I asked my PA if the council could give every care leaver a box with the basics and a card with the numbers you need. We made a list together with other care leavers."
        ),
        H(Q["difference"]),
        P("Thirty care leavers got a box this year and nobody I know spent their first night without a duvet."),
        H(Q["permanence"]),
        P("The leaving care team buys the boxes from its setting-up-home budget now."),
        H(Q["proprietary"]),
        P("No"),
        H(Q["adoption"]),
        P("Listen to care leavers about what was missing, and about £60 a box."),
        H(Q["contact"]),
        P("Chantelle Brooks, chantelle.brooks99@example.com"),
        H(Q["consent_publish"]),
        P("Yes"),
        H(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Leaving care welcome box",
        "authority": "Medway",
        "organisation": None,
        "service_areas": ["Care leavers"],
        "scale": "Personal work habit",
        "problem": "When I moved into my first flat at 18 I had no kettle, no bedding and no idea how to set up the gas.",
        "what_you_did": "I asked my PA if the council could give every care leaver a box with the basics and a card with the numbers you need. We made a list together with other care leavers.",
        "difference": "Thirty care leavers got a box this year and nobody I know spent their first night without a duvet.",
        "permanence": "The leaving care team buys the boxes from its setting-up-home budget now.",
        "proprietary": no(),
        "adoption": "Listen to care leavers about what was missing, and about £60 a box.",
        "contact": contact("Chantelle Brooks", "", "chantelle.brooks99@example.com"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 387: a Virtual School head: PEP and ePEP, pupil premium plus (PP+) sums and percentages, the difference as bullets.
doc(
    "387-virtual-school-pep-pupil-premium",
    [
        H("Virtual School Kent – Silver Linings nomination", 1),
        H(Q["title"]),
        P("ePEP targets funded from PP+ within ten days"),
        H(Q["authority"]),
        P("Kent"),
        H(Q["organisation"]),
        P("Virtual School Kent"),
        H(Q["service_areas"]),
        P("Children's social care, Mainstream schools"),
        H(Q["scale"]),
        P("Whole-system change"),
        H(Q["problem"]),
        P(
            "Pupil premium plus (£2,570 per child looked after in 2024-25) was claimed at the termly PEP but often reached the school months later, after the target had lapsed."
        ),
        H(Q["what_you_did"]),
        P(
            "Designated teachers request PP+ in the ePEP itself; the Virtual School approves within ten school days and pays monthly."
        ),
        H(Q["difference"]),
        L(
            "ePEPs rated good or better: 64% to 88%",
            "PP+ paid within a month of the PEP: 22% to 91%",
        ),
        H(Q["permanence"]),
        P("It is in the Virtual School's PP+ policy for 2025-26."),
        H(Q["proprietary"]),
        P("Yes"),
        P("Welfare Call ePEP"),
        H(Q["adoption"]),
        P("An ePEP with a funding request step and a Virtual School officer to approve."),
        H(Q["contact"]),
        P("Graham Fuller, Virtual School Headteacher, graham.fuller@kent.example.gov.uk"),
        H(Q["consent_publish"]),
        P("Yes"),
        H(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "ePEP targets funded from PP+ within ten days",
        "authority": "Kent",
        "organisation": "Virtual School Kent",
        "service_areas": ["Children's social care", "Mainstream schools"],
        "scale": "Whole-system change",
        "problem": "Pupil premium plus (£2,570 per child looked after in 2024-25) was claimed at the termly PEP but often reached the school months later, after the target had lapsed.",
        "what_you_did": "Designated teachers request PP+ in the ePEP itself; the Virtual School approves within ten school days and pays monthly.",
        "difference": "- ePEPs rated good or better: 64% to 88%\n- PP+ paid within a month of the PEP: 22% to 91%",
        "permanence": "It is in the Virtual School's PP+ policy for 2025-26.",
        "proprietary": yes("Welfare Call ePEP"),
        "adoption": "An ePEP with a funding request step and a Virtual School officer to approve.",
        "contact": contact("Graham Fuller", "Virtual School Headteacher", "graham.fuller@kent.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 388: an independent fostering agency commissioned by two councils: the authority named with the lead
# commissioner and the other council in brackets, the agency's Ofsted number under its name.
doc(
    "388-fostering-agency-two-commissioners",
    [
        H("Harbour Fostering", 1),
        P(
            "Independent fostering agency, Ofsted registration SC401234. Commissioned by Surrey County Council and West Sussex County Council."
        ),
        H(Q["title"]),
        P("Sibling-group foster carers' support circle"),
        H(Q["authority"]),
        P("Surrey (lead commissioner; West Sussex also places with us)"),
        H(Q["organisation"]),
        P("Harbour Fostering"),
        H(Q["service_areas"]),
        P("Fostering"),
        H(Q["scale"]),
        P("Service or team practice"),
        H(Q["problem"]),
        P("Brothers and sisters were split between placements because few carers would take three or more children."),
        H(Q["what_you_did"]),
        P(
            "Carers of sibling groups meet monthly with a supervising social worker and get a named respite carer who knows all the children."
        ),
        H(Q["difference"]),
        P("We recruited nine sibling-group households in a year, and fourteen sibling groups stayed together."),
        H(Q["permanence"]),
        P("Both councils' placement contracts now include the support circle."),
        H(Q["proprietary"]),
        P("No"),
        H(Q["adoption"]),
        P("Respite carers matched in advance and a monthly meeting."),
        H(Q["contact"]),
        P("Leanne Morris, Registered Manager, leanne.morris@harbourfostering.example.co.uk, 01483 555 772"),
        H(Q["consent_publish"]),
        P("Yes"),
        H(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Sibling-group foster carers' support circle",
        "authority": "Surrey",
        "organisation": "Harbour Fostering",
        "service_areas": ["Fostering"],
        "scale": "Service or team practice",
        "problem": "Brothers and sisters were split between placements because few carers would take three or more children.",
        "what_you_did": "Carers of sibling groups meet monthly with a supervising social worker and get a named respite carer who knows all the children.",
        "difference": "We recruited nine sibling-group households in a year, and fourteen sibling groups stayed together.",
        "permanence": "Both councils' placement contracts now include the support circle.",
        "proprietary": no(),
        "adoption": "Respite carers matched in advance and a monthly meeting.",
        "contact": contact(
            "Leanne Morris", "Registered Manager", "leanne.morris@harbourfostering.example.co.uk", "01483 555 772"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 389: a youth justice service in the YJB's words (AssetPlus, OOCD, FTE, "Turnaround"), the form as a three-column
# table with the call's section numbers in the first column.
doc(
    "389-youth-justice-yjb-terms",
    [
        H("Milton Keynes Youth Justice Service – Silver Linings", 1),
        T(
            ["1.1", Q["title"], "Joint OOCD panel with AssetPlus-lite screening"],
            ["1.2", Q["authority"], "Milton Keynes"],
            ["1.3", Q["organisation"], "Milton Keynes Youth Justice Service"],
            ["1.4", Q["service_areas"], "Youth justice, Early help"],
            ["1.5", Q["scale"], "Service or team practice"],
            [
                "2.1",
                Q["problem"],
                "Children given an OOCD were screened with a full AssetPlus, which took weeks, so the intervention started after the child had moved on.",
            ],
            [
                "2.2",
                Q["what_you_did"],
                "A weekly joint decision panel with the police uses a short screening drawn from AssetPlus and agrees the outcome and the Turnaround offer the same day.",
            ],
            [
                "2.3",
                Q["difference"],
                "FTEs fell from 58 to 33 in two years (YJB KPI data), and 87% of OOCD interventions start within ten days.",
            ],
            ["3.1", Q["permanence"], "It is in the YJS partnership board's plan and the police's OOCD policy."],
            ["3.2", Q["proprietary"], "No"],
            [
                "3.3",
                Q["adoption"],
                "A police decision-maker at a weekly panel and case managers trained in the short screening.",
            ],
            ["4.1", Q["contact"], "Sunil Mehta, YJS Operational Manager, sunil.mehta@milton-keynes.example.gov.uk"],
            ["4.2", Q["consent_publish"], "Yes"],
            ["4.3", Q["consent_contact"], "Yes"],
        ),
    ],
    {
        "title": "Joint OOCD panel with AssetPlus-lite screening",
        "authority": "Milton Keynes",
        "organisation": "Milton Keynes Youth Justice Service",
        "service_areas": ["Youth justice", "Early help"],
        "scale": "Service or team practice",
        "problem": "Children given an OOCD were screened with a full AssetPlus, which took weeks, so the intervention started after the child had moved on.",
        "what_you_did": "A weekly joint decision panel with the police uses a short screening drawn from AssetPlus and agrees the outcome and the Turnaround offer the same day.",
        "difference": "FTEs fell from 58 to 33 in two years (YJB KPI data), and 87% of OOCD interventions start within ten days.",
        "permanence": "It is in the YJS partnership board's plan and the police's OOCD policy.",
        "proprietary": no(),
        "adoption": "A police decision-maker at a weekly panel and case managers trained in the short screening.",
        "contact": contact("Sunil Mehta", "YJS Operational Manager", "sunil.mehta@milton-keynes.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)
