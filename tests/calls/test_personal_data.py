import pytest

from silverlinings.calls.personal_data import personal_data_find


def kinds(text, allowed=()):
    return [finding.kind for finding in personal_data_find({"answer": text}, allowed=allowed)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jayden, aged 7, now goes to school.", ["name_with_age"]),
        ("Amelia (4) settled well.", ["name_with_age"]),
        ("a 14-year-old called Tom", ["name_with_age"]),
        ("Sarah who is 9 joined the group.", ["name_with_age"]),
        ("DOB 03/04/2015", ["date_of_birth"]),
        ("born on 1st June 2014", ["date_of_birth"]),
        ("She lives at 12 Acacia Avenue.", ["address"]),
        ("The family moved to BN3 7QJ last year.", ["postcode"]),
        ("NHS number 943 476 5919 was shared.", ["nhs_number"]),
        ("Call her mum on 07700 900982.", ["phone"]),
        ("Email kelly.smith@example.com for details.", ["email"]),
        ("her son Jayden was referred", ["name_with_relation"]),
    ],
)
def test_personal_data_find_flags_what_identifies_a_child_or_family(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In 2020 we supported 14 families across 7 schools.",
        "Children aged 11 to 16 and Year 7 pupils took part; aged 0-5 services too.",
        "Conferences held within 15 working days rose from 71% to 93%.",
        "Section 17 assessments in Kent, Surrey and Medway (E10000016).",
        "CP conferences in 48 hours, using Mosaic from Servelec on Teams.",
        "NHS number check: 123 456 7890 is not a valid one.",
        "The RG1 district had more referrals.",
    ],
)
def test_personal_data_find_leaves_ordinary_nomination_text_alone(text):
    assert kinds(text) == []


def test_personal_data_find_ignores_the_contacts_own_details():
    text = "Ring me on 07700 900123 or sam.kaur@kent.example.org."
    assert kinds(text, allowed=["07700900123", "Sam.Kaur@kent.example.org"]) == []


def test_personal_data_find_quotes_the_text_and_names_the_field():
    findings = personal_data_find({"difference": "It helped Jayden, aged 7, a lot."})
    assert [(f.field, f.label, f.excerpt) for f in findings] == [
        ("difference", "A name with an age", "It helped Jayden, aged 7, a lot."),
    ]
