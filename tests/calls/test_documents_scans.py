# ruff: noqa: E501 - the documents' text is kept as written, one paragraph a line
"""Answers first misread in documents 282–293 of tests/data/returns/: a scanned form read back by OCR (a word
hyphenated at a line's end, the running header's page number, letters for digits in a phone number), options
chosen by bold or highlight among all left in, a template's placeholders beside the answers, arrows between
question and answer, and the call's guidance notes pasted after the form. Plain tests: no database."""

from tests.calls.test_documents_shapes import read
from tests.data.returns.build import B, H, P, S

TITLE, AUTHORITY, AREAS, SCALE = "Title of the innovation", "Authority", "Service areas", "Scale of the innovation"
PROBLEM, WHAT, DIFFERENCE, CONTACT = (
    "The problem or need",
    "What you did differently",
    "The difference it made",
    "Contact",
)
PERMANENCE = "Will it become permanent, and how is it being embedded?"
PROPRIETARY = "Does it use a proprietary software or hardware product?"
PUBLISH = "Can we publish this innovation in the showcase, with your name?"


def test_a_word_hyphenated_at_a_printed_lines_end_is_one_word():
    (form,) = read(B(TITLE), P("Memory boxes"), B(PROBLEM), P("Children had no record of their early lives, and the innova-"), P("tion came late."))  # fmt: skip
    assert form.answers["problem"] == "Children had no record of their early lives, and the innovation came late."


def test_a_running_headers_page_number_set_apart_by_a_gap_is_no_part_of_the_answer():
    (form,) = read(B(TITLE), P("Memory boxes"), B(WHAT), P("A memory box on the first day."), P("Nomination form          Page 2 of 3"))  # fmt: skip
    assert form.answers["what_you_did"] == "A memory box on the first day."


def test_a_phone_number_with_letters_for_digits_is_read_as_its_digits():
    (form,) = read(B(TITLE), P("Memory boxes"), B(CONTACT), P("Dawn Whitaker, Team Manager, dawn@kent.example.gov.uk, 0l622 69l234"))  # fmt: skip
    assert form.answers["contact"]["phone"] == "01622 691234"
    assert form.answers["contact"]["role"] == "Team Manager"


def test_options_made_bold_among_all_left_in_are_the_ones_chosen():
    (form,) = read(
        B(TITLE), P("Drop-ins"),
        B(AREAS), S("Early years / Early help / ", ("*", "Fostering"), " / SEND / Other"),
        B(PROPRIETARY), S(("*", "Yes"), " / No – Microsoft Teams"),
        B(PUBLISH), S("Yes / ", ("*", "No")),
    )  # fmt: skip
    assert form.answers["service_areas"] == ["Fostering"]
    assert form.answers["proprietary"] == {"answer": True, "detail": "Microsoft Teams"}
    assert form.answers["consent_publish"] == {"answer": False, "detail": ""}


def test_options_highlighted_among_all_left_in_are_the_ones_chosen():
    (form,) = read(
        B(TITLE), P("Custody youth workers"),
        B(AREAS), S("Early help, ", ("!", "Youth justice"), ", SEND, ", ("!", "Care leavers"), ", Other"),
        B(SCALE), S(("!", "Whole-system change"), " – Service or team practice – Personal work habit"),
        B(PUBLISH), S("Yes   ", ("!", "No")),
    )  # fmt: skip
    assert sorted(form.answers["service_areas"]) == ["Care leavers", "Youth justice"]
    assert form.answers["scale"] == "Whole-system change"
    assert form.answers["consent_publish"] == {"answer": False, "detail": ""}


def test_a_bold_word_in_a_sentence_is_no_choice():
    (form,) = read(B(TITLE), P("Drop-ins"), B(PROPRIETARY), S(("*", "Yes"), ", we use Teams"))
    assert form.answers["proprietary"] == {"answer": True, "detail": "we use Teams"}


def test_a_templates_placeholders_before_the_answers_typed_are_no_part_of_them():
    (form,) = read(
        B(TITLE), P("[Insert text here] Reading buddies"), B("Organisation, school, setting or team"),
        P("<Team name> Virtual School"), B(CONTACT), P("<Name> Amira Patel, <Role> Virtual School Head, <Email> amira@bf.example.gov.uk"),
    )  # fmt: skip
    assert form.answers["title"] == "Reading buddies"
    assert form.answers["organisation"] == "Virtual School"
    assert form.answers["contact"] == {"name": "Amira Patel", "role": "Virtual School Head", "email": "amira@bf.example.gov.uk", "phone": ""}  # fmt: skip


