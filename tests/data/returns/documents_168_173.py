# ruff: noqa: E501 - the documents' text is kept as written, one paragraph a line
"""Returned documents 168–173, written with 162–167 and read once with them (bench/README.md).

Shapes not in documents 1–167: an answer that is only a web address and the council by its nickname
("Hants"); the form's Welsh version with every heading in Welsh only and the answers in English; the
questions written as questions ending "?" with the answer after the "?" on the same line; a short reply
with several "Label: yes." answers on one line and asides ("(I think)", "– Sam to confirm"); the council
by its shortened name ("Soton") in a table with hedged answers; and every answer, contact and consent
included, given as bullets, with the consent to be contacted only in a Word comment. See build.py.
"""

from tests.data.returns.build import BP, C, H, L, P, T, contact, no, yes
from tests.data.returns.documents import doc
from tests.data.returns.documents_150_155 import Q

# 168: a practice educator: the council by its nickname, the adoption answer only a link to a toolkit.
doc(
    "168-link-only-and-council-nickname",
    [
        H(Q["title"]),
        P("Practice educators for newly qualified workers"),
        H(Q["authority"]),
        P("Hants"),
        H(Q["organisation"]),
        P("Social Work Academy"),
        H(Q["service_areas"]),
        P("Children's social care"),
        H(Q["scale"]),
        P("Service or team practice"),
        H(Q["problem"]),
        P("A third of newly qualified social workers left within two years."),
        H(Q["what_you_did"]),
        P("Every newly qualified worker has a practice educator outside their line management for the first year."),
        H(Q["difference"]),
        P("Leavers in the first two years fell from 33% to 12%."),
        H(Q["permanence"]),
        P("https://www.hants.example.gov.uk/academy/asye-policy"),
        H(Q["proprietary"]),
        P("No"),
        H(Q["adoption"]),
        P("https://www.hants.example.gov.uk/academy/practice-educator-toolkit"),
        H(Q["contact"]),
        P("Grace Adeyemi, Principal Social Worker, grace.adeyemi@hants.example.gov.uk, 023 8000 1234"),
        H(Q["consent_publish"]),
        P("Yes"),
        H(Q["consent_contact"]),
        P("Yes"),
    ],
    {
        "title": "Practice educators for newly qualified workers",
        "authority": "Hampshire",
        "organisation": "Social Work Academy",
        "service_areas": ["Children's social care"],
        "scale": "Service or team practice",
        "problem": "A third of newly qualified social workers left within two years.",
        "what_you_did": "Every newly qualified worker has a practice educator outside their line management for the first year.",
        "difference": "Leavers in the first two years fell from 33% to 12%.",
        "permanence": "https://www.hants.example.gov.uk/academy/asye-policy",
        "proprietary": no(),
        "adoption": "https://www.hants.example.gov.uk/academy/practice-educator-toolkit",
        "contact": contact(
            "Grace Adeyemi", "Principal Social Worker", "grace.adeyemi@hants.example.gov.uk", "023 8000 1234"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 169: the Welsh version of the form, headings in Welsh only, answered in English.
doc(
    "169-welsh-only-form-english-answers",
    [
        H("Enwebiad Silver Linings", 1),
        H("Teitl y fenter"),
        P("Bilingual bedtime stories for children in foster care"),
        H("Awdurdod"),
        P("West Berkshire"),
        H("Sefydliad, ysgol, lleoliad neu dîm"),
        P("Fostering Team"),
        H("Meysydd gwasanaeth"),
        P("Fostering"),
        H("Graddfa'r fenter"),
        P("Personal work habit"),
        H("Y broblem neu'r angen"),
        P("Children placed from Welsh-speaking homes lost their Welsh within months."),
        H("Beth wnaethoch chi'n wahanol"),
        P(
            "Foster carers read a bedtime story in Welsh each night from recordings made by the children's grandparents."
        ),
        H("Y gwahaniaeth a wnaeth"),
        P("All four children kept their Welsh, and their grandparents felt part of their lives."),
        H("A fydd yn dod yn barhaol, a sut mae'n cael ei wreiddio?"),
        P("It is in our guidance for placements of Welsh-speaking children."),
        H("A yw'n defnyddio cynnyrch meddalwedd neu galedwedd perchnogol?"),
        P("No"),
        H("Beth fyddai ei angen ar awdurdod arall i'w fabwysiadu?"),
        P("Grandparents willing to record, and a cheap voice recorder."),
        H("Cyswllt"),
        P("Ffion Jenkins, Supervising Social Worker, ffion.jenkins@westberks.example.gov.uk"),
        H("A gawn ni gyhoeddi'r fenter hon yn yr arddangosfa, gyda'ch enw?"),
        P("Yes"),
        H("A gawn ni gysylltu â chi am y fenter hon?"),
        P("Yes"),
    ],
    {
        "title": "Bilingual bedtime stories for children in foster care",
        "authority": "West Berkshire",
        "organisation": "Fostering Team",
        "service_areas": ["Fostering"],
        "scale": "Personal work habit",
        "problem": "Children placed from Welsh-speaking homes lost their Welsh within months.",
        "what_you_did": "Foster carers read a bedtime story in Welsh each night from recordings made by the children's grandparents.",
        "difference": "All four children kept their Welsh, and their grandparents felt part of their lives.",
        "permanence": "It is in our guidance for placements of Welsh-speaking children.",
        "proprietary": no(),
        "adoption": "Grandparents willing to record, and a cheap voice recorder.",
        "contact": contact("Ffion Jenkins", "Supervising Social Worker", "ffion.jenkins@westberks.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 170: every question typed as a question, the answer after the "?" on the same line.
doc(
    "170-question-then-answer-on-the-line",
    [
        P("What is your innovation called? Grandparents' circle"),
        P("Which authority? Milton Keynes"),
        P("Which team? Kinship Care Support"),
        P("Which service areas? Fostering, Children's social care"),
        P("How big is it? Service or team practice"),
        P(
            "What problem were you trying to solve? Grandparents raising grandchildren felt alone and did not know what help they could ask for."
        ),
        P(
            "What did you do differently? A monthly circle where kinship carers meet, with a worker there to answer questions."
        ),
        P("What difference did it make? Thirty carers come regularly; requests for emergency support fell by a third."),
        P("Will it become permanent? Yes, the circle is now in the kinship care offer."),
        P("Does it use a proprietary product? No"),
        P("What would another authority need? A room, tea and biscuits, and a worker one evening a month."),
        P("Who should we contact? Paula Hughes, Kinship Care Worker, paula.hughes@milton-keynes.example.gov.uk"),
        P("Can we publish it? Yes"),
        P("Can we contact you? Yes"),
    ],
    {
        "title": "Grandparents' circle",
        "authority": "Milton Keynes",
        "organisation": "Kinship Care Support",
        "service_areas": ["Fostering", "Children's social care"],
        "scale": "Service or team practice",
        "problem": "Grandparents raising grandchildren felt alone and did not know what help they could ask for.",
        "what_you_did": "A monthly circle where kinship carers meet, with a worker there to answer questions.",
        "difference": "Thirty carers come regularly; requests for emergency support fell by a third.",
        "permanence": "Yes, the circle is now in the kinship care offer.",
        "proprietary": no(),
        "adoption": "A room, tea and biscuits, and a worker one evening a month.",
        "contact": contact("Paula Hughes", "Kinship Care Worker", "paula.hughes@milton-keynes.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 171: a short reply typed quickly: bold labels, asides after answers, three yes/no answers on one line.
doc(
    "171-several-yes-on-one-line",
    [
        P("Hi both – here's ours, rushed I'm afraid."),
        BP("Title: ", "Text reminders for health assessments"),
        BP("Authority: ", "Slough"),
        BP("Team: ", "Looked After Children Health Team (I think that's our official name)"),
        BP("Area: ", "Children's social care"),
        BP("Scale: ", "IT hack or tool"),
        BP("Problem: ", "Young people in care missed a third of their review health assessments."),
        BP(
            "What we did: ",
            "The nurses send a text reminder two days before and on the morning, from the clinic's system.",
        ),
        BP("Difference: ", "Missed assessments fell from 33% to 11% (I think – figures from the nurses)."),
        BP("Permanent: ", "Yes, the reminders are set up for every appointment now."),
        BP("What others would need: ", "A clinic system that can send texts."),
        BP("Contact: ", "Aisha Rahman, Named Nurse for Looked After Children, aisha.rahman@slough.example.nhs.uk"),
        P("Proprietary: no. Publish: yes. Contact: yes."),
        P("Thanks, Aisha"),
    ],
    {
        "title": "Text reminders for health assessments",
        "authority": "Slough",
        "organisation": "Looked After Children Health Team",
        "service_areas": ["Children's social care"],
        "scale": "IT hack or tool",
        "problem": "Young people in care missed a third of their review health assessments.",
        "what_you_did": "The nurses send a text reminder two days before and on the morning, from the clinic's system.",
        "difference": "Missed assessments fell from 33% to 11% (I think – figures from the nurses).",
        "permanence": "Yes, the reminders are set up for every appointment now.",
        "proprietary": no(),
        "adoption": "A clinic system that can send texts.",
        "contact": contact(
            "Aisha Rahman", "Named Nurse for Looked After Children", "aisha.rahman@slough.example.nhs.uk"
        ),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 172: our table form, the council by its shortened name, hedges and a note to a colleague beside answers.
doc(
    "172-shortened-council-and-hedges-in-a-table",
    [
        T(
            ["Title of the innovation", "Youth workers in the custody suite"],
            ["Authority", "Soton"],
            ["Organisation, school, setting or team", "Youth Justice Service – Sam to confirm"],
            ["Service areas", "Youth justice"],
            ["Scale of the innovation", "Service or team practice (I think)"],
            ["The problem or need", "Children arrested at night waited hours alone in the custody suite."],
            [
                "What you did differently",
                "A youth worker is on call from 6pm to 2am to sit with any child brought into custody.",
            ],
            ["The difference it made", "Children's average time in custody fell from nine hours to five."],
            [
                "Will it become permanent, and how is it being embedded?",
                "The police fund half of the rota from next year.",
            ],
            ["Does it use a proprietary software or hardware product?", "No (as far as I know)"],
            ["What would another authority need to adopt it?", "An agreement with the police and a paid on-call rota."],
            ["Contact", "Marcus Reid, Youth Justice Manager, marcus.reid@southampton.example.gov.uk"],
            ["Can we publish this innovation in the showcase, with your name?", "Yes"],
            ["Can we contact you about this innovation?", "Yes"],
        ),
    ],
    {
        "title": "Youth workers in the custody suite",
        "authority": "Southampton",
        "organisation": "Youth Justice Service",
        "service_areas": ["Youth justice"],
        "scale": "Service or team practice",
        "problem": "Children arrested at night waited hours alone in the custody suite.",
        "what_you_did": "A youth worker is on call from 6pm to 2am to sit with any child brought into custody.",
        "difference": "Children's average time in custody fell from nine hours to five.",
        "permanence": "The police fund half of the rota from next year.",
        "proprietary": no("as far as I know"),
        "adoption": "An agreement with the police and a paid on-call rota.",
        "contact": contact("Marcus Reid", "Youth Justice Manager", "marcus.reid@southampton.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes(),
    },
)

# 173: a manager who writes in bullets: every answer, the contact and the consent as bullets; the consent to
# be contacted given only in a Word comment.
doc(
    "173-bullets-everywhere-consent-in-a-comment",
    [
        H(Q["title"]),
        L("Peer mentors for children new to care"),
        H(Q["authority"]),
        L("Isle of Wight"),
        H(Q["organisation"]),
        L("Children in Care Council"),
        H(Q["service_areas"]),
        L("Children's social care", "Care leavers"),
        H(Q["scale"]),
        L("Service or team practice"),
        H(Q["problem"]),
        L("Children new to care had nobody who had been through it to talk to"),
        H(Q["what_you_did"]),
        L("Care leavers trained as peer mentors", "Each new child offered a mentor in the first month"),
        H(Q["difference"]),
        L("22 children matched", "Mentors say it helped them too"),
        H(Q["permanence"]),
        L("Mentors paid as sessional workers from April"),
        H(Q["proprietary"]),
        L("No"),
        H(Q["adoption"]),
        L("A care leavers' group willing to mentor", "Training and DBS checks"),
        H(Q["contact"]),
        L("Name: Lucy Barnes", "Role: Participation Manager", "Email: lucy.barnes@iow.example.gov.uk"),
        H(Q["consent_publish"]),
        L("Yes"),
        H(Q["consent_contact"]),
        C("", "Yes, happy to be contacted", "Lucy Barnes"),
    ],
    {
        "title": "Peer mentors for children new to care",
        "authority": "Isle of Wight",
        "organisation": "Children in Care Council",
        "service_areas": ["Children's social care", "Care leavers"],
        "scale": "Service or team practice",
        "problem": "Children new to care had nobody who had been through it to talk to",
        "what_you_did": "- Care leavers trained as peer mentors\n- Each new child offered a mentor in the first month",
        "difference": "- 22 children matched\n- Mentors say it helped them too",
        "permanence": "Mentors paid as sessional workers from April",
        "proprietary": no(),
        "adoption": "- A care leavers' group willing to mentor\n- Training and DBS checks",
        "contact": contact("Lucy Barnes", "Participation Manager", "lucy.barnes@iow.example.gov.uk"),
        "consent_publish": yes(),
        "consent_contact": yes("happy to be contacted"),
    },
)
