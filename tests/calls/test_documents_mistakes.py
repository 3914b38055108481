"""Mistakes people make filling in the form, read from returned documents: prompts left in, the question pasted
into the answer, the form's own examples left beside the answer, answers typed into the wrong box."""

from silverlinings.calls.documents import FormRead, document_read
from silverlinings.calls.documents.shifted import answers_shifted
from tests.calls.docs.forms import SPECS, own_document
from tests.calls.test_documents_answers import value


def read_one_form(*answers: tuple[str, str]) -> FormRead:
    """The one form read from a table of the call's headings and these answers (an empty one as None)."""
    data = own_document({key: text or None for key, text in answers}, heading="table")
    (form,) = document_read(data=data, filename="nomination.docx", headings=SPECS)
    return form


def test_words_prompt_left_in_front_of_the_typed_answer_is_dropped():
    assert value("organisation", "Type here Early Help Locality Team North") == "Early Help Locality Team North"
    assert value("problem", "Click or tap here to enter text. Fathers were never asked.") == "Fathers were never asked."
    assert value("proprietary", "Type here No") == {"answer": False, "detail": ""}


def test_the_forms_own_example_left_above_the_answer_is_dropped():
    assert value("title", "e.g. Hybrid child protection conferences", "Family time at home") == "Family time at home"
    assert value("service_areas", "e.g. Children's social care", "Fostering") == ["Fostering"]
    assert value("proprietary", "e.g. No", "Yes, Mosaic") == {"answer": True, "detail": "Mosaic"}


def test_an_example_inside_the_answers_own_sentence_is_kept():
    text = "We bought kit, e.g. speakers and cameras."
    assert value("adoption", text) == text


def test_the_question_asked_again_and_pasted_before_the_answer_is_dropped():
    asked = "Please describe the problem or need that your innovation set out to address, and who it affected."
    assert value("problem", f"{asked} Families waited weeks.") == "Families waited weeks."
    asked = "What would another authority need in order to adopt it (people, money, time, kit)?"
    assert value("adoption", f"{asked} Two trained chairs.") == "Two trained chairs."
    asked = "What difference has it made, and how do you know? Please give figures where you can."
    assert value("difference", f"{asked} Waits fell by half.") == "Waits fell by half."


def test_a_question_of_the_writers_own_at_the_start_of_the_answer_is_kept():
    text = "Why did nobody come? The room was too far from the bus stop."
    assert value("problem", text) == text


def test_answers_typed_one_box_down_are_marked_from_the_first_that_answers_another_heading():
    form = read_one_form(
        ("title", "Walk-and-talk supervision"),
        ("scale", ""),
        ("problem", "Service or team practice"),
        ("what_you_did", "Supervision was squeezed between visits."),
        ("difference", "Managers walk round the park."),
    )
    assert form.answers["problem"] == "Service or team practice"
    assert form.flagged == ["problem", "what_you_did", "difference"]


def test_a_heading_of_the_call_given_as_a_text_answer_marks_it_and_the_answers_after_it():
    answers = {"title": "Reading buddies", "what_you_did": "The difference it made", "difference": "It stays."}
    assert list(answers_shifted(SPECS, answers)) == ["what_you_did", "difference"]


def test_text_answers_in_their_own_boxes_are_not_marked_as_shifted():
    answers = {"title": "Reading buddies", "organisation": "Virtual School", "problem": "Children were behind."}
    assert answers_shifted(SPECS, answers) == {}


def test_a_team_named_like_a_service_area_is_not_marked_as_shifted():
    answers = {"organisation": "Children's social care", "problem": "Children were behind."}
    assert answers_shifted(SPECS, answers) == {}
