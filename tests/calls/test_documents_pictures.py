"""Answers first missed in documents 198–209 of tests/data/returns/: headings saved as pictures, the call's own
heading with its commas before a colon and the answer, an answer pointing to an attachment the document does not
hold, and a correction typed under an answer. Plain tests: no database."""

from tests.calls.test_documents_shapes import read
from tests.data.returns.build import PIC, B, P, T

TITLE, PROBLEM, WHAT = "Title of the innovation", "The problem or need", "What you did differently"
PERMANENT = "Will it become permanent, and how is it being embedded?"


def test_headings_saved_as_pictures_are_read_from_their_alt_text():
    (form,) = read(PIC(TITLE), P("Buddy groups"), PIC(PROBLEM), P("Lonely."), PIC(WHAT), P("A monthly group."))
    assert (form.answers["title"], form.answers["problem"], form.answers["what_you_did"]) == (
        "Buddy groups",
        "Lonely.",
        "A monthly group.",
    )


def test_a_photo_s_alt_text_is_no_part_of_the_contact():
    (form,) = read(
        B(TITLE), P("Buddy groups"), B(PROBLEM), P("Lonely."), B("Contact"),
        T([[PIC("Photo of Kwame Mensah")], [P("Kwame Mensah"), P("Team Manager"), P("kwame@example.gov.uk")]]),
    )  # fmt: skip
    assert form.answers["contact"]["name"] == "Kwame Mensah"
    assert form.answers["contact"]["role"] == "Team Manager"


def test_the_call_s_own_heading_with_commas_before_a_colon_gives_its_answer():
    (form,) = read(
        P(f"{TITLE}: Buddy groups"), P("Organisation, school, setting or team: Inclusion Service"),
        P(f"{WHAT}: A monthly group."), P(f"{PERMANENT}: It is in the budget."),
    )  # fmt: skip
    assert form.answers["organisation"] == "Inclusion Service"
    assert form.answers["what_you_did"] == "A monthly group."
    assert form.answers["permanence"] == "It is in the budget."


def test_a_sentence_with_a_comma_before_a_colon_stays_in_the_answer():
    (form,) = read(B(TITLE), P("Buddy groups"), B(WHAT), P("In the end, what we did: a monthly group."))
    assert form.answers["what_you_did"] == "In the end, what we did: a monthly group."


def test_an_answer_pointing_to_an_attachment_is_kept_and_marked():
    (form,) = read(B(TITLE), P("Buddy groups"), B(PROBLEM), P("Please see attached evaluation report."), B(WHAT),
                   P("A monthly group."))  # fmt: skip
    assert form.answers["problem"] == "Please see attached evaluation report."
    assert "problem" in form.flagged
    assert "what_you_did" not in form.flagged


def test_a_correction_typed_under_an_answer_marks_it():
    (form,) = read(
        B(TITLE), P("Buddy groups"), B("The difference it made"), P("Attendance rose to 74%."),
        P("Correction: to 79% – the summer figures came in late."), B(WHAT), P("A monthly group."),
    )  # fmt: skip
    assert "difference" in form.flagged
    assert "what_you_did" not in form.flagged
