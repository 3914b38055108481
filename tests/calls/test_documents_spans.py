# ruff: noqa: E501 - the documents' text is kept as written, one paragraph a line
"""Answers first misread in documents 294–305 of tests/data/returns/: part titles across a table and the contact's
parts in a column after its label, an "Evidence attached?" column, choices marked with green ticks and red crosses,
a "|" between question and answer, a yes with an asterisk, an email written with "[at]", and a team's name that
is a service area left unanswered; and neither a team in a key-facts table whose service area the full form
answers nor an answer after a heading answered from another's paragraph marked. Plain tests: no database."""

from tests.calls.test_documents_shapes import read
from tests.data.returns.build import B, P, T

TITLE, AREAS, SCALE, PROBLEM = (
    "Title of the innovation",
    "Service areas",
    "Scale of the innovation",
    "The problem or need",
)
CONTACT, PUBLISH = "Contact", "Can we publish this innovation in the showcase, with your name?"
TEAM = "Organisation, school, setting or team"


def test_a_contacts_parts_in_a_column_after_its_label_and_a_part_title_after_them():
    (form,) = read(
        T(
            [TITLE, "Shared lives", "<"],
            [CONTACT, "Name", "Aisha Rahman"], [None, "Role", "Leaving Care Manager"], [None, "Email", "aisha@soton.example.gov.uk"],
            ["PART C – CONSENT", "<", "<"],
            [PUBLISH, "Yes", "<"],
        )
    )  # fmt: skip
    assert form.answers["contact"] == {
        "name": "Aisha Rahman",
        "role": "Leaving Care Manager",
        "email": "aisha@soton.example.gov.uk",
        "phone": "",
    }
    assert form.answers["consent_publish"] == {"answer": True, "detail": ""}


def test_a_part_title_across_a_table_is_no_part_of_the_text_answer_above_it():
    (form,) = read(T([TITLE, "Shared lives", "<"], [PROBLEM, "Care leavers were lonely.", "<"], ["PART B – THE STORY", "<", "<"], [PUBLISH, "Yes", "<"]))  # fmt: skip
    assert form.answers["problem"] == "Care leavers were lonely."


def test_a_title_label_in_a_middle_column_after_no_contact_label_is_still_a_heading():
    (form,) = read(T(["A", "Title", "Shared lives"], ["B", PROBLEM, "Care leavers were lonely."]))
    assert form.answers["title"] == "Shared lives"
    assert "title" not in form.flagged


def test_a_column_saying_whether_evidence_is_attached_holds_no_answer():
    (form,) = read(T(["Question", "Answer", "Evidence attached?"], [TITLE, "Dads' group", ""], [PROBLEM, "Young fathers had no support.", "N"]))  # fmt: skip
    assert form.answers["problem"] == "Young fathers had no support."


def test_choices_with_red_crosses_beside_green_ticks_are_not_chosen():
    (form,) = read(B(TITLE), P("Nurture rooms"), B(AREAS), P("✅ Mainstream schools"), P("❌ SEND"), P("✅ Early years"), B(SCALE), P("❌ Personal work habit"), P("✅ Whole-system change"))  # fmt: skip
    assert form.answers["service_areas"] == ["Mainstream schools", "Early years"]
    assert form.answers["scale"] == "Whole-system change"


def test_a_bar_sets_a_question_apart_from_its_answer():
    (form,) = read(P("Title | Walking bus"), P("Authority | Portsmouth"), P("Permanent? | The school runs it now."), P("Publish? | Yes"))  # fmt: skip
    assert form.answers["title"] == "Walking bus"
    assert form.answers["authority"] == "Portsmouth"
    assert form.answers["permanence"] == "The school runs it now."
    assert form.answers["consent_publish"] == {"answer": True, "detail": ""}


def test_a_yes_with_an_asterisk_is_marked_for_its_note_elsewhere():
    (form,) = read(
        B(TITLE), P("Grandparents' group"), B(PUBLISH), P("Yes*"), P("* subject to the grandparents agreeing")
    )
    assert form.answers["consent_publish"] == {"answer": True, "detail": ""}
    assert "consent_publish" in form.flagged


def test_an_email_written_with_at_and_dot_in_brackets_is_read_as_an_address():
    (form,) = read(B(TITLE), P("Swimming passes"), B(CONTACT), P("Priya Sandhu, Young Carers Worker, priya.sandhu [at] slough (dot) example.gov.uk"))  # fmt: skip
    assert form.answers["contact"]["email"] == "priya.sandhu@slough.example.gov.uk"


def test_a_team_naming_a_service_area_left_unanswered_is_marked():
    (form,) = read(
        B(TITLE), P("Our say"), B(TEAM), P("Children's social care"), B(PROBLEM), P("New workers every year.")
    )
    assert "organisation" in form.flagged


def test_answers_that_may_be_one_place_off_round_an_unanswered_heading_are_marked():
    (form,) = read(
        B(TITLE), P("Our say in who our social worker is"), B(PROBLEM), P("New workers every year."),
        B("What changed?"), P("We sit on the interview panel."), B("Did it help?"), P("We trust our workers more."),
        B("Will it stick?"), P("It's in the recruitment policy."), B("What would another council need?"), P("Managers who listen."),
    )  # fmt: skip
    assert "difference" not in form.answers
    assert "permanence" in form.flagged


def test_a_key_facts_teams_service_area_answered_in_the_full_form_is_not_marked():
    (form,) = read(
        T(["Innovation", "Buddy groups"], ["Council", "Isle of Wight"], ["Team", "Fostering Recruitment and Support"]),
        B(TITLE), P("Buddy groups"), B("Authority"), P("Isle of Wight"), B(TEAM), P("Fostering Recruitment and Support"),
        B(AREAS), P("Fostering"), B(PROBLEM), P("New carers were lonely."),
    )  # fmt: skip
    assert form.answers["organisation"] == "Fostering Recruitment and Support"
    assert form.answers["service_areas"] == ["Fostering"]
    assert "organisation" not in form.flagged


def test_no_place_off_is_marked_after_a_heading_answered_from_the_consents_one_paragraph():
    (form,) = read(
        B(TITLE), P("Our say in who our social worker is"), B(PROBLEM), P("New workers every year."),
        B("7. Contact"), P("Aisha Rahman, Participation Lead, aisha.rahman@example.org"),
        B("8. Consent"), P("You may publish this with my name, and you may contact me about it."),
        B("References"), P("Bennathan, M. and Boxall, M. (2000) Effective Intervention in Primary Schools."),
    )  # fmt: skip
    assert form.answers["consent_publish"]["answer"] is True
    assert form.answers["consent_contact"]["answer"] is True
    assert "consent_contact" not in form.flagged
