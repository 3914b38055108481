"""Answers first misread in documents 318–329 of tests/data/returns/: questions and answers pasted from two
spreadsheet columns with a tab between them, a "Yes / No" with one word deleted and the slash left, and an answer
running over a page with "Continued overleaf" and its heading given again "(continued)". Plain tests: no database.
"""

from tests.calls.test_documents_shapes import read
from tests.data.returns.build import PB, B, H, P

TITLE, PROBLEM, WHAT = "Title of the innovation", "The problem or need", "What you did differently"
PROPRIETARY = "Does it use a proprietary software or hardware product?"
PUBLISH = "Can we publish this innovation in the showcase, with your name?"


def test_a_question_and_its_answer_parted_by_a_tab_are_a_heading_and_its_answer():
    (form,) = read(
        P("Copied from our tracker:"), P(f"{TITLE}\tSchool nurse text line"), P("Authority\tIsle of Wight"),
        P(f"{PROBLEM}\tPupils would not queue outside the nurse's room."), P(f"{PUBLISH}\tYes"),
    )  # fmt: skip
    assert form.answers["title"] == "School nurse text line"
    assert form.answers["authority"] == "Isle of Wight"
    assert form.answers["problem"] == "Pupils would not queue outside the nurse's room."
    assert form.answers["consent_publish"] == {"answer": True, "detail": ""}


def test_a_tab_after_a_sentence_inside_an_answer_parts_nothing():
    (form,) = read(B(TITLE), P("Drop-ins"), B(PROBLEM), P("Waits were long.\tSome waited a year."))
    assert form.answers["problem"] == "Waits were long. Some waited a year."


def test_the_slash_left_after_deleting_yes_or_no():
    (form,) = read(B(TITLE), P("Pre-birth assessments"), B(PROPRIETARY), P("/ No"), B(PUBLISH), P("Yes /"))
    assert form.answers["proprietary"] == {"answer": False, "detail": ""}
    assert form.answers["consent_publish"] == {"answer": True, "detail": ""}
    assert "proprietary" not in form.flagged


def test_an_answer_continued_over_the_page_under_its_heading_again():
    (form,) = read(
        H(TITLE), P("Saturday hubs"), H(WHAT), P("Three hubs open on Saturdays."), P("Continued overleaf"), PB(),
        H(f"{WHAT} (continued)"), P("Fathers' groups moved to Saturdays too."), H(PROBLEM), P("Parents worked."),
    )  # fmt: skip
    assert form.answers["what_you_did"] == "Three hubs open on Saturdays.\n\nFathers' groups moved to Saturdays too."
    assert form.answers["problem"] == "Parents worked."
    assert "what_you_did" not in form.flagged
    assert form.unplaced == []


def test_a_continued_heading_under_another_heading_is_read_as_before():
    (form,) = read(H(TITLE), P("Saturday hubs"), H(PROBLEM), P("Parents worked."), H(f"{WHAT} (continued)"), P("More."))
    assert form.answers["problem"] == "Parents worked."
