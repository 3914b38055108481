"""Answers first missed in documents 186–197 of tests/data/returns/: notes in another language in a column of
their own, a picture's placeholder in a letter template's table, a contact given as "me (see signature)", and
the question repeated in bold before its answer. Plain tests: no database."""

from tests.calls.test_documents_shapes import read
from tests.data.returns.build import BP, B, H, P, T

TITLE, PROBLEM, WHAT = "Title of the innovation", "The problem or need", "What you did differently"


def test_a_column_of_notes_in_polish_is_not_part_of_the_answers():
    (form,) = read(
        T(["Question", "Answer", "Notatki (PL)"], [TITLE, "Buddy groups", "grupy"], [PROBLEM, "Lonely.", "samotni"],
          [WHAT, "A monthly group.", "co miesiąc"], ["Does it use a proprietary product?", "No", "nie"]),
    )  # fmt: skip
    assert (form.answers["title"], form.answers["problem"], form.answers["what_you_did"]) == (
        "Buddy groups",
        "Lonely.",
        "A monthly group.",
    )
    assert form.answers["proprietary"] == {"answer": False, "detail": ""}


def test_a_picture_s_placeholder_in_a_letterhead_table_is_no_heading():
    forms = read(
        T(["[School crest]", ["Oakfield Primary School", "Oakfield Road"]]),
        P("Dear team,"), B(TITLE), P("Reading buddies"), B("Organisation, school, setting or team"),
        P("Oakfield Primary School"), B(PROBLEM), P("Pupils were behind."), B(WHAT), P("Daily reading."),
    )  # fmt: skip
    assert len(forms) == 1
    assert forms[0].answers["organisation"] == "Oakfield Primary School"


def test_a_contact_pointing_to_the_signature_is_read_from_it_and_marked():
    (form,) = read(
        B(TITLE), P("Drop-ins"), B(PROBLEM), P("Long waits."), B(WHAT), P("Monthly drop-ins."), B("Contact"),
        P("me (see signature)"), P("Best wishes"), P("Nadia Hussain\nInclusion Officer\nnadia@example.gov.uk"),
    )  # fmt: skip
    assert form.answers["contact"]["name"] == "Nadia Hussain"
    assert form.answers["contact"]["email"] == "nadia@example.gov.uk"
    assert "contact" in form.flagged


def test_the_question_s_first_words_repeated_in_bold_before_the_answer_are_left_out():
    (form,) = read(
        H(TITLE), BP("Title of the innovation: ", "Buddy groups"), H(PROBLEM), BP("The problem: ", "Lonely."),
        H(WHAT), P("A monthly group."),
        H("Can we publish this innovation in the showcase, with your name?"), BP("Can we publish: ", "Yes"),
    )  # fmt: skip
    assert form.answers["title"] == "Buddy groups"
    assert form.answers["problem"] == "Lonely."
    assert form.answers["consent_publish"] == {"answer": True, "detail": ""}
    assert "consent_publish" not in form.flagged


def test_two_nominations_as_the_columns_of_one_table_are_two_forms():
    forms = read(
        T(["", "Idea 1", "Idea 2"], [TITLE, "Buddy groups", "Text reminders"], ["Authority", "Kent", "Medway"],
          [PROBLEM, "Lonely.", "Missed visits."], [WHAT, "A monthly group.", "Texts the day before."]),
    )  # fmt: skip
    assert [form.answers["title"] for form in forms] == ["Buddy groups", "Text reminders"]
    assert [form.answers["authority"] for form in forms] == ["Kent", "Medway"]
    assert [form.answers["what_you_did"] for form in forms] == ["A monthly group.", "Texts the day before."]


def test_a_question_answer_and_comments_table_is_still_one_form():
    forms = read(
        T(["Question", "Answer", "Checked by"], [TITLE, "Buddy groups", "Ann"], ["Authority", "Kent", "Ann"],
          [PROBLEM, "Lonely.", "Ann"], [WHAT, "A monthly group.", "Ann"]),
    )  # fmt: skip
    assert len(forms) == 1
