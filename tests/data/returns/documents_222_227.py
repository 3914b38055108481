# ruff: noqa: E501 - the documents' text is kept as written, one paragraph a line
"""Returned documents 222–227, written with 228–233 and read once with them (bench/README.md).

Shapes not in documents 1–221: every answer started with the writer's initials and a date ("JM 12/3:"); a
form saved from Pages with its own style names ("Heading", "Body"); all the answers in one long paragraph
separated by " / "; headings numbered with Roman numerals; answers typed in Word's "Note Heading" style,
each starting "Note:"; a young person's nomination in their own words with a worker's note at the end.
See build.py.
"""

from tests.data.returns.build import ST, B, P, contact, no, yes
from tests.data.returns.documents import doc
from tests.data.returns.documents_150_155 import Q

# 222: a team manager fills the form in over several days and starts every answer with her initials and the date.
doc(
    "222-initials-and-dates-before-answers",
    [
        B(Q["title"]),
        P("JM 12/3: Family time in the community, not the contact centre"),
        B(Q["authority"]),
        P("JM 12/3: Southampton"),
        B(Q["organisation"]),
        P("JM 12/3: Children in Care Team North"),
        B(Q["service_areas"]),
        P("JM 12/3: Children's social care, Fostering"),
        B(Q["scale"]),
        P("JM 12/3: Service or team practice"),
        B(Q["problem"]),
        P("JM 13/3: Children said supervised contact in the centre felt like visiting someone in prison."),
        B(Q["what_you_did"]),
        P("JM 13/3: Family time now happens in parks, cafés and the library, with a family time worker nearby."),
        B(Q["difference"]),
        P("JM 14/3: Missed family time sessions fell by half, and children's feedback went from 2 to 4 out of 5."),
        B(Q["permanence"]),
        P("JM 14/3: It is written into our family time policy from June."),
        B(Q["proprietary"]),
        P("JM 14/3: No"),
        B(Q["adoption"]),
        P("JM 14/3: A risk assessment for each venue and a small budget for drinks."),
        B(Q["contact"]),
        P("JM 14/3: Jane Mwangi, Team Manager, jane.mwangi@southampton.example.gov.uk"),
        B(Q["consent_publish"]),
        P("JM 14/3: Yes"),
        B(Q["consent_contact"]),
        P("JM 14/3: Yes"),
    ],
    {
        "title": "Family time in the community, not the contact centre",
        "authority": "Southampton",
        "organisation": "Children in Care Team North",
        "service_areas": ["Children's social care", "Fostering"],
        "scale": "Service or team practice",
        "problem": "Children said supervised contact in the centre felt like visiting someone in prison.",
        "what_you_did": "Family time now happens in parks, cafés and the library, with a family time worker nearby.",
        "difference": "Missed family time sessions fell by half, and children's feedback went from 2 to 4 out of 5.",
        "permanence": "It is written into our family time policy from June.",
        "proprietary": no(),
        "adoption": "A risk assessment for each venue and a small budget for drinks.",
        "contact": contact("Jane Mwangi", "Team Manager", "jane.mwangi@southampton.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 223: a head teacher types the form on a Mac in Pages and exports it; the styles keep Pages' names.
doc(
    "223-pages-export-style-names",
    [
        ST("Title", "Silver Linings"),
        ST("Heading", Q["title"]),
        ST("Body", "Forest school Fridays for children at risk of exclusion"),
        ST("Heading", Q["authority"]),
        ST("Body", "Oxfordshire"),
        ST("Heading", Q["organisation"]),
        ST("Body", "Cherwell Valley Primary School"),
        ST("Heading", Q["service_areas"]),
        ST("Body", "Mainstream schools, SEND"),
        ST("Heading", Q["scale"]),
        ST("Body", "Service or team practice"),
        ST("Heading", Q["problem"]),
        ST("Body", "Six boys in Years 5 and 6 had been excluded for a day or more in the autumn term."),
        ST("Heading", Q["what_you_did"]),
        ST("Body", "They spend Friday mornings in the school's wood with a forest school leader and a TA."),
        ST("Body", "The rest of the week they earn jobs to do in the wood."),
        ST("Heading", Q["difference"]),
        ST("Body", "No exclusions since January, and attendance for the group up from 84% to 95%."),
        ST("Heading", Q["permanence"]),
        ST("Body", "The governors have funded the forest school leader for two more years."),
        ST("Heading", Q["proprietary"]),
        ST("Body", "No"),
        ST("Heading", Q["adoption"]),
        ST("Body", "Some trees, a trained leader and waterproofs."),
        ST("Heading", Q["contact"]),
        ST("Body", "Helen Price, Headteacher, head@cherwellvalley.example.sch.uk, 01869 000 111"),
        ST("Heading", Q["consent_publish"]),
        ST("Body", "Yes"),
        ST("Heading", Q["consent_contact"]),
        ST("Body", "Yes"),
    ],
    {
        "title": "Forest school Fridays for children at risk of exclusion",
        "authority": "Oxfordshire",
        "organisation": "Cherwell Valley Primary School",
        "service_areas": ["Mainstream schools", "SEND"],
        "scale": "Service or team practice",
        "problem": "Six boys in Years 5 and 6 had been excluded for a day or more in the autumn term.",
        "what_you_did": "They spend Friday mornings in the school's wood with a forest school leader and a TA.\n\nThe rest of the week they earn jobs to do in the wood.",
        "difference": "No exclusions since January, and attendance for the group up from 84% to 95%.",
        "permanence": "The governors have funded the forest school leader for two more years.",
        "proprietary": no(),
        "adoption": "Some trees, a trained leader and waterproofs.",
        "contact": contact("Helen Price", "Headteacher", "head@cherwellvalley.example.sch.uk", "01869 000 111"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 224: a busy manager replies with the questions listed and every answer in one paragraph, separated by " / ".
doc(
    "224-answers-in-one-paragraph-with-slashes",
    [
        P("Hi, sorry this is late – answers below in the order of your questions."),
        P(
            "Answers: Peer mentors for new foster carers / Hampshire / Fostering Recruitment and Support Team / Fostering / Service or team practice / New foster carers felt alone in their first year and a third of them left / Each new carer is matched with an experienced carer who rings every week for the first six months / Only one new carer left last year, down from nine / The mentors are paid a fee from the fostering budget every year now / No / Experienced carers willing to mentor and a small fee / Tom Ashby, Team Manager, tom.ashby@hants.example.gov.uk / Yes / Yes"
        ),
        P("Thanks, Tom"),
    ],
    {
        "title": "Peer mentors for new foster carers",
        "authority": "Hampshire",
        "organisation": "Fostering Recruitment and Support Team",
        "service_areas": ["Fostering"],
        "scale": "Service or team practice",
        "problem": "New foster carers felt alone in their first year and a third of them left",
        "what_you_did": "Each new carer is matched with an experienced carer who rings every week for the first six months",
        "difference": "Only one new carer left last year, down from nine",
        "permanence": "The mentors are paid a fee from the fostering budget every year now",
        "proprietary": no(),
        "adoption": "Experienced carers willing to mentor and a small fee",
        "contact": contact("Tom Ashby", "Team Manager", "tom.ashby@hants.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 225: a policy officer numbers the headings with Roman numerals.
doc(
    "225-roman-numeral-headings",
    [
        B("I. " + Q["title"]),
        P("Youth offending panel meetings held in the young person's school"),
        B("II. " + Q["authority"]),
        P("Medway"),
        B("III. " + Q["organisation"]),
        P("Medway Youth Justice Service"),
        B("IV. " + Q["service_areas"]),
        P("Youth justice, Mainstream schools"),
        B("V. " + Q["scale"]),
        P("Service or team practice"),
        B("VI. " + Q["problem"]),
        P("Young people missed panel meetings at the youth justice office, which is two buses from most estates."),
        B("VII. " + Q["what_you_did"]),
        P("Panels now meet in the young person's school after lessons, with a teacher they trust invited."),
        B("VIII. " + Q["difference"]),
        P("Attendance at panels rose from 58% to 91%."),
        B("IX. " + Q["permanence"]),
        P("Twelve secondary schools have signed an agreement to host panels."),
        B("X. " + Q["proprietary"]),
        P("No"),
        B("XI. " + Q["adoption"]),
        P("Schools willing to lend a room after 3pm."),
        B("XII. " + Q["contact"]),
        P("Ravi Chauhan, Panel Coordinator, ravi.chauhan@medway.example.gov.uk"),
        B("XIII. " + Q["consent_publish"]),
        P("Yes"),
        B("XIV. " + Q["consent_contact"]),
        P("No"),
    ],
    {
        "title": "Youth offending panel meetings held in the young person's school",
        "authority": "Medway",
        "organisation": "Medway Youth Justice Service",
        "service_areas": ["Youth justice", "Mainstream schools"],
        "scale": "Service or team practice",
        "problem": "Young people missed panel meetings at the youth justice office, which is two buses from most estates.",
        "what_you_did": "Panels now meet in the young person's school after lessons, with a teacher they trust invited.",
        "difference": "Attendance at panels rose from 58% to 91%.",
        "permanence": "Twelve secondary schools have signed an agreement to host panels.",
        "proprietary": no(),
        "adoption": "Schools willing to lend a room after 3pm.",
        "contact": contact("Ravi Chauhan", "Panel Coordinator", "ravi.chauhan@medway.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": no(),
    },
)

# 226: the template's headings kept; every answer typed in Word's "Note Heading" style, each starting "Note:".
doc(
    "226-answers-in-note-style",
    [
        B(Q["title"]),
        ST("Note Heading", "Note: Virtual reality training for new social workers"),
        B(Q["authority"]),
        ST("Note Heading", "Note: Surrey"),
        B(Q["organisation"]),
        ST("Note Heading", "Note: Surrey Social Work Academy"),
        B(Q["service_areas"]),
        ST("Note Heading", "Note: Children's social care"),
        B(Q["scale"]),
        ST("Note Heading", "Note: IT hack or tool"),
        B(Q["problem"]),
        ST(
            "Note Heading",
            "Note: Newly qualified workers had never seen a home visit go wrong before their first one did.",
        ),
        B(Q["what_you_did"]),
        ST(
            "Note Heading",
            "Note: New starters practise hard home visits in a VR headset, then talk them through with a practice educator.",
        ),
        B(Q["difference"]),
        ST("Note Heading", "Note: 40 workers trained; their confidence score rose from 3.1 to 4.4 out of 5."),
        B(Q["permanence"]),
        ST("Note Heading", "Note: VR sessions are part of every newly qualified worker's first month."),
        B(Q["proprietary"]),
        ST("Note Heading", "Note: Yes – Meta Quest headsets with scenarios from a training company"),
        B(Q["adoption"]),
        ST("Note Heading", "Note: Headsets, a licence for the scenarios and a trained practice educator."),
        B(Q["contact"]),
        ST("Note Heading", "Note: Dr Amira Haddad, Principal Social Worker, amira.haddad@surreycc.example.gov.uk"),
        B(Q["consent_publish"]),
        ST("Note Heading", "Note: Yes"),
        B(Q["consent_contact"]),
        ST("Note Heading", "Note: Yes"),
    ],
    {
        "title": "Virtual reality training for new social workers",
        "authority": "Surrey",
        "organisation": "Surrey Social Work Academy",
        "service_areas": ["Children's social care"],
        "scale": "IT hack or tool",
        "problem": "Newly qualified workers had never seen a home visit go wrong before their first one did.",
        "what_you_did": "New starters practise hard home visits in a VR headset, then talk them through with a practice educator.",
        "difference": "40 workers trained; their confidence score rose from 3.1 to 4.4 out of 5.",
        "permanence": "VR sessions are part of every newly qualified worker's first month.",
        "proprietary": yes("Meta Quest headsets with scenarios from a training company"),
        "adoption": "Headsets, a licence for the scenarios and a trained practice educator.",
        "contact": contact("Dr Amira Haddad", "Principal Social Worker", "amira.haddad@surreycc.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 227: a young person on the children in care council writes the nomination in her own words; her worker adds
# a note at the end with what she left out.
doc(
    "227-young-persons-words-with-workers-note",
    [
        P("My nomination for Silver Linings by Kayla (16)"),
        B("What's it called"),
        P("The Pizza Reviews"),
        B("Whats the problem"),
        P(
            "When you're in care the reviews are in an office with loads of adults you don't know and its so awkward you just say everything is fine."
        ),
        B("What they did"),
        P(
            "Now my IRO lets me pick where my review is and who comes. Mine are at the pizza place and I chair the first bit."
        ),
        B("Did it work"),
        P("I actually say what I think now. Loads of us in the CiCC have asked for ours to be like this."),
        P(
            "Worker's note (Sasha Levi, Participation Worker, Slough Children First, sasha.levi@scf.example.org.uk): Kayla is happy for this to be published without her surname and for us to be contacted. The reviewing service has made young-person-led reviews the default since September. No special software is used."
        ),
    ],
    {
        "title": "The Pizza Reviews",
        "authority": "Slough",
        "organisation": "Slough Children First",
        "problem": "When you're in care the reviews are in an office with loads of adults you don't know and its so awkward you just say everything is fine.",
        "what_you_did": "Now my IRO lets me pick where my review is and who comes. Mine are at the pizza place and I chair the first bit.",
        "difference": "I actually say what I think now. Loads of us in the CiCC have asked for ours to be like this.",
        "permanence": "The reviewing service has made young-person-led reviews the default since September.",
        "proprietary": no(),
        "contact": contact("Sasha Levi", "Participation Worker", "sasha.levi@scf.example.org.uk"),
        "consent_publish": yes("without her surname"),
        "consent_contact": yes(),
    },
)
