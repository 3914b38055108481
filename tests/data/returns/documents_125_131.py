# ruff: noqa: E501 - the documents' text is kept as written, one paragraph a line
"""Returned documents 125–131, written with 132–137 and read once with them (bench/README.md).

Shapes not in documents 1–124: a form filled in by a voluntary-sector partner on behalf of a council (two
organisations named), two questions answered in one paragraph "(Q6 and Q7)", our questions kept word for
word but unnumbered and in another order, a landscape table with one row a question and a "RAG" column, a
nomination from a council outside the partnership, a contact that is a shared team mailbox and an
extension, and consent given on a condition. See build.py.
"""

from tests.data.returns.build import BP, B, H, P, T, contact, no, yes
from tests.data.returns.documents import doc

# 125: a charity's project worker fills in the form for the council that commissions them.
doc(
    "125-charity-on-behalf-of-council",
    [
        H("Silver Linings nomination – submitted by Home-Start Medway on behalf of Medway Council", 1),
        P(
            "We are a voluntary organisation commissioned by Medway Council's Early Help service. The council asked us to send this in for them."
        ),
        B("Title of the innovation"),
        P("Volunteer home visits for parents of twins and triplets"),
        B("Authority"),
        P("Medway Council"),
        B("Organisation, school, setting or team"),
        P("Home-Start Medway (voluntary sector partner)"),
        B("Service areas"),
        P("Early help, Early years"),
        B("Scale of the innovation"),
        P("Service or team practice"),
        B("The problem or need"),
        P(
            "Parents of twins and triplets were among the most isolated families referred to early help, and health visitors had no time for the extra visits they needed."
        ),
        B("What you did differently"),
        P(
            "Trained volunteers who are parents of multiples themselves visit weekly for six months, alongside the council's family support workers."
        ),
        B("The difference it made"),
        P(
            "Of 22 families supported, none has needed a social work assessment; parents' wellbeing scores rose on average from 38 to 51."
        ),
        B("Will it become permanent, and how is it being embedded?"),
        P("The council has written it into our contract for 2027–2029."),
        B("Does it use a proprietary software or hardware product?"),
        P("No"),
        B("What would another authority need to adopt it?"),
        P("A local charity able to recruit and supervise volunteers, and a referral route from health visitors."),
        B("Contact"),
        P(
            "Bernie O'Hara, Project Coordinator, Home-Start Medway, bernie@homestartmedway.example.org.uk, 01634 000 212"
        ),
        B("Can we publish this innovation in the showcase, with your name?"),
        P("Yes"),
        B("Can we contact you about this innovation?"),
        P("Yes"),
    ],
    {
        "title": "Volunteer home visits for parents of twins and triplets",
        "authority": "Medway",
        "organisation": "Home-Start Medway (voluntary sector partner)",
        "service_areas": ["Early years", "Early help"],
        "scale": "Service or team practice",
        "problem": "Parents of twins and triplets were among the most isolated families referred to early help, and health visitors had no time for the extra visits they needed.",
        "what_you_did": "Trained volunteers who are parents of multiples themselves visit weekly for six months, alongside the council's family support workers.",
        "difference": "Of 22 families supported, none has needed a social work assessment; parents' wellbeing scores rose on average from 38 to 51.",
        "permanence": "The council has written it into our contract for 2027–2029.",
        "proprietary": no(),
        "adoption": "A local charity able to recruit and supervise volunteers, and a referral route from health visitors.",
        "contact": contact(
            "Bernie O'Hara",
            "Project Coordinator, Home-Start Medway",
            "bernie@homestartmedway.example.org.uk",
            "01634 000 212",
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 126: numbered questions, two of them answered in one paragraph that says so.
doc(
    "126-two-questions-one-paragraph",
    [
        B("Q1 Title of the innovation"),
        P("Shared reading at the youth offending team"),
        B("Q2 Authority"),
        P("Southampton"),
        B("Q3 Organisation, school, setting or team"),
        P("Youth Justice Service"),
        B("Q4 Service areas"),
        P("Youth justice"),
        B("Q5 Scale of the innovation"),
        P("Personal work habit"),
        P(
            "(Q6 and Q7) Most of the young people we work with had not finished a book since primary school, and sessions were all about the offence. So I started reading a short novel aloud with each young person for ten minutes at the start of every session, taking turns."
        ),
        B("Q8 The difference it made"),
        P("Nine of eleven young people finished a book; two joined the library."),
        B("Q9 Will it become permanent?"),
        P("Two colleagues do it now; we are asking the manager to put it in the induction."),
        B("Q10 Proprietary product?"),
        P("No"),
        B("Q11 What would another authority need?"),
        P("A shelf of short, good novels."),
        B("Q12 Contact"),
        P("Tom Ashby, Case Manager, tom.ashby@southampton.example.gov.uk"),
        B("Q13 Publish?"),
        P("Yes"),
        B("Q14 Contact you?"),
        P("Yes"),
    ],
    {
        "title": "Shared reading at the youth offending team",
        "authority": "Southampton",
        "organisation": "Youth Justice Service",
        "service_areas": ["Youth justice"],
        "scale": "Personal work habit",
        "problem": "Most of the young people we work with had not finished a book since primary school, and sessions were all about the offence.",
        "what_you_did": "So I started reading a short novel aloud with each young person for ten minutes at the start of every session, taking turns.",
        "difference": "Nine of eleven young people finished a book; two joined the library.",
        "permanence": "Two colleagues do it now; we are asking the manager to put it in the induction.",
        "proprietary": no(),
        "adoption": "A shelf of short, good novels.",
        "contact": contact("Tom Ashby", "Case Manager", "tom.ashby@southampton.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 127: our questions kept word for word, but the numbers deleted and the order changed (story first).
doc(
    "127-our-questions-reordered",
    [
        B("The problem or need"),
        P(
            "Children moving between foster homes lost their school uniform, their PE kit and often their reading book, and arrived at a new school with nothing."
        ),
        B("What you did differently"),
        P(
            "Each child in care now has a 'school bag' held by the virtual school, restocked within two days of any move."
        ),
        B("The difference it made"),
        P("Designated teachers say children arrive ready; no child has missed PE for kit since January."),
        B("Title of the innovation"),
        P("A school bag that moves with the child"),
        B("Contact"),
        P("Angela Fenn, Virtual School Head, angela.fenn@hants.example.gov.uk, 01962 000 455"),
        B("Authority"),
        P("Hampshire"),
        B("Organisation, school, setting or team"),
        P("Hampshire Virtual School"),
        B("Service areas"),
        P("Fostering, Mainstream schools"),
        B("Scale of the innovation"),
        P("Service or team practice"),
        B("What would another authority need to adopt it?"),
        P("A small budget for uniforms and someone to restock the bags."),
        B("Will it become permanent, and how is it being embedded?"),
        P("Yes: it is paid from the pupil premium plus grant."),
        B("Does it use a proprietary software or hardware product?"),
        P("No"),
        B("Can we contact you about this innovation?"),
        P("Yes"),
        B("Can we publish this innovation in the showcase, with your name?"),
        P("No – please publish it without my name."),
    ],
    {
        "title": "A school bag that moves with the child",
        "authority": "Hampshire",
        "organisation": "Hampshire Virtual School",
        "service_areas": ["Mainstream schools", "Fostering"],
        "scale": "Service or team practice",
        "problem": "Children moving between foster homes lost their school uniform, their PE kit and often their reading book, and arrived at a new school with nothing.",
        "what_you_did": "Each child in care now has a 'school bag' held by the virtual school, restocked within two days of any move.",
        "difference": "Designated teachers say children arrive ready; no child has missed PE for kit since January.",
        "permanence": "Yes: it is paid from the pupil premium plus grant.",
        "proprietary": no(),
        "adoption": "A small budget for uniforms and someone to restock the bags.",
        "contact": contact("Angela Fenn", "Virtual School Head", "angela.fenn@hants.example.gov.uk", "01962 000 455"),
        "consent_publish": no("please publish it without my name."),
        "consent_contact": yes(),
    },
)

# 128: a programme-office style landscape table: number, question, response and a RAG rating per row.
doc(
    "128-landscape-table-with-rag",
    [
        H("Silver Linings – return (Slough Children First)", 1),
        T(
            ["No.", "Question", "Response", "RAG"],
            ["1", "Title of the innovation", "Duty social workers in the police hub", "G"],
            ["2", "Authority", "Slough", "G"],
            ["3", "Organisation, school, setting or team", "Slough Children First – MASH", "G"],
            ["4", "Service areas", "Children's social care", "G"],
            ["5", "Scale of the innovation", "Service or team practice", "G"],
            ["6", "The problem or need", "Police referrals waited up to three days for a social work decision.", "R"],
            [
                "7",
                "What you did differently",
                "A duty social worker sits in the police hub two days a week and screens referrals with the officer.",
                "A",
            ],
            ["8", "The difference it made", "Decisions on police referrals within 24 hours went from 40% to 85%.", "G"],
            [
                "9",
                "Will it become permanent, and how is it being embedded?",
                "Being reviewed at the MASH board in January.",
                "A",
            ],
            ["10", "Does it use a proprietary software or hardware product?", "No", "G"],
            [
                "11",
                "What would another authority need to adopt it?",
                "A desk in the police hub and an agreement on information sharing.",
                "G",
            ],
            ["12", "Contact", "Lena Ward, MASH Team Manager, lena.ward@scf.example.org.uk", "G"],
            ["13", "Can we publish this innovation in the showcase, with your name?", "Yes", "G"],
            ["14", "Can we contact you about this innovation?", "Yes", "G"],
        ),
    ],
    {
        "title": "Duty social workers in the police hub",
        "authority": "Slough",
        "organisation": "Slough Children First – MASH",
        "service_areas": ["Children's social care"],
        "scale": "Service or team practice",
        "problem": "Police referrals waited up to three days for a social work decision.",
        "what_you_did": "A duty social worker sits in the police hub two days a week and screens referrals with the officer.",
        "difference": "Decisions on police referrals within 24 hours went from 40% to 85%.",
        "permanence": "Being reviewed at the MASH board in January.",
        "proprietary": no(),
        "adoption": "A desk in the police hub and an agreement on information sharing.",
        "contact": contact("Lena Ward", "MASH Team Manager", "lena.ward@scf.example.org.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 129: a council outside the partnership heard about the call and sent a nomination anyway.
doc(
    "129-council-outside-the-partnership",
    [
        B("Title of the innovation"),
        P("Care experience as a protected characteristic"),
        B("Authority"),
        P("Wiltshire Council"),
        B("Organisation, school, setting or team"),
        P("Corporate Parenting Team"),
        B("Service areas"),
        P("Care leavers, Children's social care"),
        B("Scale of the innovation"),
        P("Whole-system change"),
        B("The problem or need"),
        P("Care leavers told us they were treated unfairly by services that did not know their history."),
        B("What you did differently"),
        P(
            "The council treats care experience as if it were a protected characteristic in every equality impact assessment."
        ),
        B("The difference it made"),
        P("Twelve policies changed in the first year, including council tax and housing allocations."),
        B("Will it become permanent, and how is it being embedded?"),
        P("Yes, by a full council motion."),
        B("Does it use a proprietary software or hardware product?"),
        P("No"),
        B("What would another authority need to adopt it?"),
        P("A motion at full council and a template for equality impact assessments."),
        B("Contact"),
        P("Hannah Lyle, Corporate Parenting Manager, hannah.lyle@wiltshire.example.gov.uk"),
        B("Can we publish this innovation in the showcase, with your name?"),
        P("Yes"),
        B("Can we contact you about this innovation?"),
        P("Yes"),
    ],
    {
        "title": "Care experience as a protected characteristic",
        "authority": None,
        "organisation": "Corporate Parenting Team",
        "service_areas": ["Children's social care", "Care leavers"],
        "scale": "Whole-system change",
        "problem": "Care leavers told us they were treated unfairly by services that did not know their history.",
        "what_you_did": "The council treats care experience as if it were a protected characteristic in every equality impact assessment.",
        "difference": "Twelve policies changed in the first year, including council tax and housing allocations.",
        "permanence": "Yes, by a full council motion.",
        "proprietary": no(),
        "adoption": "A motion at full council and a template for equality impact assessments.",
        "contact": contact("Hannah Lyle", "Corporate Parenting Manager", "hannah.lyle@wiltshire.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 130: the contact is the team's shared mailbox and a switchboard extension, no person named.
doc(
    "130-team-mailbox-and-extension",
    [
        BP("Title of the innovation: ", "Saturday drop-in for kinship carers"),
        BP("Authority: ", "Bracknell Forest"),
        BP("Organisation, school, setting or team: ", "Kinship Care Team"),
        BP("Service areas: ", "Fostering"),
        BP("Scale of the innovation: ", "Service or team practice"),
        BP("The problem or need: ", "Kinship carers work and could never come to our weekday support groups."),
        BP(
            "What you did differently: ",
            "A drop-in on the first Saturday of the month at the library, with a social worker and a welfare rights adviser.",
        ),
        BP("The difference it made: ", "Attendance went from 3 carers a month to 19."),
        BP("Will it become permanent, and how is it being embedded?: ", "Yes, it is on the team rota."),
        BP("Does it use a proprietary software or hardware product?: ", "No"),
        BP(
            "What would another authority need to adopt it?: ",
            "Staff willing to work one Saturday a month for time off in lieu.",
        ),
        BP("Contact: ", "Kinship Care Team, kinshipcare@bracknell-forest.example.gov.uk, ext. 4417"),
        BP("Can we publish this innovation in the showcase, with your name?: ", "Yes"),
        BP("Can we contact you about this innovation?: ", "Yes"),
    ],
    {
        "title": "Saturday drop-in for kinship carers",
        "authority": "Bracknell Forest",
        "organisation": "Kinship Care Team",
        "service_areas": ["Fostering"],
        "scale": "Service or team practice",
        "problem": "Kinship carers work and could never come to our weekday support groups.",
        "what_you_did": "A drop-in on the first Saturday of the month at the library, with a social worker and a welfare rights adviser.",
        "difference": "Attendance went from 3 carers a month to 19.",
        "permanence": "Yes, it is on the team rota.",
        "proprietary": no(),
        "adoption": "Staff willing to work one Saturday a month for time off in lieu.",
        "contact": contact("", "Kinship Care Team", "kinshipcare@bracknell-forest.example.gov.uk", "ext. 4417"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 131: consent given on a condition: yes, once the pilot's report is signed off.
doc(
    "131-consent-on-a-condition",
    [
        H("Title of the innovation"),
        P("Text reminders for child protection core groups"),
        H("Authority"),
        P("Milton Keynes"),
        H("Organisation, school, setting or team"),
        P("Children's Social Care – Central Locality"),
        H("Service areas"),
        P("Children's social care"),
        H("Scale of the innovation"),
        P("IT hack or tool"),
        H("The problem or need"),
        P("A third of core group members did not come, mostly because they forgot the date."),
        H("What you did differently"),
        P("The business support team sends a text reminder two days before each core group from the case system."),
        H("The difference it made"),
        P("Attendance at core groups rose from 66% to 84% during the pilot."),
        H("Will it become permanent, and how is it being embedded?"),
        P("We expect so; the pilot report goes to the leadership team in February."),
        H("Does it use a proprietary software or hardware product?"),
        P("Yes – the text messaging module of Liquidlogic"),
        H("What would another authority need to adopt it?"),
        P("A case system that can send texts, and business support time to set it up."),
        H("Contact"),
        P("Deborah Kaye, Business Support Manager, deborah.kaye@milton-keynes.example.gov.uk, 01908 000 118"),
        H("Can we publish this innovation in the showcase, with your name?"),
        P("Yes once the pilot report is signed off"),
        H("Can we contact you about this innovation?"),
        P("Yes"),
    ],
    {
        "title": "Text reminders for child protection core groups",
        "authority": "Milton Keynes",
        "organisation": "Children's Social Care – Central Locality",
        "service_areas": ["Children's social care"],
        "scale": "IT hack or tool",
        "problem": "A third of core group members did not come, mostly because they forgot the date.",
        "what_you_did": "The business support team sends a text reminder two days before each core group from the case system.",
        "difference": "Attendance at core groups rose from 66% to 84% during the pilot.",
        "permanence": "We expect so; the pilot report goes to the leadership team in February.",
        "proprietary": yes("the text messaging module of Liquidlogic"),
        "adoption": "A case system that can send texts, and business support time to set it up.",
        "contact": contact(
            "Deborah Kaye", "Business Support Manager", "deborah.kaye@milton-keynes.example.gov.uk", "01908 000 118"
        ),
        "consent_publish": yes("once the pilot report is signed off"),
        "consent_contact": yes(),
    },
)
