"""Answers first missed in documents 354–365 of tests/data/returns/, each a writer's own habit: "Nah – No",
"yes fine", "see Jo's note below", "Yes, subject to …", a consent given for someone else, a remark in brackets in
the contact line, and a table of figures whose rows were taken for headings. Plain tests: no database."""

from tests.calls.test_documents_answers import value
from tests.calls.test_documents_shapes import read
from tests.data.returns.build import B, H, P, T

IMPACT, WHAT, PUBLISH = "The difference it made", "What you did differently", "Can we publish this innovation?"


def test_a_no_in_slang_then_in_words_is_a_no_with_nothing_more():
    assert value("proprietary", "Nah – No") == {"answer": False, "detail": ""}


def test_a_yes_followed_only_by_an_assent_keeps_no_detail():
    assert value("consent_contact", "yes fine") == {"answer": True, "detail": ""}
    assert value("consent_contact", "Yes of course.") == {"answer": True, "detail": ""}
    assert value("consent_contact", "yes – after 3.30 best") == {"answer": True, "detail": "after 3.30 best"}


def test_an_answer_sending_the_reader_to_a_note_further_down_is_marked():
    (form,) = read(H(WHAT), P("see Jo's note below"), H(IMPACT), P("Fewer children came into care."))
    assert form.answers["what_you_did"] == "see Jo's note below"
    assert form.flagged == ["what_you_did"]


def test_a_yes_subject_to_a_policy_keeps_the_condition():
    (form,) = read(H(PUBLISH), P("Yes, subject to paragraph 4 of our publication policy."))
    assert form.answers["consent_publish"] == {
        "answer": True,
        "detail": "subject to paragraph 4 of our publication policy.",
    }


def test_a_yes_given_for_someone_else_is_marked():
    (form,) = read(H(PUBLISH), P("Yes she is happy with her name going in"))
    assert form.answers["consent_publish"] == {"answer": True, "detail": ""}
    assert form.flagged == ["consent_publish"]


def test_words_in_brackets_taken_into_the_contact_s_role_are_marked():
    line = "Brenda Walsh, kinship carer, b.walsh@example.com (this is my email Nan uses it too)"
    (form,) = read(H("Contact"), P(line))
    assert form.answers["contact"]["role"] == "kinship carer, this is my email Nan uses it too"
    assert form.flagged == ["contact"]


def test_rows_of_figures_left_over_after_a_note_beside_the_answer_mark_it():
    (form,) = read(
        B("Service areas"), P("Fostering"), B(IMPACT),
        T(
            ["Measure", "Before", "After", "Change", "RAG"],
            ["Days to match a placement", "23", "11", "-52%", "Green"],
            ["Placements out of area", "38%", "29%", "-9 pts", "Amber"],
        ),
        B(WHAT), P("One dashboard."),
    )  # fmt: skip
    table = "Measure | Before | After | Change\n\nDays to match a placement | 23 | 11 | -52%"
    assert form.answers["difference"] == table
    assert "difference" in form.flagged