def test_an_arrow_sets_a_question_apart_from_its_answer():
    (form,) = read(P("Title → Council tax exemption"), P("Authority -> Wokingham"), P("Permanent? → Yes, approved by full council."), P("Publish? → Yes"))  # fmt: skip
    assert form.answers["title"] == "Council tax exemption"
    assert form.answers["authority"] == "Wokingham"
    assert form.answers["permanence"] == "Yes, approved by full council."
    assert form.answers["consent_publish"] == {"answer": True, "detail": ""}


def test_the_calls_guidance_notes_pasted_after_the_form_are_no_second_nomination():
    answered = [
        (TITLE, "Speech therapists in nurseries"), (AUTHORITY, "Milton Keynes"), ("Organisation, school, setting or team", "Early Years Team"),
        (AREAS, "Early years"), (SCALE, "Service or team practice"), (PROBLEM, "Two-year-olds waited nine months."),
        (WHAT, "Therapists visit nursery rooms."), (DIFFERENCE, "Waits fell to six weeks."), (PERMANENCE, "It is in the job plans."),
        (PROPRIETARY, "No"), ("What would another authority need to adopt it?", "Therapists' time."),
        (CONTACT, "Leah Okonjo, Early Years Lead, leah@mk.example.gov.uk"), (PUBLISH, "Yes"), ("Can we contact you about this innovation?", "Yes"),
    ]  # fmt: skip
    forms = read(
        *[block for heading, answer in answered for block in (B(heading), P(answer))],
        H("Guidance notes", 1),
        P("Title of the innovation: a short name we can use in the showcase, no more than ten words."),
        P("Authority: the council in the partnership that is nominating the innovation."),
        P("Service areas: choose every area the innovation touches."),
        P("The problem or need: tell us what was not working, and for whom."),
        P("What you did differently: describe the change itself, in plain words."),
        P("The difference it made: give any evidence you have, figures or people's own words."),
        P("Will it become permanent: tell us how the change is being built into the way you work."),
    )  # fmt: skip
    assert [form.answers["title"] for form in forms] == ["Speech therapists in nurseries"]
    assert forms[0].answers["problem"] == "Two-year-olds waited nine months."
    assert any("tell us what was not working" in text for text in forms[0].unplaced)


def test_a_second_nomination_is_not_taken_for_guidance():
    answered = [(TITLE, "Walk and talk"), (PROBLEM, "Tell us about it: families waited."), (WHAT, "Describe it: we walked."), (CONTACT, "Sam Kaur, sam@kent.example.gov.uk")]  # fmt: skip
    other = [(TITLE, "Breakfast club"), (PROBLEM, "Children came hungry."), (WHAT, "A club at eight."), (CONTACT, "Jo Eze, jo@kent.example.gov.uk")]  # fmt: skip
    forms = read(*[block for heading, answer in answered + other for block in (B(heading), P(answer))])
    assert [form.answers["title"] for form in forms] == ["Walk and talk", "Breakfast club"]


def test_an_assistant_signing_for_the_contact_is_not_another_nominations_person():
    (form,) = read(
        B(TITLE), P("Family group conferences"), B(AUTHORITY), P("Surrey"),
        B(CONTACT), P("Sarah Okafor, Director of Children's Services, sarah.okafor@surrey.example.gov.uk"),
        B("Can we contact you about this innovation?"), P("Yes"),
        P("Kind regards,"), P("Jo Mills\nPA to Sarah Okafor\njo.mills@surrey.example.gov.uk"),
    )  # fmt: skip
    assert form.may_hold == 0
    assert form.answers["title"] == "Family group conferences"
    assert "title" not in form.flagged


def test_another_person_naming_no_contact_still_counts_as_another_nominations():
    (form,) = read(
        B(TITLE), P("Family group conferences"), B(AUTHORITY), P("Surrey"),
        B(CONTACT), P("Sarah Okafor, Director of Children's Services, sarah.okafor@surrey.example.gov.uk"),
        B("Can we contact you about this innovation?"), P("Yes"),
        P("Kind regards,"), P("Jo Mills\nFamily Support Lead\njo.mills@surrey.example.gov.uk"),
    )  # fmt: skip
    assert form.may_hold == 2
