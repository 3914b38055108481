# ruff: noqa: E501 - the documents' text is kept as written, one paragraph a line
"""Returned documents 51–62, written after the reader of documents 1–50 was finished and read once by it
before anything was changed (bench/README.md has that first reading).

Shapes not in documents 1–50: an email reply quoting the questions, answers as bullet points, headings
across the top of several small tables, answers in text boxes, tables inside tables, a form pasted twice
and the second half filled, headings in Title Case with typos, questions split into numbered parts,
choices as rows of tick boxes, long answers with headings of their own, the authority only in a
letterhead, Word's placeholder text left in. See build.py for the blocks.
"""

from tests.data.returns.build import BP, B, H, I, L, P, T, X, contact, no, yes
from tests.data.returns.documents import doc

# 51: an email reply with the questions quoted after ">", and the contact in the signature block.
doc(
    "51-email-reply",
    [
        P("Hi Rachel,"),
        P("Sorry this is late – I've answered in line below."),
        P("Dev"),
        P("On Tue, 3 Nov 2026 at 09:12, Silver Linings team <sl@example.org> wrote:"),
        P("> Title of the innovation"),
        P("> A short name another authority would recognise."),
        P("Kinship carers' WhatsApp support group"),
        P("> Authority"),
        P("Slough"),
        P("> Organisation, school, setting or team"),
        P("Kinship Care Team, Slough Children First"),
        P("> Service areas"),
        P("> Select all that apply."),
        P("Children's social care, Fostering"),
        P("> Scale of the innovation"),
        P("service or team practice I'd say"),
        P("> The problem or need"),
        P("> What were you trying to solve? What was happening before?"),
        P(
            "Grandparents and aunts looking after children at short notice felt completely alone, and most of them would never come to a daytime support group."
        ),
        P("> What you did differently"),
        P(
            "We set up a WhatsApp group run by two experienced kinship carers, with a social worker on it for an hour each evening."
        ),
        P("> The difference it made"),
        P("58 carers joined in the first year. Requests for emergency respite went down from 19 to 6."),
        P("> Will it become permanent, and how is it being embedded?"),
        P("It's in the kinship local offer now and the two carers are paid as sessional workers."),
        P("> Does it use a proprietary software or hardware product?"),
        P("WhatsApp, on the carers' own phones"),
        P("> What would another authority need to adopt it?"),
        P("Two carers willing to run it and a clear agreement about what gets posted."),
        P("> Contact"),
        P("Me – details below"),
        P("> Can we publish this innovation in the showcase, with your name?"),
        P("Yes, happy for it to go in"),
        P("> Can we contact you about this innovation?"),
        P("Of course"),
        P("--"),
        P(
            "Devinder Sahota\nKinship Care Team Manager\nSlough Children First\nTel: +44 1753 875 000\ndevinder.sahota@slough.example.gov.uk"
        ),
    ],
    {
        "title": "Kinship carers' WhatsApp support group",
        "authority": "Slough",
        "organisation": "Kinship Care Team, Slough Children First",
        "service_areas": ["Children's social care", "Fostering"],
        "scale": "Service or team practice",
        "problem": "Grandparents and aunts looking after children at short notice felt completely alone, and most of them would never come to a daytime support group.",
        "what_you_did": "We set up a WhatsApp group run by two experienced kinship carers, with a social worker on it for an hour each evening.",
        "difference": "58 carers joined in the first year. Requests for emergency respite went down from 19 to 6.",
        "permanence": "It's in the kinship local offer now and the two carers are paid as sessional workers.",
        "proprietary": yes("WhatsApp, on the carers' own phones"),
        "adoption": "Two carers willing to run it and a clear agreement about what gets posted.",
        "contact": contact(
            "Devinder Sahota",
            "Kinship Care Team Manager, Slough Children First",
            "devinder.sahota@slough.example.gov.uk",
            "+44 1753 875 000",
        ),
        "consent_publish": yes("happy for it to go in"),
        "consent_contact": yes(),
    },
)

