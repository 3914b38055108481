# ruff: noqa: E501 - the documents' text is kept as written, one paragraph a line
"""Returned documents 119–124, written with 112–118 and read once with them (bench/README.md).

Shapes not in documents 1–111: dates and figures in odd formats with the council as "RBWM", the contact
in a text box floating beside a table, last year's form re-used with some questions of its own, a PDF
converted back to Word (every line a paragraph, page numbers in the text), a table whose long answers
run on into rows with an empty label cell, and a key-facts table at the top before the full answers.
See build.py.
"""

from tests.data.returns.build import XF, B, H, P, T, contact, no, yes
from tests.data.returns.documents import doc

# 119: a finance-minded team manager: dates as 03/04/26 and "Q3 25/26", money as "£1.2k", "c.40%", "RBWM".
doc(
    "119-odd-dates-and-figures",
    [
        B("Title of the innovation"),
        P("Pre-birth assessments started at 16 wks"),
        B("Authority"),
        P("RBWM"),
        B("Organisation, school, setting or team"),
        P("Achieving for Children – Assessment Team (RBWM)"),
        B("Service areas"),
        P("Children's social care, Early years"),
        B("Scale of the innovation"),
        P("Service or team practice"),
        B("The problem or need"),
        P(
            "Pre-birth assessments started at c.30 wks, leaving <10 wks to plan before the birth; 7 of 18 babies in Q3 24/25 were removed at birth with no plan agreed."
        ),
        B("What you did differently"),
        P(
            "From 03/04/26 every pre-birth referral is allocated within 5 working days and the assessment starts by 16 wks, with a midwife at the first visit."
        ),
        B("The difference it made"),
        P(
            "Q3 25/26: average start 17.5 wks; 2 of 15 babies removed at birth (13%, down from c.40%); saving approx. £1.2k per case in court costs."
        ),
        B("Will it become permanent, and how is it being embedded?"),
        P("Y – in the pre-birth protocol (v2.1, signed off 12.09.26)."),
        B("Does it use a proprietary software or hardware product?"),
        P("N"),
        B("What would another authority need to adopt it?"),
        P("A named midwife link and 0.5 FTE of a social worker's time per 20 referrals/yr."),
        B("Contact"),
        P("Priya Raman, Team Manager, priya.raman@achievingforchildren.example.org.uk, 01628 683 000"),
        B("Can we publish this innovation in the showcase, with your name?"),
        P("Y"),
        B("Can we contact you about this innovation?"),
        P("Y"),
    ],
    {
        "title": "Pre-birth assessments started at 16 wks",
        "authority": "Windsor and Maidenhead",
        "organisation": "Achieving for Children – Assessment Team (RBWM)",
        "service_areas": ["Early years", "Children's social care"],
        "scale": "Service or team practice",
        "problem": "Pre-birth assessments started at c.30 wks, leaving <10 wks to plan before the birth; 7 of 18 babies in Q3 24/25 were removed at birth with no plan agreed.",
        "what_you_did": "From 03/04/26 every pre-birth referral is allocated within 5 working days and the assessment starts by 16 wks, with a midwife at the first visit.",
        "difference": "Q3 25/26: average start 17.5 wks; 2 of 15 babies removed at birth (13%, down from c.40%); saving approx. £1.2k per case in court costs.",
        "permanence": "Y – in the pre-birth protocol (v2.1, signed off 12.09.26).",
        "proprietary": no(),
        "adoption": "A named midwife link and 0.5 FTE of a social worker's time per 20 referrals/yr.",
        "contact": contact(
            "Priya Raman", "Team Manager", "priya.raman@achievingforchildren.example.org.uk", "01628 683 000"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 120: our table, with the contact's details in a text box floating beside it ("see box").
doc(
    "120-contact-in-a-floating-box",
    [
        H("Silver Linings nomination", 1),
        XF("Contact", "Owen Price", "SENCO Network Lead", "owen.price@westberks.example.gov.uk", "01635 503 000"),
        T(
            ["Title of the innovation", "SENCO peer supervision circles"],
            ["Authority", "West Berkshire"],
            ["Organisation, school, setting or team", "SEN Team"],
            ["Service areas", "SEND, Mainstream schools"],
            ["Scale of the innovation", "Service or team practice"],
            [
                "The problem or need",
                "New SENCOs in small primary schools had nobody to talk through hard cases with, and several left in their first year.",
            ],
            [
                "What you did differently",
                "SENCOs meet in circles of six every half term to bring one case each, with a trained facilitator from the SEN team.",
            ],
            [
                "The difference it made",
                "All 14 new SENCOs stayed in post this year; requests for an EHC needs assessment with no prior SEN support fell by a quarter.",
            ],
            ["Will it become permanent, and how is it being embedded?", "It is in the SENCO induction offer."],
            ["Does it use a proprietary software or hardware product?", "No"],
            ["What would another authority need to adopt it?", "Two facilitators and a room once a half term."],
            ["Contact", "see box"],
            ["Can we publish this innovation in the showcase, with your name?", "Yes"],
            ["Can we contact you about this innovation?", "Yes"],
        ),
    ],
    {
        "title": "SENCO peer supervision circles",
        "authority": "West Berkshire",
        "organisation": "SEN Team",
        "service_areas": ["Mainstream schools", "SEND"],
        "scale": "Service or team practice",
        "problem": "New SENCOs in small primary schools had nobody to talk through hard cases with, and several left in their first year.",
        "what_you_did": "SENCOs meet in circles of six every half term to bring one case each, with a trained facilitator from the SEN team.",
        "difference": "All 14 new SENCOs stayed in post this year; requests for an EHC needs assessment with no prior SEN support fell by a quarter.",
        "permanence": "It is in the SENCO induction offer.",
        "proprietary": no(),
        "adoption": "Two facilitators and a room once a half term.",
        "contact": contact("Owen Price", "SENCO Network Lead", "owen.price@westberks.example.gov.uk", "01635 503 000"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 121: last year's nomination form re-used: some of its questions are ours in other words, some are not
# asked this year (budget, lessons learned), and this year's consent questions are missing.
doc(
    "121-last-years-form",
    [
        H("Silver Linings 2025 – Nomination Form", 1),
        P("Please complete all sections and return by 31 January 2025."),
        B("Section A: Project name"),
        P("Youth workers in A&E"),
        B("Section B: Local authority"),
        P("Portsmouth"),
        B("Section C: Lead service"),
        P("Youth Support Service"),
        B("Section D: Budget (£)"),
        P("£42,000 a year, shared with the hospital trust"),
        B("Section E: Summary of the need"),
        P(
            "Young people coming into A&E after self-harm or an assault left before anyone from children's services spoke to them."
        ),
        B("Section F: Description of the project"),
        P(
            "Two youth workers are based in the emergency department on Friday and Saturday nights and see every young person under 18 who comes in."
        ),
        B("Section G: Outcomes achieved"),
        P("In the first year they saw 310 young people; 120 are now working with a youth worker in the community."),
        B("Section H: Lessons learned"),
        P("Agree information sharing with the hospital before you start, not after."),
        B("Section I: Could it be replicated elsewhere?"),
        P("Yes, with a hospital willing to host the workers and fund half the posts."),
        B("Section J: Nominee contact details"),
        P("Kerry Walsh, Youth Support Manager, kerry.walsh@portsmouthcc.example.gov.uk, 023 9284 1000"),
    ],
    {
        "title": "Youth workers in A&E",
        "authority": "Portsmouth",
        "organisation": "Youth Support Service",
        "problem": "Young people coming into A&E after self-harm or an assault left before anyone from children's services spoke to them.",
        "what_you_did": "Two youth workers are based in the emergency department on Friday and Saturday nights and see every young person under 18 who comes in.",
        "difference": "In the first year they saw 310 young people; 120 are now working with a youth worker in the community.",
        "adoption": "Yes, with a hospital willing to host the workers and fund half the posts.",
        "contact": contact(
            "Kerry Walsh", "Youth Support Manager", "kerry.walsh@portsmouthcc.example.gov.uk", "023 9284 1000"
        ),
    },
    unplaced=["£42,000 a year", "Agree information sharing with the hospital"],
)

# 122: the form filled in as a PDF and converted back to Word: each printed line is a paragraph, and the
# page numbers and the form's footer are in the text.
doc(
    "122-pdf-converted",
    [
        P("Title of the innovation"),
        P("Text reminders for review health assessments"),
        P("Authority"),
        P("Slough"),
        P("Organisation, school, setting or team"),
        P("Looked After Children Health Team"),
        P("Service areas"),
        P("Children's social care"),
        P("Scale of the innovation"),
        P("IT hack or tool"),
        P("The problem or need"),
        P("Review health assessments for children in care were often"),
        P("missed because carers forgot the appointment or it was sent"),
        P("to an old address."),
        P("What you did differently"),
        P("Carers now get a text a week before and the day before each"),
        P("review health assessment, and can reply to rebook."),
        P("Silver Linings nomination form 2026 – page 1 of 2"),
        P("The difference it made"),
        P("Review health assessments done on time rose from 61% to 88%."),
        P("Will it become permanent, and how is it being embedded?"),
        P("Yes – it is part of the booking process now."),
        P("Does it use a proprietary software or hardware product?"),
        P("No"),
        P("What would another authority need to adopt it?"),
        P("Carers' mobile numbers and a texting service."),
        P("Contact"),
        P("Fatima Noor, LAC Health Administrator, fatima.noor@slough.example.gov.uk"),
        P("Can we publish this innovation in the showcase, with your name?"),
        P("Yes"),
        P("Can we contact you about this innovation?"),
        P("Yes"),
        P("Silver Linings nomination form 2026 – page 2 of 2"),
    ],
    {
        "title": "Text reminders for review health assessments",
        "authority": "Slough",
        "organisation": "Looked After Children Health Team",
        "service_areas": ["Children's social care"],
        "scale": "IT hack or tool",
        "problem": "Review health assessments for children in care were often missed because carers forgot the appointment or it was sent to an old address.",
        "what_you_did": "Carers now get a text a week before and the day before each review health assessment, and can reply to rebook.",
        "difference": "Review health assessments done on time rose from 61% to 88%.",
        "permanence": "Yes – it is part of the booking process now.",
        "proprietary": no(),
        "adoption": "Carers' mobile numbers and a texting service.",
        "contact": contact("Fatima Noor", "LAC Health Administrator", "fatima.noor@slough.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 123: a two-column table where a long answer runs on into the rows below, the label cell left empty.
doc(
    "123-answers-running-on-in-rows",
    [
        T(
            ["Title of the innovation", "Restorative meetings after exclusions"],
            ["Authority", "Buckinghamshire"],
            ["Organisation, school, setting or team", "Inclusion and Exclusions Team"],
            ["Service areas", "Mainstream schools, Early help"],
            ["Scale of the innovation", "Service or team practice"],
            [
                "The problem or need",
                "Pupils came back from a suspension with nothing changed, and one in three was suspended again within a term.",
            ],
            [
                "What you did differently",
                "Before a pupil returns, our practitioner holds a restorative meeting with the pupil, a parent and the member of staff involved.",
            ],
            ["", "The school agrees one change it will make and the pupil agrees one change too."],
            ["", "The practitioner checks on both after four weeks."],
            [
                "The difference it made",
                "Repeat suspensions within a term fell from 34% to 15% in the 22 schools that used it.",
            ],
            [
                "Will it become permanent, and how is it being embedded?",
                "Yes – schools buy it as part of the inclusion offer.",
            ],
            ["Does it use a proprietary software or hardware product?", "No"],
            [
                "What would another authority need to adopt it?",
                "Practitioners trained in restorative practice, about three days each.",
            ],
            ["", "Schools willing to wait a day for the meeting before the pupil returns."],
            [
                "Contact",
                "Marcus Bell, Inclusion Practitioner, marcus.bell@buckinghamshire.example.gov.uk, 01296 383 000",
            ],
            ["Can we publish this innovation in the showcase, with your name?", "Yes"],
            ["Can we contact you about this innovation?", "Yes"],
        ),
    ],
    {
        "title": "Restorative meetings after exclusions",
        "authority": "Buckinghamshire",
        "organisation": "Inclusion and Exclusions Team",
        "service_areas": ["Mainstream schools", "Early help"],
        "scale": "Service or team practice",
        "problem": "Pupils came back from a suspension with nothing changed, and one in three was suspended again within a term.",
        "what_you_did": "Before a pupil returns, our practitioner holds a restorative meeting with the pupil, a parent and the member of staff involved.\n\nThe school agrees one change it will make and the pupil agrees one change too.\n\nThe practitioner checks on both after four weeks.",
        "difference": "Repeat suspensions within a term fell from 34% to 15% in the 22 schools that used it.",
        "permanence": "Yes – schools buy it as part of the inclusion offer.",
        "proprietary": no(),
        "adoption": "Practitioners trained in restorative practice, about three days each.\n\nSchools willing to wait a day for the meeting before the pupil returns.",
        "contact": contact(
            "Marcus Bell", "Inclusion Practitioner", "marcus.bell@buckinghamshire.example.gov.uk", "01296 383 000"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 124: a key-facts table at the top repeating the title, the council and the team, then the full answers.
doc(
    "124-key-facts-first",
    [
        H("Nomination: Foster carers' WhatsApp buddy groups", 1),
        B("Key facts"),
        T(
            ["Innovation", "Foster carers' WhatsApp buddy groups"],
            ["Council", "Isle of Wight"],
            ["Team", "Fostering Recruitment and Support"],
            ["Cost", "Nothing"],
        ),
        H("Title of the innovation", 2),
        P("Foster carers' WhatsApp buddy groups"),
        H("Authority", 2),
        P("Isle of Wight"),
        H("Organisation, school, setting or team", 2),
        P("Fostering Recruitment and Support"),
        H("Service areas", 2),
        P("Fostering"),
        H("Scale of the innovation", 2),
        P("Personal work habit"),
        H("The problem or need", 2),
        P(
            "New foster carers said the first months were lonely and they did not want to ring their social worker with small questions."
        ),
        H("What you did differently", 2),
        P(
            "Each new carer joins a small WhatsApp group with three experienced carers, set up by their supervising social worker."
        ),
        H("The difference it made", 2),
        P("No carer approved in the last year has resigned, against four the year before."),
        H("Will it become permanent, and how is it being embedded?", 2),
        P("It is offered to every carer at approval."),
        H("Does it use a proprietary software or hardware product?", 2),
        P("Yes – WhatsApp"),
        H("What would another authority need to adopt it?", 2),
        P("Experienced carers willing to be buddies."),
        H("Contact", 2),
        P("Leanne Cooper, Supervising Social Worker, leanne.cooper@iow.example.gov.uk"),
        H("Can we publish this innovation in the showcase, with your name?", 2),
        P("Yes"),
        H("Can we contact you about this innovation?", 2),
        P("No"),
    ],
    {
        "title": "Foster carers' WhatsApp buddy groups",
        "authority": "Isle of Wight",
        "organisation": "Fostering Recruitment and Support",
        "service_areas": ["Fostering"],
        "scale": "Personal work habit",
        "problem": "New foster carers said the first months were lonely and they did not want to ring their social worker with small questions.",
        "what_you_did": "Each new carer joins a small WhatsApp group with three experienced carers, set up by their supervising social worker.",
        "difference": "No carer approved in the last year has resigned, against four the year before.",
        "permanence": "It is offered to every carer at approval.",
        "proprietary": yes("WhatsApp"),
        "adoption": "Experienced carers willing to be buddies.",
        "contact": contact("Leanne Cooper", "Supervising Social Worker", "leanne.cooper@iow.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": no(),
    },
    unplaced=["Nothing"],
)
