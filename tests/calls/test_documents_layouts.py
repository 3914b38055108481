"""Answers first misread in documents 342–353 of tests/data/returns/: a table with the form's guidance in a middle
column, questions lettered "(a)", "(b)", "(c)", and every answer typed as a labelled line in one table cell.
Plain tests: no database.
"""

from tests.calls.test_documents_shapes import read
from tests.data.returns.build import B, P, T

TITLE, PROBLEM, WHAT = "Title of the innovation", "The problem or need", "What you did differently"
DIFFERENCE, ADOPTION = "The difference it made", "What would another authority need to adopt it?"


def test_a_plain_guidance_column_between_question_and_answer_is_left_out():
    (form,) = read(
        T(
            ["Question", "Guidance", "Your answer"],
            [TITLE, "A short name we can use.", "Grandparents' circle"],
            [PROBLEM, "What was not working? 150 words at most.", "Grandparents felt alone."],
            [ADOPTION, "Staff, money, anything else.", "Two paid facilitators."],
        )
    )
    assert form.answers["problem"] == "Grandparents felt alone."
    assert form.answers["adoption"] == "Two paid facilitators."


def test_a_guidance_column_in_a_two_column_table_is_the_answer_column_as_before():
    (form,) = read(T(["Question", "Guidance"], [TITLE, "Grandparents' circle"], [PROBLEM, "Grandparents felt alone."]))
    assert form.answers["problem"] == "Grandparents felt alone."


def test_a_question_lettered_c_is_a_heading_not_a_copyright_line():
    (form,) = read(
        B(f"(a) {TITLE}"), P("Family time outdoors"), B(f"(b) {WHAT}"), P("Family time moved to parks."),
        B(f"(c) {DIFFERENCE}"), P("Children rate it 4 out of 5."),
    )  # fmt: skip
    assert form.answers["what_you_did"] == "Family time moved to parks."
    assert form.answers["difference"] == "Children rate it 4 out of 5."


def test_a_copyright_line_with_its_year_is_still_left_out():
    (form,) = read(
        B(TITLE), P("Family time outdoors"), B(WHAT), P("Family time moved to parks."), P("(c) 2026 Leeds City Council")
    )
    assert form.answers["what_you_did"] == "Family time moved to parks."


def test_labelled_lines_in_one_cell_are_each_an_answer_with_its_full_stop():
    (form,) = read(
        B("Silver Linings – nomination"),
        T(
            ["Your nomination (please type below)"],
            [
                "Title: Youth workers in A&E\nAuthority: Kent\nProblem: No follow-up after A&E.\n"
                "What we did: A youth worker in A&E.\nDifference: Repeat visits fell."
            ],
        ),
    )
    assert form.answers["title"] == "Youth workers in A&E"
    assert form.answers["authority"] == "Kent"
    assert form.answers["problem"] == "No follow-up after A&E."
    assert form.answers["what_you_did"] == "A youth worker in A&E."
    assert form.answers["difference"] == "Repeat visits fell."


def test_labelled_sentences_run_together_on_one_line_are_read_as_before():
    (form,) = read(P("Title: Bedtime stories. Authority: Kent. Problem: Children could not sleep."))
    assert form.answers["title"] == "Bedtime stories"
    assert form.answers["authority"] == "Kent"


def test_two_questions_and_their_answers_on_each_row_of_four_columns():
    (form,) = read(
        T(
            ["Title", "Reading buddies", "Authority", "Kent"],
            ["Team", "Virtual School", "Service areas", "Mainstream schools"],
            ["Scale", "Service or team practice", "Proprietary product?", "No"],
            ["Publish?", "Yes", "Contact you?", "Yes"],
        )
    )
    assert form.answers["title"] == "Reading buddies"
    assert form.answers["authority"] == "Kent"
    assert form.answers["organisation"] == "Virtual School"
    assert form.answers["scale"] == "Service or team practice"
    assert form.answers["consent_publish"] == {"answer": True, "detail": ""}
    assert form.answers["consent_contact"] == {"answer": True, "detail": ""}
