"""Answers first misread in documents 270–281 of tests/data/returns/: a printed form's answer lines and typed dot
leaders, a grid of "Yes" and "No" columns marked "X", a mail app's "Sent from my iPhone", and a supplier's shared
address. Plain tests: no database."""

from tests.calls.test_documents_shapes import read
from tests.data.returns.build import B, H, P, T

TITLE, AUTHORITY, PROBLEM, CONTACT = "Title of the innovation", "Authority", "The problem or need", "Contact"
PROPRIETARY = "Does it use a proprietary software or hardware product?"
PUBLISH = "Can we publish this innovation in the showcase, with your name?"
CONTACT_YOU = "Can we contact you about this innovation?"


def test_a_printed_forms_answer_lines_are_no_part_of_the_answers():
    (form,) = read(
        P("Title of the innovation: Bedtime stories by phone______________"), P("Authority: ____Reading____"),
        P("The problem or need:"), P("Bedtimes were hardest."), P("__________________________________"),
        P(f"{PROPRIETARY} No_______"),
    )  # fmt: skip
    assert form.answers["title"] == "Bedtime stories by phone"
    assert form.answers["authority"] == "Reading"
    assert form.answers["problem"] == "Bedtimes were hardest."
    assert form.answers["proprietary"] == {"answer": False, "detail": ""}


def test_an_answer_written_between_answer_lines_is_not_taken_for_markdown_emphasis():
    (form,) = read(P("Title of the innovation: ____Bedtime stories____"), B(PROBLEM), P("A __very__ long wait."))
    assert form.answers["title"] == "Bedtime stories"
    assert form.answers["problem"] == "A very long wait."


def test_dot_leaders_between_a_question_and_its_answer():
    (form,) = read(
        P("Title of the innovation .......... Breakfast club"), P("Authority .......... Kent"),
        B(PROBLEM), P("Young carers arrived late."),
    )  # fmt: skip
    assert form.answers["title"] == "Breakfast club"
    assert form.answers["authority"] == "Kent"


def test_a_contents_line_with_dot_leaders_and_a_page_number_stays_a_contents_line():
    forms = read(
        B("Contents"), P("1. The innovation ........ 1"), P("2. Why and what we did ........ 2"),
        H("1. The innovation", 1), H("Title", 2), P("Family group conferences"), H("Authority", 2), P("Kent"),
    )  # fmt: skip
    assert [form.answers["title"] for form in forms] == ["Family group conferences"]


def test_a_grid_of_yes_and_no_columns_answers_each_question_by_its_marked_column():
    (form,) = read(
        B(TITLE), P("Attendance calls"),
        T(["", "Yes", "No"], [PROPRIETARY, "", "X"], [PUBLISH, "X", ""], [CONTACT_YOU, "✓", ""]),
    )  # fmt: skip
    assert form.answers["proprietary"] == {"answer": False, "detail": ""}
    assert form.answers["consent_publish"] == {"answer": True, "detail": ""}
    assert form.answers["consent_contact"] == {"answer": True, "detail": ""}


def test_a_grid_headed_y_and_n_with_a_comments_column_reads_each_mark_and_reports_the_comments():
    (form,) = read(
        B(TITLE), P("Attendance calls"),
        T(["Question", "Y:", "N:", "Comments"], [PROPRIETARY, "", "No", "Checked with IT"], [PUBLISH, "✗", ""],
          [CONTACT_YOU, "Yes", "", ""]),
    )  # fmt: skip
    assert form.answers["proprietary"] == {"answer": False, "detail": ""}
    assert form.answers["consent_publish"] == {"answer": True, "detail": ""}
    assert form.answers["consent_contact"] == {"answer": True, "detail": ""}
    assert any("Checked with IT" in text for text in form.unplaced)


def test_a_mail_apps_last_line_is_no_part_of_the_last_answer():
    (form,) = read(B(TITLE), P("Walk-in clinic"), B(CONTACT_YOU), P("Yes"), P("Sent from my iPhone"))
    assert form.answers["consent_contact"] == {"answer": True, "detail": ""}
    assert "consent_contact" not in form.flagged


def test_a_suppliers_shared_address_is_not_another_nomination_s_person():
    (form,) = read(
        B(TITLE), P("Views by app"), B(PROPRIETARY), P("Yes – Mind of My Own; support is on help@momo.example.com"),
        B(CONTACT), P("Priya Nair, IRO Service Manager, priya.nair@westsussex.example.gov.uk"),
    )  # fmt: skip
    assert form.may_hold == 0
    assert "title" not in form.flagged
