"""Answers first misread in documents 306–317 of tests/data/returns/: choices marked by highlighting, a contact's
name linked to its address (or words only asking to write), a telephone line of words, a product made in-house, a
pasted signature, a table's columns the other way round, a web page's own lines and a heading put as a question.
Plain tests: no database."""

from tests.calls.test_documents_shapes import read
from tests.data.returns.build import HL, B, P, R, T

TITLE, AREAS, SCALE, PROBLEM, CONTACT = (
    "Title of the innovation", "Service areas", "Scale of the innovation", "The problem or need", "Contact",
)  # fmt: skip
PROPRIETARY = "Does it use a proprietary software or hardware product?"
PUBLISH = "Can we publish this innovation in the showcase, with your name?"


def test_the_highlighted_options_of_a_line_are_the_ones_chosen():
    (form,) = read(
        B(TITLE), P("Youth workers in custody"),
        B(AREAS), R("Mainstream schools / ", ("!", "Early help"), " / Fostering / ", ("!", "Youth justice"), " / SEND"),
        B(SCALE), R("Whole-system change / ", ("!", "Service or team practice"), " / IT hack or tool"),
        B(PROPRIETARY), R("Yes / ", ("!", "No")),
    )  # fmt: skip
    assert form.answers["service_areas"] == ["Early help", "Youth justice"]
    assert form.answers["scale"] == "Service or team practice"
    assert form.answers["proprietary"] == {"answer": False, "detail": ""}


def test_a_highlighted_phrase_inside_a_sentence_marks_no_choice():
    (form,) = read(B(TITLE), P("Youth workers"), B(PROBLEM), R("Waits were ", ("!", "nine hours"), ", often at night."))
    assert form.answers["problem"] == "Waits were nine hours, often at night."


def test_a_contact_name_linked_to_its_address_gives_the_address():
    (form,) = read(
        B(TITLE), P("Family group conferences"),
        B(CONTACT), HL("", "Priya Shah", "mailto:priya.shah@surrey.example.gov.uk"), P("FGC Coordinator"),
    )  # fmt: skip
    assert form.answers["contact"]["name"] == "Priya Shah"
    assert form.answers["contact"]["email"] == "priya.shah@surrey.example.gov.uk"


def test_a_link_showing_its_own_address_is_read_once():
    (form,) = read(
        B(TITLE), P("Drop-ins"), B(CONTACT), P("Jo Bell"), HL("Email: ", "jo@kent.gov.uk", "mailto:jo@kent.gov.uk")
    )
    assert form.answers["contact"]["email"] == "jo@kent.gov.uk"


def test_link_words_that_only_ask_to_write_give_way_to_the_address():
    (form,) = read(
        B(TITLE), P("Text-a-nurse"),
        B(CONTACT), HL("Tom Reeve, School Nursing Lead – ", "email me", "mailto:tom.reeve@oxon.example.gov.uk"),
    )  # fmt: skip
    assert form.answers["contact"]["role"] == "School Nursing Lead"
    assert form.answers["contact"]["email"] == "tom.reeve@oxon.example.gov.uk"


def test_a_telephone_line_of_words_gives_its_number_or_none():
    (form,) = read(
        B(TITLE), P("Drop-ins"), B(CONTACT), P("Name: Jo Bell"), P("Email: jo.bell@kent.example.gov.uk"),
        P("Tel: via switchboard 03000 41 41 41, ask for Jo"),
    )  # fmt: skip
    assert form.answers["contact"]["phone"] == "03000 41 41 41"
    (form,) = read(
        B(TITLE), P("Drop-ins"), B(CONTACT), P("Name: Jo Bell"), P("Email: jo.bell@kent.example.gov.uk"),
        P("Phone: Teams only"),
    )  # fmt: skip
    assert form.answers["contact"]["phone"] == ""
    assert any("Teams only" in note for note in form.notes)


def test_a_product_made_in_house_is_no_proprietary_product():
    (form,) = read(B(TITLE), P("One-page plans"), B(PROPRIETARY), P("In-house (no supplier)"))
    assert form.answers["proprietary"] == {"answer": False, "detail": "In-house (no supplier)"}


def test_a_contact_pasted_as_a_signature_starting_with_its_sign_off():
    (form,) = read(
        B(TITLE), P("Online counselling"),
        B(CONTACT), P("Kind regards,"), P("Chloe Martin"), P("Commissioning Officer"),
        P("E: chloe.martin@reading.example.gov.uk"),
    )  # fmt: skip
    assert form.answers["contact"] == {
        "name": "Chloe Martin", "role": "Commissioning Officer", "email": "chloe.martin@reading.example.gov.uk",
        "phone": "",
    }  # fmt: skip


def test_a_table_with_the_answers_left_and_the_questions_right():
    (form,) = read(
        T(
            ["Your answer", "Question"], ["Life story books", TITLE], ["Kent", "Authority"],
            ["Adoption", AREAS], ["Workers wrote the books alone.", PROBLEM], ["No", PROPRIETARY],
        )
    )  # fmt: skip
    assert form.answers["title"] == "Life story books"
    assert form.answers["authority"] == "Kent"
    assert form.answers["problem"] == "Workers wrote the books alone."
    assert form.answers["proprietary"] == {"answer": False, "detail": ""}


def test_a_web_pages_own_lines_are_no_headings_and_no_answers():
    (form,) = read(
        P("Skip to main content"), P("Home > Children > Silver Linings"), B(TITLE), P("Starter packs"),
        B(PUBLISH), P("Yes"), P("Share this page: Facebook X Email"), P("Was this page useful? Yes No"),
        P("Last updated: 3 November 2026"),
    )  # fmt: skip
    assert form.answers["consent_publish"] == {"answer": True, "detail": ""}
    assert "consent_publish" not in form.flagged
    assert not any(line in text for text in form.unplaced for line in ("Share this page", "Skip to", "Home >"))


def test_a_line_that_only_starts_like_a_web_pages_own_is_kept():
    (form,) = read(B(TITLE), P("Starter packs"), B(PROBLEM), P("Share this page with your team, as we did."))
    assert form.answers["problem"] == "Share this page with your team, as we did."


def test_a_heading_asking_what_difficulty_was_faced_is_the_problem():
    (form,) = read(B(TITLE), P("Walk and talk"), B("What difficulty were you facing?"), P("Supervision felt tense."))
    assert form.answers["problem"] == "Supervision felt tense."
