"""Checks of confidence that look past one answer (`silverlinings.calls.documents.confidence`): answers read
as printed lines or as a table's cells, a heading answered out of its place, and forms of one document that
may be one nomination read in parts. Plain tests: no database."""

from silverlinings.calls.documents import FormRead
from silverlinings.calls.documents.confidence import _as_lines
from silverlinings.calls.documents.whole import forms_checked
from tests.calls.docs.forms import ANSWERS, SPECS
from tests.calls.test_documents_shapes import read
from tests.data.returns.build import B, P


def test_the_printed_lines_of_one_paragraph_are_marked():
    lines = "Review health assessments for children in care were often\n\nmissed because carers forgot."
    assert "may be printed lines of one paragraph" in _as_lines(lines)
    assert "page's number" in _as_lines("Carers get a text.\n\nSilver Linings nomination form – page 1 of 2")
    assert _as_lines("Carers get a text a week before.\n\nThey can reply to rebook.") == ""


def test_a_table_s_cells_read_as_lines_are_marked():
    (form,) = read(B("The difference it made"), P("By quarter:"), P("Quarter"), P("Step-downs"), P("Rate"), P("Done."))
    assert form.flagged == ["difference"]
    assert "a table's cells read as lines" in " ".join(form.notes)
    assert _as_lines("We changed three things:\n\n- a room\n- a link\n- a chair") == ""


def test_a_heading_answered_away_from_where_a_heading_left_over_stands_is_marked():
    (form,) = read(
        B("Title of the innovation"), P("Sunday dinners"),
        B("Organisation, school, setting or team"), P("Leaving care team"),
        B("Before it started"), P("Care leavers were on their own on Sundays."),
        B("What you did differently"), P("Workers cook a dinner once a month."),
        B("Why it matters"), P("I know people now."),
    )  # fmt: skip
    assert form.answers["problem"] == "I know people now."
    assert "problem" in form.flagged
    assert "‘Before it started’, left over with its own text, stands where this heading belongs" in " ".join(form.notes)


def test_the_headings_in_another_order_with_nothing_left_over_are_not_marked():
    (form,) = read(
        B("What you did differently"), P("Workers cook a dinner once a month."),
        B("The problem or need"), P("Care leavers were on their own on Sundays."),
        B("Title of the innovation"), P("Sunday dinners"),
    )  # fmt: skip
    assert form.flagged == []


def test_a_small_form_with_no_title_of_its_own_beside_a_full_one_marks_both():
    box = FormRead(answers={"contact": ANSWERS["contact"]})
    full = FormRead(answers=dict(ANSWERS))
    forms_checked(SPECS, [box, full])
    assert box.maybe_part and full.maybe_part
    assert set(full.flagged) == set(ANSWERS)
    assert "answers only 1 heading and gives no title of its own" in full.notes[0]


def test_two_forms_giving_the_same_long_answer_are_marked_and_a_half_filled_nomination_is_not():
    first = FormRead(answers=dict(ANSWERS))
    second = FormRead(answers={key: value for key, value in ANSWERS.items() if key != "title"})
    forms_checked(SPECS, [first, second])
    assert first.maybe_part and "two of them give the same answer to ‘" in first.notes[0]
    half = FormRead(answers={"title": "Two-year-old checks", "authority": "Wokingham"})
    whole = FormRead(answers=dict(ANSWERS))
    forms_checked(SPECS, [whole, half])
    assert not whole.maybe_part and not half.maybe_part and whole.flagged == []


def test_a_rating_column_after_the_answers_is_reported_not_read_into_them():
    from tests.data.returns.build import T

    (form,) = read(T(["No.", "Question", "Response", "RAG"], ["1", "Title of the innovation", "Police hub", "G"]))
    assert form.answers["title"] == "Police hub"
    assert "G" in " ".join(form.unplaced)


def test_a_yes_with_only_an_emoji_keeps_no_detail_and_a_condition_stays():
    (form,) = read(
        B("Can we publish this innovation in the showcase, with your name?"),
        P("No – please publish it without my name."),
        B("Can we contact you about this innovation?"), P("Yes 👍"),
    )  # fmt: skip
    assert form.answers["consent_publish"] == {"answer": False, "detail": "please publish it without my name."}
    assert form.answers["consent_contact"] == {"answer": True, "detail": ""}


def test_a_short_answer_written_as_a_sentence_keeps_its_full_stop():
    (form,) = read(B("Title of the innovation"), P("The title of our innovation is “Walk and talk”."))
    assert form.answers["title"] == "The title of our innovation is “Walk and talk”."


def test_a_contact_starting_with_me_is_marked():
    (form,) = read(B("Contact"), P("me – Carl Mensah, Family Support Worker, carl.mensah@example.org"))
    assert "contact" in form.flagged
