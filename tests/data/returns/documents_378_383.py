# ruff: noqa: E501 - the documents' text is kept as written, one paragraph a line
"""Returned documents 378–383, written with 384–389 and read once with them (bench/README.md).

Partner organisations' own habits: a police partner's protective markings on every page and a crime reference in
an answer; a school's letterhead with its URN and DfE number; an NHS trust's template with "NHS number" and
"Caldicott approval" lines; a charity's registered numbers in the footer and the signature; an early years setting's
Ofsted registration number; a multi-academy trust writing for three of its schools.
"""

from tests.data.returns.build import BP, HF, PB, H, P, T, contact, no, yes
from tests.data.returns.documents import doc
from tests.data.returns.documents_150_155 import Q

_MARK = "OFFICIAL-SENSITIVE"

# 378: a police partner: the protective marking typed at the top and bottom of each page and in the header and
# footer, labels in bold with the answer after them, a crime reference number in the difference it made.
doc(
    "378-police-protective-markings",
    [
        HF(_MARK, f"{_MARK}\nHampshire and Isle of Wight Constabulary"),
        P(_MARK),
        H("Silver Linings nomination – Police partner return", 1),
        BP(Q["title"] + ": ", "Joint missing-from-home return interviews"),
        BP(Q["authority"] + ": ", "Portsmouth"),
        BP(Q["organisation"] + ": ", "Hampshire and Isle of Wight Constabulary – Portsmouth Missing Persons Unit"),
        BP(Q["service_areas"] + ": ", "Children's social care, Youth justice"),
        BP(Q["scale"] + ": ", "Service or team practice"),
        H(Q["problem"]),
        P(
            "Children reported missing were interviewed twice after coming home, once by an officer and once by a social worker, and told neither the whole story."
        ),
        H(Q["what_you_did"]),
        P(
            "An officer and the child's social worker now hold one return interview together within 72 hours, in a place the child chooses."
        ),
        P(_MARK),
        PB(),
        P(_MARK),
        H(Q["difference"]),
        P(
            "Repeat missing episodes fell by a third in the first year. One interview led to a child exploitation disruption (crime reference 44/190325/24)."
        ),
        H(Q["permanence"]),
        P("It is written into the joint missing children protocol signed in March."),
        BP(Q["proprietary"] + ": ", "No"),
        H(Q["adoption"]),
        P("A shared diary between the missing persons unit and the children's teams."),
        H(Q["contact"]),
        P(
            "DS Mark Ellison, Detective Sergeant, Missing Persons Unit, mark.ellison@hampshire.example.police.uk, 101 ext 4471"
        ),
        BP(Q["consent_publish"] + " ", "Yes"),
        BP(Q["consent_contact"] + " ", "Yes"),
        P(_MARK),
    ],
    {
        "title": "Joint missing-from-home return interviews",
        "authority": "Portsmouth",
        "organisation": "Hampshire and Isle of Wight Constabulary – Portsmouth Missing Persons Unit",
        "service_areas": ["Children's social care", "Youth justice"],
        "scale": "Service or team practice",
        "problem": "Children reported missing were interviewed twice after coming home, once by an officer and once by a social worker, and told neither the whole story.",
        "what_you_did": "An officer and the child's social worker now hold one return interview together within 72 hours, in a place the child chooses.",
        "difference": "Repeat missing episodes fell by a third in the first year. One interview led to a child exploitation disruption (crime reference 44/190325/24).",
        "permanence": "It is written into the joint missing children protocol signed in March.",
        "proprietary": no(),
        "adoption": "A shared diary between the missing persons unit and the children's teams.",
        "contact": contact(
            "DS Mark Ellison",
            "Detective Sergeant, Missing Persons Unit",
            "mark.ellison@hampshire.example.police.uk",
            "101 ext 4471",
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 379: a primary school on its letterhead: the URN and the DfE number (numbers that look like telephone numbers)
# beside the school's telephone in the letterhead, the form as a two-column table under it.
doc(
    "379-school-letterhead-urn-dfe",
    [
        HF(
            "Hill Crest Primary School  •  URN 116 250  •  DfE 850 2041",
            "Headteacher: Mrs J. Okoro  •  Tel 023 8044 1122",
        ),
        P(
            "Hill Crest Primary School\nChurch Lane, Southampton SO17 2AB\nURN: 116 250   DfE number: 850 2041\nTel: 023 8044 1122   office@hillcrest.southampton.example.sch.uk"
        ),
        P("12 November"),
        H("Silver Linings nomination", 1),
        T(
            [Q["title"], "Family reading mornings"],
            [Q["authority"], "Southampton"],
            [Q["organisation"], "Hill Crest Primary School"],
            [Q["service_areas"], "Mainstream schools; Early help"],
            [Q["scale"], "Service or team practice"],
            [
                Q["problem"],
                "Parents of our Year 1 pupils told us they did not know how phonics is taught and felt unable to help at home.",
            ],
            [
                Q["what_you_did"],
                "Every Friday the first half hour is a family reading morning: parents sit with their child and the class teacher models a phonics session.",
            ],
            [Q["difference"], "The phonics screening check pass rate rose from 71% to 86% in two years."],
            [Q["permanence"], "It is in the school improvement plan and the timetable."],
            [Q["proprietary"], "No"],
            [Q["adoption"], "Half an hour of the timetable and a welcome at the door."],
            [Q["contact"], "Joy Okoro, Headteacher, head@hillcrest.southampton.example.sch.uk, 023 8044 1122"],
            [Q["consent_publish"], "Yes"],
            [Q["consent_contact"], "Yes"],
        ),
        P("Yours sincerely,\nJoy Okoro\nHeadteacher"),
    ],
    {
        "title": "Family reading mornings",
        "authority": "Southampton",
        "organisation": "Hill Crest Primary School",
        "service_areas": ["Mainstream schools", "Early help"],
        "scale": "Service or team practice",
        "problem": "Parents of our Year 1 pupils told us they did not know how phonics is taught and felt unable to help at home.",
        "what_you_did": "Every Friday the first half hour is a family reading morning: parents sit with their child and the class teacher models a phonics session.",
        "difference": "The phonics screening check pass rate rose from 71% to 86% in two years.",
        "permanence": "It is in the school improvement plan and the timetable.",
        "proprietary": no(),
        "adoption": "Half an hour of the timetable and a welcome at the door.",
        "contact": contact("Joy Okoro", "Headteacher", "head@hillcrest.southampton.example.sch.uk", "023 8044 1122"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 380: an NHS trust's own nomination template: its information governance lines ("NHS number: N/A", "Caldicott
# approval: …", "Datix reference: …") between the call's questions, a yes with the product on the next line.
doc(
    "380-nhs-trust-template",
    [
        H("Surrey and Borders Partnership NHS Foundation Trust", 1),
        P("External award submission – template v3.2"),
        BP("Submission type: ", "Partnership award"),
        BP("NHS number: ", "N/A"),
        BP("Caldicott approval: ", "Not required – no patient-identifiable information"),
        BP("Datix reference: ", "N/A"),
        H(Q["title"]),
        P("Text-message reminders for first CAMHS appointments"),
        H(Q["authority"]),
        P("Surrey"),
        H(Q["organisation"]),
        P("Surrey and Borders Partnership NHS Foundation Trust – CAMHS Single Point of Access"),
        H(Q["service_areas"]),
        P("SEND, Early help"),
        H(Q["scale"]),
        P("Service or team practice"),
        H(Q["problem"]),
        P(
            "One in four young people missed their first CAMHS appointment and went back to the end of the waiting list."
        ),
        H(Q["what_you_did"]),
        P("Young people and their parents get a text a week before and a day before, with a link to rearrange."),
        H(Q["difference"]),
        P("Missed first appointments fell from 24% to 9%."),
        H(Q["permanence"]),
        P("The reminders are part of the booking process in every CAMHS team."),
        H(Q["proprietary"]),
        P("Yes"),
        P("SystmOne appointment reminders (TPP), already licensed by the trust"),
        H(Q["adoption"]),
        P("A records system that can send texts and a mobile number on each referral."),
        H(Q["contact"]),
        P("Dr Anita Sharma, Consultant Clinical Psychologist, anita.sharma@sabp.example.nhs.uk, 0300 555 0142"),
        H(Q["consent_publish"]),
        P("Yes"),
        H(Q["consent_contact"]),
        P("Yes"),
        BP("Approved by (Caldicott Guardian): ", "not required"),
        BP("Information governance check: ", "Completed 3 November"),
    ],
    {
        "title": "Text-message reminders for first CAMHS appointments",
        "authority": "Surrey",
        "organisation": "Surrey and Borders Partnership NHS Foundation Trust – CAMHS Single Point of Access",
        "service_areas": ["SEND", "Early help"],
        "scale": "Service or team practice",
        "problem": "One in four young people missed their first CAMHS appointment and went back to the end of the waiting list.",
        "what_you_did": "Young people and their parents get a text a week before and a day before, with a link to rearrange.",
        "difference": "Missed first appointments fell from 24% to 9%.",
        "permanence": "The reminders are part of the booking process in every CAMHS team.",
        "proprietary": yes("SystmOne appointment reminders (TPP), already licensed by the trust"),
        "adoption": "A records system that can send texts and a mobile number on each referral.",
        "contact": contact(
            "Dr Anita Sharma", "Consultant Clinical Psychologist", "anita.sharma@sabp.example.nhs.uk", "0300 555 0142"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 381: a charity: its registered charity number and company number in the page footer and again in the signature
# under the form.
doc(
    "381-charity-numbers-footer-signature",
    [
        HF(
            "Brighter Days Trust",
            "Brighter Days Trust is a registered charity (no. 1098765) and a company limited by guarantee registered in England and Wales (no. 04567890). Registered office: 4 Marine Parade, Brighton BN2 1TL.",
        ),
        H("Silver Linings nomination", 1),
        H(Q["title"]),
        P("Peer mentors for young carers"),
        H(Q["authority"]),
        P("Brighton and Hove"),
        H(Q["organisation"]),
        P("Brighter Days Trust – Young Carers Project"),
        H(Q["service_areas"]),
        P("Early help"),
        H(Q["scale"]),
        P("Service or team practice"),
        H(Q["problem"]),
        P("Young carers told us they stopped coming to groups at 14 because nobody there was their age."),
        H(Q["what_you_did"]),
        P(
            "Former young carers aged 17 to 21 are trained and paid as peer mentors and run the groups for 11 to 16 year olds."
        ),
        H(Q["difference"]),
        P("Attendance of 14 to 16 year olds doubled, and four mentors have gone on to college courses in care."),
        H(Q["permanence"]),
        P("The council's young carers contract now funds two mentor posts."),
        H(Q["proprietary"]),
        P("No"),
        H(Q["adoption"]),
        P("A small budget for mentors' pay and their training."),
        H(Q["contact"]),
        P("Amira Patel, Chief Executive, amira.patel@brighterdays.example.org.uk, 01273 555 019"),
        H(Q["consent_publish"]),
        P("Yes"),
        H(Q["consent_contact"]),
        P("Yes"),
        P(
            "Signed: Amira Patel, Chief Executive\nfor and on behalf of Brighter Days Trust\nRegistered charity no. 1098765 | Company no. 04567890"
        ),
    ],
    {
        "title": "Peer mentors for young carers",
        "authority": "Brighton and Hove",
        "organisation": "Brighter Days Trust – Young Carers Project",
        "service_areas": ["Early help"],
        "scale": "Service or team practice",
        "problem": "Young carers told us they stopped coming to groups at 14 because nobody there was their age.",
        "what_you_did": "Former young carers aged 17 to 21 are trained and paid as peer mentors and run the groups for 11 to 16 year olds.",
        "difference": "Attendance of 14 to 16 year olds doubled, and four mentors have gone on to college courses in care.",
        "permanence": "The council's young carers contract now funds two mentor posts.",
        "proprietary": no(),
        "adoption": "A small budget for mentors' pay and their training.",
        "contact": contact(
            "Amira Patel", "Chief Executive", "amira.patel@brighterdays.example.org.uk", "01273 555 019"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 382: an early years setting: its Ofsted registration number in a row of its own it added under the
# organisation, "Yes please" and "Happy for you to" for the consents.
doc(
    "382-early-years-ofsted-registration",
    [
        H("Silver Linings – nomination form", 1),
        T(
            [Q["title"], "Stay and play for two-year-olds"],
            [Q["authority"], "Wokingham"],
            [Q["organisation"], "Little Acorns Pre-school"],
            ["Ofsted registration number", "EY412345"],
            [Q["service_areas"], "Early years"],
            [Q["scale"], "Personal work habit"],
            [
                Q["problem"],
                "Families taking up funded places for two-year-olds often did not know the setting before the first day, and settling in took weeks.",
            ],
            [
                Q["what_you_did"],
                "Our manager runs a free stay and play session every Wednesday in the term before a child starts.",
            ],
            [
                Q["difference"],
                "Settling-in time halved, and every funded two-year-old last term attended at least 90% of sessions.",
            ],
            [Q["permanence"], "It is in our admissions policy."],
            [Q["proprietary"], "No"],
            [Q["adoption"], "A room for an hour a week and a member of staff."],
            [Q["contact"], "Kerry Dunn, Setting Manager, manager@littleacorns.example.org.uk, 0118 496 0321"],
            [Q["consent_publish"], "Yes please"],
            [Q["consent_contact"], "Happy for you to"],
        ),
        P("Little Acorns Pre-school, Ofsted URN EY412345, registered on the Early Years Register."),
    ],
    {
        "title": "Stay and play for two-year-olds",
        "authority": "Wokingham",
        "organisation": "Little Acorns Pre-school",
        "service_areas": ["Early years"],
        "scale": "Personal work habit",
        "problem": "Families taking up funded places for two-year-olds often did not know the setting before the first day, and settling in took weeks.",
        "what_you_did": "Our manager runs a free stay and play session every Wednesday in the term before a child starts.",
        "difference": "Settling-in time halved, and every funded two-year-old last term attended at least 90% of sessions.",
        "permanence": "It is in our admissions policy.",
        "proprietary": no(),
        "adoption": "A room for an hour a week and a member of staff.",
        "contact": contact("Kerry Dunn", "Setting Manager", "manager@littleacorns.example.org.uk", "0118 496 0321"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 383: a multi-academy trust writing one nomination for three of its schools: the schools listed as bullets under
# the organisation, the authority with "(all three schools)".
doc(
    "383-multi-academy-trust-three-schools",
    [
        H("Downland Learning Trust", 1),
        P("A nomination on behalf of three of our academies."),
        H(Q["title"]),
        P("Shared SENCo triage across three schools"),
        H(Q["authority"]),
        P("West Sussex (all three schools)"),
        H(Q["organisation"]),
        P("Downland Learning Trust: Hill View Primary Academy, Meadow Junior Academy and St Anne's CE Infant Academy"),
        H(Q["service_areas"]),
        P("Mainstream schools, SEND"),
        H(Q["scale"]),
        P("Service or team practice"),
        H(Q["problem"]),
        P("Each school had a part-time SENCo, and referrals waited up to a term for a first look."),
        H(Q["what_you_did"]),
        P("The three SENCos hold a joint triage meeting every Monday and share the caseload by need, not by school."),
        H(Q["difference"]),
        P(
            "Every new concern is now seen within two weeks, and requests for an EHC needs assessment are better evidenced."
        ),
        H(Q["permanence"]),
        P("The trust board has made the triage a trust-wide expectation from September."),
        H(Q["proprietary"]),
        P("No"),
        H(Q["adoption"]),
        P("Schools close enough to share staff and a common referral form."),
        H(Q["contact"]),
        P("Rachel Burgess, Trust Director of Inclusion, r.burgess@downland.example.org.uk"),
        H(Q["consent_publish"]),
        P("Yes"),
        H(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Shared SENCo triage across three schools",
        "authority": "West Sussex",
        "organisation": "Downland Learning Trust: Hill View Primary Academy, Meadow Junior Academy and St Anne's CE Infant Academy",
        "service_areas": ["Mainstream schools", "SEND"],
        "scale": "Service or team practice",
        "problem": "Each school had a part-time SENCo, and referrals waited up to a term for a first look.",
        "what_you_did": "The three SENCos hold a joint triage meeting every Monday and share the caseload by need, not by school.",
        "difference": "Every new concern is now seen within two weeks, and requests for an EHC needs assessment are better evidenced.",
        "permanence": "The trust board has made the triage a trust-wide expectation from September.",
        "proprietary": no(),
        "adoption": "Schools close enough to share staff and a common referral form.",
        "contact": contact("Rachel Burgess", "Trust Director of Inclusion", "r.burgess@downland.example.org.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)
