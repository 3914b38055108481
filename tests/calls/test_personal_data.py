import pytest

from silverlinings.calls.personal_data import Finding, personal_data_find


def kinds(text, allowed=()):
    return [finding.kind for finding in personal_data_find({"answer": text}, allowed=allowed)]


@pytest.mark.parametrize(
    "text",
    [
        "Jack, aged 7, joined the group.",
        "Jack aged 7 joined the group.",
        "Jack, age 7, joined the group.",
        "Jayden, aged seventeen, joined the group.",
        "Amelia (4) settled well.",
        "Amelia (aged 4) settled well.",
        "Amelia (4 years old) settled well.",
        "Baby Mia (18 months) settled well.",
        "We worked with a 14-year-old called Tom.",
        "We worked with a 14 year old boy named Tom.",
        "We worked with a fourteen-year-old care leaver known as Tom.",
        "Tom, 14, said the sessions helped.",
        "We asked Tom, 14; he said yes.",
        "We asked Tom Price, 14.",
        "Sarah who is 9 joined the group.",
        "Sarah, who is now 9, joined the group.",
        "Sarah, a 9-year-old, joined the group.",
        "Since then Tom is 14 and at college.",
        "Yesterday Tom, 14, came to the hub.",
        "Their son Jayden Lee-Smith, aged 6, was referred.",
    ],
)
def test_personal_data_find_flags_a_name_with_an_age(text):
    assert kinds(text) == ["name_with_age"]


@pytest.mark.parametrize(
    "text",
    [
        "DOB 03/04/2015",
        "D.O.B.: 3/4/15",
        "Her date of birth: 3 April 2015.",
        "Date of birth is the 3rd of April 2015.",
        "He was born 12.05.2016 in hospital.",
        "She was born on 1st June 2014.",
        "Born on June 1st, 2014, she was the youngest.",
        "Her birthdate 2015-04-03 was wrong.",
    ],
)
def test_personal_data_find_flags_a_date_of_birth(text):
    assert kinds(text) == ["date_of_birth"]


@pytest.mark.parametrize(
    "text",
    [
        "She lives at 12 Acacia Avenue.",
        "They moved to Flat 3, 45 High Street last year.",
        "Home is 7b Old Mill Lane now.",
        "We visited 12 St Mary's Road every week.",
        "The family at 101 Queens Park Rd asked for help.",
    ],
)
def test_personal_data_find_flags_a_home_address(text):
    assert kinds(text) == ["address"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The family moved to RG1 2AB last year.", ["postcode"]),
        ("Postcode BN3 7QJ.", ["postcode"]),
        ("Near SO14 0AB, by the docks.", ["postcode"]),
        ("Written without a space: SO140AB.", ["postcode"]),
        ("London address EC1A 1BB.", ["postcode"]),
        ("A central one: W1A 1AA.", ["postcode"]),
        ("The RG1 district had more referrals.", []),
        ("Across BN3 and SO14 we saw growth.", []),
        ("Not a real one: RG1 2CI.", []),
        ("Lower case rg1 2ab is left alone.", []),
    ],
)
def test_personal_data_find_flags_valid_postcodes_only(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NHS number 943 476 5919 was shared.", ["nhs_number"]),
        ("NHS number 9434765919 was shared.", ["nhs_number"]),
        ("NHS number 943-476-5919 was shared.", ["nhs_number"]),
        ("NHS no. 401 023 2137.", ["nhs_number"]),
        ("NHS number check: 123 456 7890 is not a valid one.", []),
        ("Reference 4010232138 fails the check digit.", []),
        ("Reference 943 4765919 mixes its spacing.", []),
        ("Budget £9434765919 is a made-up figure.", []),
        ("A longer number 94347659190 is not one.", []),
    ],
)
def test_personal_data_find_flags_nhs_numbers_that_pass_the_check_digit(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Call her mum on 07700 900982.",
        "Call her mum on 07700900982.",
        "Call her mum on 07700-900-982.",
        "Call her mum on +44 7700 900982.",
        "Call her mum on +44 (0)7700 900982.",
        "Call the home on 0118 496 0000.",
        "Call the home on (01632) 960001.",
        "Call the home on 020 7946 0000.",
        "Call the home on 0300 123 4567.",
    ],
)
def test_personal_data_find_flags_a_phone_number(text):
    assert kinds(text) == ["phone"]