# 52: every answer typed as bullet points, even the one-word ones; consent as "Happy for this to be shared".
doc(
    "52-bullet-answers",
    [
        B("Title"),
        L("Youth offending team drop-in at the skate park"),
        B("Authority"),
        L("Southampton"),
        B("Team"),
        L("Southampton Youth Justice Service"),
        B("Service area(s)"),
        L("Youth justice", "Early help"),
        B("Scale"),
        L("Service or team practice"),
        B("Problem / need"),
        L(
            "young people missed appointments at the office",
            "the office is two bus rides from where most of them live",
            "breaches were going up",
        ),
        B("What we did"),
        L(
            "a case manager and a youth worker at the skate park every Thursday 4–7pm",
            "appointments can be kept there",
            "a van with a laptop and a kettle",
        ),
        B("Difference"),
        L("attendance at appointments up from 61% to 88%", "breaches down by a third"),
        B("Permanent?"),
        L("yes – built into the service plan for next year"),
        B("Proprietary product?"),
        L("no"),
        B("What another authority would need"),
        L("a van", "two staff on a late shift", "the council's parks team on side"),
        B("Contact"),
        L("Marcus Bell", "Senior Practitioner", "marcus.bell@southampton.example.gov.uk", "023 8083 4000"),
        B("Publish?"),
        L("Happy for this to be shared"),
        B("Contact?"),
        L("Yes"),
    ],
    {
        "title": "Youth offending team drop-in at the skate park",
        "authority": "Southampton",
        "organisation": "Southampton Youth Justice Service",
        "service_areas": ["Youth justice", "Early help"],
        "scale": "Service or team practice",
        "problem": "- young people missed appointments at the office\n- the office is two bus rides from where most of them live\n- breaches were going up",
        "what_you_did": "- a case manager and a youth worker at the skate park every Thursday 4–7pm\n- appointments can be kept there\n- a van with a laptop and a kettle",
        "difference": "- attendance at appointments up from 61% to 88%\n- breaches down by a third",
        "permanence": "yes – built into the service plan for next year",
        "proprietary": no(),
        "adoption": "- a van\n- two staff on a late shift\n- the council's parks team on side",
        "contact": contact(
            "Marcus Bell", "Senior Practitioner", "marcus.bell@southampton.example.gov.uk", "023 8083 4000"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 53: small tables of two rows, the headings across the top row and the answers in the row below.
doc(
    "53-small-tables-headings-on-top",
    [
        P("Silver Linings – Brighton & Hove Family Group Conference Service"),
        T(
            ["Title of the innovation", "Local authority", "Team or setting"],
            ["Family group conferences by video", "Brighton and Hove", "Family Group Conference Service"],
        ),
        P(""),
        T(
            ["Service area(s)", "Scale"],
            [["Children's social care", "Fostering"], "Service or team practice"],
        ),
        P(""),
        T(
            ["What was the problem?", "What did you change?", "What difference did it make?"],
            [
                "Family members abroad or in prison could not take part, so plans were made without them.",
                "Every conference now offers a video link; a coordinator tests it with each relative the week before.",
                "Relatives taking part went from an average of 4 to 7. Two children stayed with family abroad instead of coming into care.",
            ],
        ),
        P(""),
        T(
            ["Here to stay?", "Bought-in product?", "What would others need?"],
            [
                "Yes, the video offer is in our service specification.",
                "No, just the council's Teams",
                "A coordinator with time to test links, and interpreters who can join by video.",
            ],
        ),
        P(""),
        T(
            ["Contact", "OK to publish?", "OK to contact?"],
            ["Elena Marsh, FGC Coordinator, elena.marsh@brighton-hove.example.gov.uk", "Yes", "Yes"],
        ),
    ],
    {
        "title": "Family group conferences by video",
        "authority": "Brighton and Hove",
        "organisation": "Family Group Conference Service",
        "service_areas": ["Children's social care", "Fostering"],
        "scale": "Service or team practice",
        "problem": "Family members abroad or in prison could not take part, so plans were made without them.",
        "what_you_did": "Every conference now offers a video link; a coordinator tests it with each relative the week before.",
        "difference": "Relatives taking part went from an average of 4 to 7. Two children stayed with family abroad instead of coming into care.",
        "permanence": "Yes, the video offer is in our service specification.",
        "proprietary": no("just the council's Teams"),
        "adoption": "A coordinator with time to test links, and interpreters who can join by video.",
        "contact": contact("Elena Marsh", "FGC Coordinator", "elena.marsh@brighton-hove.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 54: a form designed with a text box under each bold heading, the answers typed in the boxes.
doc(
    "54-text-boxes",
    [
        B("Silver Linings nomination form"),
        B("Title of the innovation"),
        X("Paperless short breaks applications"),
        B("Authority"),
        X("Milton Keynes"),
        B("Service areas"),
        X("SEND"),
        B("Scale of the innovation"),
        X("IT hack or tool"),
        B("The problem or need"),
        X(
            "Parents filled in the same 14-page short breaks form every year, by hand, and waited eight weeks for a decision."
        ),
        B("What you did differently"),
        X(
            "We moved the form online and it now remembers last year's answers.",
            "Parents only change what is different, and the panel sees the changes highlighted.",
        ),
        B("The difference it made"),
        X("Renewals now take 10 days on average. 92% of parents used the online form."),
        B("Will it become permanent, and how is it being embedded?"),
        X("Yes, the paper form has been withdrawn."),
        B("Does it use a proprietary software or hardware product?"),
        X("Yes – Microsoft Forms and Power Automate"),
        B("What would another authority need to adopt it?"),
        X("Someone who knows Power Automate, about 15 days of their time."),
        B("Contact"),
        X("Hannah Price, Short Breaks Officer, hannah.price@milton-keynes.example.gov.uk, 01908 253 000"),
        B("Can we publish this innovation in the showcase, with your name?"),
        X("Yes"),
        B("Can we contact you about this innovation?"),
        X("Yes"),
    ],
    {
        "title": "Paperless short breaks applications",
        "authority": "Milton Keynes",
        "service_areas": ["SEND"],
        "scale": "IT hack or tool",
        "problem": "Parents filled in the same 14-page short breaks form every year, by hand, and waited eight weeks for a decision.",
        "what_you_did": "We moved the form online and it now remembers last year's answers.\n\nParents only change what is different, and the panel sees the changes highlighted.",
        "difference": "Renewals now take 10 days on average. 92% of parents used the online form.",
        "permanence": "Yes, the paper form has been withdrawn.",
        "proprietary": yes("Microsoft Forms and Power Automate"),
        "adoption": "Someone who knows Power Automate, about 15 days of their time.",
        "contact": contact(
            "Hannah Price", "Short Breaks Officer", "hannah.price@milton-keynes.example.gov.uk", "01908 253 000"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 55: one outer table of sections, each section a table of questions and answers inside its cell.
doc(
    "55-tables-inside-tables",
    [
        T(
            [B("Section 1: about the innovation")],
            [
                [
                    T(
                        ["Title", "Night-time missing-from-care return interviews"],
                        ["Authority", "East Sussex"],
                        ["Service areas", "Children's social care"],
                        ["Scale", "Service or team practice"],
                    )
                ]
            ],
            [B("Section 2: what you did")],
            [
                [
                    T(
                        [
                            "Problem",
                            "Return interviews were offered days after a child came back, and most children refused them.",
                        ],
                        [
                            "What we did",
                            "A worker from the out-of-hours team offers the interview the same night, by phone or on the doorstep.",
                        ],
                    )
                ]
            ],
            [B("Section 3: the difference it made")],
            [
                [
                    T(
                        [
                            "Difference",
                            "Interviews accepted rose from 31% to 70%; we learned of three new exploitation risks.",
                        ],
                        ["Will it last?", "Yes, it is in the missing protocol signed by the police."],
                    )
                ]
            ],
            [B("Section 4: adopting it elsewhere")],
            [
                [
                    T(
                        ["Proprietary product", "No"],
                        ["What others need", "An out-of-hours team with capacity for half an hour per return."],
                    )
                ]
            ],
            [B("Section 5: your details")],
            [
                [
                    T(
                        ["Contact", "Ben Okafor, Out of Hours Team Manager, ben.okafor@eastsussex.example.gov.uk"],
                        ["Publish", "Yes"],
                        ["Contact you", "Yes"],
                    )
                ]
            ],
        ),
    ],
    {
        "title": "Night-time missing-from-care return interviews",
        "authority": "East Sussex",
        "service_areas": ["Children's social care"],
        "scale": "Service or team practice",
        "problem": "Return interviews were offered days after a child came back, and most children refused them.",
        "what_you_did": "A worker from the out-of-hours team offers the interview the same night, by phone or on the doorstep.",
        "difference": "Interviews accepted rose from 31% to 70%; we learned of three new exploitation risks.",
        "permanence": "Yes, it is in the missing protocol signed by the police.",
        "proprietary": no(),
        "adoption": "An out-of-hours team with capacity for half an hour per return.",
        "contact": contact("Ben Okafor", "Out of Hours Team Manager", "ben.okafor@eastsussex.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)


def _form(answers):
    """Our headings as Word headings, each followed by its answer (blank answers left as empty lines)."""
    headings = [
        "Title of the innovation", "Authority", "Organisation, school, setting or team", "Service areas",
        "Scale of the innovation", "The problem or need", "What you did differently", "The difference it made",
        "Will it become permanent, and how is it being embedded?",
        "Does it use a proprietary software or hardware product?", "What would another authority need to adopt it?",
        "Contact", "Can we publish this innovation in the showcase, with your name?",
        "Can we contact you about this innovation?",
    ]  # fmt: skip
    blocks = []
    for heading, answer in zip(headings, answers, strict=True):
        blocks += [H(heading), P(answer)]
    return blocks


# 56: the form pasted twice for two ideas, the second only half filled in and the rest left blank.
doc(
    "56-pasted-twice-half-filled",
    [
        P(
            "Two ideas from the Wokingham early years team. The second one isn't finished – I'll send the rest when I have the figures."
        ),
        *_form(
            [
                "Messy play sessions in the park",
                "Wokingham",
                "Early Years Outreach Team",
                "Early years",
                "Service or team practice",
                "Children's centres were closed and families in flats had nowhere for toddlers to play.",
                "Outreach workers ran messy play sessions in three parks twice a week, booked by text.",
                "Over 300 families came; 40 went on to register with a children's centre.",
                "Yes, the park sessions run every summer now.",
                "No",
                "Outreach workers, a gazebo and a lot of wet wipes.",
                "Kerry Dunn, Outreach Lead, kerry.dunn@wokingham.example.gov.uk, 0118 974 6000",
                "Yes",
                "Yes",
            ]
        ),
        *_form(
            [
                "Two-year-old checks at nursery",
                "Wokingham",
                "",
                "Early years",
                "",
                "Health visitors and nurseries both checked two-year-olds, separately.",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
            ]
        ),
    ],
    {
        "title": "Messy play sessions in the park",
        "authority": "Wokingham",
        "organisation": "Early Years Outreach Team",
        "service_areas": ["Early years"],
        "scale": "Service or team practice",
        "problem": "Children's centres were closed and families in flats had nowhere for toddlers to play.",
        "what_you_did": "Outreach workers ran messy play sessions in three parks twice a week, booked by text.",
        "difference": "Over 300 families came; 40 went on to register with a children's centre.",
        "permanence": "Yes, the park sessions run every summer now.",
        "proprietary": no(),
        "adoption": "Outreach workers, a gazebo and a lot of wet wipes.",
        "contact": contact("Kerry Dunn", "Outreach Lead", "kerry.dunn@wokingham.example.gov.uk", "0118 974 6000"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
    {
        "title": "Two-year-old checks at nursery",
        "authority": "Wokingham",
        "service_areas": ["Early years"],
        "problem": "Health visitors and nurseries both checked two-year-olds, separately.",
    },
)

# 57: headings in Title Case with typos, as Heading 1, some ending in a colon.
doc(
    "57-title-case-typos",
    [
        H("Name Of Innovaton:", 1),
        P("Foster Carer Buddy Scheme"),
        H("Local Authorty:", 1),
        P("West Sussex"),
        H("Service Area's", 1),
        P("Fostering"),
        H("Scale Of The Innovaton", 1),
        P("Whole-system change"),
        H("The Probelm Or Need", 1),
        P("A third of newly approved foster carers resigned in their first year, most saying they felt on their own."),
        H("What Did You Do Diffrently?", 1),
        P("Every new carer is matched with an experienced carer who calls them weekly for the first six months."),
        H("The Diffrence It Made", 1),
        P("First-year resignations fell from 33% to 12%."),
        H("Will It Become Permenant?", 1),
        P("Yes – buddies are paid an allowance from the fostering budget."),
        H("Proprietry Software Or Hardware?", 1),
        P("None"),
        H("What Would Another Authroity Need?", 1),
        P("Experienced carers willing to be buddies and a small allowance for them."),
        H("Contact Detials", 1),
        P(
            "Siobhan Murphy – Recruitment and Retention Manager – siobhan.murphy@westsussex.example.gov.uk – 033 022 22222"
        ),
        H("Can We Publsh This?", 1),
        P("Yes"),
        H("Can We Contact You?", 1),
        P("Yes"),
    ],
    {
        "title": "Foster Carer Buddy Scheme",
        "authority": "West Sussex",
        "service_areas": ["Fostering"],
        "scale": "Whole-system change",
        "problem": "A third of newly approved foster carers resigned in their first year, most saying they felt on their own.",
        "what_you_did": "Every new carer is matched with an experienced carer who calls them weekly for the first six months.",
        "difference": "First-year resignations fell from 33% to 12%.",
        "permanence": "Yes – buddies are paid an allowance from the fostering budget.",
        "proprietary": no(),
        "adoption": "Experienced carers willing to be buddies and a small allowance for them.",
        "contact": contact(
            "Siobhan Murphy",
            "Recruitment and Retention Manager",
            "siobhan.murphy@westsussex.example.gov.uk",
            "033 022 22222",
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 58: numbered questions with parts: the product question and its supplier, the contact and consent split.
doc(
    "58-numbered-parts",
    [
        B("Silver Linings – nomination"),
        P("1a. Title"),
        P("Online panel for special school places"),
        P("1b. Local authority"),
        P("Buckinghamshire"),
        P("1c. Service area(s)"),
        P("Special schools, SEND"),
        P("1d. Scale"),
        P("Service or team practice"),
        P("2a. What was the problem?"),
        P("Head teachers spent half a day travelling to the placement panel for a twenty-minute slot."),
        P("2b. What did you do?"),
        P("The panel meets online; each school joins only for its own cases, at a booked time."),
        P("3a. What difference has it made?"),
        P("Panel decisions now take two weeks instead of six, and every special school is represented."),
        P("3b. Is it here to stay?"),
        P("Yes, the terms of reference say online by default."),
        P("4a. Does it use proprietary software or hardware? (Y/N)"),
        P("Y"),
        P("4b. If yes, name the supplier"),
        P("Microsoft (Teams)"),
        P("4c. What would another authority need?"),
        P("A panel clerk to keep to the timetable."),
        P("5a. Contact name"),
        P("Olu Adebayo"),
        P("5b. Job title"),
        P("SEND Placements Manager"),
        P("5c. Email"),
        P("olu.adebayo@buckinghamshire.example.gov.uk"),
        P("5d. Phone"),
        P("01296 395 000"),
        P("6a. Can we publish this?"),
        P("Yes"),
        P("6b. Can we contact you about it?"),
        P("Yes"),
    ],
    {
        "title": "Online panel for special school places",
        "authority": "Buckinghamshire",
        "service_areas": ["Special schools", "SEND"],
        "scale": "Service or team practice",
        "problem": "Head teachers spent half a day travelling to the placement panel for a twenty-minute slot.",
        "what_you_did": "The panel meets online; each school joins only for its own cases, at a booked time.",
        "difference": "Panel decisions now take two weeks instead of six, and every special school is represented.",
        "permanence": "Yes, the terms of reference say online by default.",
        "proprietary": yes("Microsoft (Teams)"),
        "adoption": "A panel clerk to keep to the timetable.",
        "contact": contact(
            "Olu Adebayo", "SEND Placements Manager", "olu.adebayo@buckinghamshire.example.gov.uk", "01296 395 000"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 59: choices as rows of tick boxes, one ticked for the authority, several for the service areas.
doc(
    "59-tick-box-rows",
    [
        T(
            ["Title of the innovation", "Digital life story books"],
            [
                "Authority",
                "☐ Bracknell Forest ☐ Brighton and Hove ☐ Buckinghamshire ☐ East Sussex ☐ Hampshire ☐ Isle of Wight ☒ Kent ☐ Medway ☐ Milton Keynes ☐ Oxfordshire",
            ],
            ["Service areas", "☐ Early help ☒ Children's social care ☒ Adoption ☒ Fostering ☐ Care leavers ☐ Other"],
            ["Scale", "☐ Whole-system change ☒ Service or team practice ☐ Personal work habit ☐ IT hack or tool"],
            ["The problem or need", "Life story books took a year to arrive and children often lost the paper copy."],
            [
                "What you did differently",
                "Social workers build the book as they go, in a secure app the child and carers can open.",
            ],
            ["The difference it made", "Books ready at the adoption order went from 20% to 85%."],
            ["Will it become permanent?", "Yes, it is in the permanence practice standards."],
            ["Proprietary product", "☒ Yes ☐ No – Life Story Works (Adoptables Ltd)"],
            ["What would another authority need?", "Licences and a morning's training for each team."],
            ["Contact", "Zara Khan, Adoption Team Manager, zara.khan@kent.example.gov.uk"],
            ["Publish", "☒ Yes ☐ No"],
            ["Contact you", "☐ Yes ☒ No"],
        ),
    ],
    {
        "title": "Digital life story books",
        "authority": "Kent",
        "service_areas": ["Children's social care", "Adoption", "Fostering"],
        "scale": "Service or team practice",
        "problem": "Life story books took a year to arrive and children often lost the paper copy.",
        "what_you_did": "Social workers build the book as they go, in a secure app the child and carers can open.",
        "difference": "Books ready at the adoption order went from 20% to 85%.",
        "permanence": "Yes, it is in the permanence practice standards.",
        "proprietary": yes("Life Story Works (Adoptables Ltd)"),
        "adoption": "Licences and a morning's training for each team.",
        "contact": contact("Zara Khan", "Adoption Team Manager", "zara.khan@kent.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": no(),
    },
)

# 60: long answers with headings of their own inside them (Heading 3 and bold lines).
doc(
    "60-headings-inside-answers",
    [
        H("Title of the innovation"),
        P("Summer transition camps for Year 6 children in care"),
        H("Authority"),
        P("Surrey"),
        H("Service areas"),
        P("Mainstream schools, Children's social care"),
        H("Scale of the innovation"),
        P("Service or team practice"),
        H("The problem or need"),
        P("Children in care were three times as likely as their classmates to be excluded in Year 7."),
        H("What you did differently"),
        H("Phase 1: the summer", 3),
        P("A week-long camp run by the virtual school with secondary teachers, in the August before Year 7."),
        H("Phase 2: the autumn term", 3),
        P("The same teachers mentor the children weekly until Christmas."),
        H("The difference it made"),
        B("What the numbers say"),
        P("No child who came to camp was excluded in Year 7, against 9 the year before."),
        B("What the children said"),
        P("'I knew where the toilets were and I knew Mr Patel.'"),
        H("Will it become permanent, and how is it being embedded?"),
        P("Yes, it is in the virtual school's core offer."),
        H("Does it use a proprietary software or hardware product?"),
        P("No"),
        H("What would another authority need to adopt it?"),
        P("A venue for a week, teachers paid for the summer days, transport."),
        H("Contact"),
        P("Name: Leah Morgan\nRole: Virtual School Deputy Head\nEmail: leah.morgan@surreycc.example.gov.uk"),
        H("Can we publish this innovation in the showcase, with your name?"),
        P("Yes"),
        H("Can we contact you about this innovation?"),
        P("Yes"),
    ],
    {
        "title": "Summer transition camps for Year 6 children in care",
        "authority": "Surrey",
        "service_areas": ["Mainstream schools", "Children's social care"],
        "scale": "Service or team practice",
        "problem": "Children in care were three times as likely as their classmates to be excluded in Year 7.",
        "what_you_did": "Phase 1: the summer\n\nA week-long camp run by the virtual school with secondary teachers, in the August before Year 7.\n\nPhase 2: the autumn term\n\nThe same teachers mentor the children weekly until Christmas.",
        "difference": "What the numbers say\n\nNo child who came to camp was excluded in Year 7, against 9 the year before.\n\nWhat the children said\n\n'I knew where the toilets were and I knew Mr Patel.'",
        "permanence": "Yes, it is in the virtual school's core offer.",
        "proprietary": no(),
        "adoption": "A venue for a week, teachers paid for the summer days, transport.",
        "contact": contact("Leah Morgan", "Virtual School Deputy Head", "leah.morgan@surreycc.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 61: the authority only in the letterhead; the contact as a signature block with a job title line and +44.
doc(
    "61-letterhead-and-signature",
    [
        B("Oxfordshire County Council"),
        P("Children's Services\nCounty Hall, New Road, Oxford OX1 1ND"),
        P("Silver Linings nomination"),
        BP("Innovation: ", "Text reminders for contact sessions"),
        BP("Team: ", "Family Time Service"),
        BP("Area of work: ", "Children's social care"),
        BP("Scale: ", "IT hack or tool"),
        B("What was the issue?"),
        P("A quarter of supervised family time sessions were missed because parents forgot or mixed up the times."),
        B("What did you do?"),
        P(
            "Parents get a text the day before and two hours before each session, sent automatically from the booking system."
        ),
        B("What difference has it made?"),
        P("Missed sessions fell from 26% to 9%."),
        B("Will it last?"),
        P("It is switched on for every booking now."),
        B("Any proprietary product?"),
        P("GOV.UK Notify, which is free for councils"),
        B("What would someone else need?"),
        P("A booking system that can call Notify, or someone to send the texts."),
        B("Your details"),
        P(
            "Aisha Bello\nFamily Time Coordinator\nChildren's Services | Oxfordshire County Council\nT: +44 (0)1865 792 422\nE: aisha.bello@oxfordshire.example.gov.uk"
        ),
        B("Sharing"),
        P("Happy for this to be shared and for you to get in touch."),
    ],
    {
        "title": "Text reminders for contact sessions",
        "authority": "Oxfordshire",
        "organisation": "Family Time Service",
        "service_areas": ["Children's social care"],
        "scale": "IT hack or tool",
        "problem": "A quarter of supervised family time sessions were missed because parents forgot or mixed up the times.",
        "what_you_did": "Parents get a text the day before and two hours before each session, sent automatically from the booking system.",
        "difference": "Missed sessions fell from 26% to 9%.",
        "permanence": "It is switched on for every booking now.",
        "proprietary": yes("GOV.UK Notify, which is free for councils"),
        "adoption": "A booking system that can call Notify, or someone to send the texts.",
        "contact": contact(
            "Aisha Bello",
            "Family Time Coordinator, Children's Services, Oxfordshire County Council",  # parts of a role: ", "
            "aisha.bello@oxfordshire.example.gov.uk",
            "+44 (0)1865 792 422",
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 62: our form typed into, with Word's placeholder text left where nothing was typed and a hint in italics.
doc(
    "62-placeholders-left",
    [
        H("Title of the innovation"),
        P("Care leaver council tax exemption by default"),
        H("Authority"),
        P("Isle of Wight"),
        H("Organisation, school, setting or team"),
        P("Click or tap here to enter text."),
        H("Service areas"),
        P("Care leavers"),
        H("Scale of the innovation"),
        P("Choose an item."),
        H("The problem or need"),
        P("Care leavers were being chased for council tax because nobody told them to apply for the exemption."),
        H("What you did differently"),
        P(
            "Leaving care advisers send the council tax team a list every month and the exemption is applied without a form."
        ),
        H("The difference it made"),
        P("No care leaver has had a council tax summons since April."),
        H("Will it become permanent, and how is it being embedded?"),
        P("Yes, it is in the data sharing agreement."),
        H("Does it use a proprietary software or hardware product?"),
        I("If it does, we need the supplier's name."),
        P("No"),
        H("What would another authority need to adopt it?"),
        P("[Type your answer here]"),
        H("Contact"),
        P("Gemma Wright, Leaving Care Team Manager, gemma.wright@iow.example.gov.uk"),
        H("Can we publish this innovation in the showcase, with your name?"),
        P("Yes"),
        H("Can we contact you about this innovation?"),
        P("Yes"),
    ],
    {
        "title": "Care leaver council tax exemption by default",
        "authority": "Isle of Wight",
        "service_areas": ["Care leavers"],
        "problem": "Care leavers were being chased for council tax because nobody told them to apply for the exemption.",
        "what_you_did": "Leaving care advisers send the council tax team a list every month and the exemption is applied without a form.",
        "difference": "No care leaver has had a council tax summons since April.",
        "permanence": "Yes, it is in the data sharing agreement.",
        "proprietary": no(),
        "contact": contact("Gemma Wright", "Leaving Care Team Manager", "gemma.wright@iow.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)
