import pytest

from silverlinings.review.anonymise import anonymise_answers, anonymise_text

NAMES = [
    "Sam Kaur",
    "Sam",
    "Kaur",
    "sam.kaur@kent.example.org",
    "07700 900123",
    "Kent County Council",
    "Kent",
    "Riverside Family Hub",
]


def test_anonymise_text_removes_names_authorities_and_contact_details():
    text = "Sam at Kent County Council and Kent's team; Kaur said so. sam.kaur@kent.example.org, 07700900123."
    assert anonymise_text(text, names=NAMES) == (
        "[removed] at [removed] and [removed] team; [removed] said so. [removed], [removed]."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kent County Council led it.", "[removed] led it."),
        ("Sam Kaur led it.", "[removed] led it."),
        ("Sam Kaur's team led it.", "[removed] team led it."),
        ("Kent’s team led it.", "[removed] team led it."),
        ("KENT and kent and Kent led it.", "[removed] and [removed] and [removed] led it."),
        ("Kent  County\nCouncil led it.", "[removed] led it."),
        ("See www.kent.gov.uk for more.", "See www.[removed].gov.uk for more."),
        ("Riverside Family Hub (Kent) ran it.", "[removed] ([removed]) ran it."),
    ],
)
def test_anonymise_text_matches_whole_names_longest_first_in_any_case(text, expected):
    assert anonymise_text(text, names=NAMES) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kentucky fried the Kentish samples.",
        "Samuel and Samantha met Kauri at the Sample centre.",
        "The county council and the family hub.",
    ],
)
def test_anonymise_text_leaves_words_that_only_contain_a_name(text):
    assert anonymise_text(text, names=NAMES) == text


@pytest.mark.parametrize(
    "phone",
    ["07700900123", "07700 900123", "07700 900 123", "07700-900-123", "+44 7700 900123", "+44 (0)7700 900123"],
)
def test_anonymise_text_matches_phones_by_digits_whatever_the_spacing(phone):
    assert anonymise_text(f"Ring {phone} today.", names=["07700 900123"]) == "Ring [removed] today."


def test_anonymise_text_matches_a_phone_given_with_the_country_code():
    assert anonymise_text("Ring 07700 900123.", names=["+44 7700 900123"]) == "Ring [removed]."


def test_anonymise_text_leaves_longer_numbers_that_contain_the_phone():
    assert anonymise_text("Ref 077009001234 and 1077009001234.", names=["07700 900123"]) == (
        "Ref 077009001234 and 1077009001234."
    )


def test_anonymise_text_matches_emails_in_any_case_but_not_inside_longer_ones():
    text = "Write to Sam.Kaur@Kent.Example.org, not team.sam.kaur@kent.example.org.uk."
    assert anonymise_text(text, names=["sam.kaur@kent.example.org"]) == (
        "Write to [removed], not team.sam.kaur@kent.example.org.uk."
    )


@pytest.mark.parametrize("short", ["Al", "Jo", "", "  ", "K"])
def test_anonymise_text_ignores_names_shorter_than_three_characters(short):
    assert anonymise_text("Al and Jo went to K block.", names=[short]) == "Al and Jo went to K block."


def test_anonymise_text_treats_and_and_ampersand_alike():
    text = "Brighton & Hove and Brighton and Hove City Council."
    names = ["Brighton and Hove City Council", "Brighton and Hove"]
    assert anonymise_text(text, names=names) == "[removed] and [removed]."


def test_anonymise_text_escapes_punctuation_in_names():
    text = "St. Mary's (Hub) and St. Mary’s (Hub) and StX Mary's (Hub)."
    assert anonymise_text(text, names=["St. Mary's (Hub)"]) == "[removed] and [removed] and StX Mary's (Hub)."


def test_anonymise_text_removes_everyday_word_names_only_when_capitalised():
    text = "Reading Borough Council's reading age project in Reading, READING and reading."
    assert anonymise_text(text, names=["Reading Borough Council", "Reading"]) == (
        "[removed] reading age project in [removed], [removed] and reading."
    )


def test_anonymise_text_uses_the_replacement_given():
    assert anonymise_text("Kent County Council and Sam", names=NAMES, replacement="[authority]") == (
        "[authority] and [authority]"
    )


def test_anonymise_text_accepts_any_iterable_of_names():
    assert anonymise_text("Kent and Surrey", names=(name for name in ["Kent", "Surrey"])) == "[removed] and [removed]"


@pytest.mark.parametrize(("text", "names"), [("", NAMES), ("Kent", []), ("Kent", [None, ""])])
def test_anonymise_text_returns_the_text_when_there_is_nothing_to_do(text, names):
    assert anonymise_text(text, names=names) == text


ANSWERS = {
    "title": "Kent hybrid conferences",
    "contact": {"name": "Sam Kaur", "email": "sam.kaur@kent.example.org"},
    "authority": "Kent",
    "organisation": "Riverside Family Hub",
    "what_you_did": "Sam Kaur's team at Riverside Family Hub moved conferences online. Ring 07700 900123.",
    "service_areas": ["Kent early help", "Children's social care"],
    "proprietary": {"answer": True, "detail": "Bought by Kent County Council"},
    "scale": None,
    "number": 3,
}

HIDDEN = ("contact", "authority", "organisation")


def test_anonymise_answers_drops_hidden_keys_and_cleans_nested_values():
    assert anonymise_answers(ANSWERS, names=NAMES, hidden_keys=HIDDEN) == {
        "title": "[removed] hybrid conferences",
        "what_you_did": "[removed] team at [removed] moved conferences online. Ring [removed].",
        "service_areas": ["[removed] early help", "Children's social care"],
        "proprietary": {"answer": True, "detail": "Bought by [removed]"},
        "scale": None,
        "number": 3,
    }


def test_anonymise_answers_leaves_the_original_answers_unchanged():
    before = {"title": "Kent", "service_areas": ["Kent"], "proprietary": {"answer": False, "detail": "Kent"}}
    copy = anonymise_answers(before, names=["Kent"], hidden_keys=())
    copy["service_areas"].append("More")
    copy["proprietary"]["detail"] = "Changed"
    assert before == {"title": "Kent", "service_areas": ["Kent"], "proprietary": {"answer": False, "detail": "Kent"}}


def test_anonymise_answers_hides_only_the_keys_given():
    answers = {"title": "Kent", "contact": "Sam", "extra": "Kent"}
    assert anonymise_answers(answers, names=["Kent"], hidden_keys=["extra"]) == {
        "title": "[removed]",
        "contact": "Sam",
    }


def test_anonymise_answers_returns_a_copy_when_there_are_no_names():
    answers = {"title": "Kent", "authority": "Kent", "service_areas": ["Kent"]}
    copy = anonymise_answers(answers, names=[], hidden_keys=HIDDEN)
    assert copy == {"title": "Kent", "service_areas": ["Kent"]}
    assert copy["service_areas"] is not answers["service_areas"]


def test_anonymise_answers_uses_the_replacement_given():
    assert anonymise_answers({"title": "Kent"}, names=["Kent"], hidden_keys=(), replacement="[authority]") == {
        "title": "[authority]"
    }
