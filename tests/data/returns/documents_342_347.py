# ruff: noqa: E501 - the documents' text is kept as written, one paragraph a line
"""Returned documents 342–347, written with 348–353 and read once with them (bench/README.md).

Shapes not in documents 1–329: a three-column table with the call's guidance in the middle column; a four-column
layout with two questions and their answers on each row; the questions as a numbered list, each answer an
indented paragraph starting "Answer:"; sections A to C with lettered sub-questions; every answer typed in one table
cell with line breaks; and the headings typed in capitals and underlined in the Normal style. The guidance column
(italic in document 15) and the four columns (document 80) were in the set already, found after the reading.
See build.py.
"""

from tests.data.returns.build import ST, B, N, P, T, U, contact, no, yes
from tests.data.returns.documents import doc
from tests.data.returns.documents_150_155 import Q

# 342: "Question | Guidance | Your answer": the call's guidance in the middle column, the answer on the right.
doc(
    "342-guidance-in-the-middle-column",
    [
        B("Silver Linings nomination form 2026"),
        T(
            ["Question", "Guidance", "Your answer"],
            [Q["title"], "A short name we can use in the showcase.", "Grandparents' support circle"],
            [Q["authority"], "The council the work belongs to.", "Cumbria"],
            [Q["organisation"], "The team, school or setting that runs it.", "Kinship Care Team"],
            [Q["service_areas"], "Choose all that apply.", "Children's social care, Early help"],
            [
                Q["scale"],
                "Individual practice, service or team practice, or authority-wide.",
                "Service or team practice",
            ],
            [
                Q["problem"],
                "What was not working? 150 words at most.",
                "Grandparents raising grandchildren told us they felt alone and did not know what help they could ask for.",
            ],
            [
                Q["what_you_did"],
                "Describe what changed.",
                "A monthly circle in three market towns, run by two kinship carers with a social worker on hand, with a crèche.",
            ],
            [
                Q["difference"],
                "Figures if you have them.",
                "Forty grandparents come; requests for crisis help from kinship families fell by a third.",
            ],
            [Q["permanence"], "Is it funded after this year?", "The circle is in the kinship offer funded to 2028."],
            [Q["proprietary"], "Name the product if yes.", "No"],
            [
                Q["adoption"],
                "Staff, money, anything else.",
                "Two paid carer facilitators and rooms with space for a crèche.",
            ],
            [
                Q["contact"],
                "Name, job title, email, telephone.",
                "Dawn Pearce, Kinship Practice Lead, dawn.pearce@cumbria.example.gov.uk, 01228 606060",
            ],
            [Q["consent_publish"], "Yes or no.", "Yes"],
            [Q["consent_contact"], "Yes or no.", "Yes"],
        ),
    ],
    {
        "title": "Grandparents' support circle",
        "authority": "Cumbria",
        "organisation": "Kinship Care Team",
        "service_areas": ["Children's social care", "Early help"],
        "scale": "Service or team practice",
        "problem": "Grandparents raising grandchildren told us they felt alone and did not know what help they could ask for.",
        "what_you_did": "A monthly circle in three market towns, run by two kinship carers with a social worker on hand, with a crèche.",
        "difference": "Forty grandparents come; requests for crisis help from kinship families fell by a third.",
        "permanence": "The circle is in the kinship offer funded to 2028.",
        "proprietary": no(),
        "adoption": "Two paid carer facilitators and rooms with space for a crèche.",
        "contact": contact(
            "Dawn Pearce", "Kinship Practice Lead", "dawn.pearce@cumbria.example.gov.uk", "01228 606060"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 343: the short questions laid out two to a row, "Authority | Kent | Team | Virtual School", the long ones after.
doc(
    "343-two-questions-on-each-row",
    [
        B("Nomination – Silver Linings"),
        T(
            ["Title", "Reading buddies for children in care", "Authority", "Kent"],
            ["Team", "Virtual School", "Service areas", "Children's social care, Mainstream schools"],
            ["Scale", "Whole-system change", "Proprietary product?", "No"],
            ["Publish?", "Yes", "Contact you?", "Yes"],
        ),
        B("The problem or need"),
        P("Children in care in primary school were a year behind their classmates in reading by Year 6."),
        B("What you did differently"),
        P(
            "Volunteers from local businesses read with a child in care twice a week in school, trained and matched by the Virtual School."
        ),
        B("The difference it made"),
        P("Reading ages rose by fourteen months on average over the school year."),
        B("Will it become permanent?"),
        P("The businesses have signed up for three more years."),
        B("What would another authority need?"),
        P("A coordinator for the volunteers and schools willing to host them."),
        B("Contact"),
        P("Hannah Moss, Virtual School Headteacher, hannah.moss@kent.example.gov.uk"),
    ],
    {
        "title": "Reading buddies for children in care",
        "authority": "Kent",
        "organisation": "Virtual School",
        "service_areas": ["Children's social care", "Mainstream schools"],
        "scale": "Whole-system change",
        "problem": "Children in care in primary school were a year behind their classmates in reading by Year 6.",
        "what_you_did": "Volunteers from local businesses read with a child in care twice a week in school, trained and matched by the Virtual School.",
        "difference": "Reading ages rose by fourteen months on average over the school year.",
        "permanence": "The businesses have signed up for three more years.",
        "proprietary": no(),
        "adoption": "A coordinator for the volunteers and schools willing to host them.",
        "contact": contact("Hannah Moss", "Virtual School Headteacher", "hannah.moss@kent.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 344: the questions as Word's numbered list, each answer an indented paragraph starting "Answer:".
ANSWER = "Body Text Indent"
doc(
    "344-numbered-questions-answer-paragraphs",
    [
        P("Please answer each question below."),
        *(
            block
            for key, answer in [
                ("title", "Text reminders for health assessments"),
                ("authority", "Derby"),
                ("organisation", "Children in Care Health Team"),
                ("service_areas", "Children's social care"),
                ("scale", "Service or team practice"),
                ("problem", "A quarter of review health assessments were missed because young people forgot."),
                (
                    "what_you_did",
                    "Young people get a text a week before and on the morning, from the nurse they know, with a link to move the time.",
                ),
                ("difference", "Missed assessments fell from 25% to 6%."),
                ("permanence", "The texts are sent by the team's booking system now."),
                ("proprietary", "Yes – the texts go through Accurx, which the NHS trust already uses"),
                ("adoption", "A texting service and nurses' mobile numbers that young people can reply to."),
                (
                    "contact",
                    "Lucy Chan, Named Nurse for Children in Care, lucy.chan@derby.example.nhs.uk, 01332 200 300",
                ),
                ("consent_publish", "Yes"),
                ("consent_contact", "Yes"),
            ]
            for block in (N(Q[key]), ST(ANSWER, "Answer: " + answer))
        ),
    ],
    {
        "title": "Text reminders for health assessments",
        "authority": "Derby",
        "organisation": "Children in Care Health Team",
        "service_areas": ["Children's social care"],
        "scale": "Service or team practice",
        "problem": "A quarter of review health assessments were missed because young people forgot.",
        "what_you_did": "Young people get a text a week before and on the morning, from the nurse they know, with a link to move the time.",
        "difference": "Missed assessments fell from 25% to 6%.",
        "permanence": "The texts are sent by the team's booking system now.",
        "proprietary": yes("the texts go through Accurx, which the NHS trust already uses"),
        "adoption": "A texting service and nurses' mobile numbers that young people can reply to.",
        "contact": contact(
            "Lucy Chan", "Named Nurse for Children in Care", "lucy.chan@derby.example.nhs.uk", "01332 200 300"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 345: "Section A/B/C", each with lettered sub-questions "(a)", "(b)" in bold, the answers under them.
doc(
    "345-sections-with-lettered-questions",
    [
        B("SECTION A – ABOUT THE INNOVATION"),
        B("(a) " + Q["title"]),
        P("Family time in the community"),
        B("(b) " + Q["authority"]),
        P("Leeds"),
        B("(c) " + Q["organisation"]),
        P("Family Time Service"),
        B("(d) " + Q["service_areas"]),
        P("Children's social care, Fostering"),
        B("(e) " + Q["scale"]),
        P("Service or team practice"),
        B("SECTION B – WHAT YOU DID"),
        B("(a) " + Q["problem"]),
        P(
            "Contact between children in care and their parents happened in a contact centre that children described as like a waiting room."
        ),
        B("(b) " + Q["what_you_did"]),
        P("Family time moved to parks, cafés and leisure centres, with the same supervisor, planned with the child."),
        B("(c) " + Q["difference"]),
        P("Children's own ratings of family time went from 2 to 4 out of 5, and fewer sessions were cancelled."),
        B("(d) " + Q["permanence"]),
        P("The contact centre lease ends next year and will not be renewed."),
        B("(e) " + Q["proprietary"]),
        P("No"),
        B("(f) " + Q["adoption"]),
        P("Supervisors trained to manage risk outside a building, and a budget for entry fees."),
        B("SECTION C – CONTACT AND CONSENT"),
        B("(a) " + Q["contact"]),
        P("Sam Okafor, Family Time Manager, sam.okafor@leeds.example.gov.uk"),
        B("(b) " + Q["consent_publish"]),
        P("Yes"),
        B("(c) " + Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Family time in the community",
        "authority": "Leeds",
        "organisation": "Family Time Service",
        "service_areas": ["Children's social care", "Fostering"],
        "scale": "Service or team practice",
        "problem": "Contact between children in care and their parents happened in a contact centre that children described as like a waiting room.",
        "what_you_did": "Family time moved to parks, cafés and leisure centres, with the same supervisor, planned with the child.",
        "difference": "Children's own ratings of family time went from 2 to 4 out of 5, and fewer sessions were cancelled.",
        "permanence": "The contact centre lease ends next year and will not be renewed.",
        "proprietary": no(),
        "adoption": "Supervisors trained to manage risk outside a building, and a budget for entry fees.",
        "contact": contact("Sam Okafor", "Family Time Manager", "sam.okafor@leeds.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 346: the whole form answered in one table cell, each answer after its question's short label, parted by line breaks.
doc(
    "346-all-answers-in-one-cell",
    [
        B("Silver Linings – nomination"),
        T(
            ["Your nomination (please type below)"],
            [
                "Title: Youth workers in A&E\n"
                "Authority: Nottingham\n"
                "Organisation: Targeted Youth Support\n"
                "Service areas: Youth justice, Children's social care\n"
                "Scale: Service or team practice\n"
                "Problem: Young people attending A&E after violence were discharged with no follow-up.\n"
                "What we did: A youth worker is based in the emergency department on Friday and Saturday nights and meets every young person admitted after violence.\n"
                "Difference: Two thirds take up support within a week; repeat attendances fell by 40%.\n"
                "Permanent: The hospital trust now pays half of the posts.\n"
                "Proprietary product: No\n"
                "Adoption: A hospital willing to host youth workers and a shared referral route.\n"
                "Contact: Marcus Bell, Targeted Youth Support Manager, marcus.bell@nottingham.example.gov.uk\n"
                "Publish: Yes\n"
                "OK to contact: Yes"
            ],
        ),
    ],
    {
        "title": "Youth workers in A&E",
        "authority": "Nottingham",
        "organisation": "Targeted Youth Support",
        "service_areas": ["Youth justice", "Children's social care"],
        "scale": "Service or team practice",
        "problem": "Young people attending A&E after violence were discharged with no follow-up.",
        "what_you_did": "A youth worker is based in the emergency department on Friday and Saturday nights and meets every young person admitted after violence.",
        "difference": "Two thirds take up support within a week; repeat attendances fell by 40%.",
        "permanence": "The hospital trust now pays half of the posts.",
        "proprietary": no(),
        "adoption": "A hospital willing to host youth workers and a shared referral route.",
        "contact": contact("Marcus Bell", "Targeted Youth Support Manager", "marcus.bell@nottingham.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 347: the headings typed in capitals and underlined, in the Normal style (no Word heading, no bold).
doc(
    "347-capitals-underlined-headings",
    [
        U("TITLE OF THE INNOVATION"),
        P("Peer mentors for care leavers at college"),
        U("AUTHORITY"),
        P("Stockport"),
        U("ORGANISATION, SCHOOL, SETTING OR TEAM"),
        P("Leaving Care Service"),
        U("SERVICE AREAS"),
        P("Care leavers"),
        U("SCALE OF THE INNOVATION"),
        P("Service or team practice"),
        U("THE PROBLEM OR NEED"),
        P("Care leavers dropped out of college in their first term at twice the rate of other students."),
        U("WHAT YOU DID DIFFERENTLY"),
        P(
            "Second-year students who had been in care mentor first-years from enrolment to Christmas, paid as student ambassadors."
        ),
        U("THE DIFFERENCE IT MADE"),
        P("First-term drop-out of care leavers fell from 22% to 9%."),
        U("WILL IT BECOME PERMANENT, AND HOW IS IT BEING EMBEDDED?"),
        P("The college pays the mentors from its bursary fund."),
        U("DOES IT USE A PROPRIETARY SOFTWARE OR HARDWARE PRODUCT?"),
        P("No"),
        U("WHAT WOULD ANOTHER AUTHORITY NEED TO ADOPT IT?"),
        P("A college partner and a personal adviser to support the mentors."),
        U("CONTACT"),
        P("Kerry Lowe, Personal Adviser Team Leader, kerry.lowe@stockport.example.gov.uk"),
        U("CAN WE PUBLISH THIS INNOVATION IN THE SHOWCASE, WITH YOUR NAME?"),
        P("Yes"),
        U("CAN WE CONTACT YOU ABOUT THIS INNOVATION?"),
        P("Yes"),
    ],
    {
        "title": "Peer mentors for care leavers at college",
        "authority": "Stockport",
        "organisation": "Leaving Care Service",
        "service_areas": ["Care leavers"],
        "scale": "Service or team practice",
        "problem": "Care leavers dropped out of college in their first term at twice the rate of other students.",
        "what_you_did": "Second-year students who had been in care mentor first-years from enrolment to Christmas, paid as student ambassadors.",
        "difference": "First-term drop-out of care leavers fell from 22% to 9%.",
        "permanence": "The college pays the mentors from its bursary fund.",
        "proprietary": no(),
        "adoption": "A college partner and a personal adviser to support the mentors.",
        "contact": contact("Kerry Lowe", "Personal Adviser Team Leader", "kerry.lowe@stockport.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)
