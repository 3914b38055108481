# ruff: noqa: E501 - the documents' text is kept as written, one paragraph a line
"""Returned documents 312–317, written with 306–311 and read once with them (bench/README.md).

Shapes not in documents 1–281: a two-column table with the columns the other way round (answers left, questions
right); a nomination copied from the council's web page with the page's furniture (breadcrumbs, a cookie line,
"Share this page", "Was this page useful?"); every answer a bulleted list, the questions at the first level and the
answers at the second; the choices all printed with the chosen ones highlighted; the form in one column, each
cell holding the question and its answer; an email signature pasted as the contact, with an in-house product and
a commissioned one. See build.py.
"""

from tests.data.returns.build import HL, ST, B, H, L, P, R, T, contact, no, yes
from tests.data.returns.documents import doc
from tests.data.returns.documents_150_155 import Q

# 312: the form's table with its two columns the other way round: the answers on the left, the questions right.
doc(
    "312-answers-left-questions-right",
    [
        P("Silver Linings – nomination"),
        T(
            ["Your answer", "Question"],
            ["Life story books made with the child", Q["title"]],
            ["Kent", Q["authority"]],
            ["Adoption Support Team", Q["organisation"]],
            ["Adoption", Q["service_areas"]],
            ["Service or team practice", Q["scale"]],
            [
                "Adopted children's life story books were written for them by a worker, often after they had moved, and many never looked at them.",
                Q["problem"],
            ],
            [
                "The worker and the child make the book together over six sessions before the move, with photographs the child chooses.",
                Q["what_you_did"],
            ],
            [
                "Adopters say 19 of the 24 children have gone back to their books at least once a month.",
                Q["difference"],
            ],
            ["It is in the adoption support practice standards.", Q["permanence"]],
            ["No", Q["proprietary"]],
            ["Six sessions of a worker's time a child and a budget for printing.", Q["adoption"]],
            ["Ruth Adams, Senior Practitioner, ruth.adams@kent.example.gov.uk", Q["contact"]],
            ["Yes", Q["consent_publish"]],
            ["Yes", Q["consent_contact"]],
        ),
    ],
    {
        "title": "Life story books made with the child",
        "authority": "Kent",
        "organisation": "Adoption Support Team",
        "service_areas": ["Adoption"],
        "scale": "Service or team practice",
        "problem": "Adopted children's life story books were written for them by a worker, often after they had moved, and many never looked at them.",
        "what_you_did": "The worker and the child make the book together over six sessions before the move, with photographs the child chooses.",
        "difference": "Adopters say 19 of the 24 children have gone back to their books at least once a month.",
        "permanence": "It is in the adoption support practice standards.",
        "proprietary": no(),
        "adoption": "Six sessions of a worker's time a child and a budget for printing.",
        "contact": contact("Ruth Adams", "Senior Practitioner", "ruth.adams@kent.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 313: the nomination as published on the council's web page, copied with the page's furniture around it.
doc(
    "313-copied-from-the-council-web-page",
    [
        P("Skip to main content"),
        P(
            "We use some essential cookies to make this website work. Accept additional cookies Reject additional cookies View cookies"
        ),
        P("Home > Children, families and education > Silver Linings > Our nominations"),
        H("Our Silver Linings nomination: Care leavers' starter packs", 1),
        P("Published 3 November 2026"),
        H(Q["title"]),
        P("Care leavers' starter packs"),
        H(Q["authority"]),
        P("Buckinghamshire"),
        H(Q["organisation"]),
        P("Leaving Care Service"),
        H(Q["service_areas"]),
        P("Care leavers"),
        H(Q["scale"]),
        P("Service or team practice"),
        H(Q["problem"]),
        P("Young people moving into their first flat often had no kettle, bedding or pans for weeks."),
        H(Q["what_you_did"]),
        P(
            "Every care leaver now gets a starter pack, chosen by them from a list, delivered the day they get their keys."
        ),
        H(Q["difference"]),
        P("Calls to the out-of-hours team in the first month of a tenancy halved."),
        H(Q["permanence"]),
        P("The packs are funded from the setting-up-home allowance."),
        H(Q["proprietary"]),
        P("No"),
        H(Q["adoption"]),
        P("A supplier who can deliver at short notice and an agreed list of items."),
        H(Q["contact"]),
        P("Kemi Ade, Leaving Care Team Manager, kemi.ade@buckinghamshire.example.gov.uk"),
        H(Q["consent_publish"]),
        P("Yes"),
        H(Q["consent_contact"]),
        P("Yes"),
        P("Share this page: Facebook X LinkedIn Email"),
        P("Was this page useful? Yes No"),
        P("Report a problem with this page"),
        P("Last updated: 3 November 2026"),
        P("© Buckinghamshire Council"),
    ],
    {
        "title": "Care leavers' starter packs",
        "authority": "Buckinghamshire",
        "organisation": "Leaving Care Service",
        "service_areas": ["Care leavers"],
        "scale": "Service or team practice",
        "problem": "Young people moving into their first flat often had no kettle, bedding or pans for weeks.",
        "what_you_did": "Every care leaver now gets a starter pack, chosen by them from a list, delivered the day they get their keys.",
        "difference": "Calls to the out-of-hours team in the first month of a tenancy halved.",
        "permanence": "The packs are funded from the setting-up-home allowance.",
        "proprietary": no(),
        "adoption": "A supplier who can deliver at short notice and an agreed list of items.",
        "contact": contact("Kemi Ade", "Leaving Care Team Manager", "kemi.ade@buckinghamshire.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 314: every answer a bulleted list: the questions as first-level bullets, the answers as second-level ones.
doc(
    "314-questions-and-answers-as-nested-bullets",
    [
        P("My nomination, in bullets as I find that easiest:"),
        L(Q["title"]),
        ST("List Bullet 2", "Speech and language screening at two"),
        L(Q["authority"]),
        ST("List Bullet 2", "Portsmouth"),
        L(Q["organisation"]),
        ST("List Bullet 2", "Early Years Inclusion Team"),
        L(Q["service_areas"]),
        ST("List Bullet 2", "Early years"),
        ST("List Bullet 2", "SEND"),
        L(Q["scale"]),
        ST("List Bullet 2", "Service or team practice"),
        L(Q["problem"]),
        ST("List Bullet 2", "Speech delays were found at school entry, two years after help could have started."),
        L(Q["what_you_did"]),
        ST(
            "List Bullet 2",
            "Nursery staff use a short screening tool at the two-year check and refer straight to a speech group.",
        ),
        L(Q["difference"]),
        ST("List Bullet 2", "Children needing speech therapy at school entry fell by a quarter in two years."),
        L(Q["permanence"]),
        ST("List Bullet 2", "The screening is part of the two-year check everywhere in the city."),
        L(Q["proprietary"]),
        ST("List Bullet 2", "No"),
        L(Q["adoption"]),
        ST("List Bullet 2", "Training for nursery staff and a speech group they can refer to."),
        L(Q["contact"]),
        ST("List Bullet 2", "Nadia Rahman, Early Years Inclusion Lead, nadia.rahman@portsmouth.example.gov.uk"),
        L(Q["consent_publish"]),
        ST("List Bullet 2", "Yes"),
        L(Q["consent_contact"]),
        ST("List Bullet 2", "Yes"),
    ],
    {
        "title": "Speech and language screening at two",
        "authority": "Portsmouth",
        "organisation": "Early Years Inclusion Team",
        "service_areas": ["Early years", "SEND"],
        "scale": "Service or team practice",
        "problem": "Speech delays were found at school entry, two years after help could have started.",
        "what_you_did": "Nursery staff use a short screening tool at the two-year check and refer straight to a speech group.",
        "difference": "Children needing speech therapy at school entry fell by a quarter in two years.",
        "permanence": "The screening is part of the two-year check everywhere in the city.",
        "proprietary": no(),
        "adoption": "Training for nursery staff and a speech group they can refer to.",
        "contact": contact("Nadia Rahman", "Early Years Inclusion Lead", "nadia.rahman@portsmouth.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 315: the choices all printed on one line, the chosen ones highlighted in yellow (no tick, no bold).
doc(
    "315-chosen-options-highlighted",
    [
        B(Q["title"]),
        P("Youth workers in the custody suite"),
        B(Q["authority"]),
        P("Southampton"),
        B(Q["organisation"]),
        P("Youth Justice Service"),
        B(Q["service_areas"] + " (highlight all that apply)"),
        R(
            "Mainstream schools / Special schools / Early years / ",
            ("!", "Early help"),
            " / Children's social care / ",
            ("!", "Youth justice"),
            " / Adoption / Fostering / SEND / Care leavers / Other",
        ),
        B(Q["scale"] + " (highlight one)"),
        R("Whole-system change / ", ("!", "Service or team practice"), " / Personal work habit / IT hack or tool"),
        B(Q["problem"]),
        P(
            "Children arrested at night waited hours alone in the custody suite and were often interviewed tired and frightened."
        ),
        B(Q["what_you_did"]),
        P(
            "A youth worker is on call until midnight to sit with any child brought in, and to start the plan for their release."
        ),
        B(Q["difference"]),
        P("Average time in custody for children fell from nine hours to five."),
        B(Q["permanence"]),
        P("The police fund half of the on-call rota."),
        B(Q["proprietary"]),
        R("Yes / ", ("!", "No")),
        B(Q["adoption"]),
        P("An agreement with the police and a rota of youth workers willing to be on call."),
        B(Q["contact"]),
        P("Tom Harding, Youth Justice Manager, tom.harding@southampton.example.gov.uk"),
        B(Q["consent_publish"]),
        R(("!", "Yes"), " / No"),
        B(Q["consent_contact"]),
        R(("!", "Yes"), " / No"),
    ],
    {
        "title": "Youth workers in the custody suite",
        "authority": "Southampton",
        "organisation": "Youth Justice Service",
        "service_areas": ["Early help", "Youth justice"],
        "scale": "Service or team practice",
        "problem": "Children arrested at night waited hours alone in the custody suite and were often interviewed tired and frightened.",
        "what_you_did": "A youth worker is on call until midnight to sit with any child brought in, and to start the plan for their release.",
        "difference": "Average time in custody for children fell from nine hours to five.",
        "permanence": "The police fund half of the on-call rota.",
        "proprietary": no(),
        "adoption": "An agreement with the police and a rota of youth workers willing to be on call.",
        "contact": contact("Tom Harding", "Youth Justice Manager", "tom.harding@southampton.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 316: the form as a one-column table, each cell the question in bold then its answer; the product made in-house.
doc(
    "316-one-column-question-and-answer-cells",
    [
        T(
            [[B(Q["title"]), P("Sharing plans with the family on one page")]],
            [[B(Q["authority"]), P("Windsor and Maidenhead")]],
            [[B(Q["organisation"]), P("Early Help Hub")]],
            [[B(Q["service_areas"]), P("Early help")]],
            [[B(Q["scale"]), P("IT hack or tool")]],
            [
                [
                    B(Q["problem"]),
                    P("Families had three different plans from three services and did not know which to follow."),
                ]
            ],
            [
                [
                    B(Q["what_you_did"]),
                    P(
                        "Our analyst built a one-page plan that draws the actions of every service into one list for the family."
                    ),
                ]
            ],
            [
                [
                    B(Q["difference"]),
                    P(
                        "Families say in reviews that they know what is expected of them; missed actions fell by a third."
                    ),
                ]
            ],
            [[B(Q["permanence"]), P("The one-page plan replaced the old plans in April.")]],
            [[B(Q["proprietary"]), P("In-house (no supplier)")]],
            [
                [
                    B(Q["adoption"]),
                    P("An analyst who can link the services' records, and agreement from each service to share."),
                ]
            ],
            [[B(Q["contact"]), P("Aisha Bello, Early Help Hub Manager, aisha.bello@rbwm.example.gov.uk")]],
            [[B(Q["consent_publish"]), P("Yes")]],
            [[B(Q["consent_contact"]), P("Yes")]],
        ),
    ],
    {
        "title": "Sharing plans with the family on one page",
        "authority": "Windsor and Maidenhead",
        "organisation": "Early Help Hub",
        "service_areas": ["Early help"],
        "scale": "IT hack or tool",
        "problem": "Families had three different plans from three services and did not know which to follow.",
        "what_you_did": "Our analyst built a one-page plan that draws the actions of every service into one list for the family.",
        "difference": "Families say in reviews that they know what is expected of them; missed actions fell by a third.",
        "permanence": "The one-page plan replaced the old plans in April.",
        "proprietary": no("In-house (no supplier)"),
        "adoption": "An analyst who can link the services' records, and agreement from each service to share.",
        "contact": contact("Aisha Bello", "Early Help Hub Manager", "aisha.bello@rbwm.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 317: the contact answered by pasting the writer's email signature (pronouns, a logo, working days, a link);
# the product is a commissioned service named with its maker.
doc(
    "317-email-signature-as-contact",
    [
        H(Q["title"]),
        P("Online counselling for young people waiting for CAMHS"),
        H(Q["authority"]),
        P("Reading"),
        H(Q["organisation"]),
        P("Emotional Health Academy"),
        H(Q["service_areas"]),
        P("Early help, Mainstream schools"),
        H(Q["scale"]),
        P("Whole-system change"),
        H(Q["problem"]),
        P("Young people referred to CAMHS waited up to a year with no support at all."),
        H(Q["what_you_did"]),
        P("Everyone on the waiting list is offered online counselling and chat the same week they are referred."),
        H(Q["difference"]),
        P("Two in five used it; referrals withdrawn because the young person had stopped waiting fell sharply."),
        H(Q["permanence"]),
        P("The contract was renewed for three years."),
        H(Q["proprietary"]),
        P("Kooth – commissioned"),
        H(Q["adoption"]),
        P("A commissioned online counselling service and an agreement with CAMHS on who is offered it."),
        H(Q["contact"]),
        P("Kind regards,"),
        P("Chloe Martin (she/her)"),
        P("Commissioning Officer"),
        P("Emotional Health Academy | Reading Borough Council"),
        P("T: 0118 937 2200 | M: 07700 900 512"),
        HL("E: ", "chloe.martin@reading.example.gov.uk", "mailto:chloe.martin@reading.example.gov.uk"),
        P("I work Monday to Wednesday."),
        H(Q["consent_publish"]),
        P("Yes"),
        H(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Online counselling for young people waiting for CAMHS",
        "authority": "Reading",
        "organisation": "Emotional Health Academy",
        "service_areas": ["Early help", "Mainstream schools"],
        "scale": "Whole-system change",
        "problem": "Young people referred to CAMHS waited up to a year with no support at all.",
        "what_you_did": "Everyone on the waiting list is offered online counselling and chat the same week they are referred.",
        "difference": "Two in five used it; referrals withdrawn because the young person had stopped waiting fell sharply.",
        "permanence": "The contract was renewed for three years.",
        "proprietary": yes("Kooth – commissioned"),
        "adoption": "A commissioned online counselling service and an agreement with CAMHS on who is offered it.",
        "contact": contact(
            "Chloe Martin",
            "Commissioning Officer, Emotional Health Academy, Reading Borough Council",  # the set's rule: the employer is part of the role
            "chloe.martin@reading.example.gov.uk",
            "0118 937 2200",
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)
