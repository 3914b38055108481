# ruff: noqa: E501 - the documents' text is kept as written, one paragraph a line
"""Returned documents 87–99, written after the reader had been changed for documents 79–86 and read
once by it (bench/README.md has that reading).

Shapes not in documents 1–86: a social worker on duty answering in an email with no headings at all,
a head of service pasting slides from a presentation, one table filled in twice by two colleagues
(the second starting from the contact), abbreviated headings in another order ("Desc.", "Sust."),
reviewer notes left in answers ("[JB: check figure]"), a covering letter from a director before the
form, a table for the short answers and bold headings for the long ones, Welsh and English headings,
a case study with headings of its own, a forwarded email with "Label - answer" lines, a
"Question | Answer | Notes" table, bullet points of "key: value" with abbreviations, and answers sent
to an appendix. See build.py.
"""

from tests.data.returns.build import B, H, I, L, P, T, contact, no, yes
from tests.data.returns.documents import doc

# 87: a senior practitioner on duty writes an email; no headings, a few answers after a label, a signature.
doc(
    "87-duty-email",
    [
        P("Subject: RE: Silver Linings – call for innovations (deadline Fri)"),
        P("Hi Rachel,"),
        P(
            "Sorry this is late and not on the form – I'm on duty today and the form kept crashing on my laptop. I've done it as an email, hope that's ok."
        ),
        P(
            "The thing we want to put forward is what we've been calling \"Text before you knock\". It comes from the Front Door and Assessment Team at Slough Children First, so children's social care."
        ),
        P(
            "Families told us they were frightened when a social worker turned up unannounced, and a lot of first visits were wasted because nobody was in – about one in three last winter."
        ),
        P(
            "What we did: the worker now sends a short text the day before, in plain English, saying who they are, why they're coming and that they can rearrange. We wrote the templates with two parents from our family panel."
        ),
        P(
            "Difference: no-access visits are down from 33% to 12% (January to June), and parents' feedback has been really positive – one said it was the first time she felt treated like a grown-up."
        ),
        P("It's in our practice standards now so it's not going anywhere."),
        P("Another LA would need a texting facility and an afternoon to agree the wording with parents."),
        P("You can publish it and yes, contact me any time."),
        P("Thanks\nAmira"),
        P(
            "Amira Haddad | Senior Practitioner | Front Door and Assessment Team, Slough Children First\namira.haddad@slough.example.gov.uk | 01753 875 000"
        ),
    ],
    {
        "title": "Text before you knock",
        "authority": "Slough",
        "organisation": "Front Door and Assessment Team, Slough Children First",
        "service_areas": ["Children's social care"],
        "problem": "Families told us they were frightened when a social worker turned up unannounced, and a lot of first visits were wasted because nobody was in – about one in three last winter.",
        "what_you_did": "the worker now sends a short text the day before, in plain English, saying who they are, why they're coming and that they can rearrange. We wrote the templates with two parents from our family panel.",
        "difference": "no-access visits are down from 33% to 12% (January to June), and parents' feedback has been really positive – one said it was the first time she felt treated like a grown-up.",
        "permanence": "It's in our practice standards now so it's not going anywhere.",
        "adoption": "Another LA would need a texting facility and an afternoon to agree the wording with parents.",
        "contact": contact(
            "Amira Haddad",
            "Senior Practitioner, Front Door and Assessment Team, Slough Children First",
            "amira.haddad@slough.example.gov.uk",
            "01753 875 000",
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 88: a head of service pastes the slides of a presentation: slide titles in bold, bullet points under them.
doc(
    "88-slides-pasted",
    [
        H("Silver Linings 2026 – Oxfordshire nomination", 1),
        B("Slide 1: Early help practitioners in school clusters"),
        L("Oxfordshire County Council – Education and Early Help", "Presented to DMT, 12 September"),
        B("Slide 2: The challenge"),
        L(
            "Schools were our biggest referrer, but 60% of their contacts needed no social care",
            "Designated safeguarding leads felt they had nowhere to go for advice",
        ),
        B("Slide 3: Our approach"),
        L(
            "An early help practitioner in each secondary school cluster one day a week",
            "A same-day consultation line for safeguarding leads",
            "Joint triage with the MASH",
        ),
        B("Slide 4: Impact"),
        L(
            "Contacts from schools needing no further action down 41%",
            "Safeguarding leads rating the advice good or better: 92%",
        ),
        B("Slide 5: Sustainability"),
        L("Funded by the schools forum for 2026–28", "The role is now in the early help establishment"),
        B("Slide 6: Replicating it"),
        L("One practitioner per cluster", "A shared triage protocol with the MASH"),
        B("Contact"),
        P("Dr Helen Achebe, Head of Early Help, helen.achebe@oxfordshire.example.gov.uk, 01865 792 422"),
        P("Consent to publish and to contact – yes"),
    ],
    {
        "title": "Early help practitioners in school clusters",
        "authority": "Oxfordshire",
        "organisation": "Education and Early Help",
        "problem": "- Schools were our biggest referrer, but 60% of their contacts needed no social care\n- Designated safeguarding leads felt they had nowhere to go for advice",
        "what_you_did": "- An early help practitioner in each secondary school cluster one day a week\n- A same-day consultation line for safeguarding leads\n- Joint triage with the MASH",
        "difference": "- Contacts from schools needing no further action down 41%\n- Safeguarding leads rating the advice good or better: 92%",
        "permanence": "- Funded by the schools forum for 2026–28\n- The role is now in the early help establishment",
        "adoption": "- One practitioner per cluster\n- A shared triage protocol with the MASH",
        "contact": contact(
            "Dr Helen Achebe", "Head of Early Help", "helen.achebe@oxfordshire.example.gov.uk", "01865 792 422"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 89: the form's table filled in by one colleague; a second colleague adds a table under it, starting with her details.
doc(
    "89-one-table-two-colleagues",
    [
        B("Silver Linings nomination – Portsmouth Virtual School"),
        T(
            ["Title of the innovation", "Personal education plans written with the child"],
            ["Authority", "Portsmouth"],
            ["Organisation, school, setting or team", "Portsmouth Virtual School"],
            ["Service areas", "Children's social care, Mainstream schools"],
            ["Scale of the innovation", "Service or team practice"],
            ["The problem or need", "Children told us their PEP meetings were about them, not with them."],
            [
                "What you did differently",
                "Each child now writes the first page of their PEP with a mentor before the meeting.",
            ],
            ["The difference it made", "Children attending their own PEP meeting rose from 20% to 68%."],
            ["Will it become permanent?", "It is in the virtual school's PEP guidance."],
            ["Proprietary product?", "No"],
            ["What would another authority need?", "Mentors with an hour per child each term."],
            ["Contact", "Kate Morris, Virtual School Head, kate.morris@portsmouth.example.gov.uk"],
            ["Can we publish?", "Yes"],
            ["Can we contact you?", "Yes"],
        ),
        P("I've added ours underneath – hope that's ok, Kate said to. Jas"),
        T(
            ["Contact", "Jaspreet Gill, Education Support Officer, jaspreet.gill@portsmouth.example.gov.uk"],
            ["Title of the innovation", "Tuition on the bus"],
            ["Authority", "Portsmouth"],
            ["Organisation, school, setting or team", "Portsmouth Virtual School"],
            ["Service areas", "Care leavers"],
            ["Scale of the innovation", "Personal work habit"],
            [
                "The problem or need",
                "Young people in college placements out of the city lost two hours a day travelling.",
            ],
            [
                "What you did differently",
                "A tutor rides the college bus with them twice a week and they work on the way.",
            ],
            ["The difference it made", "Three of the four passed English and maths resits."],
            ["Will it become permanent?", "Not yet – we're asking for it in the pupil premium plan."],
            ["Proprietary product?", "No"],
            ["What would another authority need?", "A tutor who doesn't get travel sick."],
            ["Can we publish?", "Yes"],
            ["Can we contact you?", "Yes"],
        ),
    ],
    {
        "title": "Personal education plans written with the child",
        "authority": "Portsmouth",
        "organisation": "Portsmouth Virtual School",
        "service_areas": ["Children's social care", "Mainstream schools"],
        "scale": "Service or team practice",
        "problem": "Children told us their PEP meetings were about them, not with them.",
        "what_you_did": "Each child now writes the first page of their PEP with a mentor before the meeting.",
        "difference": "Children attending their own PEP meeting rose from 20% to 68%.",
        "permanence": "It is in the virtual school's PEP guidance.",
        "proprietary": no(),
        "adoption": "Mentors with an hour per child each term.",
        "contact": contact("Kate Morris", "Virtual School Head", "kate.morris@portsmouth.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
    {
        "title": "Tuition on the bus",
        "authority": "Portsmouth",
        "organisation": "Portsmouth Virtual School",
        "service_areas": ["Care leavers"],
        "scale": "Personal work habit",
        "problem": "Young people in college placements out of the city lost two hours a day travelling.",
        "what_you_did": "A tutor rides the college bus with them twice a week and they work on the way.",
        "difference": "Three of the four passed English and maths resits.",
        "permanence": "Not yet – we're asking for it in the pupil premium plan.",
        "proprietary": no(),
        "adoption": "A tutor who doesn't get travel sick.",
        "contact": contact("Jaspreet Gill", "Education Support Officer", "jaspreet.gill@portsmouth.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
    unplaced=["added ours underneath"],
)

# 90: a team's own short template: abbreviated headings with a colon, in another order.
doc(
    "90-abbreviated-other-order",
    [
        B("SL nom – EH hub"),
        B("Ttl:"),
        P("Family hub 'first 1001 days' drop-in"),
        B("Contact:"),
        P("Sue Patel – Family Hub Lead – sue.patel@medway.example.gov.uk – 01634 306 000"),
        B("LA:"),
        P("Medway"),
        B("Svc areas:"),
        P("Early years; Early help"),
        B("Desc.:"),
        P(
            "A weekly drop-in at the family hub where parents of babies see a health visitor, an infant feeding worker and a perinatal mental health nurse in one visit."
        ),
        B("Prob.:"),
        P("Parents were sent to three different places for three appointments and many gave up."),
        B("Impact:"),
        P("Breastfeeding at 6–8 weeks up from 41% to 52% among parents who came."),
        B("Sust.:"),
        P("Built into the family hub timetable and the health visiting contract."),
        B("Prop. prod.?"),
        P("N"),
        B("Adopt.:"),
        P("A hub with a room big enough and partners willing to move their clinics."),
        B("Pub? / Cont?"),
        P("Y / Y"),
    ],
    {
        "title": "Family hub 'first 1001 days' drop-in",
        "authority": "Medway",
        "service_areas": ["Early years", "Early help"],
        "problem": "Parents were sent to three different places for three appointments and many gave up.",
        "what_you_did": "A weekly drop-in at the family hub where parents of babies see a health visitor, an infant feeding worker and a perinatal mental health nurse in one visit.",
        "difference": "Breastfeeding at 6–8 weeks up from 41% to 52% among parents who came.",
        "permanence": "Built into the family hub timetable and the health visiting contract.",
        "proprietary": no(),
        "adoption": "A hub with a room big enough and partners willing to move their clinics.",
        "contact": contact("Sue Patel", "Family Hub Lead", "sue.patel@medway.example.gov.uk", "01634 306 000"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 91: a draft passed round the team, with reviewers' notes in square brackets left in the answers.
doc(
    "91-reviewer-notes-left-in",
    [
        H("Title of the innovation"),
        P("Restorative practice in residential homes"),
        H("Authority"),
        P("East Sussex"),
        H("Organisation, school, setting or team"),
        P("Residential Services [AM: should this say Children's Homes?]"),
        H("Service areas"),
        P("Children's social care"),
        H("Scale of the innovation"),
        P("Whole-system change"),
        H("The problem or need"),
        P(
            "Police were called to our homes for incidents that staff could have settled, and children ended up with records."
        ),
        H("What you did differently"),
        P(
            "Every member of staff in our four homes was trained in restorative conversations, and a restorative meeting now follows every incident before anyone thinks of the police."
        ),
        H("The difference it made"),
        P(
            "Police call-outs fell by 64% in a year [JB: check figure with Ops]. Two young people have said they feel the homes are fairer."
        ),
        H("Will it become permanent, and how is it being embedded?"),
        P("It is part of induction for all new residential staff."),
        H("Does it use a proprietary software or hardware product?"),
        P("No"),
        H("What would another authority need to adopt it?"),
        P("Training for every shift, not just the managers. [comment: add cost? – AM]"),
        H("Contact"),
        P("Laura Finch\nResidential Practice Lead\nlaura.finch@eastsussex.example.gov.uk"),
        H("Can we publish this innovation in the showcase, with your name?"),
        P("Yes"),
        H("Can we contact you about this innovation?"),
        P("Yes"),
    ],
    {
        "title": "Restorative practice in residential homes",
        "authority": "East Sussex",
        "organisation": "Residential Services",
        "service_areas": ["Children's social care"],
        "scale": "Whole-system change",
        "problem": "Police were called to our homes for incidents that staff could have settled, and children ended up with records.",
        "what_you_did": "Every member of staff in our four homes was trained in restorative conversations, and a restorative meeting now follows every incident before anyone thinks of the police.",
        "difference": "Police call-outs fell by 64% in a year. Two young people have said they feel the homes are fairer.",
        "permanence": "It is part of induction for all new residential staff.",
        "proprietary": no(),
        "adoption": "Training for every shift, not just the managers.",
        "contact": contact("Laura Finch", "Residential Practice Lead", "laura.finch@eastsussex.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 92: a covering letter from the director, with the council's address and a heading of its own, then the form.
doc(
    "92-covering-letter-first",
    [
        P(
            "Children's Services\nBuckinghamshire Council\nThe Gateway, Aylesbury HP19 8FF\nchildrens.services@buckinghamshire.example.gov.uk"
        ),
        P("20 November 2026"),
        B("Re: Silver Linings call for innovations"),
        P("Dear colleagues,"),
        P(
            "I am delighted to support the attached nomination from our Special Educational Needs team. The work has changed how families experience our service and I hope other authorities will find it useful."
        ),
        P("Yours sincerely,"),
        P("Director of Children's Services\nexecutive.office@buckinghamshire.example.gov.uk"),
        H("Title of the innovation"),
        P("EHC plans in the family's own words"),
        H("Authority"),
        P("Buckinghamshire"),
        H("Organisation, school, setting or team"),
        P("SEND Assessment Team"),
        H("Service areas"),
        P("SEND"),
        H("Scale of the innovation"),
        P("Service or team practice"),
        H("The problem or need"),
        P("Families said their child's plan read like a report about a stranger."),
        H("What you did differently"),
        P(
            "Case officers now write section A with the family at a home visit, in the family's words, before any professional advice is added."
        ),
        H("The difference it made"),
        P("Complaints about plans halved, and tribunal appeals fell from 31 to 19."),
        H("Will it become permanent, and how is it being embedded?"),
        P("It is in our quality standard for every new plan."),
        H("Does it use a proprietary software or hardware product?"),
        P("No"),
        H("What would another authority need to adopt it?"),
        P("Case officers with time for a home visit, about two hours a plan."),
        H("Contact"),
        P("Naomi Fletcher, SEND Team Manager, naomi.fletcher@buckinghamshire.example.gov.uk, 01296 383 000"),
        H("Can we publish this innovation in the showcase, with your name?"),
        P("Yes"),
        H("Can we contact you about this innovation?"),
        P("Yes"),
    ],
    {
        "title": "EHC plans in the family's own words",
        "authority": "Buckinghamshire",
        "organisation": "SEND Assessment Team",
        "service_areas": ["SEND"],
        "scale": "Service or team practice",
        "problem": "Families said their child's plan read like a report about a stranger.",
        "what_you_did": "Case officers now write section A with the family at a home visit, in the family's words, before any professional advice is added.",
        "difference": "Complaints about plans halved, and tribunal appeals fell from 31 to 19.",
        "permanence": "It is in our quality standard for every new plan.",
        "proprietary": no(),
        "adoption": "Case officers with time for a home visit, about two hours a plan.",
        "contact": contact(
            "Naomi Fletcher", "SEND Team Manager", "naomi.fletcher@buckinghamshire.example.gov.uk", "01296 383 000"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
    unplaced=["delighted to support"],
)

# 93: a table for the short answers, bold headings for the long ones, tick boxes for consent, contact in a sign-off.
doc(
    "93-table-then-prose",
    [
        T(
            ["Name of project", "Young carers' card"],
            ["Council", "Windsor and Maidenhead"],
            ["Team", "Young Carers Service"],
            ["Area(s)", "Early help"],
            ["Size", "Service or team practice"],
        ),
        B("Why we did it"),
        P(
            "Young carers were being marked late or absent for things like collecting a parent's prescription, and nobody at school knew why."
        ),
        B("What we did"),
        P(
            "Every young carer known to us can have a card they show at school reception and at the pharmacy. Schools signed up to a short agreement about what the card means."
        ),
        B("What changed"),
        P(
            "Twenty-two schools have signed up and 140 cards are in use. Young carers say they no longer have to explain themselves."
        ),
        B("Is it here to stay?"),
        P("Yes – the card is in the young carers' strategy agreed by cabinet."),
        B("Any bought-in product?"),
        P("No, we print the cards ourselves."),
        B("What would someone else need?"),
        P("A list of young carers and a printer that does cards."),
        P("☒ Yes, you may publish this   ☐ No"),
        P("☒ Yes, you may contact me   ☐ No"),
        P("Many thanks,"),
        P("Ellie Brooks\nYoung Carers Coordinator\nellie.brooks@rbwm.example.gov.uk\n01628 683 800"),
    ],
    {
        "title": "Young carers' card",
        "authority": "Windsor and Maidenhead",
        "organisation": "Young Carers Service",
        "service_areas": ["Early help"],
        "scale": "Service or team practice",
        "problem": "Young carers were being marked late or absent for things like collecting a parent's prescription, and nobody at school knew why.",
        "what_you_did": "Every young carer known to us can have a card they show at school reception and at the pharmacy. Schools signed up to a short agreement about what the card means.",
        "difference": "Twenty-two schools have signed up and 140 cards are in use. Young carers say they no longer have to explain themselves.",
        "permanence": "Yes – the card is in the young carers' strategy agreed by cabinet.",
        "proprietary": no("we print the cards ourselves."),
        "adoption": "A list of young carers and a printer that does cards.",
        "contact": contact(
            "Ellie Brooks", "Young Carers Coordinator", "ellie.brooks@rbwm.example.gov.uk", "01628 683 800"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 94: a bilingual template kept from a previous job in Wales: Welsh and English in every heading.
doc(
    "94-welsh-and-english-headings",
    [
        H("Enwebiad / Nomination", 1),
        H("Teitl y fenter / Title of the innovation"),
        P("Dad's club at the family centre"),
        H("Awdurdod / Authority"),
        P("Brighton and Hove"),
        H("Sefydliad neu dîm / Organisation or team"),
        P("Moulsecoomb Family Centre"),
        H("Meysydd gwasanaeth / Service areas"),
        P("Early years, Early help"),
        H("Graddfa / Scale"),
        P("Service or team practice"),
        H("Y broblem neu'r angen / The problem or need"),
        P("Fathers rarely came to the family centre and staff knew little about them."),
        H("Beth wnaethoch chi'n wahanol / What you did differently"),
        P("A Saturday morning club for dads and their under-fives, run by a male family support worker."),
        H("Y gwahaniaeth a wnaeth / The difference it made"),
        P("Sixty dads came in the first year; twelve now come to other groups in the week."),
        H("A fydd yn barhaol? / Will it become permanent?"),
        P("It has been added to the centre's core offer."),
        H("Cynnyrch perchnogol? / Proprietary product?"),
        P("Na / No"),
        H("Beth fyddai ei angen ar awdurdod arall? / What would another authority need?"),
        P("A worker happy to give up Saturday mornings, with time off in the week."),
        H("Cyswllt / Contact"),
        P("Owen Price, Family Support Worker, owen.price@brighton-hove.example.gov.uk"),
        H("Caniatâd i gyhoeddi / Consent to publish"),
        P("Ie / Yes"),
        H("Caniatâd i gysylltu / Consent to contact"),
        P("Ie / Yes"),
    ],
    {
        "title": "Dad's club at the family centre",
        "authority": "Brighton and Hove",
        "organisation": "Moulsecoomb Family Centre",
        "service_areas": ["Early years", "Early help"],
        "scale": "Service or team practice",
        "problem": "Fathers rarely came to the family centre and staff knew little about them.",
        "what_you_did": "A Saturday morning club for dads and their under-fives, run by a male family support worker.",
        "difference": "Sixty dads came in the first year; twelve now come to other groups in the week.",
        "permanence": "It has been added to the centre's core offer.",
        "proprietary": no(),
        "adoption": "A worker happy to give up Saturday mornings, with time off in the week.",
        "contact": contact("Owen Price", "Family Support Worker", "owen.price@brighton-hove.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 95: a case study with headings of the writer's own, a child's story first, the form's facts at the end.
doc(
    "95-case-study",
    [
        H("Step Back In – a case study", 0),
        H("Jade's story", 2),
        P(
            "Jade was 13 and had not been in school for two terms. Her mum had tried everything; the school had sent letters."
        ),
        H("Why we started", 2),
        P(
            "Children out of school for a long time were passed between attendance, SEND and early help, and none of us owned the problem."
        ),
        H("What we tried", 2),
        P(
            "One worker from our Inclusion Team stays with the child from the first missed week to a full timetable, starting with one lesson a week in a room they choose."
        ),
        H("What's different now", 2),
        P(
            "Of 30 children in the first year, 24 are back in school at least three days a week. Jade is back full time."
        ),
        H("Keeping it going", 2),
        P("The worker's post is funded by the schools in the trust."),
        H("If you want to try it", 2),
        P("One worker per 15 children and a school that will let a child start with one lesson."),
        H("The details", 2),
        P("Kent, Inclusion Team. Mainstream schools and SEND. Team practice. No products bought."),
        P("Contact: Marcus Reid, Inclusion Team Leader, marcus.reid@kent.example.gov.uk, 03000 416 000"),
        P("Yes to publishing and yes to being contacted."),
    ],
    {
        "title": "Step Back In",
        "authority": "Kent",
        "organisation": "Inclusion Team",
        "service_areas": ["Mainstream schools", "SEND"],
        "scale": "Service or team practice",
        "problem": "Children out of school for a long time were passed between attendance, SEND and early help, and none of us owned the problem.",
        "what_you_did": "One worker from our Inclusion Team stays with the child from the first missed week to a full timetable, starting with one lesson a week in a room they choose.",
        "difference": "Of 30 children in the first year, 24 are back in school at least three days a week. Jade is back full time.",
        "permanence": "The worker's post is funded by the schools in the trust.",
        "proprietary": no(),
        "adoption": "One worker per 15 children and a school that will let a child start with one lesson.",
        "contact": contact("Marcus Reid", "Inclusion Team Leader", "marcus.reid@kent.example.gov.uk", "03000 416 000"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
    unplaced=["Jade was 13"],
)

# 96: a forwarded email: the forwarding header, a note from the forwarder, then "Label - answer" lines.
doc(
    "96-forwarded-email",
    [
        P(
            "---------- Forwarded message ---------\nFrom: Dev Sharma <dev.sharma@reading.example.gov.uk>\nDate: Mon, 16 Nov 2026 at 09:12\nSubject: Silver Linings nomination\nTo: Silver Linings <sl@example.org>"
        ),
        P("Hi – forwarding this from Lisa in the youth offending team as she's on leave. Dev"),
        P("Title - Court-ordered reparation at the food bank"),
        P("Authority - Reading"),
        P("Team - Reading Youth Justice Service"),
        P("Area - Youth justice"),
        P("Scale - Service or team practice"),
        P(
            "Problem - Reparation hours were spent on litter-picking that young people found pointless and victims never saw."
        ),
        P(
            "What we did - Young people now do their reparation at the town's food bank, sorting and delivering parcels, and victims can choose the food bank as their reparation."
        ),
        P(
            "Difference - Completion of reparation hours went from 58% to 91%, and four young people still volunteer there after their order ended."
        ),
        P("Permanent - Yes, the food bank is now one of our standing placements."),
        P("Proprietary - No"),
        P("What another area would need - A food bank with a volunteer coordinator, and a risk assessment."),
        P("Contact - Lisa Warren, Reparation Officer, lisa.warren@reading.example.gov.uk"),
        P("Publish - Yes\nContact - Yes"),
    ],
    {
        "title": "Court-ordered reparation at the food bank",
        "authority": "Reading",
        "organisation": "Reading Youth Justice Service",
        "service_areas": ["Youth justice"],
        "scale": "Service or team practice",
        "problem": "Reparation hours were spent on litter-picking that young people found pointless and victims never saw.",
        "what_you_did": "Young people now do their reparation at the town's food bank, sorting and delivering parcels, and victims can choose the food bank as their reparation.",
        "difference": "Completion of reparation hours went from 58% to 91%, and four young people still volunteer there after their order ended.",
        "permanence": "Yes, the food bank is now one of our standing placements.",
        "proprietary": no(),
        "adoption": "A food bank with a volunteer coordinator, and a risk assessment.",
        "contact": contact("Lisa Warren", "Reparation Officer", "lisa.warren@reading.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 97: a "Question | Answer | Notes" table: the writer's own notes to colleagues in the last column.
doc(
    "97-question-answer-notes",
    [
        B("Silver Linings – draft for sign-off"),
        T(
            ["Question", "Answer", "Notes"],
            ["Title of the innovation", "Foster carers' WhatsApp support circles", ""],
            ["Authority", "Surrey", ""],
            ["Organisation, school, setting or team", "Fostering Support Team", "check team name with Lee"],
            ["Service areas", "Fostering", ""],
            ["Scale of the innovation", "Personal work habit", "or team practice?"],
            ["The problem or need", "New foster carers felt isolated between supervision visits.", ""],
            [
                "What you did differently",
                "Each new carer joins a small WhatsApp group with three experienced carers who answer questions day to day.",
                "GDPR ok'd by IG in May",
            ],
            [
                "The difference it made",
                "No new carer resigned in their first year, against five the year before.",
                "figure from annual report",
            ],
            ["Will it become permanent, and how is it being embedded?", "Carers run the groups themselves now.", ""],
            ["Does it use a proprietary software or hardware product?", "Yes – WhatsApp", ""],
            [
                "What would another authority need to adopt it?",
                "Experienced carers willing to be on call, and information governance approval.",
                "",
            ],
            ["Contact", "Priti Shah, Supervising Social Worker, priti.shah@surreycc.example.gov.uk", ""],
            ["Can we publish this innovation in the showcase, with your name?", "Yes", ""],
            ["Can we contact you about this innovation?", "Yes", ""],
        ),
    ],
    {
        "title": "Foster carers' WhatsApp support circles",
        "authority": "Surrey",
        "organisation": "Fostering Support Team",
        "service_areas": ["Fostering"],
        "scale": "Personal work habit",
        "problem": "New foster carers felt isolated between supervision visits.",
        "what_you_did": "Each new carer joins a small WhatsApp group with three experienced carers who answer questions day to day.",
        "difference": "No new carer resigned in their first year, against five the year before.",
        "permanence": "Carers run the groups themselves now.",
        "proprietary": yes("WhatsApp"),
        "adoption": "Experienced carers willing to be on call, and information governance approval.",
        "contact": contact("Priti Shah", "Supervising Social Worker", "priti.shah@surreycc.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 98: bullet points of "key: value" with the writer's abbreviations, long answers in the same bullets.
doc(
    "98-key-value-bullets",
    [
        P("Quick version for the SL call:"),
        L(
            "Title: Grandparents' group for kinship carers",
            "LA: Hampshire",
            "Team: Kinship Care Team",
            "Areas: Children's social care",
            "Size: service/team practice",
            "Problem: grandparents raising grandchildren were not eligible for the foster carers' support groups and had nowhere to turn.",
            "What we did: a monthly group at a local library, run by two kinship carers with a social worker on hand, with a crèche.",
            "Result: 35 families came in the first year; requests for emergency support from those families halved.",
            "Sustainable? yes – the kinship budget pays the crèche.",
            "Proprietary product: none",
            "Needs: a free room, a crèche and two carers to lead it.",
            "Contact: Jo Bell (Kinship Social Worker) jo.bell@hants.example.gov.uk 07700 900 456",
            "OK to publish / contact: Y / Y",
        ),
    ],
    {
        "title": "Grandparents' group for kinship carers",
        "authority": "Hampshire",
        "organisation": "Kinship Care Team",
        "service_areas": ["Children's social care"],
        "scale": "Service or team practice",
        "problem": "grandparents raising grandchildren were not eligible for the foster carers' support groups and had nowhere to turn.",
        "what_you_did": "a monthly group at a local library, run by two kinship carers with a social worker on hand, with a crèche.",
        "difference": "35 families came in the first year; requests for emergency support from those families halved.",
        "permanence": "yes – the kinship budget pays the crèche.",
        "proprietary": no(),
        "adoption": "a free room, a crèche and two carers to lead it.",
        "contact": contact("Jo Bell", "Kinship Social Worker", "jo.bell@hants.example.gov.uk", "07700 900 456"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 99: a two-column table whose longest answer says "See Appendix A", with the appendix after the table.
doc(
    "99-see-appendix",
    [
        T(
            ["Title of the innovation", "Care leavers' driving lessons"],
            ["Authority", "West Berkshire"],
            ["Organisation, school, setting or team", "Leaving Care Team"],
            ["Service areas", "Care leavers"],
            ["Scale of the innovation", "Service or team practice"],
            [
                "The problem or need",
                "Jobs and college in a rural county need a car, and care leavers had no one to teach them to drive.",
            ],
            ["What you did differently", "See Appendix A"],
            [
                "The difference it made",
                "Eleven care leavers have passed their test; eight of them are in work that needs a car.",
            ],
            ["Will it become permanent, and how is it being embedded?", "It is in the local offer for care leavers."],
            ["Does it use a proprietary software or hardware product?", "No"],
            [
                "What would another authority need to adopt it?",
                "A driving school willing to agree a block rate, and a budget of about £1,200 per young person.",
            ],
            ["Contact", "Hannah Cole, Personal Adviser, hannah.cole@westberks.example.gov.uk"],
            ["Can we publish this innovation in the showcase, with your name?", "Yes"],
            ["Can we contact you about this innovation?", "Yes"],
        ),
        H("Appendix A – what we did differently", 2),
        I("(longer than the box allowed)"),
        P(
            "We agreed a block rate with a local driving school and pay for up to 40 lessons and the theory and practical tests. Personal advisers book the first lesson with the young person."
        ),
    ],
    {
        "title": "Care leavers' driving lessons",
        "authority": "West Berkshire",
        "organisation": "Leaving Care Team",
        "service_areas": ["Care leavers"],
        "scale": "Service or team practice",
        "problem": "Jobs and college in a rural county need a car, and care leavers had no one to teach them to drive.",
        "what_you_did": "We agreed a block rate with a local driving school and pay for up to 40 lessons and the theory and practical tests. Personal advisers book the first lesson with the young person.",
        "difference": "Eleven care leavers have passed their test; eight of them are in work that needs a car.",
        "permanence": "It is in the local offer for care leavers.",
        "proprietary": no(),
        "adoption": "A driving school willing to agree a block rate, and a budget of about £1,200 per young person.",
        "contact": contact("Hannah Cole", "Personal Adviser", "hannah.cole@westberks.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)
