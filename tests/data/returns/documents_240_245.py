# ruff: noqa: E501 - the documents' text is kept as written, one paragraph a line
"""Returned documents 240–245, written with 234–239 and read once with them (bench/README.md).

Shapes not in documents 1–233: a three-column table "Question | Response | Head of Service comments" whose
comments name other choices, another contact and a consent; a telephone number written "+44 (0)1632 960387"
with a mobile "(mobile)" after it and an email address spelt out in words ("dot", "at"); two contacts on one
line, "Lead: …; Deputy: …"; a return written in Markdown in a chat or notes app and pasted as plain text
(the "##" and "**" left in, the email as a "mailto:" link); a Microsoft Forms response pasted as a table of
two columns, with the form's own "ID", "Start time", "Email" and "Name" rows first, the contact in four rows
and the service areas joined by ";"; the questions as Word's numbered list with each answer in bullet points
under them. See build.py.
"""

from tests.data.returns.build import H, L, N, P, T, contact, no, yes
from tests.data.returns.documents import doc
from tests.data.returns.documents_150_155 import Q

# 240: the draft went to the head of service, who typed her comments in a third column before it was sent on.
doc(
    "240-head-of-service-comments-column",
    [
        H("Silver Linings nomination – Youth Justice Service", 1),
        T(
            ("Question", "Response", "Head of Service comments"),
            (Q["title"], "Restorative reading circles", "Good title – keep it short for the showcase."),
            (Q["authority"], "West Berkshire", ""),
            (
                Q["organisation"],
                "Youth Justice Service",
                "Check we still call ourselves this after the restructure – RB",
            ),
            (Q["service_areas"], "Youth justice", "Could we tick Early help too?"),
            (Q["scale"], "Service or team practice", "I'd say whole-system change – discuss"),
            (
                Q["problem"],
                "Young people on court orders had fallen far behind in reading, and most saw school as somewhere they had failed.",
                "Agree.",
            ),
            (
                Q["what_you_did"],
                "Weekly reading circles in the youth justice centre, where young people and volunteers read a novel together and talk about the choices its characters make.",
                "Strong – mention the volunteers from the library?",
            ),
            (
                Q["difference"],
                "Reading ages rose by 14 months on average over six months, and 9 of the 12 young people went back into education.",
                "Figures checked with Performance.",
            ),
            (
                Q["permanence"],
                "The circles are in the service's intervention menu and the volunteers have been trained.",
                "",
            ),
            (Q["proprietary"], "No", "No – confirmed with IT"),
            (Q["adoption"], "A room, a set of novels and two trained volunteers.", ""),
            (
                Q["contact"],
                "Owen Pryce, Youth Justice Practitioner, owen.pryce@westberks.example.gov.uk",
                "Or me as sponsor: Rachel Bell, Head of Service, rachel.bell@westberks.example.gov.uk",
            ),
            (Q["consent_publish"], "Yes", "Yes – cleared with Comms"),
            (Q["consent_contact"], "Yes", ""),
        ),
    ],
    {
        "title": "Restorative reading circles",
        "authority": "West Berkshire",
        "organisation": "Youth Justice Service",
        "service_areas": ["Youth justice"],
        "scale": "Service or team practice",
        "problem": "Young people on court orders had fallen far behind in reading, and most saw school as somewhere they had failed.",
        "what_you_did": "Weekly reading circles in the youth justice centre, where young people and volunteers read a novel together and talk about the choices its characters make.",
        "difference": "Reading ages rose by 14 months on average over six months, and 9 of the 12 young people went back into education.",
        "permanence": "The circles are in the service's intervention menu and the volunteers have been trained.",
        "proprietary": no(),
        "adoption": "A room, a set of novels and two trained volunteers.",
        "contact": contact("Owen Pryce", "Youth Justice Practitioner", "owen.pryce@westberks.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 241: a participation officer writes her telephone numbers the way her signature has them and spells her email
# address out in words, as she does on the web to keep it from spam.
doc(
    "241-phone-and-email-written-oddly",
    [
        H(Q["title"]),
        P("Young inspectors of children's homes"),
        H(Q["authority"]),
        P("Kent"),
        H(Q["organisation"]),
        P("Participation and Engagement Team"),
        H(Q["service_areas"]),
        P("Children's social care"),
        H(Q["scale"]),
        P("Service or team practice"),
        H(Q["problem"]),
        P("Inspections of our children's homes never heard from young people who had lived somewhere similar."),
        H(Q["what_you_did"]),
        P("Care-experienced young people are trained and paid as young inspectors and visit each home twice a year."),
        H(Q["difference"]),
        P("Every home has had two visits, and 31 changes the young inspectors asked for have been made."),
        H(Q["permanence"]),
        P(
            "The young inspectors are paid from the participation budget, and their visits are in the homes' quality plan."
        ),
        H(Q["proprietary"]),
        P("No"),
        H(Q["adoption"]),
        P("Young people willing to be trained, and a budget to pay them for their time."),
        H(Q["contact"]),
        P(
            "Name: Jane Smith\nRole: Participation Officer\nTel: +44 (0)1632 960387 / 07700 900123 (mobile)\nEmail: jane dot smith at kent dot gov dot uk"
        ),
        H(Q["consent_publish"]),
        P("Yes"),
        H(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Young inspectors of children's homes",
        "authority": "Kent",
        "organisation": "Participation and Engagement Team",
        "service_areas": ["Children's social care"],
        "scale": "Service or team practice",
        "problem": "Inspections of our children's homes never heard from young people who had lived somewhere similar.",
        "what_you_did": "Care-experienced young people are trained and paid as young inspectors and visit each home twice a year.",
        "difference": "Every home has had two visits, and 31 changes the young inspectors asked for have been made.",
        "permanence": "The young inspectors are paid from the participation budget, and their visits are in the homes' quality plan.",
        "proprietary": no(),
        "adoption": "Young people willing to be trained, and a budget to pay them for their time.",
        "contact": contact("Jane Smith", "Participation Officer", "jane.smith@kent.gov.uk", "+44 (0)1632 960387"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 242: a virtual school gives two contacts on one line, the lead first and her deputy after a semicolon.
doc(
    "242-lead-and-deputy-on-one-line",
    [
        T(
            (Q["title"], "Designated teacher drop-ins"),
            (Q["authority"], "Wokingham"),
            (Q["organisation"], "Virtual School"),
            (Q["service_areas"], "Mainstream schools, Children's social care"),
            (Q["scale"], "Service or team practice"),
            (
                Q["problem"],
                "New designated teachers did not know whom to ask about a child in care's personal education plan.",
            ),
            (
                Q["what_you_did"],
                "A monthly drop-in at a different school each time, where any designated teacher can bring a question.",
            ),
            (Q["difference"], "Personal education plans rated good rose from 58% to 80% in a year."),
            (Q["permanence"], "The drop-ins are in the Virtual School's calendar for the next two years."),
            (Q["proprietary"], "No"),
            (Q["adoption"], "A Virtual School adviser's time once a month and schools willing to host."),
            (
                Q["contact"],
                "Lead: Sarah Hughes, Virtual School Head, sarah.hughes@wokingham.example.gov.uk, 0118 974 6000; Deputy: Tom Baker, Assistant Head, tom.baker@wokingham.example.gov.uk",
            ),
            (Q["consent_publish"], "Yes"),
            (Q["consent_contact"], "Yes"),
        ),
    ],
    {
        "title": "Designated teacher drop-ins",
        "authority": "Wokingham",
        "organisation": "Virtual School",
        "service_areas": ["Mainstream schools", "Children's social care"],
        "scale": "Service or team practice",
        "problem": "New designated teachers did not know whom to ask about a child in care's personal education plan.",
        "what_you_did": "A monthly drop-in at a different school each time, where any designated teacher can bring a question.",
        "difference": "Personal education plans rated good rose from 58% to 80% in a year.",
        "permanence": "The drop-ins are in the Virtual School's calendar for the next two years.",
        "proprietary": no(),
        "adoption": "A Virtual School adviser's time once a month and schools willing to host.",
        "contact": contact(
            "Sarah Hughes", "Virtual School Head", "sarah.hughes@wokingham.example.gov.uk", "0118 974 6000"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 243: written in Markdown in a notes app and pasted into Word as plain text: "#" headings and "**" labels left
# in, one word in bold, and the email address as a "mailto:" link.
doc(
    "243-markdown-pasted-as-text",
    [
        P("# Silver Linings nomination"),
        P("**Title of the innovation:** Peer mentors for young carers"),
        P("**Authority:** Medway"),
        P("**Organisation, school, setting or team:** Young Carers Service"),
        P("**Service areas:** Early help"),
        P("**Scale of the innovation:** Service or team practice"),
        P("## The problem or need"),
        P(
            "Young carers starting secondary school had no one their own age who understood what their evenings were like."
        ),
        P("## What you did differently"),
        P("Older young carers are trained as peer mentors and each meets a Year 7 young carer every fortnight."),
        P("## The difference it made"),
        P("Mentored young carers missed **half** as many school days as the year before."),
        P("## Will it become permanent, and how is it being embedded?"),
        P("Mentoring is part of the service's offer and the training runs every September."),
        P("## Does it use a proprietary software or hardware product?"),
        P("No"),
        P("## What would another authority need to adopt it?"),
        P("A young carers service with older members willing to mentor, and a worker to support them."),
        P("## Contact"),
        P(
            "Bola Adebayo, Young Carers Lead, [bola.adebayo@medway.example.gov.uk](mailto:bola.adebayo@medway.example.gov.uk)"
        ),
        P("## Can we publish this innovation in the showcase, with your name?"),
        P("Yes"),
        P("## Can we contact you about this innovation?"),
        P("Yes"),
    ],
    {
        "title": "Peer mentors for young carers",
        "authority": "Medway",
        "organisation": "Young Carers Service",
        "service_areas": ["Early help"],
        "scale": "Service or team practice",
        "problem": "Young carers starting secondary school had no one their own age who understood what their evenings were like.",
        "what_you_did": "Older young carers are trained as peer mentors and each meets a Year 7 young carer every fortnight.",
        "difference": "Mentored young carers missed half as many school days as the year before.",
        "permanence": "Mentoring is part of the service's offer and the training runs every September.",
        "proprietary": no(),
        "adoption": "A young carers service with older members willing to mentor, and a worker to support them.",
        "contact": contact("Bola Adebayo", "Young Carers Lead", "bola.adebayo@medway.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 244: the council's own Microsoft Forms copy of the call; its response was pasted into Word as two columns, the
# form's own columns first ("ID", "Start time", "Email" anonymous, "Name" empty), the contact asked in four rows.
doc(
    "244-microsoft-forms-response-table",
    [
        P("Response 27 – exported from Microsoft Forms"),
        T(
            ("ID", "27"),
            ("Start time", "3/12/26 14:02:11"),
            ("Completion time", "3/12/26 14:31:45"),
            ("Email", "anonymous"),
            ("Name", ""),
            (Q["title"], "Speech and language screening at two-year checks"),
            (Q["authority"], "Buckinghamshire"),
            (Q["organisation"], "0-19 Health Visiting and Early Years Team"),
            (Q["service_areas"], "Early years;Early help;SEND;"),
            (Q["scale"], "Service or team practice"),
            (
                Q["problem"],
                "Speech delays were picked up at school entry, years after help would have made most difference.",
            ),
            (
                Q["what_you_did"],
                "Health visitors and early years practitioners screen speech together at every two-year check and refer on the same day.",
            ),
            (
                Q["difference"],
                "Referrals before age three doubled, and fewer children started school needing speech therapy.",
            ),
            (Q["permanence"], "Joint checks are in the health visiting contract and the early years offer."),
            (Q["proprietary"], "No"),
            (Q["adoption"], "Health visitors and early years staff who can book joint appointments."),
            ("Contact name", "Grace Ansah"),
            ("Contact job title", "Early Years SEND Lead"),
            ("Contact email", "grace.ansah@buckinghamshire.example.gov.uk"),
            ("Contact phone", "01296 000 382"),
            (Q["consent_publish"], "Yes"),
            (Q["consent_contact"], "Yes"),
        ),
    ],
    {
        "title": "Speech and language screening at two-year checks",
        "authority": "Buckinghamshire",
        "organisation": "0-19 Health Visiting and Early Years Team",
        "service_areas": ["Early years", "Early help", "SEND"],
        "scale": "Service or team practice",
        "problem": "Speech delays were picked up at school entry, years after help would have made most difference.",
        "what_you_did": "Health visitors and early years practitioners screen speech together at every two-year check and refer on the same day.",
        "difference": "Referrals before age three doubled, and fewer children started school needing speech therapy.",
        "permanence": "Joint checks are in the health visiting contract and the early years offer.",
        "proprietary": no(),
        "adoption": "Health visitors and early years staff who can book joint appointments.",
        "contact": contact(
            "Grace Ansah", "Early Years SEND Lead", "grace.ansah@buckinghamshire.example.gov.uk", "01296 000 382"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 245: the questions typed as Word's numbered list, each answer in bullet points under its question.
doc(
    "245-numbered-questions-bulleted-answers",
    [
        H("Silver Linings 2026", 1),
        N(Q["title"]),
        L("Grandparents' group for kinship carers"),
        N(Q["authority"]),
        L("East Sussex"),
        N(Q["organisation"]),
        L("Kinship Care Team"),
        N(Q["service_areas"]),
        L("Fostering", "Children's social care"),
        N(Q["scale"]),
        L("Service or team practice"),
        N(Q["problem"]),
        L(
            "Grandparents raising their grandchildren felt alone",
            "Many did not know they could ask the council for support",
        ),
        N(Q["what_you_did"]),
        L("A monthly group run by kinship carers themselves, with a social worker there to answer questions"),
        N(Q["difference"]),
        L("42 carers came in the first year", "Requests for emergency support fell by a third"),
        N(Q["permanence"]),
        L("The group is funded from the kinship care budget and the carers run it"),
        N(Q["proprietary"]),
        L("No"),
        N(Q["adoption"]),
        L("A room, childcare during the group and a social worker's time"),
        N(Q["contact"]),
        L("Marion Clegg", "Kinship Care Lead", "marion.clegg@eastsussex.example.gov.uk"),
        N(Q["consent_publish"]),
        L("Yes"),
        N(Q["consent_contact"]),
        L("Yes"),
    ],
    {
        "title": "Grandparents' group for kinship carers",
        "authority": "East Sussex",
        "organisation": "Kinship Care Team",
        "service_areas": ["Fostering", "Children's social care"],
        "scale": "Service or team practice",
        "problem": "- Grandparents raising their grandchildren felt alone\n- Many did not know they could ask the council for support",
        "what_you_did": "A monthly group run by kinship carers themselves, with a social worker there to answer questions",
        "difference": "- 42 carers came in the first year\n- Requests for emergency support fell by a third",
        "permanence": "The group is funded from the kinship care budget and the carers run it",
        "proprietary": no(),
        "adoption": "A room, childcare during the group and a social worker's time",
        "contact": contact("Marion Clegg", "Kinship Care Lead", "marion.clegg@eastsussex.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)
