# ruff: noqa: E501 - the documents' text is kept as written, one paragraph a line
"""Returned documents 112–118, written after the reader had been changed for documents 100–111 and read
once by it (bench/README.md has that reading).

Shapes not in documents 1–111: a return with a table of contents and section breaks, the authority given
as an abbreviation ("ESCC", "BHCC", "W Sussex"), answers with Word footnotes, each question a Word heading
with the answers in a separate table at the end, the call's whole guidance page pasted before the
answers, a nomination written by a care leaver in their own words, a health partner's return in NHS
words, and a form saved with tracked changes showing. See build.py.
"""

from tests.data.returns.build import BP, FN, SB, TC, B, H, P, T, contact, no, yes
from tests.data.returns.documents import doc

# 112: a long return laid out as a report: a contents list, a section break before each part, and the
# council only as "ESCC".
doc(
    "112-contents-and-section-breaks",
    [
        H("Silver Linings 2026 – nomination", 0),
        P("East Sussex County Council (ESCC) – Children's Services"),
        B("Contents"),
        P("1. The innovation ........ 1"),
        P("2. Why and what we did ........ 2"),
        P("3. Impact and sustainability ........ 2"),
        P("4. Sharing and contact ........ 3"),
        SB(),
        H("1. The innovation", 1),
        H("Title", 2),
        P("Family group conferences before a child protection conference"),
        H("Authority", 2),
        P("ESCC"),
        H("Team", 2),
        P("Family Group Conference Service"),
        H("Service areas", 2),
        P("Children's social care; Early help"),
        H("Scale", 2),
        P("Service or team practice"),
        SB(),
        H("2. Why and what we did", 1),
        H("The problem", 2),
        P(
            "Families often met their wider family for the first time at the child protection conference itself, when decisions were already being made about them."
        ),
        H("What we did differently", 2),
        P(
            "Every family whose child is going to an initial child protection conference is now offered a family group conference in the fortnight before it, so the family's own plan is on the table."
        ),
        SB(),
        H("3. Impact and sustainability", 1),
        H("The difference it made", 2),
        P(
            "Of 64 families offered one, 41 took it up; 17 of their children did not need a child protection plan, against 6 in the same period the year before."
        ),
        H("Will it last?", 2),
        P("The coordinators' posts are now in the base budget."),
        SB(),
        H("4. Sharing and contact", 1),
        H("Proprietary products", 2),
        P("None"),
        H("What another authority would need", 2),
        P("Two independent coordinators and agreement from conference chairs to wait for the family's plan."),
        H("Contact", 2),
        P("Ruth Okonkwo, FGC Service Manager, ruth.okonkwo@eastsussex.example.gov.uk, 01273 481 000"),
        H("Can we publish this?", 2),
        P("Yes"),
        H("Can we contact you?", 2),
        P("Yes"),
    ],
    {
        "title": "Family group conferences before a child protection conference",
        "authority": "East Sussex",
        "organisation": "Family Group Conference Service",
        "service_areas": ["Children's social care", "Early help"],
        "scale": "Service or team practice",
        "problem": "Families often met their wider family for the first time at the child protection conference itself, when decisions were already being made about them.",
        "what_you_did": "Every family whose child is going to an initial child protection conference is now offered a family group conference in the fortnight before it, so the family's own plan is on the table.",
        "difference": "Of 64 families offered one, 41 took it up; 17 of their children did not need a child protection plan, against 6 in the same period the year before.",
        "permanence": "The coordinators' posts are now in the base budget.",
        "proprietary": no(),
        "adoption": "Two independent coordinators and agreement from conference chairs to wait for the family's plan.",
        "contact": contact(
            "Ruth Okonkwo", "FGC Service Manager", "ruth.okonkwo@eastsussex.example.gov.uk", "01273 481 000"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 113: a data officer's return with Word footnotes giving the sources of the figures; "BHCC" for the council.
doc(
    "113-footnotes",
    [
        B("Silver Linings nomination – BHCC"),
        B("Title of the innovation"),
        P("Attendance dashboard shared with schools every week"),
        B("Authority"),
        P("BHCC"),
        B("Organisation, school, setting or team"),
        P("Education Performance and Data Team"),
        B("Service areas"),
        P("Mainstream schools, Special schools"),
        B("Scale of the innovation"),
        P("IT hack or tool"),
        B("The problem or need"),
        FN(
            "Schools saw their attendance figures once a term, too late to act on a pupil's absence before it became persistent.",
            "Termly attendance returns, 2024/25.",
        ),
        B("What you did differently"),
        P(
            "We built a dashboard from the register data schools already send us, refreshed every Monday, showing each pupil whose attendance dropped below 90% that week."
        ),
        B("The difference it made"),
        FN(
            "Persistent absence in the 31 schools using it fell from 22.4% to 17.9% in a year.",
            "DfE school absence statistics; the other schools fell from 21.8% to 20.9%.",
        ),
        B("Will it become permanent, and how is it being embedded?"),
        P("Yes. It is part of the attendance support offer in the schools' service level agreement."),
        B("Does it use a proprietary software or hardware product?"),
        FN("Yes – Power BI", "Under the council's existing Microsoft licence."),
        B("What would another authority need to adopt it?"),
        P("Daily register data from schools and an analyst for about ten days to build it."),
        B("Contact"),
        P("Kwame Asante\nSenior Data Analyst\nkwame.asante@brighton-hove.example.gov.uk\n01273 290 000"),
        B("Can we publish this innovation in the showcase, with your name?"),
        P("Yes"),
        B("Can we contact you about this innovation?"),
        P("Yes"),
    ],
    {
        "title": "Attendance dashboard shared with schools every week",
        "authority": "Brighton and Hove",
        "organisation": "Education Performance and Data Team",
        "service_areas": ["Mainstream schools", "Special schools"],
        "scale": "IT hack or tool",
        "problem": "Schools saw their attendance figures once a term, too late to act on a pupil's absence before it became persistent.",
        "what_you_did": "We built a dashboard from the register data schools already send us, refreshed every Monday, showing each pupil whose attendance dropped below 90% that week.",
        "difference": "Persistent absence in the 31 schools using it fell from 22.4% to 17.9% in a year.",
        "permanence": "Yes. It is part of the attendance support offer in the schools' service level agreement.",
        "proprietary": yes("Power BI"),
        "adoption": "Daily register data from schools and an analyst for about ten days to build it.",
        "contact": contact(
            "Kwame Asante", "Senior Data Analyst", "kwame.asante@brighton-hove.example.gov.uk", "01273 290 000"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 114: the questions copied as Word headings with nothing under them, and the answers in one table at the
# end, by question number.
doc(
    "114-answers-in-a-table-at-the-end",
    [
        H("Silver Linings nomination", 1),
        P("Questions (answers in the table at the end)"),
        H("1. Title of the innovation", 3),
        H("2. Authority", 3),
        H("3. Organisation, school, setting or team", 3),
        H("4. Service areas", 3),
        H("5. Scale of the innovation", 3),
        H("6. The problem or need", 3),
        H("7. What you did differently", 3),
        H("8. The difference it made", 3),
        H("9. Will it become permanent, and how is it being embedded?", 3),
        H("10. Does it use a proprietary software or hardware product?", 3),
        H("11. What would another authority need to adopt it?", 3),
        H("12. Contact", 3),
        H("13. Can we publish this innovation in the showcase, with your name?", 3),
        H("14. Can we contact you about this innovation?", 3),
        B("Answers"),
        T(
            ["No.", "Answer"],
            ["1", "Kinship carers' evening drop-in"],
            ["2", "Hampshire"],
            ["3", "Kinship Care Support Team"],
            ["4", "Fostering, Children's social care"],
            ["5", "Service or team practice"],
            [
                "6",
                "Kinship carers work during the day and could not get to our support sessions, so many only met us when a placement was close to breaking down.",
            ],
            [
                "7",
                "We moved the support group to Tuesday evenings at a family hub, with a meal and a crèche run by our family support workers.",
            ],
            ["8", "Twenty-six carers come regularly, and no kinship placement among them has broken down this year."],
            ["9", "Yes, the evening hours are written into the team's rota."],
            ["10", "No"],
            ["11", "A family hub open in the evening and staff willing to work one evening a week."],
            ["12", "Bernadette Quinn, Team Manager, bernadette.quinn@hants.example.gov.uk, 01962 845 000"],
            ["13", "Yes"],
            ["14", "Yes"],
        ),
    ],
    {
        "title": "Kinship carers' evening drop-in",
        "authority": "Hampshire",
        "organisation": "Kinship Care Support Team",
        "service_areas": ["Children's social care", "Fostering"],
        "scale": "Service or team practice",
        "problem": "Kinship carers work during the day and could not get to our support sessions, so many only met us when a placement was close to breaking down.",
        "what_you_did": "We moved the support group to Tuesday evenings at a family hub, with a meal and a crèche run by our family support workers.",
        "difference": "Twenty-six carers come regularly, and no kinship placement among them has broken down this year.",
        "permanence": "Yes, the evening hours are written into the team's rota.",
        "proprietary": no(),
        "adoption": "A family hub open in the evening and staff willing to work one evening a week.",
        "contact": contact(
            "Bernadette Quinn", "Team Manager", "bernadette.quinn@hants.example.gov.uk", "01962 845 000"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 115: the call's whole guidance page pasted above the answers, naming every heading and every choice.
doc(
    "115-guidance-page-pasted",
    [
        H("Silver Linings 2026: call for nominations", 1),
        P(
            "Silver Linings collects the small changes that made a real difference to children and families in the South East. Anyone working in or with a local authority children's service can nominate."
        ),
        H("What to include", 2),
        P(
            "Give your innovation a short title, say which authority and which team or setting it comes from, and tick the service areas it touches: mainstream schools, special schools, early years, early help, children's social care, youth justice, adoption, fostering, SEND, care leavers or other."
        ),
        P(
            "Tell us the scale: whole-system change, service or team practice, personal work habit, or an IT hack or tool. Then describe the problem, what you did differently, the difference it made, whether it will last, whether it uses a proprietary product, and what another authority would need to adopt it."
        ),
        H("How we use your information", 2),
        P(
            "We will ask whether we may publish your nomination in the showcase with your name, and whether we may contact you about it. You can say no to either."
        ),
        H("Deadline", 2),
        P("Nominations close on 30 January 2027."),
        H("Our nomination", 1),
        H("Title of the innovation", 2),
        P("Virtual School tutoring by video for children placed out of county"),
        H("Authority", 2),
        P("Milton Keynes"),
        H("Organisation, school, setting or team", 2),
        P("Virtual School"),
        H("Service areas", 2),
        P("Children's social care, Mainstream schools"),
        H("Scale of the innovation", 2),
        P("Service or team practice"),
        H("The problem or need", 2),
        P(
            "A third of our children in care live more than 20 miles away and waited months for tutoring arranged by the school they moved to."
        ),
        H("What you did differently", 2),
        P("Our own tutors now teach them by video from the first week of a move, whatever school they are in."),
        H("The difference it made", 2),
        P(
            "No child placed out of county waited more than two weeks for tutoring this year, against an average of eleven weeks before."
        ),
        H("Will it become permanent, and how is it being embedded?", 2),
        P("Yes – the pupil premium plus plan funds it for the next three years."),
        H("Does it use a proprietary software or hardware product?", 2),
        P("Yes – Microsoft Teams"),
        H("What would another authority need to adopt it?", 2),
        P("Tutors who can teach online and a laptop for each child."),
        H("Contact", 2),
        P("Imran Siddiqui, Virtual School Head, imran.siddiqui@milton-keynes.example.gov.uk, 01908 253 000"),
        H("Can we publish this innovation in the showcase, with your name?", 2),
        P("Yes"),
        H("Can we contact you about this innovation?", 2),
        P("Yes"),
    ],
    {
        "title": "Virtual School tutoring by video for children placed out of county",
        "authority": "Milton Keynes",
        "organisation": "Virtual School",
        "service_areas": ["Mainstream schools", "Children's social care"],
        "scale": "Service or team practice",
        "problem": "A third of our children in care live more than 20 miles away and waited months for tutoring arranged by the school they moved to.",
        "what_you_did": "Our own tutors now teach them by video from the first week of a move, whatever school they are in.",
        "difference": "No child placed out of county waited more than two weeks for tutoring this year, against an average of eleven weeks before.",
        "permanence": "Yes – the pupil premium plus plan funds it for the next three years.",
        "proprietary": yes("Microsoft Teams"),
        "adoption": "Tutors who can teach online and a laptop for each child.",
        "contact": contact(
            "Imran Siddiqui", "Virtual School Head", "imran.siddiqui@milton-keynes.example.gov.uk", "01908 253 000"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 116: a care leaver nominating their leaving care team, in their own words and their own headings.
doc(
    "116-care-leaver-in-own-words",
    [
        P("hi this is my nomination for silver linings"),
        B("whats it called"),
        P("the sunday dinners"),
        B("which council"),
        P("reading"),
        B("who does it"),
        P("the leaving care team (brighter futures for children)"),
        B("what was wrong before"),
        P(
            "when you leave care you are on your own a lot especially sundays. i didnt eat a proper dinner for months when i first got my flat"
        ),
        B("what they did"),
        P(
            "my PA and some of the other workers started doing a sunday dinner once a month at the family centre and anyone whos left care can come. they pick you up if you cant get there"
        ),
        B("why its good"),
        P("i have been to every one since march. i know people now and i learned to cook a roast"),
        B("who to talk to"),
        P("Jade Williams my PA, jade.williams@brighterfuturesforchildren.example.org"),
        P("you can put it on the website and its ok to contact me or jade"),
    ],
    {
        "title": "the sunday dinners",
        "authority": "Reading",
        "organisation": "the leaving care team (brighter futures for children)",
        "problem": "when you leave care you are on your own a lot especially sundays. i didnt eat a proper dinner for months when i first got my flat",
        "what_you_did": "my PA and some of the other workers started doing a sunday dinner once a month at the family centre and anyone whos left care can come. they pick you up if you cant get there",
        "difference": "i have been to every one since march. i know people now and i learned to cook a roast",
        "contact": contact("Jade Williams", "PA", "jade.williams@brighterfuturesforchildren.example.org"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 117: a health partner's return in NHS words, the council given as "W Sussex", a KPI table in the impact.
doc(
    "117-health-partner",
    [
        H("Silver Linings – partner nomination", 1),
        BP("Title of the innovation: ", "CAMHS in-reach to children's homes"),
        BP("Authority: ", "W Sussex"),
        BP(
            "Organisation, school, setting or team: ",
            "Sussex Partnership NHS Foundation Trust – Looked After Children CAMHS",
        ),
        BP("Service areas: ", "Children's social care, Other"),
        BP("Scale of the innovation: ", "Whole-system change"),
        B("The problem or need"),
        P(
            "Children in residential care waited up to 40 weeks from referral to treatment (RTT) and many were discharged as 'did not attend' before they were seen."
        ),
        B("What you did differently"),
        P(
            "A clinical psychologist and a mental health nurse now hold a weekly clinic in each of the county's children's homes, with the home's staff, taking referrals on the pathway without a GP referral."
        ),
        B("The difference it made"),
        P(
            "Median RTT fell from 40 weeks to 6; DNAs fell from 31% to 4%; placement moves for a mental health reason halved."
        ),
        B("Will it become permanent, and how is it being embedded?"),
        P("The ICB has commissioned it recurrently from April as part of the Place plan."),
        B("Does it use a proprietary software or hardware product?"),
        P("No (SystmOne for the notes, as for all our services)"),
        B("What would another authority need to adopt it?"),
        P("An agreement with the local CAMHS provider and the ICB, and a room in each home."),
        B("Contact"),
        P("Dr Helen Marsh, Consultant Clinical Psychologist, helen.marsh@spft.example.nhs.uk, 0300 304 0000"),
        B("Can we publish this innovation in the showcase, with your name?"),
        P("Yes – please check the wording with our comms team first"),
        B("Can we contact you about this innovation?"),
        P("Yes"),
    ],
    {
        "title": "CAMHS in-reach to children's homes",
        "authority": "West Sussex",
        "organisation": "Sussex Partnership NHS Foundation Trust – Looked After Children CAMHS",
        "service_areas": ["Children's social care", "Other"],
        "scale": "Whole-system change",
        "problem": "Children in residential care waited up to 40 weeks from referral to treatment (RTT) and many were discharged as 'did not attend' before they were seen.",
        "what_you_did": "A clinical psychologist and a mental health nurse now hold a weekly clinic in each of the county's children's homes, with the home's staff, taking referrals on the pathway without a GP referral.",
        "difference": "Median RTT fell from 40 weeks to 6; DNAs fell from 31% to 4%; placement moves for a mental health reason halved.",
        "permanence": "The ICB has commissioned it recurrently from April as part of the Place plan.",
        "proprietary": no("SystmOne for the notes, as for all our services"),
        "adoption": "An agreement with the local CAMHS provider and the ICB, and a room in each home.",
        "contact": contact(
            "Dr Helen Marsh", "Consultant Clinical Psychologist", "helen.marsh@spft.example.nhs.uk", "0300 304 0000"
        ),
        "consent_publish": yes("please check the wording with our comms team first"),
        "consent_contact": yes(),
    },
)

# 118: the form filled in by one person and edited by their manager with track changes on; the changes were
# never accepted. What counts is the text as it now reads: insertions in, deletions out.
doc(
    "118-track-changes",
    [
        H("Title of the innovation"),
        TC(("-", "Saturday club"), ("+", "Saturday club for brothers and sisters in care")),
        H("Authority"),
        TC(("-", "Reading"), ("+", "Wokingham")),
        H("Organisation, school, setting or team"),
        P("Children in Care Team"),
        H("Service areas"),
        P("Children's social care, Fostering"),
        H("Scale of the innovation"),
        TC(("-", "Personal work habit"), ("+", "Service or team practice")),
        H("The problem or need"),
        TC(
            "Brothers and sisters placed apart saw each other ",
            ("-", "hardly ever"),
            ("+", "once a month at most"),
            ", in a contact centre.",
        ),
        H("What you did differently"),
        TC(
            "A Saturday club at a leisure centre where siblings placed apart spend the day together, with their carers.",
            ("-", " Paid for by the team's own budget, which we will have to justify."),
        ),
        H("The difference it made"),
        P("Nineteen sibling groups come most weeks; children and carers asked for it to run in the holidays too."),
        H("Will it become permanent, and how is it being embedded?"),
        TC(("+", "Yes. "), "It is in the sibling contact policy agreed in October."),
        H("Does it use a proprietary software or hardware product?"),
        P("No"),
        H("What would another authority need to adopt it?"),
        P("A venue on Saturdays and two staff on a rota."),
        H("Contact"),
        TC(
            "Naomi Clarke, ",
            ("-", "Social Worker"),
            ("+", "Senior Practitioner"),
            ", naomi.clarke@wokingham.example.gov.uk",
        ),
        H("Can we publish this innovation in the showcase, with your name?"),
        P("Yes"),
        H("Can we contact you about this innovation?"),
        P("Yes"),
    ],
    {
        "title": "Saturday club for brothers and sisters in care",
        "authority": "Wokingham",
        "organisation": "Children in Care Team",
        "service_areas": ["Children's social care", "Fostering"],
        "scale": "Service or team practice",
        "problem": "Brothers and sisters placed apart saw each other once a month at most, in a contact centre.",
        "what_you_did": "A Saturday club at a leisure centre where siblings placed apart spend the day together, with their carers.",
        "difference": "Nineteen sibling groups come most weeks; children and carers asked for it to run in the holidays too.",
        "permanence": "Yes. It is in the sibling contact policy agreed in October.",
        "proprietary": no(),
        "adoption": "A venue on Saturdays and two staff on a rota.",
        "contact": contact("Naomi Clarke", "Senior Practitioner", "naomi.clarke@wokingham.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)
