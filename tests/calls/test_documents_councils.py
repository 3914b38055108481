"""Councils' own versions of the form: the council's team names as boxes to tick under a heading answered in
words, and the boxes a council adds around the call's questions (an Assistant Director's sign-off, office use)."""

import io

from docx import Document

from silverlinings.calls.documents import document_read
from silverlinings.calls.documents.signoff import set_apart
from tests.calls.docs.forms import SPECS, own_document
from tests.calls.test_documents_answers import read_one, value

ANSWERS = {
    "title": "Foster carers' buddy scheme",
    "authority": "Slough",
    "organisation": "Fostering Team",
    "service_areas": ["Fostering"],
    "scale": "Service or team practice",
    "problem": "New carers resigned within two years.",
    "what_you_did": "Each new carer is paired with an experienced one.",
    "difference": "22 of 24 new carers still foster.",
    "permanence": "Funded for three years.",
    "proprietary": {"answer": False, "detail": ""},
    "adoption": "Experienced carers willing to buddy.",
    "contact": {
        "name": "Bilal Rahimi",
        "role": "Team Manager",
        "email": "bilal.rahimi@slough.example.gov.uk",
        "phone": "",
    },
    "consent_publish": {"answer": True, "detail": ""},
    "consent_contact": {"answer": True, "detail": ""},
}


def test_the_councils_own_options_in_boxes_read_as_the_ticked_ones_words():
    line = "☐ Youth Offending Team   ☒ Fostering Recruitment and Support Team   ☐ Virtual School"
    assert value("organisation", line) == "Fostering Recruitment and Support Team"


def test_the_councils_own_options_with_two_ticked_are_not_read_and_said_so():
    form = read_one("organisation", "☒ Youth Offending Team   ☒ Fostering Team   ☐ Virtual School")
    assert form.answers.get("organisation") is None
    assert form.problems


def _with_box(heading: str, *rows: tuple[str, str]) -> bytes:
    document = Document(io.BytesIO(own_document(ANSWERS)))
    document.add_heading(heading, level=2)
    table = document.add_table(rows=0, cols=2)
    for label, text in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, text
    saved = io.BytesIO()
    document.save(saved)
    return saved.getvalue()


def test_an_assistant_directors_sign_off_box_is_no_second_nomination_and_no_left_over_answer():
    data = _with_box(
        "Assistant Director sign-off",
        ("I support this nomination", "Yes"),
        ("Name", "Rachel Osei, Assistant Director"),
        ("Email", "rachel.osei@slough.example.gov.uk"),
    )
    (form,) = document_read(data=data, filename="nomination.docx", headings=SPECS)
    assert form.answers["contact"]["email"] == "bilal.rahimi@slough.example.gov.uk"
    assert form.may_hold == 0
    assert "contact" not in form.flagged


def test_a_box_set_apart_ends_at_the_next_heading_of_the_call():
    class Segment:
        def __init__(self, text, best):
            self.text, self.scores = text, (best,)

    segments = [Segment("For office use only", 0.0), Segment("Ref", 0.1), Segment("Contact", 1.0)]
    assert set_apart(segments) == {0, 1}