@pytest.mark.parametrize(
    "text",
    [
        "Email kelly.smith@example.com for details.",
        "Email Kelly.Smith+family@mail.example.co.uk.",
    ],
)
def test_personal_data_find_flags_an_email_address(text):
    assert kinds(text) == ["email"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("her son Jayden was referred", ["name_with_relation"]),
        ("Her son, Jayden, was referred", ["name_with_relation"]),
        ("their eldest daughter Kayleigh moved school", ["name_with_relation"]),
        ("his foster carer's grandson", []),
        ("the mother, Kelly Smith, agreed", ["name_with_relation"]),
        ("our daughter called Poppy", ["name_with_relation"]),
        ("her son was referred by the school", []),
        ("the mother agreed to the plan", []),
        ("their child Protection plan ended", []),
        ("her daughter Monday mornings were hard", []),
        ("the father, Kent Police said", []),
        ("Mothers and their children attended.", []),
    ],
)
def test_personal_data_find_flags_a_name_with_a_relation_conservatively(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In 2020 we supported 14 families across 7 schools.",
        "Children aged 11 to 16 and Year 7 pupils took part; aged 0-5 services too.",
        "Young people aged 16+ and those aged 18 and over were invited.",
        "Pupils aged 5-11 and Children aged 11–16 joined.",
        "Everyone who is 16 or over can join.",
        "Conferences held within 15 working days rose from 71% to 93%.",
        "Section 17 assessments in Kent, Surrey and Medway (E10000016).",
        "CP conferences in 48 hours, using Mosaic from Servelec on Teams.",
        "Staff (12) were trained and Schools (7) signed up.",
        "Riverside Family Hub, 12, and Oakwood Youth Centre, 9, took part.",
        "Portsmouth, 12, Southampton, 9, and the Isle of Wight, 3.",
        "By March, 14 families had a plan; on Monday, 3 more joined.",
        "The Children Act 1989 (s.17) and Working Together (2023).",
        "We run 4 Family Hubs and 2 Youth Centres across Milton Keynes.",
        "Over 90% of the 120 children in care made progress in Key Stage 2.",
        "The panel met on 3 May 2022 and again on 14/06/2022.",
        "Budget of £250,000 for 2023-24, with 1,200 visits.",
        "Zoom, Microsoft Teams and WhatsApp were used; Covid-19 changed everything.",
        "Call 0800 1111 for Childline.",
    ],
)
def test_personal_data_find_leaves_ordinary_nomination_text_alone(text):
    assert kinds(text) == []


NOMINATION_PARAGRAPHS = [
    (
        "Initial child protection conferences were delayed when partners could not travel. In 2020 we moved to "
        "hybrid conferences: the family and chair meet in person, partners join by video on Teams. Conferences held "
        "within 15 working days rose from 71% to 93%, and we can now hold CP conferences in 48 hours when a "
        "Section 17 assessment escalates."
    ),
    (
        "The Early Help Hub in Medway works with 14 families a week across 7 schools. Children aged 11 to 16 and "
        "Year 7 pupils were offered sessions on Zoom, and our aged 0-5 services ran on Monday and Thursday mornings. "
        "Attendance rose from 62% to 88% between September 2021 and July 2022."
    ),
    (
        "Prospective foster carers waited eight months for training. We moved Skills to Foster online in March "
        "2021; 12 households completed it by June, and 3 of them were approved at panel on 14 September 2021. "
        "Bracknell Forest, Windsor and Maidenhead and Wokingham now share the course."
    ),
    (
        "Personal advisers used WhatsApp check-ins with 85 care leavers aged 18 to 21, replying within 24 hours. "
        "Over 90% said it helped. Youth Justice colleagues in Portsmouth, Southampton and the Isle of Wight "
        "adopted it in 2023, and Brighton and Hove followed with 40 young people."
    ),
    (
        "Kent County Council (E10000016) and Surrey County Council (E10000030) shared the model with Oxfordshire, "
        "Buckinghamshire and Hampshire. The Virtual School Head reported to the Corporate Parenting Panel that "
        "tuition for 120 children in care, aged 5 to 16, was funded through Pupil Premium Plus."
    ),
]


