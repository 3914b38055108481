"""Shapes of returned documents first met in documents 234–245 of tests/data/returns/: text pasted from the web,
a notes app or an email, a reviewer's comments column, contacts written the ways people write them, questions
given only by number, and an answer that is only a footnote. Plain tests: no database."""

from docx import Document

from silverlinings.calls.documents import document_read
from tests.calls.docs.forms import SPECS, saved
from tests.calls.test_documents_answers import read_one, value
from tests.calls.test_documents_shapes import read
from tests.data.returns.build import FN, B, H, P, T, _add, _footnotes_added


def read_with_notes(*blocks):
    """The forms of a document of `blocks`, its footnotes part written as Word writes it."""
    document = Document()
    for block in blocks:
        _add(document, block)
    _footnotes_added(document)
    return document_read(data=saved(document), filename="nomination.docx", headings=SPECS)


def test_characters_that_show_nothing_are_left_out_of_headings_and_answers():
    (form,) = read(H("The dif\u00adference it\u200b made"), P("Seen by a family support worker with\u00adin a week."))
    assert form.answers["difference"] == "Seen by a family support worker within a week."


def test_markdown_strong_emphasis_typed_as_text_loses_its_marks():
    (form,) = read(
        P("**Authority:** Medway"),
        P("## The difference it made"),
        P("Mentored young carers missed **half** as many school days."),
    )
    assert form.answers["authority"] == "Medway"
    assert form.answers["difference"] == "Mentored young carers missed half as many school days."


def test_a_column_of_someones_comments_beside_the_answers_is_reported_not_read():
    (form,) = read(
        T(
            ("Question", "Response", "Head of Service comments"),
            ("Title of the innovation", "Restorative circles", "Good title – keep it short."),
            ("Scale of the innovation", "Service or team practice", "I'd say whole-system change – discuss"),
            ("The problem or need", "Young people had fallen behind in reading.", "Agree."),
            ("Contact", "Owen Pryce, Practitioner, owen.pryce@example.org", "Or me: Rachel Bell, rachel@example.org"),
        )
    )
    assert form.answers["title"] == "Restorative circles"
    assert form.answers["scale"] == "Service or team practice"
    assert form.answers["problem"] == "Young people had fallen behind in reading."
    assert any("Agree." in text for text in form.unplaced)
    assert form.flagged == []  # the email in a comment is no second nomination


def test_an_email_address_spelt_out_in_words_is_read_as_an_address():
    from silverlinings.calls.documents.values.contact import spelt_email

    contact = value("contact", "Jane Smith, Participation Officer, jane dot smith at kent dot gov dot uk")
    assert contact["email"] == "jane.smith@kent.gov.uk"
    assert contact["role"] == "Participation Officer"
    assert spelt_email("j.smith [at] kent [dot] gov [dot] uk") == "j.smith@kent.gov.uk"
    assert spelt_email("Officer at Kent County Council") == "Officer at Kent County Council"


def test_a_labelled_telephone_line_with_two_numbers_gives_the_first():
    form = read_one(
        "contact", "Name: Jane Smith", "Tel: +44 (0)1632 960387 / 07700 900123 (mobile)", "Email: jane@example.org"
    )
    assert form.answers["contact"]["phone"] == "+44 (0)1632 960387"
    assert form.notes == ["‘Contact’: also written: ‘07700 900123’"]
    assert form.flagged == []  # the other number is shown, the answer not marked


def test_a_lead_and_a_deputy_on_one_line_give_the_lead_and_keep_the_deputy_as_a_note():
    line = (
        "Lead: Sarah Hughes, Virtual School Head, sarah@example.org; Deputy: Tom Baker, Assistant Head, tom@example.org"
    )
    form = read_one("contact", line)
    assert form.answers["contact"] == {
        "name": "Sarah Hughes", "role": "Virtual School Head", "email": "sarah@example.org", "phone": ""
    }  # fmt: skip
    assert form.notes == ["‘Contact’: also written: ‘Deputy: Tom Baker, Assistant Head, tom@example.org’"]


def test_a_contact_asked_in_several_rows_named_contact_name_contact_email_is_one_contact():
    (form,) = read(
        T(
            ("Title of the innovation", "Speech screening"),
            ("Contact name", "Grace Ansah"),
            ("Contact job title", "Early Years SEND Lead"),
            ("Contact email", "grace.ansah@example.org"),
            ("Contact phone", "01296 000 382"),
        )
    )
    assert form.answers["contact"] == {
        "name": "Grace Ansah", "role": "Early Years SEND Lead", "email": "grace.ansah@example.org",
        "phone": "01296 000 382",
    }  # fmt: skip


def test_question_numbers_alone_on_their_lines_are_read_as_answers_by_number():
    answers = ["Text a social worker", "Southampton", "Care Leavers Service", "Care leavers", "IT hack or tool"]
    answers += ["Calls went unanswered.", "Work mobiles.", "Contact rose to 91%.", "It is budgeted.", "No"]
    answers += ["Phones.", "Dean Carter, Team Manager, dean@example.org", "Yes", "Yes"]
    (form,) = read(*(block for number, text in enumerate(answers, 1) for block in (B(f"Q{number}"), P(text))))
    assert form.answers["title"] == "Text a social worker"
    assert form.answers["scale"] == "IT hack or tool"
    assert form.answers["consent_contact"] == {"answer": True, "detail": ""}
    assert form.flagged == []


def test_an_answer_that_is_only_a_footnote_reference_is_the_notes_text():
    (form,) = read_with_notes(
        B("Contact"), FN("", "Dr Helen Cho, Senior Educational Psychologist, helen.cho@example.org")
    )
    assert form.answers["contact"] == {
        "name": "Dr Helen Cho", "role": "Senior Educational Psychologist", "email": "helen.cho@example.org",
        "phone": "",
    }  # fmt: skip


def test_a_footnote_after_words_stays_out_of_the_answer():
    (form,) = read_with_notes(B("The difference it made"), FN("Incidents fell by 38%.", "School behaviour logs."))
    assert form.answers["difference"] == "Incidents fell by 38%."


def test_a_signature_line_of_labelled_details_parted_by_bars_and_the_phones_sent_line():
    contact = value(
        "contact",
        "Femi Adeyemi",
        "Officer | Virtual School",
        "M: 07700 900456 | E: femi@example.org",
        "Sent from my iPhone",
    )
    assert contact == {"name": "Femi Adeyemi", "role": "Officer, Virtual School", "email": "femi@example.org",
                       "phone": "07700 900456"}  # fmt: skip


def test_a_last_paragraph_that_only_gives_consent_is_taken_off_the_answer_it_ends():
    (form,) = read(
        B("Title of the innovation"), P("Walking buses"),
        B("What would another authority need to adopt it?"), P("Carers living close together."),
        P("Happy for you to publish it and to contact me about it."),
    )  # fmt: skip
    assert form.answers["adoption"] == "Carers living close together."
    assert form.answers["consent_publish"] == {"answer": True, "detail": ""}
    assert "adoption" in form.flagged  # it stays marked: the paragraph was read as an answer elsewhere
