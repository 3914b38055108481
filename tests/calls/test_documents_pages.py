"""Answers first missed in documents 210–221 of tests/data/returns/: a table's header row repeated after a page
break, a table of figures pasted into an answer, a question of the writer's own after the last answer, and a
contact's role run into the name. Plain tests: no database."""

from tests.calls.test_documents_shapes import read
from tests.data.returns.build import PB, SZ, B, C, P, T

TITLE, PROBLEM, WHAT, IMPACT = (
    "Title of the innovation",
    "The problem or need",
    "What you did differently",
    ("The difference it made"),
)
CONTACT, PUBLISH = "Contact", "Can we contact you about this innovation?"


def test_a_table_s_header_row_repeated_after_a_page_break_lets_the_answer_go_on():
    (form,) = read(
        T(["Question", "Your answer"], [TITLE, "Buddy groups"], [WHAT, "A monthly group."]),
        PB(),
        T(["Question", "Your answer"], ["", "Carers run it."], [PROBLEM, "Lonely carers."]),
    )
    assert form.answers["what_you_did"] == "A monthly group.\n\nCarers run it."
    assert form.answers["problem"] == "Lonely carers."
    assert not form.unplaced


def test_a_table_of_figures_broken_off_a_text_answer_marks_it():
    (form,) = read(
        B(TITLE), P("Buddy groups"), B("Service areas"), P("Fostering"), B(PROBLEM), P("Lonely."), B(IMPACT),
        P("Waits fell:"),
        T(["Area", "Seen within 10 days", "<"], ["", "2024", "2025"], ["North", "18%", "71%"], ["South", "22%", "68%"]),
        B(WHAT), P("A monthly group."),
    )  # fmt: skip
    assert form.answers["difference"] == "Waits fell:"
    assert "difference" in form.flagged


def test_a_label_with_a_line_under_it_after_a_text_answer_marks_nothing():
    (form,) = read(B(TITLE), P("Buddy groups"), B(PROBLEM), P("Lonely."), P("Self-score: 4"), B(WHAT), P("A group."))
    assert "problem" not in form.flagged


def test_a_question_of_the_writer_s_own_after_the_last_answer_is_reported_as_unplaced():
    (form,) = read(
        SZ(TITLE), P("Buddy groups"), SZ(PUBLISH), P("Yes"),
        SZ("Is there anything else you would like the panel to know?"), P("We would love a visit."),
    )  # fmt: skip
    assert form.answers["consent_contact"] == {"answer": True, "detail": ""}
    assert any("We would love a visit." in text for text in form.unplaced)
    assert "consent_contact" not in form.flagged


def test_a_contact_s_name_holding_a_role_is_marked():
    (form,) = read(B(TITLE), P("Buddy groups"), B(CONTACT), P("jess maloney apprentice PA jess.maloney@example.gov.uk"))
    assert "contact" in form.flagged


def test_a_comment_on_a_heading_left_empty_is_its_answer():
    (form,) = read(
        T([[C(TITLE, "Buddy groups", author="Amira")], ""], [[C(PROBLEM, "Carers felt alone.", author="Amira")], ""])
    )
    assert form.answers["title"] == "Buddy groups"
    assert form.answers["problem"] == "Carers felt alone."
    assert any("taken from a comment by Amira" in note for note in form.notes)


def test_a_reviewer_s_question_on_an_empty_heading_is_no_answer():
    (form,) = read(B(TITLE), P("Buddy groups"), C(PROBLEM, "Can you add what the problem was?"), B(WHAT), P("A group."))
    assert "problem" not in form.answers
