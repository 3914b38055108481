"""Documents read without the call's headings, and checks over a whole document: answers given by
question number only, a conversation written down, guidance typed before an answer on its line, and a
document that may hold more nominations than were read. Plain tests: no database."""

import pytest

from silverlinings.calls.documents import DocumentRefused
from tests.calls.test_documents_shapes import read
from tests.data.returns.build import BP, H, N, P

ANSWERS_BY_NUMBER = [
    "Virtual reality training",
    "Wokingham",
    "Fostering Recruitment Team",
    "Fostering",
    "IT hack or tool",
    "New carers found it hard to picture a first night.",
    "A short film is shown at every course.",
    "Fewer first-week endings.",
    "It is part of the course now.",
    "No",
    "Headsets and the film.",
    "Lucy Hart, Recruitment Officer, lucy.hart@example.org",
    "Yes",
    "No",
]


def test_answers_in_a_numbered_list_with_no_headings_are_read_in_the_call_order():
    (form,) = read(P("Answers below, numbered as on your form."), *(N(text) for text in ANSWERS_BY_NUMBER))
    assert form.answers["title"] == "Virtual reality training"
    assert form.answers["authority"] == "Wokingham"
    assert form.answers["scale"] == "IT hack or tool"
    assert form.answers["contact"]["email"] == "lucy.hart@example.org"
    assert form.answers["consent_contact"] == {"answer": False, "detail": ""}
    assert form.flagged == []
    assert any("by question number only" in note for note in form.notes)
    assert form.unplaced == ["Before the first heading: Answers below, numbered as on your form."]


def test_answers_with_typed_numbers_are_placed_by_their_number_and_marked_when_they_do_not_fit():
    typed = [f"Q{number} {text}" for number, text in enumerate(ANSWERS_BY_NUMBER, 1) if number != 3]
    (form,) = read(*(P(text) for text in typed))
    assert "organisation" in form.missing
    assert form.answers["service_areas"] == ["Fostering"]
    assert form.flagged == []
    shifted = [f"{number}) {text}" for number, text in enumerate(ANSWERS_BY_NUMBER[1:], 1)]  # one answer left out
    (form,) = read(*(P(text) for text in shifted))
    assert "authority" in form.flagged and "title" in form.flagged
    assert any("do not fit their question" in note for note in form.notes)


def test_a_list_of_another_length_is_not_read_by_number():
    with pytest.raises(DocumentRefused, match="could not find any of the call's headings"):
        read(*(N(text) for text in ANSWERS_BY_NUMBER[:9]))


def test_a_conversation_written_down_is_refused_with_a_message_saying_so():
    turns = [("Interviewer: ", "What is it called?"), ("Priya: ", "Walk and talk supervision")] * 3
    with pytest.raises(DocumentRefused, match=r"reads as a conversation written down \(‘Interviewer:’, ‘Priya:’\)"):
        read(*(BP(who, said) for who, said in turns))


def test_guidance_typed_before_the_answer_on_its_line_is_left_out():
    (form,) = read(
        P("Title of the innovation – a short name another authority would recognise – Peer mentors"),
        P("The problem or need – what was happening before? – Carers felt alone."),
        P("The difference it made – evidence of impact – Fewer placements ended."),
        P("Contact – name, role, email and telephone – Mark Ellis, Team Manager, mark.ellis@example.org"),
    )
    assert form.answers["title"] == "Peer mentors"
    assert form.answers["problem"] == "Carers felt alone."
    assert form.answers["difference"] == "Fewer placements ended."
    assert form.answers["contact"]["role"] == "Team Manager"


def test_an_answer_starting_with_the_words_of_a_hint_example_or_a_short_word_is_kept():
    (form,) = read(
        H("Title of the innovation"),
        P("Hybrid child protection conferences – a new way to meet"),
        H("Will it become permanent, and how is it being embedded?"),
        P("Yes – the trust pays for the room."),
    )
    assert form.answers["title"] == "Hybrid child protection conferences – a new way to meet"
    assert form.answers["permanence"] == "Yes – the trust pays for the room."


def test_a_document_giving_more_people_than_forms_read_is_marked_whole():
    (form,) = read(
        H("Title of the innovation"),
        P("Walk and talk supervision"),
        H("Contact"),
        P("Priya Nair, Supervising Social Worker, priya.nair@example.org"),
        H("Our second idea"),
        P("Breakfast club, run by Shanice Brown (shanice.brown@example.org)."),
    )
    assert form.may_hold == 2
    assert set(form.flagged) >= {"title", "contact", "problem"}
    assert any("may hold 2 nominations" in note for note in form.notes)


def test_one_person_giving_their_email_twice_is_one_person():
    (form,) = read(
        H("Title of the innovation"),
        P("Walk and talk supervision"),
        H("Contact"),
        P("Priya Nair, Supervising Social Worker, priya.nair@example.org"),
        P("Kind regards, Priya (priya.nair@example.org)"),
    )
    assert form.may_hold == 0
    assert "title" not in form.flagged


def test_every_answer_in_one_paragraph_separated_by_slashes_is_read_in_the_call_order():
    (form,) = read(P("Answers in the order of your questions."), P("Answers: " + " / ".join(ANSWERS_BY_NUMBER)))
    assert form.answers["title"] == "Virtual reality training"
    assert form.answers["authority"] == "Wokingham"
    assert form.answers["contact"]["email"] == "lucy.hart@example.org"
    assert form.answers["consent_contact"] == {"answer": False, "detail": ""}
    assert any("separated by" in note for note in form.notes)


def test_a_slashed_paragraph_with_fewer_parts_than_questions_is_not_read_in_order():
    with pytest.raises(DocumentRefused):
        read(P("Answers: " + " / ".join(ANSWERS_BY_NUMBER[:-2])))
