# ruff: noqa: E501 - the documents' text is kept as written, one paragraph a line
"""Returned documents 100–111, written after the reader had been changed for documents 87–99 and read
once by it (bench/README.md has that reading).

Shapes not in documents 1–99: our Word template with the guidance deleted and the questions renumbered
and merged, the council and the contact only in the page header and footer, two columns made with a
borderless table, very terse answers ("Yes.", "As Q3", "See above"), "As above" given to several
questions, a table whose "Contact" cell spans the rows of its parts, a Google Docs export (Title,
Subtitle, "Heading 1" styles, odd spaces), the writer's own numbering 1.1/1.2/2.1, a big table of figures
inside the impact answer, a parent's question quoted on a line of its own inside an answer, "DELETE AS
APPROPRIATE" with the unwanted word struck through, and an answer given in a Word comment. See build.py.
"""

from tests.data.returns.build import HF, ST, B, C, H, P, S, T, contact, no, yes
from tests.data.returns.documents import doc

# 100: our Word template; the writer deleted every line of guidance and renumbered the questions, merging two.
doc(
    "100-template-renumbered",
    [
        H("Silver Linings – nomination form", 0),
        H("1. Title of the innovation"),
        P("Life story books made with the child"),
        H("2. Authority and team"),
        P("Surrey – Children Looked After Service"),
        H("3. Service areas"),
        P("Children's social care, Adoption"),
        H("4. Scale"),
        P("Service or team practice"),
        H("5. The problem or need"),
        P(
            "Life story books were written by social workers at the end of a placement, often years late, and children said they did not recognise themselves in them."
        ),
        H("6. What you did differently"),
        P(
            "Children now make their book as they go, a page a visit, with their social worker and carer, using photos the carer takes."
        ),
        H("7. The difference it made"),
        P(
            "Every child adopted this year left with a book they had helped write; the time a book took after the adoption order fell from 14 months to none."
        ),
        H("8. Will it become permanent?"),
        P("It is part of our care planning standard from April."),
        H("9. Proprietary product"),
        P("No"),
        H("10. What would another authority need?"),
        P("Scrapbooks, a printer, and half an hour a visit."),
        H("11. Contact"),
        P("Grace Mensah, Senior Social Worker, grace.mensah@surreycc.example.gov.uk, 01483 518 000"),
        H("12. Consent"),
        P("Publish: yes\nContact: yes"),
    ],
    {
        "title": "Life story books made with the child",
        "authority": "Surrey",
        "organisation": "Children Looked After Service",
        "service_areas": ["Children's social care", "Adoption"],
        "scale": "Service or team practice",
        "problem": "Life story books were written by social workers at the end of a placement, often years late, and children said they did not recognise themselves in them.",
        "what_you_did": "Children now make their book as they go, a page a visit, with their social worker and carer, using photos the carer takes.",
        "difference": "Every child adopted this year left with a book they had helped write; the time a book took after the adoption order fell from 14 months to none.",
        "permanence": "It is part of our care planning standard from April.",
        "proprietary": no(),
        "adoption": "Scrapbooks, a printer, and half an hour a visit.",
        "contact": contact(
            "Grace Mensah", "Senior Social Worker", "grace.mensah@surreycc.example.gov.uk", "01483 518 000"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 101: the council's letterhead is the page header and the contact is only in the footer.
doc(
    "101-header-and-footer",
    [
        HF(
            "Medway Council – Children and Adults Services",
            "Contact: Tom Fairbairn, Early Help Locality Manager, tom.fairbairn@medway.example.gov.uk, 01634 331 000",
        ),
        B("Title"),
        P("Walk-and-talk family meetings"),
        B("Team"),
        P("Early Help Locality Team (North)"),
        B("Service area"),
        P("Early help"),
        B("Scale"),
        P("Personal work habit"),
        B("Problem"),
        P("Some parents, often dads, would not come to a meeting in an office and were seen as not engaging."),
        B("What we did"),
        P("Workers offer to hold the first meeting while walking in a park near the family's home."),
        B("Difference"),
        P(
            "Of 40 families who had refused an office meeting, 31 took up a walk-and-talk and 24 went on to a family plan."
        ),
        B("Permanent?"),
        P("It is in our induction for new workers."),
        B("Product?"),
        P("No"),
        B("What would others need?"),
        P("A park nearby and a risk assessment."),
        B("Publish?"),
        P("Yes"),
        B("Contact you?"),
        P("Yes"),
    ],
    {
        "title": "Walk-and-talk family meetings",
        "authority": "Medway",
        "organisation": "Early Help Locality Team (North)",
        "service_areas": ["Early help"],
        "scale": "Personal work habit",
        "problem": "Some parents, often dads, would not come to a meeting in an office and were seen as not engaging.",
        "what_you_did": "Workers offer to hold the first meeting while walking in a park near the family's home.",
        "difference": "Of 40 families who had refused an office meeting, 31 took up a walk-and-talk and 24 went on to a family plan.",
        "permanence": "It is in our induction for new workers.",
        "proprietary": no(),
        "adoption": "A park nearby and a risk assessment.",
        "contact": contact(
            "Tom Fairbairn", "Early Help Locality Manager", "tom.fairbairn@medway.example.gov.uk", "01634 331 000"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 102: two columns made with a borderless table of one row: the short answers left, the long ones right.
doc(
    "102-two-columns",
    [
        H("Silver Linings nomination", 1),
        T(
            [
                [
                    B("Innovation"),
                    P("Sensory boxes for court waiting rooms"),
                    B("Authority"),
                    P("West Sussex"),
                    B("Team"),
                    P("Youth Justice Service"),
                    B("Area"),
                    P("Youth justice"),
                    B("Scale"),
                    P("Service or team practice"),
                    B("Contact"),
                    P("Priya Nair\nYJS Speech and Language Therapist\npriya.nair@westsussex.example.gov.uk"),
                    B("Publish?"),
                    P("Yes"),
                    B("Contact you?"),
                    P("Yes"),
                ],
                [
                    B("The problem"),
                    P(
                        "Young people with communication needs waited up to five hours at court and were often distressed by the time they saw the magistrates."
                    ),
                    B("What we did"),
                    P(
                        "We put a box of fidget toys, ear defenders and visual timetables in each court waiting room, with a card explaining what happens next."
                    ),
                    B("The difference"),
                    P("Court staff recorded 60% fewer incidents in the waiting rooms in the six months after."),
                    B("Making it last"),
                    P("The courts have agreed to restock the boxes from their own budget."),
                    B("Proprietary product?"),
                    P("No"),
                    B("What another authority would need"),
                    P("About £80 a box and a friendly court manager."),
                ],
            ],
        ),
    ],
    {
        "title": "Sensory boxes for court waiting rooms",
        "authority": "West Sussex",
        "organisation": "Youth Justice Service",
        "service_areas": ["Youth justice"],
        "scale": "Service or team practice",
        "problem": "Young people with communication needs waited up to five hours at court and were often distressed by the time they saw the magistrates.",
        "what_you_did": "We put a box of fidget toys, ear defenders and visual timetables in each court waiting room, with a card explaining what happens next.",
        "difference": "Court staff recorded 60% fewer incidents in the waiting rooms in the six months after.",
        "permanence": "The courts have agreed to restock the boxes from their own budget.",
        "proprietary": no(),
        "adoption": "About £80 a box and a friendly court manager.",
        "contact": contact("Priya Nair", "YJS Speech and Language Therapist", "priya.nair@westsussex.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 103: a busy manager answers in as few words as possible, pointing to other answers by number.
doc(
    "103-terse-answers",
    [
        P("Q1. Title of the innovation"),
        P("Duty desk in the school office"),
        P("Q2. Authority"),
        P("Bracknell Forest."),
        P("Q3. Organisation, school, setting or team"),
        P("Education Welfare Service."),
        P("Q4. Service areas"),
        P("Mainstream schools."),
        P("Q5. Scale of the innovation"),
        P("Team."),
        P("Q6. The problem or need"),
        P("Attendance referrals took weeks."),
        P("Q7. What you did differently"),
        P("EWO sits in a secondary school office one morning a week."),
        P("Q8. The difference it made"),
        P("Referral to first contact: 18 days to 2."),
        P("Q9. Will it become permanent?"),
        P("Yes."),
        P("Q10. Proprietary product?"),
        P("No."),
        P("Q11. What would another authority need?"),
        P("As Q7."),
        P("Q12. Contact"),
        P("Dan Ashworth, EWS Team Leader, dan.ashworth@bracknell-forest.example.gov.uk"),
        P("Q13. Publish?"),
        P("Yes."),
        P("Q14. Contact?"),
        P("Yes."),
    ],
    {
        "title": "Duty desk in the school office",
        "authority": "Bracknell Forest",
        "organisation": "Education Welfare Service",
        "service_areas": ["Mainstream schools"],
        "scale": "Service or team practice",
        "problem": "Attendance referrals took weeks.",
        "what_you_did": "EWO sits in a secondary school office one morning a week.",
        "difference": "Referral to first contact: 18 days to 2.",
        "permanence": "Yes.",
        "proprietary": no(),
        "adoption": "EWO sits in a secondary school office one morning a week.",
        "contact": contact("Dan Ashworth", "EWS Team Leader", "dan.ashworth@bracknell-forest.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 104: "As above" given to several questions: the answer the writer points to is the one before.
doc(
    "104-as-above",
    [
        H("Title of the innovation"),
        P("Foster carers' buddy scheme"),
        H("Authority"),
        P("Wokingham"),
        H("Organisation, school, setting or team"),
        P("Fostering Service"),
        H("Service areas"),
        P("Fostering"),
        H("Scale of the innovation"),
        P("Service or team practice"),
        H("The problem or need"),
        P(
            "New foster carers told us the first placement was lonely: their supervising social worker could not always answer the phone, and a third of new carers left within two years."
        ),
        H("What you did differently"),
        P(
            "Every new carer is matched with an experienced carer who phones them weekly for the first six months and visits once."
        ),
        H("The difference it made"),
        P("Only one of 14 new carers has left in two years, against 5 of 15 before."),
        H("Will it become permanent, and how is it being embedded?"),
        P("As above – buddies are now paid a small fee from the fostering budget."),
        H("Does it use a proprietary software or hardware product?"),
        P("No"),
        H("What would another authority need to adopt it?"),
        P("As above."),
        H("Contact"),
        P("Helen Brooks, Fostering Recruitment Lead, helen.brooks@wokingham.example.gov.uk, 0118 974 6000"),
        H("Can we publish this innovation in the showcase, with your name?"),
        P("Yes"),
        H("Can we contact you about this innovation?"),
        P("As above"),
    ],
    {
        "title": "Foster carers' buddy scheme",
        "authority": "Wokingham",
        "organisation": "Fostering Service",
        "service_areas": ["Fostering"],
        "scale": "Service or team practice",
        "problem": "New foster carers told us the first placement was lonely: their supervising social worker could not always answer the phone, and a third of new carers left within two years.",
        "what_you_did": "Every new carer is matched with an experienced carer who phones them weekly for the first six months and visits once.",
        "difference": "Only one of 14 new carers has left in two years, against 5 of 15 before.",
        "permanence": "As above – buddies are now paid a small fee from the fostering budget.",
        "proprietary": no(),
        "adoption": None,  # "As above.": a careful reader asks, and does not guess
        "contact": contact(
            "Helen Brooks", "Fostering Recruitment Lead", "helen.brooks@wokingham.example.gov.uk", "0118 974 6000"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 105: a table whose "Contact" label cell spans the rows of the contact's parts, and "Consent" spans two rows.
doc(
    "105-merged-label-cells",
    [
        B("Silver Linings 2026 – Buckinghamshire"),
        T(
            ["Innovation", "", "Nurture breakfast for children on child protection plans"],
            ["Authority", "", "Buckinghamshire"],
            ["Team", "", "Family Support Service, Aylesbury"],
            ["Service area(s)", "", "Children's social care; Early help"],
            ["Scale", "", "Service or team practice"],
            [
                "Problem",
                "",
                "Children on plans were arriving at school hungry and unsettled after difficult mornings, and teachers saw it before we did.",
            ],
            [
                "What we did",
                "",
                "A family support worker runs a breakfast club at two primary schools for children on plans, and talks with parents at the school gate.",
            ],
            [
                "Difference",
                "",
                "Late marks fell by half for the 22 children who came, and parents began to ask for help earlier.",
            ],
            ["Sustainability", "", "The schools now fund the food; our worker's time is in the service plan."],
            ["Proprietary product", "", "None"],
            ["What others would need", "", "A school willing to give up a room at 8am, and a worker who starts early."],
            ["Contact", "Name", "Lucy Adeyemi"],
            [None, "Role", "Family Support Worker"],
            [None, "Email", "lucy.adeyemi@buckinghamshire.example.gov.uk"],
            [None, "Phone", "01296 395 000"],
            ["Consent", "To publish", "Yes"],
            [None, "To contact", "Yes"],
        ),
    ],
    {
        "title": "Nurture breakfast for children on child protection plans",
        "authority": "Buckinghamshire",
        "organisation": "Family Support Service, Aylesbury",
        "service_areas": ["Children's social care", "Early help"],
        "scale": "Service or team practice",
        "problem": "Children on plans were arriving at school hungry and unsettled after difficult mornings, and teachers saw it before we did.",
        "what_you_did": "A family support worker runs a breakfast club at two primary schools for children on plans, and talks with parents at the school gate.",
        "difference": "Late marks fell by half for the 22 children who came, and parents began to ask for help earlier.",
        "permanence": "The schools now fund the food; our worker's time is in the service plan.",
        "proprietary": no(),
        "adoption": "A school willing to give up a room at 8am, and a worker who starts early.",
        "contact": contact(
            "Lucy Adeyemi", "Family Support Worker", "lucy.adeyemi@buckinghamshire.example.gov.uk", "01296 395 000"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 106: written in Google Docs and exported: Title and Subtitle styles, "Heading 1" headings with odd spaces and
# empty lines, the innovation's name only in the subtitle.
doc(
    "106-google-docs-export",
    [
        ST("Title", "Silver Linings nomination", 0),
        ST("Subtitle", "Care leavers' cookery club"),
        P(""),
        ST("Heading 1", "  Where  ", 1),
        P("Southampton City Council, Pathway Team"),
        P(""),
        ST("Heading 1", "Service areas ", 1),
        P("Care leavers"),
        ST("Heading 1", "Scale", 1),
        P("Service or team practice"),
        P(""),
        ST("Heading 1", "The problem  or need", 1),
        P("Young people leaving care told us they could not cook and were living on takeaways in their first flat."),
        ST("Heading 1", "What  we did", 1),
        P(
            "A weekly evening cookery club in a community kitchen, run by a personal adviser and a volunteer chef, where young people cook a meal for under £5 and take the rest home."
        ),
        ST("Heading 1", "Difference it made", 1),
        P("38 young people came in the first year; 30 said they now cook at home at least three times a week."),
        ST("Heading 1", "Will it last", 1),
        P("The community kitchen gives the room free, and the club is in the local offer for care leavers."),
        ST("Heading 1", "Proprietary product", 1),
        P("No"),
        ST("Heading 1", "What another council would need", 1),
        P("A kitchen, a volunteer who can cook, and £50 a week for food."),
        ST("Heading 1", "Contact", 1),
        P("Marcus Bell – Personal Adviser – marcus.bell@southampton.example.gov.uk"),
        ST("Heading 1", "Can we publish / contact you", 1),
        P("Yes / Yes"),
    ],
    {
        "title": "Care leavers' cookery club",
        "authority": "Southampton",
        "organisation": "Pathway Team",
        "service_areas": ["Care leavers"],
        "scale": "Service or team practice",
        "problem": "Young people leaving care told us they could not cook and were living on takeaways in their first flat.",
        "what_you_did": "A weekly evening cookery club in a community kitchen, run by a personal adviser and a volunteer chef, where young people cook a meal for under £5 and take the rest home.",
        "difference": "38 young people came in the first year; 30 said they now cook at home at least three times a week.",
        "permanence": "The community kitchen gives the room free, and the club is in the local offer for care leavers.",
        "proprietary": no(),
        "adoption": "A kitchen, a volunteer who can cook, and £50 a week for food.",
        "contact": contact("Marcus Bell", "Personal Adviser", "marcus.bell@southampton.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 107: the writer's own numbering in sections: 1.1, 1.2 … 2.1, 2.2 … 3.1, as in a council report.
doc(
    "107-own-section-numbering",
    [
        B("1. About the innovation"),
        P("1.1 Name: Peer mentors for young people leaving custody"),
        P("1.2 Local authority: Portsmouth"),
        P("1.3 Service: Youth Offending Team"),
        P("1.4 Area of work: Youth justice"),
        P("1.5 Scale: Service or team practice"),
        B("2. The innovation"),
        P("2.1 Background"),
        P(
            "Young people released from custody were most likely to reoffend in the first fortnight, when their YOT worker was still arranging support."
        ),
        P("2.2 What we did"),
        P(
            "Two young adults who had been through custody themselves were trained and paid as peer mentors, and meet each young person at the gate on the day of release."
        ),
        P("2.3 Outcomes"),
        P("Of 12 young people mentored, 2 reoffended within six months, against 7 of 13 the year before."),
        P("2.4 Sustainability"),
        P("The mentors' posts are funded by the Youth Justice Board grant to 2028."),
        B("3. Sharing it"),
        P("3.1 Proprietary products: none"),
        P(
            "3.2 What another authority would need: a way to pay peer mentors and a custody team willing to share release dates."
        ),
        P("3.3 Contact: Sofia Lopes, YOT Manager, sofia.lopes@portsmouthcc.example.gov.uk, 023 9268 8000"),
        P("3.4 Consent to publish: yes"),
        P("3.5 Consent to contact: yes"),
    ],
    {
        "title": "Peer mentors for young people leaving custody",
        "authority": "Portsmouth",
        "organisation": "Youth Offending Team",
        "service_areas": ["Youth justice"],
        "scale": "Service or team practice",
        "problem": "Young people released from custody were most likely to reoffend in the first fortnight, when their YOT worker was still arranging support.",
        "what_you_did": "Two young adults who had been through custody themselves were trained and paid as peer mentors, and meet each young person at the gate on the day of release.",
        "difference": "Of 12 young people mentored, 2 reoffended within six months, against 7 of 13 the year before.",
        "permanence": "The mentors' posts are funded by the Youth Justice Board grant to 2028.",
        "proprietary": no(),
        "adoption": "a way to pay peer mentors and a custody team willing to share release dates.",
        "contact": contact("Sofia Lopes", "YOT Manager", "sofia.lopes@portsmouthcc.example.gov.uk", "023 9268 8000"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 108: an analyst pastes a big table of figures into the impact answer, with a sentence before and after it.
doc(
    "108-table-of-figures-in-impact",
    [
        H("Title of the innovation"),
        P("Predictive dashboard for early help step-downs"),
        H("Authority"),
        P("Hampshire"),
        H("Organisation, school, setting or team"),
        P("Performance and Insight Team"),
        H("Service areas"),
        P("Early help, Children's social care"),
        H("Scale of the innovation"),
        P("Whole-system change"),
        H("The problem or need"),
        P(
            "Families stepped down from social care to early help often came back within a year, and nobody could see which ones were likely to."
        ),
        H("What you did differently"),
        P(
            "We built a dashboard from case records that shows each team the families stepped down in the last quarter and the signs that they may need more support."
        ),
        H("The difference it made"),
        P("Re-referrals within 12 months of a step-down, by quarter:"),
        T(
            ["Quarter", "Step-downs", "Re-referred", "Rate"],
            ["Q1 2024–25", "212", "61", "29%"],
            ["Q2 2024–25", "198", "55", "28%"],
            ["Q3 2024–25", "205", "41", "20%"],
            ["Q4 2024–25", "220", "37", "17%"],
        ),
        P("The dashboard went live at the start of Q3."),
        H("Will it become permanent, and how is it being embedded?"),
        P("It is part of the monthly performance pack for every early help team."),
        H("Does it use a proprietary software or hardware product?"),
        P("Yes – Microsoft Power BI"),
        H("What would another authority need to adopt it?"),
        P("An analyst with Power BI skills for about three months, and case data that records step-downs."),
        H("Contact"),
        P("Oliver Grant, Senior Analyst, oliver.grant@hants.example.gov.uk"),
        H("Can we publish this innovation in the showcase, with your name?"),
        P("Yes"),
        H("Can we contact you about this innovation?"),
        P("Yes"),
    ],
    {
        "title": "Predictive dashboard for early help step-downs",
        "authority": "Hampshire",
        "organisation": "Performance and Insight Team",
        "service_areas": ["Early help", "Children's social care"],
        "scale": "Whole-system change",
        "problem": "Families stepped down from social care to early help often came back within a year, and nobody could see which ones were likely to.",
        "what_you_did": "We built a dashboard from case records that shows each team the families stepped down in the last quarter and the signs that they may need more support.",
        "difference": "Re-referrals within 12 months of a step-down, by quarter:\n\nQuarter | Step-downs | Re-referred | Rate\n\nQ1 2024–25 | 212 | 61 | 29%\n\nQ2 2024–25 | 198 | 55 | 28%\n\nQ3 2024–25 | 205 | 41 | 20%\n\nQ4 2024–25 | 220 | 37 | 17%\n\nThe dashboard went live at the start of Q3.",
        "permanence": "It is part of the monthly performance pack for every early help team.",
        "proprietary": yes("Microsoft Power BI"),
        "adoption": "An analyst with Power BI skills for about three months, and case data that records step-downs.",
        "contact": contact("Oliver Grant", "Senior Analyst", "oliver.grant@hants.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 109: plain questions as headings; an answer quotes a parent's question on a line of its own.
doc(
    "109-quoted-question-in-answer",
    [
        P("What is it called?"),
        P("Parents as co-trainers"),
        P("Which authority?"),
        P("East Sussex"),
        P("Which team?"),
        P("SEND Assessment and Planning"),
        P("Service area?"),
        P("SEND"),
        P("How big is it?"),
        P("Service or team practice"),
        P("What was the problem?"),
        P("At a parents' forum one mother stood up and said:"),
        P("“Why did nobody ask us what we needed before you wrote the plan?”"),
        P("She was right: our training for new caseworkers had no parent in the room."),
        P("What did you do?"),
        P(
            "Parents of children with EHC plans now co-deliver half of the induction training for new caseworkers, and are paid for their time."
        ),
        P("What difference has it made?"),
        P("Complaints about the tone of draft plans fell from 34 to 11 in a year."),
        P("Will it last?"),
        P("It is written into the induction programme and the parent carer forum's contract."),
        P("Any proprietary product?"),
        P("No"),
        P("What would another council need?"),
        P("A parent carer forum willing to help and a budget to pay parents."),
        P("Who should we contact?"),
        P("Nadia Okafor, Practice Lead, nadia.okafor@eastsussex.example.gov.uk, 01273 481 000"),
        P("Can we publish it?"),
        P("Yes"),
        P("Can we contact you?"),
        P("Yes"),
    ],
    {
        "title": "Parents as co-trainers",
        "authority": "East Sussex",
        "organisation": "SEND Assessment and Planning",
        "service_areas": ["SEND"],
        "scale": "Service or team practice",
        "problem": "At a parents' forum one mother stood up and said:\n\n“Why did nobody ask us what we needed before you wrote the plan?”\n\nShe was right: our training for new caseworkers had no parent in the room.",
        "what_you_did": "Parents of children with EHC plans now co-deliver half of the induction training for new caseworkers, and are paid for their time.",
        "difference": "Complaints about the tone of draft plans fell from 34 to 11 in a year.",
        "permanence": "It is written into the induction programme and the parent carer forum's contract.",
        "proprietary": no(),
        "adoption": "A parent carer forum willing to help and a budget to pay parents.",
        "contact": contact("Nadia Okafor", "Practice Lead", "nadia.okafor@eastsussex.example.gov.uk", "01273 481 000"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 110: an old paper-style form: "DELETE AS APPROPRIATE", the unwanted words struck through, not deleted.
doc(
    "110-struck-through-choices",
    [
        B("SILVER LININGS NOMINATION"),
        B("TITLE OF THE INNOVATION"),
        P("Virtual school reading packs for summer"),
        B("AUTHORITY"),
        P("Milton Keynes"),
        B("ORGANISATION / TEAM"),
        P("Milton Keynes Virtual School"),
        B("SERVICE AREAS"),
        P("Mainstream schools, Children's social care"),
        B("SCALE (DELETE AS APPROPRIATE)"),
        S(("~", "Whole-system change / "), "Service or team practice", ("~", " / Personal work habit")),
        B("THE PROBLEM OR NEED"),
        P(
            "Children in care lost more reading over the summer than their classmates, and foster carers did not know which books to choose."
        ),
        B("WHAT YOU DID DIFFERENTLY"),
        P(
            "Every child in care of primary age gets a reading pack chosen by their teacher posted home in July, with a note for the carer."
        ),
        B("THE DIFFERENCE IT MADE"),
        P("Reading ages in September held steady for 70% of children, against 45% the year before."),
        B("WILL IT BECOME PERMANENT?"),
        P("It is funded from the pupil premium plus budget each year."),
        B("PROPRIETARY PRODUCT? DELETE AS APPROPRIATE"),
        S("Yes", ("~", " / No"), " – Bookmark Reading Packs from Bookmark Ltd"),
        B("WHAT WOULD ANOTHER AUTHORITY NEED?"),
        P("A list of children and their teachers, and about £15 a child."),
        B("CONTACT"),
        P("Rebecca Lin\nVirtual School Headteacher\nrebecca.lin@milton-keynes.example.gov.uk\n01908 253 000"),
        B("CONSENT TO PUBLISH: DELETE AS APPROPRIATE"),
        S("YES", ("~", " / NO")),
        B("CONSENT TO CONTACT: DELETE AS APPROPRIATE"),
        S(("~", "YES / "), "NO"),
    ],
    {
        "title": "Virtual school reading packs for summer",
        "authority": "Milton Keynes",
        "organisation": "Milton Keynes Virtual School",
        "service_areas": ["Mainstream schools", "Children's social care"],
        "scale": "Service or team practice",
        "problem": "Children in care lost more reading over the summer than their classmates, and foster carers did not know which books to choose.",
        "what_you_did": "Every child in care of primary age gets a reading pack chosen by their teacher posted home in July, with a note for the carer.",
        "difference": "Reading ages in September held steady for 70% of children, against 45% the year before.",
        "permanence": "It is funded from the pupil premium plus budget each year.",
        "proprietary": yes("Bookmark Reading Packs from Bookmark Ltd"),
        "adoption": "A list of children and their teachers, and about £15 a child.",
        "contact": contact(
            "Rebecca Lin", "Virtual School Headteacher", "rebecca.lin@milton-keynes.example.gov.uk", "01908 253 000"
        ),
        "consent_publish": yes(),
        "consent_contact": no(),
    },
)

# 111: a team's form where one answer was given as a Word comment by a colleague, the answer space left empty.
doc(
    "111-answer-in-a-comment",
    [
        H("Title of the innovation"),
        P("Family time in the family's own community"),
        H("Authority"),
        P("Reading"),
        H("Organisation, school, setting or team"),
        P("Brighter Futures for Children – Family Time Service"),
        H("Service areas"),
        P("Children's social care"),
        H("Scale of the innovation"),
        C("Service or team practice", "Jen – is this right? I'd have said whole system", "Amir Khan"),
        H("The problem or need"),
        P(
            "Supervised family time happened in a contact centre across town, and some children spent longer in taxis than with their parents."
        ),
        H("What you did differently"),
        P(
            "Family time now happens in places near the family – libraries, parks, a children's centre – with the same supervisor each time."
        ),
        H("The difference it made"),
        P("Average travel per session fell from 70 to 20 minutes, and missed sessions halved."),
        H("Will it become permanent, and how is it being embedded?"),
        C("", "Yes – it's in the new family time policy signed off in May. Amir", "Amir Khan"),
        H("Does it use a proprietary software or hardware product?"),
        P("No"),
        H("What would another authority need to adopt it?"),
        P("A list of community venues that will host family time, and supervisors who can travel."),
        H("Contact"),
        P("Jen Walsh, Family Time Manager, jen.walsh@brighterfutures.example.org.uk, 0118 937 3641"),
        H("Can we publish this innovation in the showcase, with your name?"),
        P("Yes"),
        H("Can we contact you about this innovation?"),
        P("Yes"),
    ],
    {
        "title": "Family time in the family's own community",
        "authority": "Reading",
        "organisation": "Brighter Futures for Children – Family Time Service",
        "service_areas": ["Children's social care"],
        "scale": "Service or team practice",
        "problem": "Supervised family time happened in a contact centre across town, and some children spent longer in taxis than with their parents.",
        "what_you_did": "Family time now happens in places near the family – libraries, parks, a children's centre – with the same supervisor each time.",
        "difference": "Average travel per session fell from 70 to 20 minutes, and missed sessions halved.",
        "permanence": "Yes – it's in the new family time policy signed off in May.",
        "proprietary": no(),
        "adoption": "A list of community venues that will host family time, and supervisors who can travel.",
        "contact": contact(
            "Jen Walsh", "Family Time Manager", "jen.walsh@brighterfutures.example.org.uk", "0118 937 3641"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)