@pytest.mark.parametrize("paragraph", NOMINATION_PARAGRAPHS)
def test_personal_data_find_gives_nothing_for_realistic_paragraphs(paragraph):
    assert personal_data_find({"what_you_did": paragraph}) == []


def test_personal_data_find_ignores_the_contacts_own_details():
    text = "Ring me on 07700 900123 or Sam.Kaur@kent.example.org, or our duty desk on 03000 411111."
    allowed = ["07700900123", "sam.kaur@kent.example.org", "+44 3000 411 111"]
    assert kinds(text, allowed=allowed) == []


def test_personal_data_find_still_flags_other_details_next_to_allowed_ones():
    text = "Ring me on 07700 900123 or sam.kaur@kent.example.org; her mum is on 07700 900982, kelly@example.com."
    assert kinds(text, allowed=["07700 900123", "sam.kaur@kent.example.org"]) == ["phone", "email"]


def test_personal_data_find_does_not_treat_part_of_an_allowed_email_as_a_match():
    assert kinds("Write to kaur@kent.example.org.", allowed=["sam.kaur@kent.example.org"]) == ["email"]


def test_personal_data_find_quotes_the_text_and_names_the_field():
    findings = personal_data_find({"difference": "It helped Jayden, aged 7, a lot."})
    assert findings == [
        Finding("name_with_age", "A name with an age", "It helped Jayden, aged 7, a lot.", "difference")
    ]


def test_personal_data_find_gives_a_short_one_line_excerpt_from_long_text():
    text = "We ran the sessions every week in the\nlibrary. " * 3 + "Call 07700 900982 any time. " + "More text. " * 10
    [finding] = personal_data_find({"answer": text})
    assert finding.excerpt == "…every week in the library. Call 07700 900982 any time. More text. More text.…"
    assert len(finding.excerpt) <= 80


def test_personal_data_find_orders_by_field_then_position():
    answers = {
        "problem": "Email a@example.com. Postcode RG1 2AB.",
        "what_you_did": "Nothing personal here.",
        "difference": "Born on 1st June 2014, Amelia (4) lives at 12 Acacia Avenue.",
    }
    found = [(f.field, f.kind) for f in personal_data_find(answers)]
    assert found == [
        ("problem", "email"),
        ("problem", "postcode"),
        ("difference", "date_of_birth"),
        ("difference", "name_with_age"),
        ("difference", "address"),
    ]


def test_personal_data_find_reports_each_occurrence():
    assert kinds("Tom, 14, and Jade, 9, and Leo (3) came.") == ["name_with_age"] * 3


def test_personal_data_find_reports_overlapping_matches_once():
    assert kinds("Her son Jayden, aged 7, was referred.") == ["name_with_age"]


def test_personal_data_find_labels_each_kind_in_plain_words():
    text = (
        "Jack, aged 7. DOB 03/04/2015. 12 Acacia Avenue. RG1 2AB. 943 476 5919. 07700 900982. "
        "k@example.com. her son Jayden."
    )
    assert [f.label for f in personal_data_find({"answer": text})] == [
        "A name with an age",
        "A date of birth",
        "A home address",
        "A postcode",
        "An NHS number",
        "A phone number",
        "An email address",
        "A name with a family relationship",
    ]


@pytest.mark.parametrize("answers", [{}, {"answer": ""}, {"answer": None}])
def test_personal_data_find_handles_empty_answers(answers):
    assert personal_data_find(answers) == []
