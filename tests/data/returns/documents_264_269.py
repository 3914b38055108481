# ruff: noqa: E501 - the documents' text is kept as written, one paragraph a line
"""Returned documents 264–269, written with 258–263 and read once with them (bench/README.md).

Shapes not in documents 1–245: the contact copied from Outlook's address line ("Okoro, Samuel <…>", surname
first); the answers in text boxes inside the answer cells of a layout table; the service's own abbreviations for
the council and the service areas ("MK", "CSC", "EY", "YJS"); an "Any other comments" heading and a signed
declaration after the last question; the call's judging criteria as the headings ("Criterion 2: Impact"); a word
count in brackets typed after each long answer. See build.py.
"""

from tests.data.returns.build import B, H, P, T, X, contact, no, yes
from tests.data.returns.documents import doc
from tests.data.returns.documents_150_155 import Q

# 264: the contact pasted from Outlook's "To" line, surname first, with the job title and a "T." number under it.
doc(
    "264-contact-from-outlook-address-line",
    [
        H(Q["title"]),
        P("Contact sessions by video for brothers and sisters placed apart"),
        H(Q["authority"]),
        P("Slough"),
        H(Q["organisation"]),
        P("Family Time Team, Slough Children First"),
        H(Q["service_areas"]),
        P("Children's social care, Fostering"),
        H(Q["scale"]),
        P("Service or team practice"),
        H(Q["problem"]),
        P("Brothers and sisters placed far apart saw each other once a month at best."),
        H(Q["what_you_did"]),
        P("Carers set up a weekly video call for siblings, with a family time worker joining the first few."),
        H(Q["difference"]),
        P("Thirty sibling groups now talk every week, and carers say the monthly visits go better."),
        H(Q["permanence"]),
        P("Weekly sibling calls are now part of every care plan where siblings live apart."),
        H(Q["proprietary"]),
        P("No"),
        H(Q["adoption"]),
        P("Carers with a tablet or laptop and a family time worker to help at the start."),
        H(Q["contact"]),
        P(
            "Okoro, Samuel <samuel.okoro@slough.example.gov.uk>\nSenior Practitioner, Family Time Team\nT. 01753 000 223"
        ),
        H(Q["consent_publish"]),
        P("Yes"),
        H(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Contact sessions by video for brothers and sisters placed apart",
        "authority": "Slough",
        "organisation": "Family Time Team, Slough Children First",
        "service_areas": ["Children's social care", "Fostering"],
        "scale": "Service or team practice",
        "problem": "Brothers and sisters placed far apart saw each other once a month at best.",
        "what_you_did": "Carers set up a weekly video call for siblings, with a family time worker joining the first few.",
        "difference": "Thirty sibling groups now talk every week, and carers say the monthly visits go better.",
        "permanence": "Weekly sibling calls are now part of every care plan where siblings live apart.",
        "proprietary": no(),
        "adoption": "Carers with a tablet or laptop and a family time worker to help at the start.",
        "contact": contact(
            "Samuel Okoro",
            "Senior Practitioner, Family Time Team",
            "samuel.okoro@slough.example.gov.uk",
            "01753 000 223",
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 265: a designed form: a two-column layout table, the question on the left and, on the right, a text box the
# writer typed into.
doc(
    "265-text-boxes-in-table-cells",
    [
        H("Silver Linings – nomination", 1),
        T(
            (Q["title"], [X("Bedtime stories read by carers on video")]),
            (Q["authority"], [X("Wokingham")]),
            (Q["organisation"], [X("Fostering Service")]),
            (Q["service_areas"], [X("Fostering")]),
            (Q["scale"], [X("Personal work habit")]),
            (Q["problem"], [X("Children moving to a new foster home did not know the voice of their new carers.")]),
            (
                Q["what_you_did"],
                [X("New carers record a bedtime story on video, sent to the child before the first visit.")],
            ),
            (
                Q["difference"],
                [X("Social workers say first nights are calmer; 18 of 20 children watched the video more than once.")],
            ),
            (Q["permanence"], [X("The video is on the matching checklist.")]),
            (Q["proprietary"], [X("No")]),
            (Q["adoption"], [X("A phone with a camera and a secure way to share the video.")]),
            (Q["contact"], [X("Ruth Amankwah", "Supervising Social Worker", "ruth.amankwah@wokingham.example.gov.uk")]),
            (Q["consent_publish"], [X("Yes")]),
            (Q["consent_contact"], [X("Yes")]),
        ),
    ],
    {
        "title": "Bedtime stories read by carers on video",
        "authority": "Wokingham",
        "organisation": "Fostering Service",
        "service_areas": ["Fostering"],
        "scale": "Personal work habit",
        "problem": "Children moving to a new foster home did not know the voice of their new carers.",
        "what_you_did": "New carers record a bedtime story on video, sent to the child before the first visit.",
        "difference": "Social workers say first nights are calmer; 18 of 20 children watched the video more than once.",
        "permanence": "The video is on the matching checklist.",
        "proprietary": no(),
        "adoption": "A phone with a camera and a secure way to share the video.",
        "contact": contact("Ruth Amankwah", "Supervising Social Worker", "ruth.amankwah@wokingham.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 266: written quickly by a team manager in the service's own abbreviations.
doc(
    "266-service-abbreviations",
    [
        B(Q["title"]),
        P("Joint visits by youth workers and social workers"),
        B(Q["authority"]),
        P("MK"),
        B(Q["organisation"]),
        P("Adolescent Support Team"),
        B(Q["service_areas"]),
        P("CSC, YJS, EH"),
        B(Q["scale"]),
        P("Service or team practice"),
        B(Q["problem"]),
        P(
            "Teenagers at risk of exploitation would not talk to social workers, and youth workers were brought in too late."
        ),
        B(Q["what_you_did"]),
        P("A youth worker joins the social worker on the first visit to every teenager referred for exploitation."),
        B(Q["difference"]),
        P("Missing episodes for the teenagers supported fell by 40% in a year."),
        B(Q["permanence"]),
        P("Two youth worker posts moved permanently into the team."),
        B(Q["proprietary"]),
        P("No"),
        B(Q["adoption"]),
        P("Youth workers in the same team as the social workers."),
        B(Q["contact"]),
        P("Tariq Hussain, Team Manager, AST, tariq.hussain@milton-keynes.example.gov.uk"),
        B(Q["consent_publish"]),
        P("Y"),
        B(Q["consent_contact"]),
        P("Y"),
    ],
    {
        "title": "Joint visits by youth workers and social workers",
        "authority": "Milton Keynes",
        "organisation": "Adolescent Support Team",
        "service_areas": ["Children's social care", "Youth justice", "Early help"],
        "scale": "Service or team practice",
        "problem": "Teenagers at risk of exploitation would not talk to social workers, and youth workers were brought in too late.",
        "what_you_did": "A youth worker joins the social worker on the first visit to every teenager referred for exploitation.",
        "difference": "Missing episodes for the teenagers supported fell by 40% in a year.",
        "permanence": "Two youth worker posts moved permanently into the team.",
        "proprietary": no(),
        "adoption": "Youth workers in the same team as the social workers.",
        "contact": contact("Tariq Hussain", "Team Manager, AST", "tariq.hussain@milton-keynes.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 267: the writer adds "Any other comments" after the last question, and a declaration she signs and dates.
doc(
    "267-other-comments-and-declaration",
    [
        H(Q["title"]),
        P("Attendance mentors for children with medical needs"),
        H(Q["authority"]),
        P("Brighton and Hove"),
        H(Q["organisation"]),
        P("Inclusion Support Service"),
        H(Q["service_areas"]),
        P("Mainstream schools, SEND"),
        H(Q["scale"]),
        P("Service or team practice"),
        H(Q["problem"]),
        P("Children with long-term medical needs missed weeks of school and lost touch with their class."),
        H(Q["what_you_did"]),
        P(
            "An attendance mentor keeps in touch with each child while they are away and plans their return with the school and the hospital."
        ),
        H(Q["difference"]),
        P("Average attendance for the 35 children rose from 61% to 78%."),
        H(Q["permanence"]),
        P("The mentors are now part of the inclusion service's core offer."),
        H(Q["proprietary"]),
        P("No"),
        H(Q["adoption"]),
        P("A mentor for about 35 children and a link nurse at the hospital."),
        H(Q["contact"]),
        P("Anjali Patel, Head of Inclusion, anjali.patel@brighton-hove.example.gov.uk"),
        H(Q["consent_publish"]),
        P("Yes"),
        H(Q["consent_contact"]),
        P("Yes"),
        H("Any other comments"),
        P("We would be glad to host a visit from another authority's inclusion team."),
        H("Declaration"),
        P("I confirm that the information in this nomination is accurate."),
        P("Signed: A. Patel\nPrint name: Anjali Patel\nDate: 13/03/2026"),
    ],
    {
        "title": "Attendance mentors for children with medical needs",
        "authority": "Brighton and Hove",
        "organisation": "Inclusion Support Service",
        "service_areas": ["Mainstream schools", "SEND"],
        "scale": "Service or team practice",
        "problem": "Children with long-term medical needs missed weeks of school and lost touch with their class.",
        "what_you_did": "An attendance mentor keeps in touch with each child while they are away and plans their return with the school and the hospital.",
        "difference": "Average attendance for the 35 children rose from 61% to 78%.",
        "permanence": "The mentors are now part of the inclusion service's core offer.",
        "proprietary": no(),
        "adoption": "A mentor for about 35 children and a link nurse at the hospital.",
        "contact": contact("Anjali Patel", "Head of Inclusion", "anjali.patel@brighton-hove.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
    unplaced=["We would be glad to host a visit"],
)

# 268: a performance officer writes to the programme's judging criteria, not its questions: the short answers in
# a table, then one heading per criterion.
doc(
    "268-headings-from-the-judging-criteria",
    [
        H("Silver Linings nomination – Isle of Wight", 1),
        T(
            (Q["title"], "Virtual school tutors on the ferry"),
            (Q["authority"], "Isle of Wight"),
            (Q["organisation"], "Virtual School"),
            (Q["service_areas"], "Children's social care, Mainstream schools"),
            (Q["scale"], "Service or team practice"),
        ),
        H("Background and need"),
        P(
            "Children in care placed on the mainland lost hours of learning every week travelling to and from their island schools."
        ),
        H("Criterion 1: Innovation – what is new"),
        P("Tutors travel with the children on the ferry and use the crossing for a tutoring session."),
        H("Criterion 2: Impact"),
        P("All 14 children kept up with their class, and two moved up a set."),
        H("Criterion 3: Sustainability"),
        P("The tutoring is paid from pupil premium plus and the ferry company gives the tutors free tickets."),
        H("Criterion 4: Replicability"),
        P("Any authority with long school journeys could use the travel time, with tutors who are happy to travel."),
        H("Technology used"),
        P("None."),
        H("Contact and consent"),
        P("Gemma Lock, Virtual School Head, gemma.lock@iow.example.gov.uk"),
        P("Yes, you may publish it, and yes, you may contact me."),
    ],
    {
        "title": "Virtual school tutors on the ferry",
        "authority": "Isle of Wight",
        "organisation": "Virtual School",
        "service_areas": ["Children's social care", "Mainstream schools"],
        "scale": "Service or team practice",
        "problem": "Children in care placed on the mainland lost hours of learning every week travelling to and from their island schools.",
        "what_you_did": "Tutors travel with the children on the ferry and use the crossing for a tutoring session.",
        "difference": "All 14 children kept up with their class, and two moved up a set.",
        "permanence": "The tutoring is paid from pupil premium plus and the ferry company gives the tutors free tickets.",
        "proprietary": no(),
        "adoption": "Any authority with long school journeys could use the travel time, with tutors who are happy to travel.",
        "contact": contact("Gemma Lock", "Virtual School Head", "gemma.lock@iow.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 269: the writer kept to the word limits and typed each long answer's word count after it, in brackets.
doc(
    "269-word-count-after-each-answer",
    [
        B(Q["title"]),
        P("Speech bubbles: early language groups in libraries"),
        B(Q["authority"]),
        P("West Berkshire"),
        B(Q["organisation"]),
        P("Early Years Team"),
        B(Q["service_areas"]),
        P("Early years"),
        B(Q["scale"]),
        P("Service or team practice"),
        B(Q["problem"]),
        P(
            "Two-year-olds' language scores in the district were the lowest in the county, and few families used the library. (26 words)"
        ),
        B(Q["what_you_did"]),
        P(
            "Early years practitioners run weekly language groups in six libraries, with songs, stories and a take-home book bag. (18 words)"
        ),
        B(Q["difference"]),
        P("Children attending ten sessions or more gained on average four months on the language screen. (15 words)"),
        B(Q["permanence"]),
        P("The groups are in the library service's programme and the practitioners' job plans. (13 words)"),
        B(Q["proprietary"]),
        P("No"),
        B(Q["adoption"]),
        P("A library with space on a weekday morning and a practitioner for two hours a week. (16 words)"),
        B(Q["contact"]),
        P("Hollie Drake, Early Years Lead, hollie.drake@westberks.example.gov.uk"),
        B(Q["consent_publish"]),
        P("Yes"),
        B(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Speech bubbles: early language groups in libraries",
        "authority": "West Berkshire",
        "organisation": "Early Years Team",
        "service_areas": ["Early years"],
        "scale": "Service or team practice",
        "problem": "Two-year-olds' language scores in the district were the lowest in the county, and few families used the library.",
        "what_you_did": "Early years practitioners run weekly language groups in six libraries, with songs, stories and a take-home book bag.",
        "difference": "Children attending ten sessions or more gained on average four months on the language screen.",
        "permanence": "The groups are in the library service's programme and the practitioners' job plans.",
        "proprietary": no(),
        "adoption": "A library with space on a weekday morning and a practitioner for two hours a week.",
        "contact": contact("Hollie Drake", "Early Years Lead", "hollie.drake@westberks.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)
