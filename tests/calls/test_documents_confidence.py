"""Checks of a form once read (`silverlinings.calls.documents.confidence`): answers that may be wrong are
marked for checking with a note, and answers that look right are not. Plain tests: no database."""

from silverlinings.calls.documents import FormRead
from silverlinings.calls.documents.confidence import form_checked
from silverlinings.calls.documents.segments import _Item, _prepared_for, _Segment
from tests.calls.docs.forms import SPECS
from tests.calls.test_documents_shapes import read
from tests.data.returns.build import H, P

CHECK = "Check this answer against the document."


def test_a_first_line_of_guidance_left_in_an_answer_is_marked():
    (form,) = read(H("What you did differently"), P("Describe the change"), P("A therapist visits each nursery."))
    assert form.answers["what_you_did"] == "Describe the change\n\nA therapist visits each nursery."
    assert form.flagged == ["what_you_did"]
    assert form.notes == [
        f"What you did differently: the first line ‘Describe the change’ may be guidance or a heading left in. {CHECK}"
    ]


def test_a_question_inside_an_answer_is_marked():
    (form,) = read(H("The problem or need"), P("Families waited weeks.\nWhat difference did it make?"))
    assert form.flagged == ["problem"]
    assert form.notes == [
        f"The problem or need: ‘What difference did it make?’ in the answer reads like a heading. {CHECK}"
    ]


def test_an_email_address_in_an_answer_that_is_not_the_contact_is_marked():
    (form,) = read(H("What you did differently"), P("Leads message the duty desk. Nina Shah, nina.shah@example.org"))
    assert form.flagged == ["what_you_did"]
    assert form.notes == [
        "What you did differently: the answer holds an email address or a phone number, perhaps from the "
        f"contact. {CHECK}"
    ]


def test_the_same_text_under_two_headings_is_marked_at_both():
    text = "Families waited three weeks for a first visit."
    (form,) = read(H("The problem or need"), P(text), H("The difference it made"), P(text))
    assert form.flagged == ["problem", "difference"]
    assert form.notes == [
        f"The problem or need: the same text is the answer to ‘The difference it made’. {CHECK}",
        f"The difference it made: the same text is the answer to ‘The problem or need’. {CHECK}",
    ]


def test_a_contact_with_neither_email_nor_phone_is_marked():
    (form,) = read(H("Contact"), P("Sam Kaur, Team Manager"))
    assert form.answers["contact"] == {"name": "Sam Kaur", "role": "Team Manager", "email": "", "phone": ""}
    assert form.flagged == ["contact"]
    assert form.notes == [f"Contact: no email address or phone number was found for the contact. {CHECK}"]


def test_answers_that_look_right_are_not_marked():
    (form,) = read(
        H("The problem or need"),
        P("We had three problems:"),
        P("- long waits\n- no follow-up"),
        H("Contact"),
        P("Sam Kaur, Team Manager, sam.kaur@example.org"),
    )
    assert (form.flagged, form.notes) == ([], [])


def _segment(text: str, answer: str) -> _Segment:
    meaning = _prepared_for(SPECS)[0]
    return _Segment(text, tuple(meaning.scores(text)), "style", 2, [_Item(answer)])


def test_a_form_answering_two_headings_twice_is_marked_whole():
    form = [
        _segment("The problem or need", "Long waits."),
        _segment("What you did differently", "Phone first."),
        _segment("The problem or need", "Reports were lists of offences."),
        _segment("What you did differently", "Written with the young person."),
    ]
    read_form = FormRead(answers={"problem": "Long waits.", "what_you_did": "Phone first."})
    form_checked(SPECS, form, {0: 5, 1: 6}, read_form)
    assert sorted(read_form.flagged) == sorted(spec.key for spec in SPECS)
    assert read_form.notes[-1:] == [
        "Read with low confidence: the document answers these headings twice (The problem or need, What you did "
        "differently), so it may hold two nominations or answers in the wrong place. Check every answer against "
        "the document."
    ]


