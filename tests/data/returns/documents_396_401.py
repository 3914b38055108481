# ruff: noqa: E501 - the documents' text is kept as written, one paragraph a line
"""Returned documents 396–401, written with 390–395 and read once with them (bench/README.md).

Mistakes people make filling in the form, each a different writer: the answers typed into the "Reviewer comments"
column of the panel's review template; a "DRAFT – NOT FOR CIRCULATION" heading with a colleague's review comments
left in square brackets; a form whose writer deleted the headings they did not answer; answers in a blue font with
the grey "Type here" prompts left in front of them; yes-or-no questions with both boxes ticked; and the contact
block filled with the nominee's manager, with a note that the real contact is someone else. See build.py.
"""

from tests.data.returns.build import CB, RAW, B, H, P, T, contact, no, yes
from tests.data.returns.documents import doc
from tests.data.returns.documents_150_155 import Q
from tests.data.returns.documents_366_371 import para, run, xml

# 396: the panel's review template filled in by the nominator: answers in the "Reviewer comments" column.
doc(
    "396-answers-in-reviewer-comments-column",
    [
        H("Silver Linings – panel review sheet", 1),
        P("For panel use: read the nomination and record your comments and a score from 1 to 5 against each question."),
        T(
            ["Question", "Guidance for reviewers", "Reviewer comments", "Score"],
            [Q["title"], "Is the title clear?", "Reading buddies for children in care", ""],
            [Q["authority"], "", "Reading", ""],
            [Q["organisation"], "", "Virtual School", ""],
            [Q["service_areas"], "", "Children's social care", ""],
            [Q["scale"], "Is the scale right?", "Service or team practice", ""],
            [
                Q["problem"],
                "Is the need well evidenced?",
                "Children in care in Year 5 were on average two years behind in reading.",
                "",
            ],
            [
                Q["what_you_did"],
                "Is it new for the authority?",
                "Each child is paired with a volunteer from a local firm who reads with them online twice a week.",
                "",
            ],
            [
                Q["difference"],
                "Is there evidence of impact?",
                "After a year, 17 of the 24 children gained more than a year in reading age.",
                "",
            ],
            [Q["permanence"], "Is it sustainable?", "The firms have signed up for three more years.", ""],
            [Q["proprietary"], "", "No", ""],
            [Q["adoption"], "Could others do it?", "A link with local employers and a safe video-call set-up.", ""],
            [Q["contact"], "", "Lucy Brennan, Education Adviser, lucy.brennan@reading.example.gov.uk", ""],
            [Q["consent_publish"], "", "Yes", ""],
            [Q["consent_contact"], "", "Yes", ""],
        ),
    ],
    {
        "title": "Reading buddies for children in care",
        "authority": "Reading",
        "organisation": "Virtual School",
        "service_areas": ["Children's social care"],
        "scale": "Service or team practice",
        "problem": "Children in care in Year 5 were on average two years behind in reading.",
        "what_you_did": "Each child is paired with a volunteer from a local firm who reads with them online twice a week.",
        "difference": "After a year, 17 of the 24 children gained more than a year in reading age.",
        "permanence": "The firms have signed up for three more years.",
        "proprietary": no(),
        "adoption": "A link with local employers and a safe video-call set-up.",
        "contact": contact("Lucy Brennan", "Education Adviser", "lucy.brennan@reading.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 397: sent while still a draft: the heading says so and a colleague's review comments stay in square brackets.
doc(
    "397-draft-with-review-comments",
    [
        H("DRAFT – NOT FOR CIRCULATION", 1),
        P("[SB: I've added comments in square brackets – please take them out before it goes.]"),
        H(Q["title"]),
        P("Text reminders for review health assessments"),
        H(Q["authority"]),
        P("West Sussex"),
        H(Q["organisation"]),
        P("Looked After Children Health Team [SB: do we say the NHS trust as well?]"),
        H(Q["service_areas"]),
        P("Children's social care"),
        H(Q["scale"]),
        P("Service or team practice"),
        H(Q["problem"]),
        P("Young people in care missed their review health assessments and then waited months for another slot."),
        H(Q["what_you_did"]),
        P(
            "Nurses text the young person the week before and on the day, and offer a slot at school or a café. [SB: can we say how many were offered in a café?]"
        ),
        H(Q["difference"]),
        P("Assessments done on time went from 61% to 87% in a year. [SB: check this against the Q4 return]"),
        H(Q["permanence"]),
        P("The texts are part of the team's booking process."),
        H(Q["proprietary"]),
        P("No"),
        H(Q["adoption"]),
        P("A texting service and nurses willing to meet young people away from the clinic."),
        H(Q["contact"]),
        P("Rachel Oyelaran, Specialist Nurse for Children in Care, rachel.oyelaran@westsussex.example.gov.uk"),
        H(Q["consent_publish"]),
        P("Yes [SB: Rachel ok with her name going on?]"),
        H(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Text reminders for review health assessments",
        "authority": "West Sussex",
        "organisation": "Looked After Children Health Team",
        "service_areas": ["Children's social care"],
        "scale": "Service or team practice",
        "problem": "Young people in care missed their review health assessments and then waited months for another slot.",
        "what_you_did": "Nurses text the young person the week before and on the day, and offer a slot at school or a café.",
        "difference": "Assessments done on time went from 61% to 87% in a year.",
        "permanence": "The texts are part of the team's booking process.",
        "proprietary": no(),
        "adoption": "A texting service and nurses willing to meet young people away from the clinic.",
        "contact": contact(
            "Rachel Oyelaran", "Specialist Nurse for Children in Care", "rachel.oyelaran@westsussex.example.gov.uk"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 398: the writer deleted the headings they did not answer (scale, proprietary, adoption): the rest in order.
doc(
    "398-unanswered-headings-deleted",
    [
        B(Q["title"]),
        P("Stay and play at the library"),
        B(Q["authority"]),
        P("Milton Keynes"),
        B(Q["organisation"]),
        P("Family Hub, Central"),
        B(Q["service_areas"]),
        P("Early years, Early help"),
        B(Q["problem"]),
        P(
            "Parents new to the city had no idea where to go with toddlers, and the family hub felt like a council office."
        ),
        B(Q["what_you_did"]),
        P(
            "Hub staff run stay and play in the library on Tuesday mornings and talk to parents there about what else is on."
        ),
        B(Q["difference"]),
        P("Sixty families came in the first term; 23 then came to the hub for other help."),
        B(Q["permanence"]),
        P("The library has given us the room every Tuesday for the coming year."),
        B(Q["contact"]),
        P("Sophie Grant, Family Hub Practitioner, sophie.grant@milton-keynes.example.gov.uk"),
        B(Q["consent_publish"]),
        P("Yes"),
        B(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Stay and play at the library",
        "authority": "Milton Keynes",
        "organisation": "Family Hub, Central",
        "service_areas": ["Early years", "Early help"],
        "problem": "Parents new to the city had no idea where to go with toddlers, and the family hub felt like a council office.",
        "what_you_did": "Hub staff run stay and play in the library on Tuesday mornings and talk to parents there about what else is on.",
        "difference": "Sixty families came in the first term; 23 then came to the hub for other help.",
        "permanence": "The library has given us the room every Tuesday for the coming year.",
        "contact": contact("Sophie Grant", "Family Hub Practitioner", "sophie.grant@milton-keynes.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

GREY, BLUE = '<w:color w:val="808080"/>', '<w:color w:val="1F4E79"/>'


def typed(answer):
    """A paragraph: the grey prompt left in, then the answer typed after it in blue."""
    return para(xml(run("Type here", GREY)), xml(run(" " + answer, BLUE)))


_TYPED = {
    "title": "Dads' Saturday football",
    "authority": "Buckinghamshire",
    "organisation": "Early Help Locality Team North",
    "service_areas": "Early help",
    "scale": "Service or team practice",
    "problem": "Fathers were almost never at early help reviews, and workers only ever spoke to mothers.",
    "what_you_did": "A worker runs a Saturday football session for dads and their children and holds the review chat on the touchline.",
    "difference": "Fathers took part in 19 of 30 plans this year, against 4 the year before.",
    "permanence": "It is now a regular part of the locality's timetable, run by two workers on a rota.",
    "proprietary": "No",
    "adoption": "A pitch, a ball and a worker willing to give up some Saturdays.",
    "contact": "Marcus Bell, Early Help Practitioner, marcus.bell@buckinghamshire.example.gov.uk",
    "consent_publish": "Yes",
    "consent_contact": "Yes",
}

# 399: answers typed in blue after the template's grey "Type here" prompts, which were never deleted.
doc(
    "399-type-here-prompts-left-in",
    [RAW("".join(para(xml(run(Q[key], "<w:b/>"))) + typed(answer) for key, answer in _TYPED.items()))],
    {
        **{
            key: _TYPED[key]
            for key in (
                "title",
                "authority",
                "organisation",
                "scale",
                "problem",
                "what_you_did",
                "difference",
                "permanence",
                "adoption",
            )
        },
        "service_areas": ["Early help"],
        "proprietary": no(),
        "contact": contact("Marcus Bell", "Early Help Practitioner", "marcus.bell@buckinghamshire.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 400: check boxes where both "Yes" and "No" are ticked for the proprietary question and the publishing consent.
doc(
    "400-both-boxes-ticked",
    [
        H("Silver Linings nomination form", 1),
        B(Q["title"]),
        P("Calm boxes in the school office"),
        B(Q["authority"]),
        P("Brighton and Hove"),
        B(Q["organisation"]),
        P("Inclusion Team, Hollingbury Primary School"),
        B(Q["service_areas"]),
        P("SEND, Mainstream schools"),
        B(Q["scale"]),
        P("Personal work habit"),
        B(Q["problem"]),
        P("Children who were overwhelmed in class were sent to the office and waited there with nothing to do."),
        B(Q["what_you_did"]),
        P(
            "The office keeps calm boxes of fidget toys, ear defenders and a visual timer, and a TA checks in after ten minutes."
        ),
        B(Q["difference"]),
        P("Time out of class per incident fell from forty minutes to fifteen."),
        B(Q["permanence"]),
        P("The boxes are topped up from the SEND budget each term."),
        B(Q["proprietary"]),
        CB((True, "Yes"), (True, "No")),
        B(Q["adoption"]),
        P("About £40 a box and a TA who can check in."),
        B(Q["contact"]),
        P("Hannah Lowe, SENCo, senco@hollingbury.brighton-hove.example.sch.uk"),
        B(Q["consent_publish"]),
        CB((True, "Yes"), (True, "No")),
        B(Q["consent_contact"]),
        CB((True, "Yes"), (False, "No")),
    ],
    {
        "title": "Calm boxes in the school office",
        "authority": "Brighton and Hove",
        "organisation": "Inclusion Team, Hollingbury Primary School",
        "service_areas": ["SEND", "Mainstream schools"],
        "scale": "Personal work habit",
        "problem": "Children who were overwhelmed in class were sent to the office and waited there with nothing to do.",
        "what_you_did": "The office keeps calm boxes of fidget toys, ear defenders and a visual timer, and a TA checks in after ten minutes.",
        "difference": "Time out of class per incident fell from forty minutes to fifteen.",
        "permanence": "The boxes are topped up from the SEND budget each term.",
        "adoption": "About £40 a box and a TA who can check in.",
        "contact": contact("Hannah Lowe", "SENCo", "senco@hollingbury.brighton-hove.example.sch.uk"),
        "consent_contact": yes(),
    },
)

# 401: the contact block filled with the nominee's manager, and a note under it naming the real contact.
doc(
    "401-manager-in-contact-block",
    [
        H(Q["title"]),
        P("Sibling groups kept together in emergency placements"),
        H(Q["authority"]),
        P("Slough"),
        H(Q["organisation"]),
        P("Placements Team"),
        H(Q["service_areas"]),
        P("Fostering, Children's social care"),
        H(Q["scale"]),
        P("Service or team practice"),
        H(Q["problem"]),
        P(
            "Brothers and sisters taken into care at night were often split between carers because no one home had room."
        ),
        H(Q["what_you_did"]),
        P("We keep two carers with room for three or four children on a paid standby rota for emergencies."),
        H(Q["difference"]),
        P("Of 14 sibling groups placed in an emergency this year, 12 stayed together."),
        H(Q["permanence"]),
        P("The standby rota is in the placement sufficiency strategy."),
        H(Q["proprietary"]),
        P("No"),
        H(Q["adoption"]),
        P("A standby fee for two large-home carers."),
        H(Q["contact"]),
        T(
            ["Name", "Deborah Kirk"],
            ["Role", "Head of Service, Placements"],
            ["Email", "deborah.kirk@slough.example.gov.uk"],
        ),
        P(
            "Note: I have put my details as I am signing this off, but the contact for the innovation is Imran Shah, Placements Officer, imran.shah@slough.example.gov.uk, 01753 875 209 – please contact him."
        ),
        H(Q["consent_publish"]),
        P("Yes"),
        H(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Sibling groups kept together in emergency placements",
        "authority": "Slough",
        "organisation": "Placements Team",
        "service_areas": ["Fostering", "Children's social care"],
        "scale": "Service or team practice",
        "problem": "Brothers and sisters taken into care at night were often split between carers because no one home had room.",
        "what_you_did": "We keep two carers with room for three or four children on a paid standby rota for emergencies.",
        "difference": "Of 14 sibling groups placed in an emergency this year, 12 stayed together.",
        "permanence": "The standby rota is in the placement sufficiency strategy.",
        "proprietary": no(),
        "adoption": "A standby fee for two large-home carers.",
        "contact": contact("Imran Shah", "Placements Officer", "imran.shah@slough.example.gov.uk", "01753 875 209"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)
