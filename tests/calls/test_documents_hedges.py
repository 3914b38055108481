"""Answers first misread in documents 246–257 of tests/data/returns/: a words-used count after an answer, a yes or
no answered "Unsure" or "Not yet", a nested list, a heading given again in a one-row table, and a joint nomination
led by one council. Plain tests: no database."""

from tests.calls.test_documents_shapes import read
from tests.data.returns.build import ST, B, L, P, T

TITLE, AUTHORITY, PROBLEM, WHAT, IMPACT = (
    "Title of the innovation",
    "Authority",
    "The problem or need",
    "What you did differently",
    "The difference it made",
)
PROPRIETARY = "Does it use a proprietary software or hardware product?"
CONTACT_YOU = "Can we contact you about this innovation?"


def test_a_words_used_count_at_the_end_of_an_answer_is_left_out():
    (form,) = read(
        B(TITLE), P("Talking groups"), B(PROBLEM), P("Delay was found late. (17 words)"),
        B(WHAT), P("Health visitors screen.\n\nParents join a group. [42 words]"),
        B(IMPACT), P("Delay fell from 31% to 22%. (Word count: 14)"),
    )  # fmt: skip
    assert form.answers["problem"] == "Delay was found late."
    assert form.answers["what_you_did"] == "Health visitors screen.\n\nParents join a group."
    assert form.answers["difference"] == "Delay fell from 31% to 22%."


def test_words_counted_inside_a_sentence_stay():
    (form,) = read(B(TITLE), P("Talking groups"), B(PROBLEM), P("Plans ran to 40 words (at most) a page."))
    assert form.answers["problem"] == "Plans ran to 40 words (at most) a page."


def test_a_yes_or_no_answered_unsure_or_tbc_is_asked_for_not_read_as_the_thing_itself():
    (form,) = read(
        B(TITLE), P("Reading buddies"), B(PROPRIETARY), P("Unsure – the charity pays for the video platform."),
        B(CONTACT_YOU), P("TBC"),
    )  # fmt: skip
    assert "proprietary" not in form.answers
    assert {"proprietary", "consent_contact"} <= set(form.flagged)


def test_not_yet_is_a_no_with_the_rest_as_its_detail():
    (form,) = read(B(TITLE), P("Night rota"), B(PROPRIETARY), P("Not yet – we are looking at a rota app."))
    assert form.answers["proprietary"] == {"answer": False, "detail": "we are looking at a rota app."}


def test_a_nested_list_keeps_its_sub_points_indented():
    (form,) = read(
        B(TITLE), P("Discharge huddles"), B(WHAT), P("We agreed three things."), L("A nurse on each ward"),
        ST("List Bullet 2", "the ward rings us"), L("A food parcel"),
    )  # fmt: skip
    nested = "- A nurse on each ward\n  - the ward rings us\n- A food parcel"
    assert form.answers["what_you_did"] == f"We agreed three things.\n\n{nested}"


def test_each_heading_given_again_in_a_one_row_table_under_it_takes_the_table_s_answer():
    (form,) = read(
        B(TITLE), T([TITLE, "Walk-and-talk supervision for foster carers"]),
        B(AUTHORITY), T([AUTHORITY, "Milton Keynes"]),
    )  # fmt: skip
    assert form.answers["title"] == "Walk-and-talk supervision for foster carers"
    assert form.answers["authority"] == "Milton Keynes"
    assert form.unplaced == []


def test_the_council_leading_a_joint_nomination_is_the_authority_marked_with_its_partner_noted():
    (form,) = read(B(TITLE), P("One front door"), B(AUTHORITY), P("Brighton & Hove, with East Sussex"))
    assert form.answers["authority"] == "Brighton and Hove"
    assert "authority" in form.flagged
    assert any("East Sussex" in note and "partner" in note for note in form.notes)


def test_a_council_marked_lead_is_the_authority():
    (form,) = read(B(TITLE), P("One front door"), B(AUTHORITY), P("Kent (lead) and Medway"))
    assert form.answers["authority"] == "Kent"


def test_two_councils_named_alike_are_not_guessed():
    (form,) = read(B(TITLE), P("One panel"), B(AUTHORITY), P("Kent and Medway jointly"))
    assert "authority" not in form.answers
    assert "authority" in form.flagged
