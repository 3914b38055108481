# ruff: noqa: E501 - the documents' text is kept as written, one paragraph a line
"""Returned documents 258–263, written with 264–269 and read once with them (bench/README.md).

Shapes not in documents 1–245: a council's "Document control" table (version, author, owner, date, status)
before the answers; a Google Forms response pasted as a wide table, the questions across the top and the
form's "Timestamp" and "Email address" columns first; two "Label: answer" pairs on one line parted by a tab;
the yes-or-no questions answered as a table with "Yes" and "No" columns and an "X" in one of them; every choice
listed with a tick or a cross before it; a PDF turned back into Word with the running title and the page number
left in the body at each page break. See build.py.
"""

from tests.data.returns.build import PB, B, H, P, T, contact, no, yes
from tests.data.returns.documents import doc
from tests.data.returns.documents_150_155 import Q

# 258: a policy officer prepares the return in the council's document template: a classification line and a
# "Document control" table come before the form.
doc(
    "258-document-control-table",
    [
        P("OFFICIAL"),
        H("Silver Linings Awards 2026 – Nomination", 1),
        T(
            ("Document control", "<"),
            ("Version", "0.4 (final)"),
            ("Author", "Jo Martin, Policy and Performance Officer"),
            ("Owner", "Head of Early Help"),
            ("Date", "14 March 2026"),
            ("Status", "Approved for submission"),
        ),
        H(Q["title"]),
        P("Family Hub navigators in GP surgeries"),
        H(Q["authority"]),
        P("Hampshire"),
        H(Q["organisation"]),
        P("Early Help Hub – Winchester and Eastleigh"),
        H(Q["service_areas"]),
        P("Early help"),
        H(Q["scale"]),
        P("Service or team practice"),
        H(Q["problem"]),
        P("Families told their GP about money, housing or behaviour worries, but GPs had nowhere quick to send them."),
        H(Q["what_you_did"]),
        P(
            "A family hub navigator sits in four GP surgeries one morning a week and takes referrals from the doctors on the spot."
        ),
        H(Q["difference"]),
        P("212 families seen in a year, 70% of them never known to early help before."),
        H(Q["permanence"]),
        P("The integrated care board now pays for two of the four surgeries."),
        H(Q["proprietary"]),
        P("No"),
        H(Q["adoption"]),
        P("A surgery with a spare room one morning a week and a navigator who knows local services."),
        H(Q["contact"]),
        P("Priya Chauhan, Early Help Team Manager, priya.chauhan@hants.example.gov.uk, 01962 000 418"),
        H(Q["consent_publish"]),
        P("Yes"),
        H(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Family Hub navigators in GP surgeries",
        "authority": "Hampshire",
        "organisation": "Early Help Hub – Winchester and Eastleigh",
        "service_areas": ["Early help"],
        "scale": "Service or team practice",
        "problem": "Families told their GP about money, housing or behaviour worries, but GPs had nowhere quick to send them.",
        "what_you_did": "A family hub navigator sits in four GP surgeries one morning a week and takes referrals from the doctors on the spot.",
        "difference": "212 families seen in a year, 70% of them never known to early help before.",
        "permanence": "The integrated care board now pays for two of the four surgeries.",
        "proprietary": no(),
        "adoption": "A surgery with a spare room one morning a week and a navigator who knows local services.",
        "contact": contact(
            "Priya Chauhan", "Early Help Team Manager", "priya.chauhan@hants.example.gov.uk", "01962 000 418"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 259: the team filled in its own Google Form copy of the call; the response sheet's row was pasted into Word as
# a wide table, the questions across the top and the form's "Timestamp" and "Email address" (the team mailbox)
# first.
doc(
    "259-google-forms-row-pasted",
    [
        P("Our nomination (copied from our Google Form responses)"),
        T(
            (
                "Timestamp",
                "Email address",
                Q["title"],
                Q["authority"],
                Q["organisation"],
                Q["service_areas"],
                Q["scale"],
                Q["problem"],
                Q["what_you_did"],
                Q["difference"],
                Q["permanence"],
                Q["proprietary"],
                Q["adoption"],
                Q["contact"],
                Q["consent_publish"],
                Q["consent_contact"],
            ),
            (
                "14/03/2026 10:42:17",
                "earlyhelp@reading.example.gov.uk",
                "Homework club at the family hub",
                "Reading",
                "Early Help Service",
                "Early help, Mainstream schools",
                "Service or team practice",
                "Children from families we support fell behind with homework because there was nowhere quiet at home.",
                "Two evenings a week the family hub opens as a homework club, with volunteers from the university.",
                "Teachers report homework handed in by 27 of the 31 regulars, up from 9.",
                "The university has made volunteering at the club part of its education degree.",
                "No",
                "A quiet room, laptops and a link with a university.",
                "Hannah Goldberg, Family Hub Manager, hannah.goldberg@reading.example.gov.uk",
                "Yes",
                "Yes",
            ),
        ),
    ],
    {
        "title": "Homework club at the family hub",
        "authority": "Reading",
        "organisation": "Early Help Service",
        "service_areas": ["Early help", "Mainstream schools"],
        "scale": "Service or team practice",
        "problem": "Children from families we support fell behind with homework because there was nowhere quiet at home.",
        "what_you_did": "Two evenings a week the family hub opens as a homework club, with volunteers from the university.",
        "difference": "Teachers report homework handed in by 27 of the 31 regulars, up from 9.",
        "permanence": "The university has made volunteering at the club part of its education degree.",
        "proprietary": no(),
        "adoption": "A quiet room, laptops and a link with a university.",
        "contact": contact("Hannah Goldberg", "Family Hub Manager", "hannah.goldberg@reading.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 260: a compact return: two short answers on one line, each with its label, parted by a tab.
doc(
    "260-two-labels-on-one-line",
    [
        B("Silver Linings nomination"),
        P("Title: Breakfast club for young carers"),
        P("Authority: Kent\tTeam: Young Carers Service"),
        P("Service areas: Early help, Mainstream schools\tScale: Service or team practice"),
        P("Problem: Young carers were arriving at school late and hungry after getting siblings ready."),
        P(
            "What we did: A free breakfast club at eight secondary schools, open from 7.45, where young carers also meet a named member of staff."
        ),
        P("Difference: Late marks for the 64 young carers attending fell by 58% in two terms."),
        P(
            "Permanent? The schools fund the food from pupil premium and the club is in each school's young carers policy."
        ),
        P(
            "Proprietary product: No\tAnother authority would need: Schools willing to open early and a young carers worker to link them."
        ),
        P("Contact: Mark Ellison, Young Carers Coordinator, mark.ellison@kent.example.gov.uk"),
        P("OK to publish: Yes\tOK to contact: Yes"),
    ],
    {
        "title": "Breakfast club for young carers",
        "authority": "Kent",
        "organisation": "Young Carers Service",
        "service_areas": ["Early help", "Mainstream schools"],
        "scale": "Service or team practice",
        "problem": "Young carers were arriving at school late and hungry after getting siblings ready.",
        "what_you_did": "A free breakfast club at eight secondary schools, open from 7.45, where young carers also meet a named member of staff.",
        "difference": "Late marks for the 64 young carers attending fell by 58% in two terms.",
        "permanence": "The schools fund the food from pupil premium and the club is in each school's young carers policy.",
        "proprietary": no(),
        "adoption": "Schools willing to open early and a young carers worker to link them.",
        "contact": contact("Mark Ellison", "Young Carers Coordinator", "mark.ellison@kent.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 261: the writer answered the three yes-or-no questions in a small table of her own with "Yes" and "No"
# columns, an "X" in one of them.
doc(
    "261-yes-no-columns-with-an-x",
    [
        B(Q["title"]),
        P("Life story books made with the child"),
        B(Q["authority"]),
        P("Oxfordshire"),
        B(Q["organisation"]),
        P("Adoption Support Team"),
        B(Q["service_areas"]),
        P("Adoption"),
        B(Q["scale"]),
        P("Service or team practice"),
        B(Q["problem"]),
        P("Life story books arrived years after placement, written about the child rather than with them."),
        B(Q["what_you_did"]),
        P("A life story worker makes the book with the child over six sessions in the first year of the placement."),
        B(Q["difference"]),
        P("Every child placed last year had a book within twelve months, against one in five before."),
        B(Q["permanence"]),
        P("The sessions are written into the adoption support plan for every child."),
        B(Q["adoption"]),
        P("A life story worker and a budget for materials."),
        B(Q["contact"]),
        P("Claire Nwosu, Adoption Support Social Worker, claire.nwosu@oxfordshire.example.gov.uk"),
        P("Please mark the remaining questions:"),
        T(
            ("", "Yes", "No"),
            (Q["proprietary"], "", "X"),
            (Q["consent_publish"], "X", ""),
            (Q["consent_contact"], "X", ""),
        ),
    ],
    {
        "title": "Life story books made with the child",
        "authority": "Oxfordshire",
        "organisation": "Adoption Support Team",
        "service_areas": ["Adoption"],
        "scale": "Service or team practice",
        "problem": "Life story books arrived years after placement, written about the child rather than with them.",
        "what_you_did": "A life story worker makes the book with the child over six sessions in the first year of the placement.",
        "difference": "Every child placed last year had a book within twelve months, against one in five before.",
        "permanence": "The sessions are written into the adoption support plan for every child.",
        "proprietary": no(),
        "adoption": "A life story worker and a budget for materials.",
        "contact": contact("Claire Nwosu", "Adoption Support Social Worker", "claire.nwosu@oxfordshire.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 262: every choice listed with a tick or a cross before it, as the writer would mark a paper form.
doc(
    "262-ticks-and-crosses-before-every-choice",
    [
        H(Q["title"]),
        P("Sensory room on wheels"),
        H(Q["authority"]),
        P("Portsmouth"),
        H(Q["organisation"]),
        P("Portsmouth Inclusion Service"),
        H(Q["service_areas"]),
        P("✗ Mainstream schools"),
        P("✓ Special schools"),
        P("✓ Early years"),
        P("✗ Early help"),
        P("✗ Children's social care"),
        P("✗ Youth justice"),
        P("✗ Adoption"),
        P("✗ Fostering"),
        P("✓ SEND"),
        P("✗ Care leavers"),
        P("✗ Other"),
        H(Q["scale"]),
        P("✗ Whole-system change"),
        P("✗ Service or team practice"),
        P("✗ Personal work habit"),
        P("✓ IT hack or tool"),
        H(Q["problem"]),
        P(
            "Children with sensory needs in small settings had no sensory room, and the nearest one was a bus ride away."
        ),
        H(Q["what_you_did"]),
        P(
            "A van fitted with lights, projectors and soft play visits each nursery and special school once a fortnight."
        ),
        H(Q["difference"]),
        P("Settings report fewer meltdowns on van days, and 46 children use it regularly."),
        H(Q["permanence"]),
        P("The van is owned by the service and its staffing is in next year's budget."),
        H(Q["proprietary"]),
        P("✓ Yes – SensoryGo projection software"),
        H(Q["adoption"]),
        P("A van, the equipment and a trained driver-practitioner."),
        H(Q["contact"]),
        P("Lena Fischer, Inclusion Officer, lena.fischer@portsmouthcc.example.gov.uk"),
        H(Q["consent_publish"]),
        P("✓"),
        H(Q["consent_contact"]),
        P("✓"),
    ],
    {
        "title": "Sensory room on wheels",
        "authority": "Portsmouth",
        "organisation": "Portsmouth Inclusion Service",
        "service_areas": ["Special schools", "Early years", "SEND"],
        "scale": "IT hack or tool",
        "problem": "Children with sensory needs in small settings had no sensory room, and the nearest one was a bus ride away.",
        "what_you_did": "A van fitted with lights, projectors and soft play visits each nursery and special school once a fortnight.",
        "difference": "Settings report fewer meltdowns on van days, and 46 children use it regularly.",
        "permanence": "The van is owned by the service and its staffing is in next year's budget.",
        "proprietary": yes("SensoryGo projection software"),
        "adoption": "A van, the equipment and a trained driver-practitioner.",
        "contact": contact("Lena Fischer", "Inclusion Officer", "lena.fischer@portsmouthcc.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 263: a PDF of the return turned back into Word: at each page break the page number and the running title of the
# next page are left in the body, one of them inside a long answer.
doc(
    "263-running-title-between-pages",
    [
        P("Silver Linings 2026 – Nomination – Surrey County Council"),
        B(Q["title"]),
        P("Step-down foster carers for teenagers leaving residential care"),
        B(Q["authority"]),
        P("Surrey"),
        B(Q["organisation"]),
        P("Fostering Service"),
        B(Q["service_areas"]),
        P("Fostering, Children's social care"),
        B(Q["scale"]),
        P("Service or team practice"),
        B(Q["problem"]),
        P(
            "Teenagers ready to leave residential care stayed there for months because no foster carer felt able to take them."
        ),
        P("1"),
        PB(),
        P("Silver Linings 2026 – Nomination – Surrey County Council"),
        P(
            "The longer they stayed, the harder the move became, and placements that were found often broke down in weeks."
        ),
        B(Q["what_you_did"]),
        P(
            "Experienced carers are recruited as step-down carers, meet the young person in the home for six weeks first, and have a residential worker on call for the first three months."
        ),
        B(Q["difference"]),
        P("Eleven teenagers moved to families last year; nine are still there."),
        B(Q["permanence"]),
        P("Step-down fostering is now a fee band of its own in the carers' payment scheme."),
        P("2"),
        PB(),
        P("Silver Linings 2026 – Nomination – Surrey County Council"),
        B(Q["proprietary"]),
        P("No"),
        B(Q["adoption"]),
        P("A fee band for step-down carers and residential staff willing to support them."),
        B(Q["contact"]),
        P("Rebecca Stone, Fostering Recruitment Manager, rebecca.stone@surreycc.example.gov.uk"),
        B(Q["consent_publish"]),
        P("Yes"),
        B(Q["consent_contact"]),
        P("Yes"),
        P("3"),
    ],
    {
        "title": "Step-down foster carers for teenagers leaving residential care",
        "authority": "Surrey",
        "organisation": "Fostering Service",
        "service_areas": ["Fostering", "Children's social care"],
        "scale": "Service or team practice",
        "problem": "Teenagers ready to leave residential care stayed there for months because no foster carer felt able to take them.\n\nThe longer they stayed, the harder the move became, and placements that were found often broke down in weeks.",
        "what_you_did": "Experienced carers are recruited as step-down carers, meet the young person in the home for six weeks first, and have a residential worker on call for the first three months.",
        "difference": "Eleven teenagers moved to families last year; nine are still there.",
        "permanence": "Step-down fostering is now a fee band of its own in the carers' payment scheme.",
        "proprietary": no(),
        "adoption": "A fee band for step-down carers and residential staff willing to support them.",
        "contact": contact("Rebecca Stone", "Fostering Recruitment Manager", "rebecca.stone@surreycc.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)
