"""Shapes of returned documents first met in documents 112–124 of tests/data/returns/: each read right, or
reported on the draft, never guessed. Plain tests: no database."""

from silverlinings.calls.documents import document_read
from tests.calls.docs.forms import SPECS, saved
from tests.calls.test_documents_answers import value
from tests.calls.test_documents_shapes import read
from tests.data.returns.build import FN, TC, XF, B, H, P, T, _add

SUMMARY = T(["Innovation", "Buddy groups"], ["Council", "Isle of Wight"], ["Team", "Fostering"], ["Cost", "Nothing"])


def test_a_key_facts_table_before_the_full_answers_is_one_nomination_with_them():
    (form,) = read(
        SUMMARY, ("h", "Title of the innovation", 2), ("p", "Buddy groups"), ("h", "Authority", 2),
        ("p", "Isle of Wight"), ("h", "Organisation, school, setting or team", 2), ("p", "Fostering"),
        ("h", "The problem or need", 2), ("p", "New carers were lonely."),
    )  # fmt: skip
    assert form.answers == {
        "title": "Buddy groups", "authority": "Isle of Wight", "organisation": "Fostering",
        "problem": "New carers were lonely.",
    }  # fmt: skip
    assert "Cost: Nothing" in form.unplaced


def test_two_nominations_whose_answers_differ_are_not_joined():
    forms = read(
        SUMMARY, ("h", "Title of the innovation", 2), ("p", "Sibling club"), ("h", "Authority", 2),
        ("p", "Isle of Wight"),
    )  # fmt: skip
    assert [form.answers.get("title") for form in forms] == ["Buddy groups", "Sibling club"]


def test_the_contact_in_a_box_beside_the_table_answers_the_row_that_points_to_it():
    (form,) = read(
        XF("Contact", "Owen Price", "SENCO Network Lead", "owen.price@example.org"),
        T(["Title of the innovation", "SENCO circles"], ["Authority", "West Berkshire"], ["Contact", "see box"],
          ["Can we publish this innovation in the showcase, with your name?", "Yes"]),
    )  # fmt: skip
    assert form.answers["contact"] == {
        "name": "Owen Price", "role": "SENCO Network Lead", "email": "owen.price@example.org", "phone": "",
    }  # fmt: skip
    assert form.answers["consent_publish"] == {"answer": True, "detail": ""}
    assert "contact" in form.flagged  # it pointed elsewhere: the person checks it


def test_numbered_questions_answered_by_number_in_a_table_at_the_end():
    (form,) = read(
        H("1. Title of the innovation", 3), H("2. Authority", 3), H("3. The problem or need", 3),
        H("4. Contact", 3), B("Answers"),
        T(["No.", "Answer"], ["1", "Kinship drop-in"], ["2", "Hampshire"], ["3", "Carers could not come."],
          ["4", "Bernadette Quinn, Team Manager, bq@example.org"]),
    )  # fmt: skip
    assert form.answers["title"] == "Kinship drop-in"
    assert form.answers["authority"] == "Hampshire"
    assert form.answers["problem"] == "Carers could not come."
    assert form.answers["contact"]["email"] == "bq@example.org"


def test_a_council_given_by_its_initials_or_a_shortened_word():
    for written, authority in (
        ("ESCC", "East Sussex"), ("BHCC", "Brighton and Hove"), ("RBWM", "Windsor and Maidenhead"),
        ("W Sussex", "West Sussex"), ("W. Berks", "West Berkshire"), ("Berks", None),
    ):  # fmt: skip
        form = document_read(data=_document(B("Authority"), P(written)), filename="nomination.docx", headings=SPECS)[0]
        assert form.answers.get("authority") == authority, written
        assert authority or "authority" in form.flagged


def test_lines_of_a_pdf_turned_back_into_word_are_one_paragraph_and_page_numbers_are_left_out():
    text = value(
        "problem",
        "Review health assessments for children in care were often",
        "missed because carers forgot the appointment.",
        "Silver Linings nomination form 2026 – page 1 of 2",
        "Carers told us so.",
    )
    first = "Review health assessments for children in care were often missed because carers forgot the appointment."
    assert text == f"{first}\n\nCarers told us so."
    assert value("contact", "Aisha Begum, Inclusion Lead", "e: ab@example.org")["role"] == "Inclusion Lead"


def test_a_yes_or_no_detail_in_brackets_loses_them():
    assert value("proprietary", "No (SystmOne for the notes)") == {"answer": False, "detail": "SystmOne for the notes"}


def test_tracked_changes_read_as_the_text_now_reads_and_footnotes_stay_out():
    (form,) = read(
        H("Authority"), TC(("-", "Reading"), ("+", "Wokingham")),
        H("The difference it made"), FN("Absence fell from 22% to 18%.", "DfE statistics."),
    )  # fmt: skip
    assert form.answers == {"authority": "Wokingham", "difference": "Absence fell from 22% to 18%."}


def test_a_young_persons_own_headings_for_the_problem_and_the_difference():
    (form,) = read(
        B("what was wrong before"), P("nobody to eat with on sundays"), B("why its good"), P("i know people now"),
    )  # fmt: skip
    assert form.answers == {"problem": "nobody to eat with on sundays", "difference": "i know people now"}


def _document(*blocks):
    from docx import Document

    document = Document()
    for block in blocks:
        _add(document, block)
    return saved(document)
