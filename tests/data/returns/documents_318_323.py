# ruff: noqa: E501 - the documents' text is kept as written, one paragraph a line
"""Returned documents 318–323, written with 324–329 and read once with them (bench/README.md).

Shapes not in documents 1–317: the answers in Word's "Quote" style; the questions and answers copied from two
spreadsheet columns, a tab between them; the headings of a web form with "*" and "(required)", "(optional)" and
character limits; yes-or-no answered by deleting the other word and leaving the slash; "continued" lines and a
heading repeated "(continued)" at a page break; each question its own small table, the answer in the row under it.
See build.py.
"""

from tests.data.returns.build import PB, ST, B, H, P, T, contact, no, yes
from tests.data.returns.documents import doc
from tests.data.returns.documents_150_155 import Q

# 318: every answer in Word's "Quote" style (italic, indented, by the style alone) under plain bold headings.
doc(
    "318-answers-in-the-quote-style",
    [
        B(Q["title"]),
        ST("Quote", "Texting reminders for contact sessions"),
        B(Q["authority"]),
        ST("Quote", "Wokingham"),
        B(Q["organisation"]),
        ST("Quote", "Family Contact Service"),
        B(Q["service_areas"]),
        ST("Quote", "Children's social care, Fostering"),
        B(Q["scale"]),
        ST("Quote", "IT hack or tool"),
        B(Q["problem"]),
        ST(
            "Quote",
            "A quarter of family time sessions were cancelled because parents forgot or went to the wrong centre.",
        ),
        B(Q["what_you_did"]),
        ST(
            "Quote",
            "Parents get a text the day before and an hour before each session, with the centre's address and a map link.",
        ),
        B(Q["difference"]),
        ST("Quote", "Sessions missed by parents fell from 24% to 9% in six months."),
        B(Q["permanence"]),
        ST("Quote", "The texts go out from the case system for every session now."),
        B(Q["proprietary"]),
        ST("Quote", "Yes – the texts are sent through GOV.UK Notify"),
        B(Q["adoption"]),
        ST("Quote", "A Notify account and someone to set up the text templates."),
        B(Q["contact"]),
        ST("Quote", "Mark Ellis, Contact Service Manager, mark.ellis@wokingham.example.gov.uk"),
        B(Q["consent_publish"]),
        ST("Quote", "Yes"),
        B(Q["consent_contact"]),
        ST("Quote", "Yes"),
    ],
    {
        "title": "Texting reminders for contact sessions",
        "authority": "Wokingham",
        "organisation": "Family Contact Service",
        "service_areas": ["Children's social care", "Fostering"],
        "scale": "IT hack or tool",
        "problem": "A quarter of family time sessions were cancelled because parents forgot or went to the wrong centre.",
        "what_you_did": "Parents get a text the day before and an hour before each session, with the centre's address and a map link.",
        "difference": "Sessions missed by parents fell from 24% to 9% in six months.",
        "permanence": "The texts go out from the case system for every session now.",
        "proprietary": yes("the texts are sent through GOV.UK Notify"),
        "adoption": "A Notify account and someone to set up the text templates.",
        "contact": contact("Mark Ellis", "Contact Service Manager", "mark.ellis@wokingham.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 319: copied from a tracker's two columns (question, answer) and pasted as text: a tab between them on each line.
doc(
    "319-spreadsheet-columns-pasted-with-tabs",
    [
        P("Nomination copied from our innovations tracker:"),
        P(Q["title"] + "\tSchool nurse text line"),
        P(Q["authority"] + "\tIsle of Wight"),
        P(Q["organisation"] + "\t0-19 Public Health Nursing"),
        P(Q["service_areas"] + "\tMainstream schools, Early help"),
        P(Q["scale"] + "\tService or team practice"),
        P(
            Q["problem"]
            + "\tSecondary pupils would not queue outside the nurse's room where their friends could see them."
        ),
        P(
            Q["what_you_did"]
            + "\tA confidential text line answered by the school nurses on weekdays, advertised on every toilet door."
        ),
        P(
            Q["difference"]
            + "\tFour hundred texts in the first term, a third about mental health, and eleven safeguarding referrals."
        ),
        P(Q["permanence"] + "\tIt is part of the school nursing specification."),
        P(Q["proprietary"] + "\tYes, ChatHealth"),
        P(Q["adoption"] + "\tA ChatHealth licence and nurses trained to answer texts."),
        P(Q["contact"] + "\tSian Price, School Nursing Team Leader, sian.price@iow.example.gov.uk"),
        P(Q["consent_publish"] + "\tYes"),
        P(Q["consent_contact"] + "\tYes"),
    ],
    {
        "title": "School nurse text line",
        "authority": "Isle of Wight",
        "organisation": "0-19 Public Health Nursing",
        "service_areas": ["Mainstream schools", "Early help"],
        "scale": "Service or team practice",
        "problem": "Secondary pupils would not queue outside the nurse's room where their friends could see them.",
        "what_you_did": "A confidential text line answered by the school nurses on weekdays, advertised on every toilet door.",
        "difference": "Four hundred texts in the first term, a third about mental health, and eleven safeguarding referrals.",
        "permanence": "It is part of the school nursing specification.",
        "proprietary": yes("ChatHealth"),
        "adoption": "A ChatHealth licence and nurses trained to answer texts.",
        "contact": contact("Sian Price", "School Nursing Team Leader", "sian.price@iow.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 320: a web form's printed page: "*" on required questions, "(optional)", and the character limits in the headings.
doc(
    "320-required-marks-and-character-limits",
    [
        P("Questions marked * are required."),
        B(Q["title"] + " *"),
        P("Young carers' ID card"),
        B(Q["authority"] + " *"),
        P("Milton Keynes"),
        B(Q["organisation"] + " (optional)"),
        P("Young Carers Service"),
        B(Q["service_areas"] + " * (select all that apply)"),
        P("Early help, Mainstream schools"),
        B(Q["scale"] + " *"),
        P("Service or team practice"),
        B(Q["problem"] + " * (maximum 1500 characters)"),
        P("Young carers had to explain themselves again and again to teachers, pharmacists and GP receptionists."),
        B(Q["what_you_did"] + " * (maximum 2500 characters)"),
        P(
            "Every young carer assessed is offered a photo ID card that schools, pharmacies and surgeries in the city recognise."
        ),
        B(Q["difference"] + " * (maximum 1500 characters)"),
        P("Three hundred cards issued; young carers say they are believed the first time."),
        B(Q["permanence"] + " (optional, 1000 characters)"),
        P("The card is in the young carers' assessment pathway."),
        B(Q["proprietary"] + " *"),
        P("No"),
        B(Q["adoption"] + " * (maximum 1000 characters)"),
        P("A card printer and agreements with the local pharmacies and surgeries."),
        B(Q["contact"] + " *"),
        P("Leah Morgan, Young Carers Lead, leah.morgan@milton-keynes.example.gov.uk"),
        B(Q["consent_publish"] + " *"),
        P("Yes"),
        B(Q["consent_contact"] + " *"),
        P("Yes"),
    ],
    {
        "title": "Young carers' ID card",
        "authority": "Milton Keynes",
        "organisation": "Young Carers Service",
        "service_areas": ["Early help", "Mainstream schools"],
        "scale": "Service or team practice",
        "problem": "Young carers had to explain themselves again and again to teachers, pharmacists and GP receptionists.",
        "what_you_did": "Every young carer assessed is offered a photo ID card that schools, pharmacies and surgeries in the city recognise.",
        "difference": "Three hundred cards issued; young carers say they are believed the first time.",
        "permanence": "The card is in the young carers' assessment pathway.",
        "proprietary": no(),
        "adoption": "A card printer and agreements with the local pharmacies and surgeries.",
        "contact": contact("Leah Morgan", "Young Carers Lead", "leah.morgan@milton-keynes.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 321: the printed "Yes / No" answered by deleting one word, the slash left behind ("Yes /", "/ No").
doc(
    "321-yes-no-with-the-slash-left",
    [
        H(Q["title"]),
        P("Pre-birth assessments started at 20 weeks"),
        H(Q["authority"]),
        P("Slough"),
        H(Q["organisation"]),
        P("Assessment Team"),
        H(Q["service_areas"]),
        P("Children's social care"),
        H(Q["scale"]),
        P("Service or team practice"),
        H(Q["problem"]),
        P("Pre-birth assessments started too late for families to make changes before the baby arrived."),
        H(Q["what_you_did"]),
        P("Midwives refer at the 20-week scan and the assessment starts within a fortnight."),
        H(Q["difference"]),
        P("More babies go home with their mothers under a plan agreed before the birth."),
        H(Q["permanence"]),
        P("It is in the joint protocol with the maternity unit."),
        H(Q["proprietary"] + " Yes / No"),
        P("/ No"),
        H(Q["adoption"]),
        P("A protocol with maternity services and a named midwife."),
        H(Q["contact"]),
        P("Farah Iqbal, Assessment Team Manager, farah.iqbal@slough.example.gov.uk"),
        H(Q["consent_publish"] + " Yes / No"),
        P("Yes /"),
        H(Q["consent_contact"] + " Yes / No"),
        P("Yes/"),
    ],
    {
        "title": "Pre-birth assessments started at 20 weeks",
        "authority": "Slough",
        "organisation": "Assessment Team",
        "service_areas": ["Children's social care"],
        "scale": "Service or team practice",
        "problem": "Pre-birth assessments started too late for families to make changes before the baby arrived.",
        "what_you_did": "Midwives refer at the 20-week scan and the assessment starts within a fortnight.",
        "difference": "More babies go home with their mothers under a plan agreed before the birth.",
        "permanence": "It is in the joint protocol with the maternity unit.",
        "proprietary": no(),
        "adoption": "A protocol with maternity services and a named midwife.",
        "contact": contact("Farah Iqbal", "Assessment Team Manager", "farah.iqbal@slough.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 322: a long answer running over a page: "continued overleaf" at the foot, the heading again "(continued)" on top.
doc(
    "322-continued-over-the-page",
    [
        H(Q["title"]),
        P("Family hubs open on Saturdays"),
        H(Q["authority"]),
        P("Southampton"),
        H(Q["organisation"]),
        P("Family Hubs"),
        H(Q["service_areas"]),
        P("Early help, Early years"),
        H(Q["scale"]),
        P("Whole-system change"),
        H(Q["problem"]),
        P("Working parents could not get to the hubs, which were open only on weekdays."),
        H(Q["what_you_did"]),
        P("Three hubs now open every Saturday morning with health visitors, a family worker and a stay-and-play."),
        P("Continued overleaf"),
        PB(),
        H(Q["what_you_did"] + " (continued)"),
        P("Fathers' groups and the debt adviser moved to Saturdays too."),
        H(Q["difference"]),
        P("Saturday sessions reach 180 families a month, two thirds of them new to the hubs."),
        H(Q["permanence"]),
        P("Saturday opening is in the family hubs plan for the next three years."),
        H(Q["proprietary"]),
        P("No"),
        H(Q["adoption"]),
        P("Staff willing to work weekends for time off in lieu, and buildings open on Saturdays."),
        H(Q["contact"]),
        P("Gemma Knight, Family Hubs Manager, gemma.knight@southampton.example.gov.uk"),
        H(Q["consent_publish"]),
        P("Yes"),
        H(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Family hubs open on Saturdays",
        "authority": "Southampton",
        "organisation": "Family Hubs",
        "service_areas": ["Early help", "Early years"],
        "scale": "Whole-system change",
        "problem": "Working parents could not get to the hubs, which were open only on weekdays.",
        "what_you_did": "Three hubs now open every Saturday morning with health visitors, a family worker and a stay-and-play.\n\nFathers' groups and the debt adviser moved to Saturdays too.",
        "difference": "Saturday sessions reach 180 families a month, two thirds of them new to the hubs.",
        "permanence": "Saturday opening is in the family hubs plan for the next three years.",
        "proprietary": no(),
        "adoption": "Staff willing to work weekends for time off in lieu, and buildings open on Saturdays.",
        "contact": contact("Gemma Knight", "Family Hubs Manager", "gemma.knight@southampton.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 323: each question its own small table: the question in the top row, the answer in the row under it.
doc(
    "323-a-small-table-for-each-question",
    [
        H("Silver Linings nomination", 1),
        *(
            block
            for question, answer in [
                (Q["title"], "Care leavers' driving lessons"),
                (Q["authority"], "West Berkshire"),
                (Q["organisation"], "Leaving Care Team"),
                (Q["service_areas"], "Care leavers"),
                (Q["scale"], "Service or team practice"),
                (Q["problem"], "Care leavers in rural villages could not get to college or work without a car."),
                (
                    Q["what_you_did"],
                    "We pay for twenty driving lessons and the test for any care leaver with a job or college place.",
                ),
                (Q["difference"], "Fourteen passed in the first year and all are still in work or college."),
                (Q["permanence"], "It is in the local offer for care leavers."),
                (Q["proprietary"], "No"),
                (Q["adoption"], "A budget of about £900 a young person and a local driving school."),
                (Q["contact"], "Owen Price, Leaving Care Team Manager, owen.price@westberks.example.gov.uk"),
                (Q["consent_publish"], "Yes"),
                (Q["consent_contact"], "Yes"),
            ]
            for block in (T([question], [answer]), P(""))
        ),
    ],
    {
        "title": "Care leavers' driving lessons",
        "authority": "West Berkshire",
        "organisation": "Leaving Care Team",
        "service_areas": ["Care leavers"],
        "scale": "Service or team practice",
        "problem": "Care leavers in rural villages could not get to college or work without a car.",
        "what_you_did": "We pay for twenty driving lessons and the test for any care leaver with a job or college place.",
        "difference": "Fourteen passed in the first year and all are still in work or college.",
        "permanence": "It is in the local offer for care leavers.",
        "proprietary": no(),
        "adoption": "A budget of about £900 a young person and a local driving school.",
        "contact": contact("Owen Price", "Leaving Care Team Manager", "owen.price@westberks.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)
