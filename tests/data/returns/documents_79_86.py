# ruff: noqa: E501 - the documents' text is kept as written, one paragraph a line
"""Returned documents 79–86, written after the checks of confidence were added and read once by the
reader with them (bench/README.md has that reading).

Shapes not in documents 1–78: a table of contents listing every heading before the answers, two
questions and their answers side by side in each row of a four-column table, an interview written up
as a transcript, answers given by question number only, a contact with a direct line and a
switchboard, section titles as rows across a two-column table with answers typed in the heading cell,
answers run on after our question and its guidance in one paragraph, a letter that gives the first
answers in prose and uses headings only for the rest. See build.py.
"""

from tests.data.returns.build import BP, B, H, L, N, P, T, contact, no, yes
from tests.data.returns.documents import doc

# 79: a long document with a table of contents (every heading listed, nothing under them) before the answers.
doc(
    "79-table-of-contents",
    [
        H("Silver Linings nomination – Family Group Conferencing at the front door", 1),
        B("Contents"),
        P(
            "1. Title of the innovation\n2. Authority\n3. Organisation\n4. Service areas\n5. Scale\n6. The problem or need\n7. What we did differently\n8. The difference it made\n9. Making it permanent\n10. Proprietary products\n11. What another authority would need\n12. Contact\n13. Consent"
        ),
        H("1. Title of the innovation", 2),
        P("Family group conferences offered at the first contact"),
        H("2. Authority", 2),
        P("Hampshire"),
        H("3. Organisation", 2),
        P("Children's Services – Family Group Conference Service"),
        H("4. Service areas", 2),
        P("Early help, Children's social care"),
        H("5. Scale", 2),
        P("Whole-system change"),
        H("6. The problem or need", 2),
        P("Families only met a conference coordinator once a child protection plan was already in place."),
        H("7. What we did differently", 2),
        P("Coordinators now sit with the front door team and offer a conference at the first contact."),
        H("8. The difference it made", 2),
        P("Referrals going on to a child protection plan fell by a fifth in the first year."),
        H("9. Making it permanent", 2),
        P("The coordinators' posts moved into the base budget from April."),
        H("10. Proprietary products", 2),
        P("No"),
        H("11. What another authority would need", 2),
        P("Two coordinators and a front door willing to share a desk."),
        H("12. Contact", 2),
        P("Rachel Dunn\nFGC Service Manager\nrachel.dunn@hants.example.gov.uk\n01962 846 000"),
        H("13. Consent", 2),
        P("Happy for it to be published: yes\nHappy to be contacted: yes"),
    ],
    {
        "title": "Family group conferences offered at the first contact",
        "authority": "Hampshire",
        "organisation": "Children's Services – Family Group Conference Service",
        "service_areas": ["Early help", "Children's social care"],
        "scale": "Whole-system change",
        "problem": "Families only met a conference coordinator once a child protection plan was already in place.",
        "what_you_did": "Coordinators now sit with the front door team and offer a conference at the first contact.",
        "difference": "Referrals going on to a child protection plan fell by a fifth in the first year.",
        "permanence": "The coordinators' posts moved into the base budget from April.",
        "proprietary": no(),
        "adoption": "Two coordinators and a front door willing to share a desk.",
        "contact": contact("Rachel Dunn", "FGC Service Manager", "rachel.dunn@hants.example.gov.uk", "01962 846 000"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 80: a four-column table, two questions and their answers side by side in each row.
doc(
    "80-two-questions-a-row",
    [
        B("Silver Linings 2026 – nomination"),
        T(
            ["Title", "Homework club on the ward", "Authority", "Southampton"],
            ["Team", "Hospital Education Service", "Service areas", "SEND, Mainstream schools"],
            ["Scale", "Service or team practice", "Proprietary product?", "No"],
            ["Publish?", "Yes", "Contact you?", "Yes"],
        ),
        B("The problem or need"),
        P("Children in hospital for more than a fortnight fell behind and some never went back to school."),
        B("What you did differently"),
        P("Teachers run an after-school homework club on the children's ward, linked to each child's own school."),
        B("The difference it made"),
        P("Every child on a long stay kept their place in school; two sat their GCSEs on the ward."),
        B("Will it become permanent?"),
        P("Yes – the hospital trust now pays for the room and the Wi-Fi."),
        B("What would another authority need?"),
        P("A hospital school and a ward manager who says yes."),
        B("Contact"),
        P("Ben Carter – Head of Hospital Education – ben.carter@southampton.example.gov.uk – 023 8083 3000"),
    ],
    {
        "title": "Homework club on the ward",
        "authority": "Southampton",
        "organisation": "Hospital Education Service",
        "service_areas": ["SEND", "Mainstream schools"],
        "scale": "Service or team practice",
        "problem": "Children in hospital for more than a fortnight fell behind and some never went back to school.",
        "what_you_did": "Teachers run an after-school homework club on the children's ward, linked to each child's own school.",
        "difference": "Every child on a long stay kept their place in school; two sat their GCSEs on the ward.",
        "permanence": "Yes – the hospital trust now pays for the room and the Wi-Fi.",
        "proprietary": no(),
        "adoption": "A hospital school and a ward manager who says yes.",
        "contact": contact(
            "Ben Carter", "Head of Hospital Education", "ben.carter@southampton.example.gov.uk", "023 8083 3000"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 81: a communications officer's write-up of an interview, as a transcript with the speakers' names.
doc(
    "81-interview-transcript",
    [
        H("Silver Linings – nomination from an interview", 1),
        P("Notes from a call with Priya Nair, 14 November. Priya's answers as she gave them."),
        BP("Interviewer: ", "What is the innovation called?"),
        BP("Priya: ", "Walk and talk supervision"),
        BP("Interviewer: ", "Which authority?"),
        BP("Priya: ", "Medway."),
        BP("Interviewer: ", "Which service areas does it cover?"),
        BP("Priya: ", "Fostering, mostly."),
        BP("Interviewer: ", "What was the problem?"),
        BP("Priya: ", "Supervision in the office felt like an inspection, and carers didn't open up."),
        BP("Interviewer: ", "And what did you do differently?"),
        BP("Priya: ", "We hold supervision on a walk round the park, side by side instead of across a desk."),
        BP("Interviewer: ", "What difference has it made?"),
        BP("Priya: ", "Carers raise worries earlier; two placements that were wobbling held."),
        BP("Interviewer: ", "Can we publish it and contact you?"),
        BP("Priya: ", "Yes to both."),
        P("Priya Nair, Supervising Social Worker, Medway Fostering – priya.nair@medway.example.gov.uk"),
    ],
    {
        "title": "Walk and talk supervision",
        "authority": "Medway",
        "service_areas": ["Fostering"],
        "problem": "Supervision in the office felt like an inspection, and carers didn't open up.",
        "what_you_did": "We hold supervision on a walk round the park, side by side instead of across a desk.",
        "difference": "Carers raise worries earlier; two placements that were wobbling held.",
        "contact": contact(
            "Priya Nair", "Supervising Social Worker, Medway Fostering", "priya.nair@medway.example.gov.uk"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 82: answers by question number only, in the form's order, with no question text at all.
doc(
    "82-answers-by-number",
    [
        P("Hi, answers below numbered as on your form – sorry, I couldn't get the Word version to open properly."),
        N("Virtual reality training for new foster carers"),
        N("Wokingham"),
        N("Fostering Recruitment Team"),
        N("Fostering"),
        N("IT hack or tool"),
        N("New carers found it hard to imagine a child's first night in a strange house."),
        N("A ten-minute VR film from the child's point of view is shown at every preparation course."),
        N("Carers say it changed how they plan a first night; fewer first-week placement endings."),
        N("It is part of the preparation course now."),
        N("Yes – headsets from Meta, film by a local company"),
        N("Headsets and the film, which we're happy to share."),
        N("Lucy Hart, Recruitment Officer, lucy.hart@wokingham.example.gov.uk"),
        N("Yes"),
        N("Yes"),
    ],
    {
        "title": "Virtual reality training for new foster carers",
        "authority": "Wokingham",
        "organisation": "Fostering Recruitment Team",
        "service_areas": ["Fostering"],
        "scale": "IT hack or tool",
        "problem": "New carers found it hard to imagine a child's first night in a strange house.",
        "what_you_did": "A ten-minute VR film from the child's point of view is shown at every preparation course.",
        "difference": "Carers say it changed how they plan a first night; fewer first-week placement endings.",
        "permanence": "It is part of the preparation course now.",
        "proprietary": yes("headsets from Meta, film by a local company"),
        "adoption": "Headsets and the film, which we're happy to share.",
        "contact": contact("Lucy Hart", "Recruitment Officer", "lucy.hart@wokingham.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 83: a contact with a direct line and a switchboard, and answers that send the reader elsewhere.
doc(
    "83-two-phones-and-see-attached",
    [
        H("Title of the innovation"),
        P("Speech and language screening at two"),
        H("Authority"),
        P("Milton Keynes"),
        H("Service areas"),
        P("Early years"),
        H("Scale of the innovation"),
        P("Service or team practice"),
        H("The problem or need"),
        P("See attached report."),
        H("What you did differently"),
        P("Health visitors screen speech at the two-year check and refer straight to a nursery-based group."),
        H("The difference it made"),
        P("TBC – evaluation due in March."),
        H("Will it become permanent, and how is it being embedded?"),
        P("As above."),
        H("Does it use a proprietary software or hardware product?"),
        P("No"),
        H("What would another authority need to adopt it?"),
        P("Health visitors trained in the screening tool."),
        H("Contact"),
        P(
            "Grace Okafor\nEarly Years Lead\nDirect line: 01908 252 000\nSwitchboard: 01908 691 691\ngrace.okafor@milton-keynes.example.gov.uk"
        ),
        H("Can we publish this innovation in the showcase, with your name?"),
        P("Yes"),
        H("Can we contact you about this innovation?"),
        P("Yes"),
    ],
    {
        "title": "Speech and language screening at two",
        "authority": "Milton Keynes",
        "service_areas": ["Early years"],
        "scale": "Service or team practice",
        "problem": "See attached report.",
        "what_you_did": "Health visitors screen speech at the two-year check and refer straight to a nursery-based group.",
        "difference": "TBC – evaluation due in March.",
        "permanence": "As above.",
        "proprietary": no(),
        "adoption": "Health visitors trained in the screening tool.",
        "contact": contact(
            "Grace Okafor", "Early Years Lead", "grace.okafor@milton-keynes.example.gov.uk", "01908 252 000"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 84: section titles as single-cell rows across a two-column table; some answers typed in the heading cell.
doc(
    "84-section-rows-answer-in-heading-cell",
    [
        T(
            ["PART A – ABOUT YOU AND YOUR INNOVATION"],
            ["Title of the innovation", "Care leavers' council tax exemption made automatic"],
            ["Authority", "West Sussex"],
            ["Organisation, school, setting or team", "Leaving Care Service"],
            ["Service areas", "Care leavers"],
            ["Scale of the innovation", "Whole-system change"],
            ["PART B – WHAT HAPPENED"],
            ["The problem or need", "Care leavers had to apply for the exemption themselves and most never did."],
            [
                "What you did differently",
                "Revenues now receive the list of care leavers each month and apply the exemption without a form.",
            ],
            ["The difference it made", "Take-up went from 40 to 310 young people."],
            ["PART C – WHAT NEXT"],
            ["Will it become permanent, and how is it being embedded?\nIt is in the council's tax scheme now.", ""],
            ["Does it use a proprietary software or hardware product?", "No"],
            [
                "What would another authority need to adopt it?",
                "An agreement between leaving care and revenues to share the list.",
            ],
            ["PART D – CONTACT"],
            ["Contact", "Tom Hughes, Leaving Care Team Manager, tom.hughes@westsussex.example.gov.uk"],
            ["Can we publish this innovation in the showcase, with your name?", "Yes"],
            ["Can we contact you about this innovation?", "Yes"],
        ),
    ],
    {
        "title": "Care leavers' council tax exemption made automatic",
        "authority": "West Sussex",
        "organisation": "Leaving Care Service",
        "service_areas": ["Care leavers"],
        "scale": "Whole-system change",
        "problem": "Care leavers had to apply for the exemption themselves and most never did.",
        "what_you_did": "Revenues now receive the list of care leavers each month and apply the exemption without a form.",
        "difference": "Take-up went from 40 to 310 young people.",
        "permanence": "It is in the council's tax scheme now.",
        "proprietary": no(),
        "adoption": "An agreement between leaving care and revenues to share the list.",
        "contact": contact("Tom Hughes", "Leaving Care Team Manager", "tom.hughes@westsussex.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 85: each answer run on after our question and its guidance, in one paragraph.
doc(
    "85-answers-after-the-guidance",
    [
        P("Title of the innovation – a short name another authority would recognise – Kinship carers' peer mentors"),
        P("Authority – Bracknell Forest"),
        P("Service areas – select all that apply – Children's social care, Early help"),
        P("Scale of the innovation – choose one – Service or team practice"),
        P(
            "The problem or need – what was happening before? – New kinship carers felt alone and did not know what help they could ask for."
        ),
        P(
            "What you did differently – Experienced kinship carers are paid to mentor new ones for their first six months."
        ),
        P(
            "The difference it made – evidence of impact – Fewer kinship placements ended in the first year (from 9 to 3)."
        ),
        P("Will it become permanent? – It is funded from the kinship budget for three years."),
        P("Proprietary product? – No"),
        P("What would another authority need? – A few willing carers and a small budget for their time."),
        P(
            "Contact – name, role, email and telephone – Mark Ellis, Kinship Team Manager, mark.ellis@bracknell-forest.example.gov.uk, 01344 352 000"
        ),
        P("May we publish this and contact you about it? – Yes"),
    ],
    {
        "title": "Kinship carers' peer mentors",
        "authority": "Bracknell Forest",
        "service_areas": ["Children's social care", "Early help"],
        "scale": "Service or team practice",
        "problem": "New kinship carers felt alone and did not know what help they could ask for.",
        "what_you_did": "Experienced kinship carers are paid to mentor new ones for their first six months.",
        "difference": "Fewer kinship placements ended in the first year (from 9 to 3).",
        "permanence": "It is funded from the kinship budget for three years.",
        "proprietary": no(),
        "adoption": "A few willing carers and a small budget for their time.",
        "contact": contact(
            "Mark Ellis", "Kinship Team Manager", "mark.ellis@bracknell-forest.example.gov.uk", "01344 352 000"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 86: a letter giving the first answers in prose, then the person's own headings for the rest.
doc(
    "86-prose-then-headings",
    [
        P("Dear Silver Linings team,"),
        P(
            "I would like to nominate 'Breakfast at the youth centre', which our Targeted Youth Support team in Isle of Wight started last year. It sits in youth justice and early help, and it is really a change in how the team works."
        ),
        P("Young people on orders were missing morning appointments, and breaches were going up."),
        B("What we did"),
        P(
            "Morning appointments now start with breakfast at the youth centre, and the worker eats with the young person."
        ),
        B("Results"),
        L("Attendance at morning appointments up from 55% to 85%", "No breaches for missed mornings since June"),
        B("Next steps"),
        P("The breakfast budget is in next year's plan."),
        B("Anything proprietary?"),
        P("No"),
        B("What it takes"),
        P("A kitchen and £15 a week."),
        P("Kind regards,"),
        P("Shanice Brown\nYouth Worker\nshanice.brown@iow.example.gov.uk"),
        P("Yes, you can publish it and get in touch."),
    ],
    {
        "title": "Breakfast at the youth centre",
        "authority": "Isle of Wight",
        "organisation": "Targeted Youth Support team",
        "service_areas": ["Youth justice", "Early help"],
        "scale": "Service or team practice",
        "problem": "Young people on orders were missing morning appointments, and breaches were going up.",
        "what_you_did": "Morning appointments now start with breakfast at the youth centre, and the worker eats with the young person.",
        "difference": "- Attendance at morning appointments up from 55% to 85%\n- No breaches for missed mornings since June",
        "permanence": "The breakfast budget is in next year's plan.",
        "proprietary": no(),
        "adoption": "A kitchen and £15 a week.",
        "contact": contact("Shanice Brown", "Youth Worker", "shanice.brown@iow.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)
