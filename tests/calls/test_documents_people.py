"""Answers first misread in documents 330–341 of tests/data/returns/: a name surname first in capitals, "No
objection" to a consent, a tick typed as an emoji before a yes or a no, and a bulleted list broken off its answer
in a table's cell. Plain tests: no database.
"""

from tests.calls.test_documents_shapes import read
from tests.data.returns.build import B, L, P, T

TITLE, WHAT, DIFFERENCE = "Title of the innovation", "What you did differently", "The difference it made"
CONTACT, PROPRIETARY = "Contact", "Does it use a proprietary software or hardware product?"
PUBLISH = "Can we publish this innovation in the showcase, with your name?"
CONTACT_YOU = "Can we contact you about this innovation?"


def test_a_surname_in_capitals_first_is_turned_round_when_the_address_holds_it():
    (form,) = read(
        B(TITLE), P("Plans written with the child"), B(CONTACT),
        P("O'NEILL-BROWN, Siobhán\nSenior Practitioner\nsiobhan.oneill-brown@westsussex.example.gov.uk"),
    )  # fmt: skip
    assert form.answers["contact"]["name"] == "Siobhán O'Neill-Brown"
    assert form.answers["contact"]["role"] == "Senior Practitioner"


def test_a_surname_in_capitals_first_on_a_line_of_dashes():
    (form,) = read(B(TITLE), P("Custody suite"), B(CONTACT), P("SMITH, Jo – Manager – JO.SMITH@READING.EXAMPLE.GOV.UK"))
    assert form.answers["contact"]["name"] == "Jo Smith"
    assert form.answers["contact"]["role"] == "Manager"


def test_capitals_before_a_comma_that_the_address_does_not_hold_are_not_turned():
    line = "YJS, Reading – Manager – duty.team@reading.example.gov.uk"
    (form,) = read(B(TITLE), P("Custody suite"), B(CONTACT), P(line))
    assert form.answers.get("contact", {}).get("name") != "Reading Yjs"


def test_no_objection_to_a_consent_is_a_yes():
    (form,) = read(B(TITLE), P("Panel members"), B(PUBLISH), P("No objection"), B(CONTACT_YOU), P("No problem at all."))
    assert form.answers["consent_publish"] == {"answer": True, "detail": ""}
    assert form.answers["consent_contact"] == {"answer": True, "detail": ""}


def test_a_tick_typed_as_an_emoji_before_yes_or_no():
    (form,) = read(B(TITLE), P("Voice notes"), B(PROPRIETARY), P("✔️ No"), B(PUBLISH), P("✔️ Yes"))
    assert form.answers["proprietary"] == {"answer": False, "detail": ""}
    assert form.answers["consent_publish"] == {"answer": True, "detail": ""}


def test_a_list_broken_off_its_answer_is_marked():
    (form,) = read(
        T(
            [TITLE, "Drop-ins"],
            [WHAT, [P("A monthly drop-in where anyone can ask anything:"),
                    L("no names taken", "adopters there to talk to", "a social worker on hand")]],
            [DIFFERENCE, "Enquiries doubled."],
        )
    )  # fmt: skip
    assert form.answers["what_you_did"] == "A monthly drop-in where anyone can ask anything:\n\n- no names taken"
    assert "what_you_did" in form.flagged
