# ruff: noqa: E501 - the documents' text is kept as written, one paragraph a line
"""Returned documents 210–215, written with 216–221 and read once with them (bench/README.md).

Shapes not in documents 1–209: Word's real check-box content controls (w14:checkbox) for the yes-or-no
questions and the choices; an old council form made of legacy form fields (FORMCHECKBOX with nothing shown,
FORMTEXT with the answer inside the field); drop-down content controls showing the chosen item; answers
typed as text-speak, all lower case with no punctuation; an answer split across a page break, its table's
header row repeated at the top of the second table; "All of the above" under a heading that lists the
service areas. See build.py.
"""

from silverlinings.calls.headings import SCALES
from tests.calls.docs.forms import AUTHORITIES, SERVICE_AREAS
from tests.data.returns.build import CB, DD, FF, PB, B, H, P, T, contact, no, yes
from tests.data.returns.documents import doc
from tests.data.returns.documents_150_155 import Q

# 210: a business support officer fills in the Word version with real check-box content controls.
doc(
    "210-check-box-content-controls",
    [
        H("Silver Linings nomination form", 1),
        B(Q["title"]),
        P("Reading buddies for children in care"),
        B(Q["authority"]),
        P("Reading"),
        B(Q["organisation"]),
        P("Brighter Futures for Children – Virtual School"),
        B(Q["service_areas"]),
        CB((False, "Mainstream schools"), (False, "Special schools"), (False, "Early years")),
        CB((False, "Early help"), (True, "Children's social care"), (False, "Youth justice")),
        CB((False, "Adoption"), (True, "Fostering"), (False, "SEND"), (False, "Care leavers"), (False, "Other")),
        B(Q["scale"]),
        CB((False, "Whole-system change"), (True, "Service or team practice")),
        CB((False, "Personal work habit"), (False, "IT hack or tool")),
        B(Q["problem"]),
        P("Children in foster care were reading well below their classmates and few read at home."),
        B(Q["what_you_did"]),
        P(
            "Retired teachers read with a child once a week at the foster home, and each child chooses a book to keep every month."
        ),
        B(Q["difference"]),
        P("Two thirds of the children moved up at least one reading band in a year."),
        B(Q["permanence"]),
        P("The buddies are now recruited by the Virtual School every September."),
        B(Q["proprietary"]),
        CB((False, "Yes"), (True, "No")),
        B(Q["adoption"]),
        P("A small book budget and a volunteer coordinator."),
        B(Q["contact"]),
        P("Ruth Adeyemi, Virtual School Officer, ruth.adeyemi@brighterfuturesforchildren.example.org"),
        B(Q["consent_publish"]),
        CB((True, "Yes"), (False, "No")),
        B(Q["consent_contact"]),
        CB((True, "Yes"), (False, "No")),
    ],
    {
        "title": "Reading buddies for children in care",
        "authority": "Reading",
        "organisation": "Brighter Futures for Children – Virtual School",
        "service_areas": ["Children's social care", "Fostering"],
        "scale": "Service or team practice",
        "problem": "Children in foster care were reading well below their classmates and few read at home.",
        "what_you_did": "Retired teachers read with a child once a week at the foster home, and each child chooses a book to keep every month.",
        "difference": "Two thirds of the children moved up at least one reading band in a year.",
        "permanence": "The buddies are now recruited by the Virtual School every September.",
        "proprietary": no(),
        "adoption": "A small book budget and a volunteer coordinator.",
        "contact": contact(
            "Ruth Adeyemi", "Virtual School Officer", "ruth.adeyemi@brighterfuturesforchildren.example.org"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 211: an old council form built with legacy form fields: the text typed inside FORMTEXT fields, the
# boxes FORMCHECKBOX fields that show nothing in the text at all (ticked or not only in the field's data).
doc(
    "211-legacy-form-fields",
    [
        P("WEST SUSSEX COUNTY COUNCIL – SILVER LININGS NOMINATION (form CS/114)"),
        T(
            [Q["title"], [FF(("text", "Saturday clinic for SEND transport appeals"))]],
            [Q["authority"], [FF(("text", "West Sussex"))]],
            [Q["organisation"], [FF(("text", "SEND Travel Assistance Team"))]],
            [
                Q["service_areas"],
                [FF(("box", False), " Early help  ", ("box", True), " SEND  ", ("box", False), " Other")],
            ],
            [Q["scale"], [FF(("text", "Service or team practice"))]],
            [
                Q["problem"],
                [
                    FF(
                        (
                            "text",
                            "Families waited up to ten weeks for a transport appeal, and children missed school while they waited.",
                        )
                    )
                ],
            ],
            [
                Q["what_you_did"],
                [
                    FF(
                        (
                            "text",
                            "We hold a Saturday clinic each month where a panel decides appeals on the day with the family present.",
                        )
                    )
                ],
            ],
            [
                Q["difference"],
                [
                    FF(
                        (
                            "text",
                            "Appeals are now decided within three weeks and no child has missed school waiting for one this year.",
                        )
                    )
                ],
            ],
            [Q["permanence"], [FF(("text", "The clinic is in the transport policy agreed by Cabinet in March."))]],
            [Q["proprietary"], [FF("Yes ", ("box", False), "   No ", ("box", True))]],
            [Q["adoption"], [FF(("text", "Three panel members willing to give a Saturday morning a month."))]],
            [
                Q["contact"],
                [FF(("text", "Paul Hendry, Team Leader, paul.hendry@westsussex.example.gov.uk, 0330 222 0000"))],
            ],
            [Q["consent_publish"], [FF("Yes ", ("box", True), "   No ", ("box", False))]],
            [Q["consent_contact"], [FF("Yes ", ("box", True), "   No ", ("box", False))]],
        ),
    ],
    {
        "title": "Saturday clinic for SEND transport appeals",
        "authority": "West Sussex",
        "organisation": "SEND Travel Assistance Team",
        "service_areas": ["SEND"],
        "scale": "Service or team practice",
        "problem": "Families waited up to ten weeks for a transport appeal, and children missed school while they waited.",
        "what_you_did": "We hold a Saturday clinic each month where a panel decides appeals on the day with the family present.",
        "difference": "Appeals are now decided within three weeks and no child has missed school waiting for one this year.",
        "permanence": "The clinic is in the transport policy agreed by Cabinet in March.",
        "proprietary": no(),
        "adoption": "Three panel members willing to give a Saturday morning a month.",
        "contact": contact("Paul Hendry", "Team Leader", "paul.hendry@westsussex.example.gov.uk", "0330 222 0000"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 212: the authority, the scale and the yes-or-no answers as drop-down content controls showing the choice.
doc(
    "212-drop-down-content-controls",
    [
        H(Q["title"]),
        P("Youth court waiting room made calm"),
        H(Q["authority"]),
        DD("Medway", AUTHORITIES, alias="Authority"),
        H(Q["organisation"]),
        P("Medway Youth Justice Service"),
        H(Q["service_areas"]),
        DD("Youth justice", SERVICE_AREAS, alias="Service area"),
        H(Q["scale"]),
        DD("Personal work habit", SCALES, alias="Scale"),
        H(Q["problem"]),
        P("Young people waited hours in a crowded court corridor next to the people they were accused of harming."),
        H(Q["what_you_did"]),
        P(
            "Our case workers now book a side room and wait there with the young person, bringing food and something to do."
        ),
        H(Q["difference"]),
        P("Magistrates have noticed calmer young people, and there have been no incidents in the corridor since."),
        H(Q["permanence"]),
        P("It is part of every case worker's court duty checklist."),
        H(Q["proprietary"]),
        DD("No", ["Choose an item.", "Yes", "No"], alias="Yes/No"),
        H(Q["adoption"]),
        P("A court willing to lend a room, and case workers with time on court days."),
        H(Q["contact"]),
        P("Tunde Bakare, Youth Justice Case Worker, tunde.bakare@medway.example.gov.uk"),
        H(Q["consent_publish"]),
        DD("Yes", ["Choose an item.", "Yes", "No"], alias="Yes/No"),
        H(Q["consent_contact"]),
        DD("No", ["Choose an item.", "Yes", "No"], alias="Yes/No"),
    ],
    {
        "title": "Youth court waiting room made calm",
        "authority": "Medway",
        "organisation": "Medway Youth Justice Service",
        "service_areas": ["Youth justice"],
        "scale": "Personal work habit",
        "problem": "Young people waited hours in a crowded court corridor next to the people they were accused of harming.",
        "what_you_did": "Our case workers now book a side room and wait there with the young person, bringing food and something to do.",
        "difference": "Magistrates have noticed calmer young people, and there have been no incidents in the corridor since.",
        "permanence": "It is part of every case worker's court duty checklist.",
        "proprietary": no(),
        "adoption": "A court willing to lend a room, and case workers with time on court days.",
        "contact": contact("Tunde Bakare", "Youth Justice Case Worker", "tunde.bakare@medway.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": no(),
    },
)

# 213: a young apprentice fills it in on her phone: text-speak, all lower case, no punctuation.
doc(
    "213-text-speak-lower-case",
    [
        B(Q["title"]),
        P("whatsapp group for care leavers"),
        B(Q["authority"]),
        P("slough"),
        B(Q["organisation"]),
        P("leaving care team"),
        B(Q["service_areas"]),
        P("care leavers"),
        B(Q["scale"]),
        P("it hack or tool"),
        B(Q["problem"]),
        P(
            "loads of our young ppl never answer calls or emails so they miss stuff like appointments n money they r owed"
        ),
        B(Q["what_you_did"]),
        P("we set up a whatsapp group run by 2 of the PAs n post reminders n jobs n free stuff there"),
        B(Q["difference"]),
        P("way more of them turn up now n 40 joined in the first month"),
        B(Q["permanence"]),
        P("yeah its staying the managers signed it off"),
        B(Q["proprietary"]),
        P("yes whatsapp"),
        B(Q["adoption"]),
        P("a work phone n someone to keep an eye on the group"),
        B(Q["contact"]),
        P("jess maloney apprentice PA jess.maloney@slough.example.gov.uk"),
        B(Q["consent_publish"]),
        P("yep"),
        B(Q["consent_contact"]),
        P("ye"),
    ],
    {
        "title": "whatsapp group for care leavers",
        "authority": "Slough",
        "organisation": "leaving care team",
        "service_areas": ["Care leavers"],
        "scale": "IT hack or tool",
        "problem": "loads of our young ppl never answer calls or emails so they miss stuff like appointments n money they r owed",
        "what_you_did": "we set up a whatsapp group run by 2 of the PAs n post reminders n jobs n free stuff there",
        "difference": "way more of them turn up now n 40 joined in the first month",
        "permanence": "yeah its staying the managers signed it off",
        "proprietary": yes("whatsapp"),
        "adoption": "a work phone n someone to keep an eye on the group",
        "contact": contact("jess maloney", "apprentice PA", "jess.maloney@slough.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 214: a two-column table that runs over a page: the long answer breaks, and the second page starts with the
# "Question | Your answer" row again (typed, as when a printed form is retyped), the answer going on with an
# empty question cell.
doc(
    "214-answer-split-across-a-page-break",
    [
        P("Silver Linings 2026 – Hampshire County Council"),
        T(
            ["Question", "Your answer"],
            [Q["title"], "Family group conferences before the first strategy meeting"],
            [Q["authority"], "Hampshire"],
            [Q["organisation"], "Family Group Conference Service"],
            [Q["service_areas"], "Early help, Children's social care"],
            [Q["scale"], "Whole-system change"],
            [
                Q["problem"],
                "Families were told about a family group conference only once proceedings had begun, when it was too late for relatives to step in.",
            ],
            [
                Q["what_you_did"],
                "We now offer a conference at the first sign of concern, before any strategy meeting, and a coordinator contacts the wider family within five days.",
            ],
        ),
        PB(),
        T(
            ["Question", "Your answer"],
            ["", "Social workers refer on one page, and the family chooses where and when the conference meets."],
            [Q["difference"], "Twice as many children stayed with relatives instead of coming into care."],
            [Q["permanence"], "It is funded from the edge-of-care budget for the next three years."],
            [Q["proprietary"], "No"],
            [Q["adoption"], "Independent coordinators and a referral form short enough to use."],
            [Q["contact"], "Nadia Rahman, FGC Service Manager, nadia.rahman@hants.example.gov.uk"],
            [Q["consent_publish"], "Yes"],
            [Q["consent_contact"], "Yes"],
        ),
    ],
    {
        "title": "Family group conferences before the first strategy meeting",
        "authority": "Hampshire",
        "organisation": "Family Group Conference Service",
        "service_areas": ["Early help", "Children's social care"],
        "scale": "Whole-system change",
        "problem": "Families were told about a family group conference only once proceedings had begun, when it was too late for relatives to step in.",
        "what_you_did": "We now offer a conference at the first sign of concern, before any strategy meeting, and a coordinator contacts the wider family within five days.\n\nSocial workers refer on one page, and the family chooses where and when the conference meets.",
        "difference": "Twice as many children stayed with relatives instead of coming into care.",
        "permanence": "It is funded from the edge-of-care budget for the next three years.",
        "proprietary": no(),
        "adoption": "Independent coordinators and a referral form short enough to use.",
        "contact": contact("Nadia Rahman", "FGC Service Manager", "nadia.rahman@hants.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 215: the template listed the service areas under their heading; the writer typed "All of the above".
doc(
    "215-all-of-the-above",
    [
        H(Q["title"]),
        P("One front door for every children's service"),
        H(Q["authority"]),
        P("Wokingham"),
        H(Q["organisation"]),
        P("Children's Services Front Door"),
        H(Q["service_areas"]),
        P(
            "Mainstream schools / Special schools / Early years / Early help / Children's social care / Youth justice / Adoption / Fostering / SEND / Care leavers"
        ),
        P("All of the above"),
        H(Q["scale"]),
        P("Whole-system change"),
        H(Q["problem"]),
        P(
            "Professionals had eleven different phone numbers and inboxes to refer a child, and referrals were lost between them."
        ),
        H(Q["what_you_did"]),
        P(
            "We replaced them with one number and one online form, triaged by a single team that passes each referral on the same day."
        ),
        H(Q["difference"]),
        P("No referral has been lost since, and schools say they know where to go."),
        H(Q["permanence"]),
        P("The old numbers have been switched off."),
        H(Q["proprietary"]),
        P("No"),
        H(Q["adoption"]),
        P("Agreement from every service head to give up their own inbox."),
        H(Q["contact"]),
        P("Helen Marsh, Head of Front Door, helen.marsh@wokingham.example.gov.uk"),
        H(Q["consent_publish"]),
        P("Yes"),
        H(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "One front door for every children's service",
        "authority": "Wokingham",
        "organisation": "Children's Services Front Door",
        "service_areas": [area for area in SERVICE_AREAS if area != "Other"],
        "scale": "Whole-system change",
        "problem": "Professionals had eleven different phone numbers and inboxes to refer a child, and referrals were lost between them.",
        "what_you_did": "We replaced them with one number and one online form, triaged by a single team that passes each referral on the same day.",
        "difference": "No referral has been lost since, and schools say they know where to go.",
        "permanence": "The old numbers have been switched off.",
        "proprietary": no(),
        "adoption": "Agreement from every service head to give up their own inbox.",
        "contact": contact("Helen Marsh", "Head of Front Door", "helen.marsh@wokingham.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)
