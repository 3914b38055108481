# ruff: noqa: E501 - the documents' text is kept as written, one paragraph a line
"""Returned documents 234–239, written with 240–245 and read once with them (bench/README.md).

Shapes not in documents 1–233: the whole return as an email pasted into Word, "Label: answer" lines in its
body and the contact only in the signature, under "Sent from my iPhone" and a confidentiality notice; a
colleague's tracked changes that move a sentence from one answer to another (Word's "moved from" text is
ordinary text, not deleted text) and replace a consent; an answer that is only a footnote reference, the
note holding the contact; headings that are only "Q1" to "Q14"; the whole form typed with caps lock on,
headings and answers alike, with no bold; a copy of the call's web page with soft hyphens, zero-width
spaces and non-breaking spaces inside headings and answers. See build.py.
"""

from tests.data.returns.build import FN, TC, B, H, P, contact, no, yes
from tests.data.returns.documents import doc
from tests.data.returns.documents_150_155 import Q

# 234: a team manager answers from her phone in the body of an email; a colleague pastes the email into Word.
doc(
    "234-email-pasted-into-word",
    [
        P("From: Adeyemi, Femi\nSent: 12 March 2026 21:47\nTo: Priya Shah\nSubject: Silver Linings nomination"),
        P("Hi Priya,"),
        P("Please see below our nomination for Silver Linings – sorry it's a day late!"),
        P("Title: Walking buses to school for children in care"),
        P("Council: Milton Keynes"),
        P("Team: Virtual School"),
        P("Areas: Children's social care, Mainstream schools"),
        P("Scale: service/team practice"),
        P(
            "What was the problem: Children in care who moved placement were often late or missing from school because taxis fell through."
        ),
        P(
            "What we did: Foster carers on the same estates take turns to walk the children to school together, with a rota the Virtual School keeps."
        ),
        P("Difference it made: Lateness for the 23 children on the rota fell from 14% of mornings to 3%."),
        P(
            "Is it permanent: The rota is now part of the carers' handbook and the Virtual School funds the coordinator."
        ),
        P("Any proprietary software: No"),
        P("What would another LA need: Carers living close together and someone to keep the rota."),
        P("Happy for you to publish it and to contact me about it."),
        P("Kind regards"),
        P(
            "Femi Adeyemi\nEducation Support Officer | Virtual School\nMilton Keynes City Council\nM: 07700 900456 | E: femi.adeyemi@milton-keynes.example.gov.uk"
        ),
        P("Sent from my iPhone"),
        P(
            "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Milton Keynes City Council may monitor emails."
        ),
    ],
    {
        "title": "Walking buses to school for children in care",
        "authority": "Milton Keynes",
        "organisation": "Virtual School",
        "service_areas": ["Children's social care", "Mainstream schools"],
        "scale": "Service or team practice",
        "problem": "Children in care who moved placement were often late or missing from school because taxis fell through.",
        "what_you_did": "Foster carers on the same estates take turns to walk the children to school together, with a rota the Virtual School keeps.",
        "difference": "Lateness for the 23 children on the rota fell from 14% of mornings to 3%.",
        "permanence": "The rota is now part of the carers' handbook and the Virtual School funds the coordinator.",
        "proprietary": no(),
        "adoption": "Carers living close together and someone to keep the rota.",
        "contact": contact(
            "Femi Adeyemi",
            "Education Support Officer, Virtual School, Milton Keynes City Council",  # the set's rule: the employer is part of the role
            "femi.adeyemi@milton-keynes.example.gov.uk",
            "07700 900456",
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 235: a service manager reviews the draft with Track Changes on: she moves a sentence from "what you did" to
# "the difference it made", rewrites the title and changes a consent. Moved-from text is not read.
doc(
    "235-tracked-changes-with-moves",
    [
        H(Q["title"]),
        TC(("-", "Family time in the library"), ("+", "Family time moved from the contact centre to the library")),
        H(Q["authority"]),
        P("Reading"),
        H(Q["organisation"]),
        P("Children in Care Team"),
        H(Q["service_areas"]),
        P("Children's social care, Fostering"),
        H(Q["scale"]),
        P("Service or team practice"),
        H(Q["problem"]),
        P("Children met their parents in a contact centre that felt like an office, and many sessions were cancelled."),
        H(Q["what_you_did"]),
        TC(
            "Supervised family time now happens in a quiet room of the central library on Saturday mornings.",
            ("<", " Cancellations fell from one in four sessions to one in ten."),
        ),
        H(Q["difference"]),
        TC(
            (">", "Cancellations fell from one in four sessions to one in ten. "),
            "Children and parents said in reviews that it felt like a normal day out.",
        ),
        H(Q["permanence"]),
        P("The library room is booked for the year and family time workers are trained to use it."),
        H(Q["proprietary"]),
        P("No"),
        H(Q["adoption"]),
        P("A library willing to lend a room on Saturdays."),
        H(Q["contact"]),
        P("Lisa Marren, Family Time Coordinator, lisa.marren@reading.example.gov.uk"),
        H(Q["consent_publish"]),
        TC(("-", "Yes"), ("+", "No – not until the library has agreed")),
        H(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Family time moved from the contact centre to the library",
        "authority": "Reading",
        "organisation": "Children in Care Team",
        "service_areas": ["Children's social care", "Fostering"],
        "scale": "Service or team practice",
        "problem": "Children met their parents in a contact centre that felt like an office, and many sessions were cancelled.",
        "what_you_did": "Supervised family time now happens in a quiet room of the central library on Saturday mornings.",
        "difference": "Cancellations fell from one in four sessions to one in ten. Children and parents said in reviews that it felt like a normal day out.",
        "permanence": "The library room is booked for the year and family time workers are trained to use it.",
        "proprietary": no(),
        "adoption": "A library willing to lend a room on Saturdays.",
        "contact": contact("Lisa Marren", "Family Time Coordinator", "lisa.marren@reading.example.gov.uk"),
        "consent_publish": no("not until the library has agreed"),
        "consent_contact": yes(),
    },
)

# 236: an educational psychologist writes as for a journal: sources in footnotes, and the contact given only in
# a footnote (the paragraph under "Contact" holds nothing but the note's number).
doc(
    "236-contact-only-in-a-footnote",
    [
        B(Q["title"]),
        P("Emotion coaching for lunchtime supervisors"),
        B(Q["authority"]),
        P("Oxfordshire"),
        B(Q["organisation"]),
        P("Educational Psychology Service"),
        B(Q["service_areas"]),
        P("Mainstream schools"),
        B(Q["scale"]),
        P("Service or team practice"),
        B(Q["problem"]),
        FN(
            "Most exclusions in our primary schools followed an incident at lunchtime, when the staff on duty had no training in calming a child.",
            "Oxfordshire exclusions data, 2023/24.",
        ),
        B(Q["what_you_did"]),
        P(
            "Educational psychologists trained the lunchtime supervisors of 18 primary schools in emotion coaching, in two twilight sessions and a follow-up visit."
        ),
        B(Q["difference"]),
        FN(
            "Lunchtime incidents logged in the 18 schools fell by 38% in the following two terms.",
            "School behaviour logs, autumn 2024 and spring 2025, compared with the same terms a year before.",
        ),
        B(Q["permanence"]),
        P("Emotion coaching is now part of the service's traded offer to schools."),
        B(Q["proprietary"]),
        P("No"),
        B(Q["adoption"]),
        P("Two psychologists' time for a term and head teachers willing to release supervisors."),
        B(Q["contact"]),
        FN("", "Dr Helen Cho, Senior Educational Psychologist, helen.cho@oxfordshire.example.gov.uk"),
        B(Q["consent_publish"]),
        P("Yes"),
        B(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Emotion coaching for lunchtime supervisors",
        "authority": "Oxfordshire",
        "organisation": "Educational Psychology Service",
        "service_areas": ["Mainstream schools"],
        "scale": "Service or team practice",
        "problem": "Most exclusions in our primary schools followed an incident at lunchtime, when the staff on duty had no training in calming a child.",
        "what_you_did": "Educational psychologists trained the lunchtime supervisors of 18 primary schools in emotion coaching, in two twilight sessions and a follow-up visit.",
        "difference": "Lunchtime incidents logged in the 18 schools fell by 38% in the following two terms.",
        "permanence": "Emotion coaching is now part of the service's traded offer to schools.",
        "proprietary": no(),
        "adoption": "Two psychologists' time for a term and head teachers willing to release supervisors.",
        "contact": contact("Dr Helen Cho", "Senior Educational Psychologist", "helen.cho@oxfordshire.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 237: the writer had the call's guidance open beside her and typed only the question numbers, "Q1" to "Q14",
# each as a bold line with the answer under it.
doc(
    "237-headings-only-question-numbers",
    [
        P("Silver Linings nomination – answers by question number"),
        B("Q1"),
        P("Text a social worker"),
        B("Q2"),
        P("Southampton"),
        B("Q3"),
        P("Care Leavers Service"),
        B("Q4"),
        P("Care leavers"),
        B("Q5"),
        P("IT hack or tool"),
        B("Q6"),
        P(
            "Care leavers did not answer calls from withheld numbers, so personal advisers could go weeks without reaching them."
        ),
        B("Q7"),
        P("Each personal adviser has a work mobile number young people can text, and replies within a working day."),
        B("Q8"),
        P("Contact with care leavers each month rose from 64% to 91%."),
        B("Q9"),
        P("The numbers are in the service's pathway plan template and the phones are budgeted."),
        B("Q10"),
        P("No"),
        B("Q11"),
        P("Work mobiles for each adviser and an agreement on reply times."),
        B("Q12"),
        P("Dean Carter, Personal Adviser Team Manager, dean.carter@southampton.example.gov.uk, 023 8000 4411"),
        B("Q13"),
        P("Yes"),
        B("Q14"),
        P("Yes"),
    ],
    {
        "title": "Text a social worker",
        "authority": "Southampton",
        "organisation": "Care Leavers Service",
        "service_areas": ["Care leavers"],
        "scale": "IT hack or tool",
        "problem": "Care leavers did not answer calls from withheld numbers, so personal advisers could go weeks without reaching them.",
        "what_you_did": "Each personal adviser has a work mobile number young people can text, and replies within a working day.",
        "difference": "Contact with care leavers each month rose from 64% to 91%.",
        "permanence": "The numbers are in the service's pathway plan template and the phones are budgeted.",
        "proprietary": no(),
        "adoption": "Work mobiles for each adviser and an agreement on reply times.",
        "contact": contact(
            "Dean Carter", "Personal Adviser Team Manager", "dean.carter@southampton.example.gov.uk", "023 8000 4411"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 238: typed with caps lock on throughout: the questions and the answers alike, all plain paragraphs, no bold.
doc(
    "238-everything-in-capitals",
    [
        P("SILVER LININGS NOMINATION"),
        P("TITLE OF THE INNOVATION"),
        P("STAYING CLOSE FOR CARE LEAVERS"),
        P("AUTHORITY"),
        P("SURREY"),
        P("ORGANISATION, SCHOOL, SETTING OR TEAM"),
        P("CARE LEAVERS SERVICE"),
        P("SERVICE AREAS"),
        P("CARE LEAVERS, CHILDREN'S SOCIAL CARE"),
        P("SCALE OF THE INNOVATION"),
        P("SERVICE OR TEAM PRACTICE"),
        P("THE PROBLEM OR NEED"),
        P("YOUNG PEOPLE LEAVING RESIDENTIAL CARE LOST TOUCH WITH THE STAFF WHO KNEW THEM BEST."),
        P("WHAT YOU DID DIFFERENTLY"),
        P("KEY WORKERS FROM THE CHILDREN'S HOMES KEEP IN TOUCH FOR TWO YEARS AFTER A YOUNG PERSON MOVES ON."),
        P("THE DIFFERENCE IT MADE"),
        P("NONE OF THE 15 YOUNG PEOPLE IN THE FIRST YEAR BECAME HOMELESS."),
        P("WILL IT BECOME PERMANENT, AND HOW IS IT BEING EMBEDDED?"),
        P("IT IS IN THE KEY WORKERS' JOB DESCRIPTIONS FROM APRIL."),
        P("DOES IT USE A PROPRIETARY SOFTWARE OR HARDWARE PRODUCT?"),
        P("NO"),
        P("WHAT WOULD ANOTHER AUTHORITY NEED TO ADOPT IT?"),
        P("TIME IN KEY WORKERS' ROTAS AND A TRAVEL BUDGET."),
        P("CONTACT"),
        P("RUTH OKAFOR, HEAD OF CARE LEAVERS SERVICE, ruth.okafor@surreycc.example.gov.uk"),
        P("CAN WE PUBLISH THIS INNOVATION IN THE SHOWCASE, WITH YOUR NAME?"),
        P("YES"),
        P("CAN WE CONTACT YOU ABOUT THIS INNOVATION?"),
        P("YES"),
    ],
    {
        "title": "STAYING CLOSE FOR CARE LEAVERS",
        "authority": "Surrey",
        "organisation": "CARE LEAVERS SERVICE",
        "service_areas": ["Care leavers", "Children's social care"],
        "scale": "Service or team practice",
        "problem": "YOUNG PEOPLE LEAVING RESIDENTIAL CARE LOST TOUCH WITH THE STAFF WHO KNEW THEM BEST.",
        "what_you_did": "KEY WORKERS FROM THE CHILDREN'S HOMES KEEP IN TOUCH FOR TWO YEARS AFTER A YOUNG PERSON MOVES ON.",
        "difference": "NONE OF THE 15 YOUNG PEOPLE IN THE FIRST YEAR BECAME HOMELESS.",
        "permanence": "IT IS IN THE KEY WORKERS' JOB DESCRIPTIONS FROM APRIL.",
        "proprietary": no(),
        "adoption": "TIME IN KEY WORKERS' ROTAS AND A TRAVEL BUDGET.",
        "contact": contact("RUTH OKAFOR", "HEAD OF CARE LEAVERS SERVICE", "ruth.okafor@surreycc.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 239: the questions copied from the call's web page (soft hyphens, zero-width spaces and non-breaking spaces
# came with them) and the answers pasted from the team's intranet page, which has the same marks.
doc(
    "239-web-copy-invisible-characters",
    [
        H("Title of the inno\u00advation\u200b", 3),
        P("\u201cBook\u200b\u00a0Start\u201d bags for babies in refuges"),
        H("Author\u00adity", 3),
        P("Bracknell\u00a0Forest"),
        H("Organisation,\u00a0school, setting or\u200b team", 3),
        P("Early\u00a0Help Hub"),
        H("Service\u200b areas", 3),
        P("Early\u00a0years, Early\u00a0help"),
        H("Scale of the inno\u00advation", 3),
        P("Service or team\u00a0practice"),
        H("The\u00a0problem or need", 3),
        P(
            "Mothers arriving in a refuge with a baby had nothing with them: no books, no toys, and no link to their new children\u2019s centre."
        ),
        H("What you did dif\u00adfer\u00adently", 3),
        P(
            "Every baby arriving in a refuge gets a bag with two books, a toy and a children\u2019s centre invitation, brought by a family support worker with\u00adin a week."
        ),
        H("The difference it\u00a0made", 3),
        P("Thirty-one of 40 mothers came to a children\u2019s centre session within a month."),
        H("Will it become permanent, and how is it being em\u00adbedded?", 3),
        P("The bags are in the Early Help Hub\u2019s budget for next year."),
        H("Does it use a proprietary software or hardware\u00a0product?", 3),
        P("No"),
        H("What would another authority need to adopt it?\u200b", 3),
        P("A donation from the library service and a family support worker\u2019s time."),
        H("Contact", 3),
        P("Nkechi Obi, Family Support Worker, nkechi.obi@\u200bbracknell-forest.example.gov.uk"),
        H("Can we publish this innovation in the show\u00adcase, with your\u00a0name?", 3),
        P("Yes"),
        H("Can we contact you about this innovation?", 3),
        P("Yes\u200b"),
    ],
    {
        "title": "\u201cBook Start\u201d bags for babies in refuges",
        "authority": "Bracknell Forest",
        "organisation": "Early Help Hub",
        "service_areas": ["Early years", "Early help"],
        "scale": "Service or team practice",
        "problem": "Mothers arriving in a refuge with a baby had nothing with them: no books, no toys, and no link to their new children\u2019s centre.",
        "what_you_did": "Every baby arriving in a refuge gets a bag with two books, a toy and a children\u2019s centre invitation, brought by a family support worker within a week.",
        "difference": "Thirty-one of 40 mothers came to a children\u2019s centre session within a month.",
        "permanence": "The bags are in the Early Help Hub\u2019s budget for next year.",
        "proprietary": no(),
        "adoption": "A donation from the library service and a family support worker\u2019s time.",
        "contact": contact("Nkechi Obi", "Family Support Worker", "nkechi.obi@bracknell-forest.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)
