"""Answers first missed in documents 222–233 of tests/data/returns/: the writer's own label before every answer,
a contents page and section headings before the form, and two headings whose answers may be swapped. Plain
tests: no database."""

from tests.calls.test_documents_shapes import read
from tests.data.returns.build import HL, PB, B, H, P

TITLE, AUTHORITY, PROBLEM, WHAT, IMPACT, LASTING = (
    "Title of the innovation",
    "Authority",
    "The problem or need",
    "What you did differently",
    "The difference it made",
    "Will it become permanent, and how is it being embedded?",
)
PROPRIETARY = "Does it use a proprietary software or hardware product?"
PUBLISH = "Can we publish this innovation in the showcase, with your name?"


def test_initials_and_a_date_before_most_answers_are_left_out():
    (form,) = read(
        B(TITLE), P("JM 12/3: Buddy groups"), B(AUTHORITY), P("JM 12/3: Kent"), B(PROBLEM), P("JM 13/3: Lonely."),
        B(PROPRIETARY), P("JM 14/3: No"), B(PUBLISH), P("JM 14/3: Yes"),
    )  # fmt: skip
    assert form.answers["title"] == "Buddy groups"
    assert form.answers["authority"] == "Kent"
    assert form.answers["proprietary"] == {"answer": False, "detail": ""}
    assert form.answers["consent_publish"] == {"answer": True, "detail": ""}


def test_labels_that_differ_from_answer_to_answer_are_kept():
    (form,) = read(
        B(TITLE), P("Buddy groups"), B(PROBLEM), P("Before: carers felt alone."), B(WHAT), P("Now: a monthly group."),
        B(IMPACT), P("Result: fewer left."), B(LASTING), P("Budget: in the base budget."),
    )  # fmt: skip
    assert form.answers["problem"] == "Before: carers felt alone."
    assert form.answers["permanence"] == "Budget: in the base budget."


def test_a_contents_page_and_section_headings_leave_one_form():
    forms = read(
        H("Contents", 1), P("1. About this nomination\t3"), P("2. The innovation\t3"), PB(),
        H("1. About this nomination", 1), B(TITLE), P("Buddy groups"), B(AUTHORITY), P("Kent"),
        H("2. The innovation", 1), B(PROBLEM), P("Lonely."), B(WHAT), P("A monthly group."),
        B(IMPACT), P("Fewer left."),
    )  # fmt: skip
    assert len(forms) == 1
    assert forms[0].answers["problem"] == "Lonely."
    assert any(text.startswith("Contents:") for text in forms[0].unplaced)


def test_two_headings_whose_answers_may_be_swapped_are_both_marked():
    (form,) = read(
        B(TITLE), P("The Pizza Reviews"), B("Whats the problem"), P("Reviews in offices."),
        B("What they did"), P("Reviews at the pizza place."), B("Did it work"), P("I say what I think now."),
    )  # fmt: skip
    assert {"permanence", "what_you_did"} <= set(form.flagged)


def test_an_authority_naming_no_choice_is_taken_from_the_contact_s_email_and_marked():
    (form,) = read(
        B(TITLE), P("Dads' breakfast"), B(AUTHORITY), P("Royal Borough"),
        B("Contact"), P("Gary Holt, Family Worker, gary.holt@rbwm.example.gov.uk"),
    )  # fmt: skip
    assert form.answers["authority"] == "Windsor and Maidenhead"
    assert "authority" in form.flagged


def test_an_authority_naming_part_of_two_choices_is_not_taken_from_the_email():
    (form,) = read(
        B(TITLE), P("Shared assessments"), B(AUTHORITY), P("Sussex"),
        B("Contact"), P("Owen Price, Manager, owen.price@westsussex.example.gov.uk"),
    )  # fmt: skip
    assert "authority" not in form.answers
    assert "authority" in form.flagged


def test_a_hyperlink_s_words_are_an_answer_not_an_underlined_heading_and_are_marked():
    (form,) = read(
        B(TITLE), P("Family group conferences"), B(IMPACT), HL("", "see our report", "https://example.org/report"),
        B(WHAT), P("A conference for every family."),
    )  # fmt: skip
    assert form.answers["difference"] == "see our report"
    assert "difference" in form.flagged