def test_a_form_answering_one_heading_twice_marks_that_heading_only():
    form = [_segment("The problem or need", "Long waits."), _segment("The problem or need", "And more.")]
    read_form = FormRead(answers={"problem": "Long waits."})
    form_checked(SPECS, form, {0: 5}, read_form)
    assert read_form.flagged == ["problem"]
    assert read_form.notes == [
        f"The problem or need: ‘The problem or need’, left over with its own text, means this heading too. {CHECK}"
    ]


def test_an_answer_that_only_points_to_another_is_marked_not_copied():
    (form,) = read(H("What you did differently"), P("A mentor visits."), H("What would others need?"), P("As Q7."))
    assert form.answers["adoption"] == "As Q7."
    assert form.flagged == ["adoption"]


def test_a_contact_with_no_name_is_marked():
    (form,) = read(H("Contact"), P("Role: Family Support Worker\nEmail: fsw@example.org"))
    assert form.flagged == ["contact"]
    assert "no name was found for the contact" in form.notes[0]


def test_a_short_answer_naming_the_choice_of_a_heading_left_unanswered_is_marked():
    (form,) = read(H("Authority and team"), P("Surrey – Children Looked After Service"))
    assert form.answers["organisation"] == "Surrey – Children Looked After Service"
    assert "it names ‘Surrey’, which may be the answer to ‘Authority’" in " ".join(form.notes)


def test_a_table_of_figures_inside_an_answer_stays_in_it():
    from tests.data.returns.build import T

    (form,) = read(
        H("The difference it made"), P("By quarter:"), T(["Quarter", "Cases", "Rate"], ["Q1", "212", "29%"]), P("Done.")
    )
    assert form.answers["difference"] == "By quarter:\n\nQuarter | Cases | Rate\n\nQ1 | 212 | 29%\n\nDone."


def test_a_one_line_name_loses_its_final_full_stop():
    (form,) = read(H("Organisation, school, setting or team"), P("Education Welfare Service."))
    assert form.answers["organisation"] == "Education Welfare Service"


def _one_place_on(left_over: _Segment) -> FormRead:
    """ "The problem or need" answered, "What you did differently" not, "The difference it made" answered straight
    after the problem, then `left_over` left over with its text."""
    column = {spec.key: index for index, spec in enumerate(SPECS)}
    form = [
        _segment("The problem or need", "Long waits."),
        _segment("The difference it made", "Fewer complaints."),
        left_over,
    ]
    read_form = FormRead(answers={"problem": "Long waits.", "difference": "Fewer complaints."})
    form_checked(SPECS, form, {0: column["problem"], 1: column["difference"]}, read_form)
    return read_form


def test_a_heading_left_over_with_an_answer_after_a_gap_marks_the_answers_one_place_off():
    read_form = _one_place_on(_segment("Did it work?", "Fewer families came back to us within the year."))
    assert read_form.flagged == ["difference"]
    assert "may be one place off" in read_form.notes[0]


def test_a_councils_own_question_with_a_short_answer_marks_no_answer_one_place_off():
    for heading, answer in (("Budget code", "CL-4471-09"), ("Cost centre", "40213"), ("Locality", "North East")):
        read_form = _one_place_on(_segment(heading, answer))
        assert (read_form.flagged, read_form.notes) == ([], []), heading


def test_a_councils_own_question_with_a_short_answer_marks_no_answer_out_of_place():
    column = {spec.key: index for index, spec in enumerate(SPECS)}
    form = [
        _segment("The problem or need", "Long waits."),
        _segment("Budget code", "CL-4471-09"),
        _segment("The difference it made", "Fewer complaints."),
        _segment("What you did differently", "Phone first."),
    ]
    answers = {"problem": "Long waits.", "difference": "Fewer complaints.", "what_you_did": "Phone first."}
    read_form = FormRead(answers=dict(answers))
    form_checked(SPECS, form, {0: column["problem"], 2: column["difference"], 3: column["what_you_did"]}, read_form)
    assert "Budget code" not in " ".join(read_form.notes)
