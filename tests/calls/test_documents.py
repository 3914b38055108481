"""The nomination form as a Word document, and returned documents read back into answers.

Plain tests: no database. Documents are made in code with python-docx (see tests/calls/docs/forms.py).
"""

import io

import pytest
from docx import Document
from docx.shared import RGBColor

from silverlinings.calls.documents import DocumentRefused, FormRead, document_build, document_read
from silverlinings.calls.documents.build import HOW_TO, PLACEHOLDER
from silverlinings.calls.headings import HeadingSpec, Kind
from tests.calls.docs.forms import (
    ANSWERS,
    KEYS,
    SPEC,
    SPECS,
    blank_form,
    fill_in,
    insert_after,
    joined,
    own_document,
    saved,
)


def read(data: bytes) -> list[FormRead]:
    return document_read(data=data, filename="nomination.docx", headings=SPECS)


def paragraphs_under(document, heading: str) -> list:
    paragraphs = document.paragraphs
    start = next(index for index, p in enumerate(paragraphs) if p.text == heading and p.style.name == "Heading 2")
    under = []
    for paragraph in paragraphs[start + 1 :]:
        if paragraph.style.name.startswith("Heading"):
            break
        under.append(paragraph)
    return under


# The document we hand out


def test_document_build_starts_with_title_introduction_deadline_and_contact():
    document = Document(io.BytesIO(blank_form()))
    first = [(p.style.name, p.text) for p in document.paragraphs[:5]]
    assert first == [
        ("Title", "Silver Linings"),
        ("Normal", "Tell us about the innovations that stay."),
        ("Normal", "Every authority in the partnership can take part."),
        ("Normal", "Deadline: Return this form by 5pm on Friday 29 May 2026."),
        ("Normal", "Questions: If you have a question, contact Rachel Thorne, 07700 900101, sl@example.org."),
    ]
    assert document.core_properties.title == "Silver Linings"


def test_document_build_explains_how_to_fill_it_in():
    document = Document(io.BytesIO(blank_form()))
    texts = [p.text for p in document.paragraphs]
    start = texts.index("How to fill it in")
    assert document.paragraphs[start].style.name == "Heading 1"
    assert texts[start + 1 : start + 1 + len(HOW_TO)] == list(HOW_TO)
    assert {p.style.name for p in document.paragraphs[start + 1 : start + 1 + len(HOW_TO)]} == {"List Bullet"}


def test_document_build_puts_every_heading_in_heading_2_and_sections_in_heading_1():
    document = Document(io.BytesIO(blank_form()))
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 2"] == [spec.text for spec in SPECS]
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"] == [
        "How to fill it in", "About the innovation", "What you did", "The difference it made", "Adopting it elsewhere",
        "Your details",
    ]  # fmt: skip


def test_document_build_shows_the_hint_in_italic_and_a_grey_answer_space():
    under = paragraphs_under(Document(io.BytesIO(blank_form())), "Title of the innovation")
    assert [p.text for p in under] == [SPEC["title"].hint, PLACEHOLDER]
    assert [run.italic for run in under[0].runs] == [True]
    assert under[1].runs[0].font.color.rgb == RGBColor(0x70, 0x70, 0x70)


def test_document_build_notes_the_word_limit():
    under = paragraphs_under(Document(io.BytesIO(blank_form())), "The problem or need")
    assert [p.text for p in under] == [SPEC["problem"].hint, "Up to 300 words.", PLACEHOLDER]


def test_document_build_lists_each_choice_with_a_box():
    under = paragraphs_under(Document(io.BytesIO(blank_form())), "Scale of the innovation")
    assert [p.text for p in under] == [
        "No idea is too small or too large.",
        "Choose one: mark it with an X (☒) or delete those that do not apply.",
        "☐ Whole-system change",
        "☐ Service or team practice",
        "☐ Personal work habit",
        "☐ IT hack or tool",
    ]
    areas = paragraphs_under(Document(io.BytesIO(blank_form())), "Service areas")
    assert areas[1].text == "Choose all that apply: mark each with an X (☒) or delete those that do not apply."
    assert len(areas) == 2 + 11


def test_document_build_marks_an_optional_heading():
    under = paragraphs_under(Document(io.BytesIO(blank_form())), "Organisation, school, setting or team")
    assert [p.text for p in under] == [SPEC["organisation"].hint, "This question is optional.", PLACEHOLDER]


def test_document_build_yes_no_has_the_follow_up_line():
    document = Document(io.BytesIO(blank_form()))
    assert [p.text for p in paragraphs_under(document, SPEC["proprietary"].text)] == [
        "If it does, we need the supplier's name.",
        "Delete the word that does not apply.",
        "Yes / No",
        "If yes: Name the supplier and the product.",
        PLACEHOLDER,
    ]
    assert [p.text for p in paragraphs_under(document, SPEC["consent_contact"].text)] == [
        "Delete the word that does not apply.",
        "Yes / No",
    ]


def test_document_build_contact_has_one_line_per_part():
    under = paragraphs_under(Document(io.BytesIO(blank_form())), "Contact")
    assert [p.text for p in under] == [
        "Who we should contact about this innovation.", "Name: ", "Role: ", "Email: ", "Telephone: ",
    ]  # fmt: skip


def test_document_build_without_deadline_contact_or_sections():
    specs = [HeadingSpec("idea", "Your idea", Kind.LONG_TEXT), HeadingSpec("when", "When", Kind.SHORT_TEXT)]
    data = document_build(call_title="Ideas", introduction="", headings=specs, deadline="", contact="")
    document = Document(io.BytesIO(data))
    assert [p.text for p in document.paragraphs[:2]] == ["Ideas", "How to fill it in"]
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"] == ["How to fill it in"]


# Reading our own form back


def test_document_read_blank_form_is_all_blank():
    assert read(blank_form()) == [FormRead(answers={}, missing=[], blank=KEYS, problems=[])]


def test_document_read_round_trip_gives_the_same_answers():
    assert read(fill_in(blank_form(), ANSWERS)) == [FormRead(answers=ANSWERS, missing=[], blank=[], problems=[])]


def test_document_read_round_trip_with_choices_marked_x():
    forms = read(fill_in(blank_form(), ANSWERS, choices="mark"))
    assert forms == [FormRead(answers=ANSWERS, missing=[], blank=[], problems=[])]


def test_document_read_round_trip_with_answers_typed_in_grey():
    forms = read(fill_in(blank_form(), ANSWERS, keep_grey=True))
    assert forms == [FormRead(answers=ANSWERS, missing=[], blank=[], problems=[])]


def test_document_read_blank_answers_are_reported_not_guessed():
    answers = {**ANSWERS, "organisation": None, "scale": None, "proprietary": None, "contact": None}
    forms = read(fill_in(blank_form(), answers))
    expected = {key: value for key, value in ANSWERS.items() if answers[key] is not None}
    assert forms == [
        FormRead(answers=expected, missing=[], blank=["organisation", "scale", "proprietary", "contact"], problems=[])
    ]


def test_document_read_placeholder_left_beside_the_answer_is_dropped():
    document = Document(io.BytesIO(blank_form()))
    space = paragraphs_under(document, "Title of the innovation")[1]
    space.add_run(" Hybrid conferences")
    assert read(saved(document))[0].answers == {"title": "Hybrid conferences"}


def test_document_read_guidance_copied_into_an_answer_is_dropped():
    document = Document(io.BytesIO(fill_in(blank_form(), {"difference": "It halved waiting times."})))
    space = paragraphs_under(document, "The difference it made")[-1]
    insert_after(space, "Up to 500 words.")
    insert_after(space, SPEC["difference"].hint)
    assert read(saved(document))[0].answers == {"difference": "It halved waiting times."}


def test_document_read_two_filled_forms_in_one_document_are_two_forms():
    second = {**ANSWERS, "title": "Family group conferences by video", "scale": "Whole-system change"}
    forms = read(joined(fill_in(blank_form(), ANSWERS), fill_in(blank_form(), second)))
    assert forms == [
        FormRead(answers=ANSWERS, missing=[], blank=[], problems=[]),
        FormRead(answers=second, missing=[], blank=[], problems=[]),
    ]


# Documents people write themselves


def test_document_read_headings_as_word_headings():
    assert read(own_document(ANSWERS)) == [FormRead(answers=ANSWERS, missing=[], blank=[], problems=[])]


def test_document_read_headings_as_bold_lines():
    forms = read(own_document(ANSWERS, heading="bold"))
    assert forms == [FormRead(answers=ANSWERS, missing=[], blank=[], problems=[])]


def test_document_read_headings_in_a_two_column_table():
    forms = read(own_document(ANSWERS, heading="table"))
    assert forms == [FormRead(answers=ANSWERS, missing=[], blank=[], problems=[])]


def test_document_read_reworded_and_numbered_headings():
    texts = {
        "title": "1. Title of innovation",
        "authority": "Q2) AUTHORITY:",
        "organisation": "3 - Organisation, school, setting or team",
        "service_areas": "Question 4: Service area",
        "scale": "(5) Scale of innovation",
        "problem": "6) The problem/need",
        "what_you_did": "Q7. What you did differently (up to 500 words)",
        "difference": "8. The difference",
        "permanence": "9. Will it become permanent and how is it embedded",
        "proprietary": "10. Does it use proprietary software or hardware products?",
        "adoption": "11 What would another authority need in order to adopt it?",
        "contact": "12. Contact details",
        "consent_publish": "13. Can we publish this innovation in the showcase with your name?",
        "consent_contact": "14 - Can we contact you about this innovation?",
    }
    for heading in ("heading", "bold", "table"):
        forms = read(own_document(ANSWERS, heading=heading, texts=texts))
        assert forms == [FormRead(answers=ANSWERS, missing=[], blank=[], problems=[])], heading


def test_document_read_missing_headings_and_blank_answers():
    answers = {"title": ANSWERS["title"], "authority": "Kent", "scale": None, "contact": None}
    forms = read(own_document(answers))
    assert forms == [
        FormRead(
            answers={"title": ANSWERS["title"], "authority": "Kent"},
            missing=[key for key in KEYS if key not in answers],
            blank=["scale", "contact"],
            problems=[],
        )
    ]


def test_document_read_two_forms_of_ones_own_in_one_document():
    second = {"title": "Second idea", "authority": "Slough", "scale": "IT hack or tool"}
    forms = read(joined(own_document(ANSWERS, heading="bold"), own_document(second, heading="bold")))
    assert [form.answers for form in forms] == [ANSWERS, second]
    assert forms[1].missing == [key for key in KEYS if key not in second]


def test_document_read_answer_written_after_a_bold_label_on_the_same_line():
    document = Document()
    for label, answer in (("Title of the innovation:", " Hybrid conferences"), ("Authority", " – Medway")):
        paragraph = document.add_paragraph()
        paragraph.add_run(label).bold = True
        paragraph.add_run(answer)
    document.add_paragraph("Scale of the innovation: IT hack or tool")
    assert read(saved(document))[0].answers == {
        "title": "Hybrid conferences", "authority": "Medway", "scale": "IT hack or tool",
    }  # fmt: skip


def test_document_read_answer_paragraphs_are_not_taken_for_headings():
    document = Document()
    document.add_heading("What you did differently", level=2)
    document.add_paragraph("The difference it made was that the problem or need went away.")
    document.add_paragraph("Authority wide, we trained chairs.")
    document.add_paragraph().add_run("The problem").bold = True  # a bold line inside an answer
    document.add_paragraph("Families waited.")
    document.add_heading("The problem or need", level=2)
    document.add_paragraph("Partners could not travel.")
    assert read(saved(document)) == [
        FormRead(
            answers={
                "what_you_did": "The difference it made was that the problem or need went away.\n\n"
                "Authority wide, we trained chairs.\n\nThe problem\n\nFamilies waited.",
                "problem": "Partners could not travel.",
            },
            missing=[key for key in KEYS if key not in ("what_you_did", "problem")],
            blank=[],
            problems=[],
        )
    ]


def test_document_read_text_before_the_first_heading_is_ignored():
    document = Document(io.BytesIO(own_document({"title": "Hybrid"})))
    first = document.paragraphs[0]
    first.insert_paragraph_before("Dear Silver Linings team, here is our nomination.")
    assert read(saved(document))[0].answers == {"title": "Hybrid"}


def test_document_read_sub_heading_inside_an_answer_is_kept_and_an_unknown_heading_ends_it():
    document = Document()
    document.add_heading("What you did differently", level=2)
    document.add_paragraph("We changed the meeting.")
    document.add_heading("How it worked", level=3)
    document.add_paragraph("Partners joined by video.")
    document.add_heading("Appendix: our procedure", level=2)
    document.add_paragraph("Section 4.2 of the procedure says...")
    assert read(saved(document))[0].answers == {
        "what_you_did": "We changed the meeting.\n\nHow it worked\n\nPartners joined by video."
    }


def test_document_read_document_with_no_headings_is_refused_with_a_message():
    document = Document()
    document.add_paragraph("Please find our nomination attached.")
    with pytest.raises(DocumentRefused, match="could not find any of the call's headings"):
        read(saved(document))


def test_document_read_another_calls_headings():
    specs = [
        HeadingSpec("idea", "Your idea", Kind.LONG_TEXT, word_limit=100),
        HeadingSpec("phase", "Phase", Kind.ONE_CHOICE, choices=["Pilot", "Live"]),  # a list, as some callers pass
        HeadingSpec("who", "Who", Kind.CONTACT),
    ]
    data = document_build(call_title="Ideas", introduction="", headings=specs, deadline="", contact="")
    document = Document(io.BytesIO(data))
    for paragraph in document.paragraphs:
        if paragraph.text == PLACEHOLDER:
            paragraph.text = "Ask the children first."
        elif paragraph.text == "☐ Pilot":
            paragraph.text = "☒ Pilot"
        elif paragraph.text == "Email: ":
            paragraph.add_run("jo@example.org")
    forms = document_read(data=saved(document), filename="ideas.docx", headings=specs)
    assert forms == [
        FormRead(
            answers={
                "idea": "Ask the children first.",
                "phase": "Pilot",
                "who": {"name": "", "role": "", "email": "jo@example.org", "phone": ""},
            },
            notes=["Who: no name was found for the contact. Check this answer against the document."],
            flagged=["who"],
        )
    ]


# Headings by meaning, assigned one to one


def test_document_read_headings_worded_differently_are_matched_by_meaning():
    document = Document()
    for heading, answer in [
        ("Name of the innovation", "Hybrid child protection conferences"),
        ("Supplier (if any)", "Google Classroom and Microsoft Teams"),
        ("Contact name, role, email and telephone", "Sam Kaur, Team Manager, sam.kaur@example.org, 07700 900123"),
        ("May we publish this and contact you about it? (Yes/No)", "Yes"),
    ]:
        document.add_paragraph().add_run(heading).bold = True
        document.add_paragraph(answer)
    (form,) = read(saved(document))
    assert form.answers == {
        "title": "Hybrid child protection conferences",
        "proprietary": {"answer": True, "detail": "Google Classroom and Microsoft Teams"},
        "contact": ANSWERS["contact"],
        "consent_publish": {"answer": True, "detail": ""},
        "consent_contact": {"answer": True, "detail": ""},
    }


def test_document_read_each_heading_is_used_once_and_the_best_overall_match_wins():
    document = Document()
    for heading, answer in [("Contact", "Sam Kaur, sam.kaur@example.org"), ("Publish?", "Yes"), ("Contact?", "No")]:
        document.add_heading(heading, level=2)
        document.add_paragraph(answer)
    (form,) = read(saved(document))
    assert form.answers == {
        "contact": {"name": "Sam Kaur", "role": "", "email": "sam.kaur@example.org", "phone": ""},
        "consent_publish": {"answer": True, "detail": ""},
        "consent_contact": {"answer": False, "detail": ""},
    }


def test_document_read_an_unknown_heading_is_unplaced_text_never_added_to_the_answer_before_it():
    document = Document()
    for heading, answer in [
        ("The difference it made", "Conferences on time rose from 71% to 93%."),
        ("Anything else you would like to tell us?", "The chairs deserve the credit."),
        ("Will it become permanent, and how is it being embedded?", "It is in our procedures now."),
    ]:
        document.add_heading(heading, level=2)
        document.add_paragraph(answer)
    (form,) = read(saved(document))
    assert form.answers == {"difference": ANSWERS["difference"], "permanence": "It is in our procedures now."}
    assert form.unplaced == ["Anything else you would like to tell us?: The chairs deserve the credit."]


def test_document_read_guidance_left_in_a_heading_cell_or_in_brackets_is_not_an_answer():
    document = Document()
    table = document.add_table(rows=0, cols=2)
    left, right = table.add_row().cells
    left.text = "The difference it made"
    left.add_paragraph().add_run("(evidence of impact: numbers, feedback)").italic = True
    right.text = "Conferences on time rose from 71% to 93%."
    left, right = table.add_row().cells
    left.text = "Service areas (one or more of: Early help, Children's social care, Other)"
    right.text = "Early help"
    document.add_heading("What you did differently", level=2)
    document.add_paragraph("(Describe the change so that someone elsewhere could picture it.)")
    document.add_paragraph("Families meet the chair in person.")
    (form,) = read(saved(document))
    assert form.answers == {
        "difference": ANSWERS["difference"],
        "service_areas": ["Early help"],
        "what_you_did": "Families meet the chair in person.",
    }


def test_document_read_short_plain_headings_after_an_answer_but_not_product_names_or_choices():
    document = Document()
    for line in [
        "Service areas", "Early help", "Special schools",
        "Impact", "Conferences on time rose from 71% to 93%.",
        "Proprietary products", "Yes", "Microsoft Teams from Microsoft",
        "Contact you", "No",
    ]:  # fmt: skip
        document.add_paragraph(line)
    (form,) = read(saved(document))
    assert form.answers == {
        "service_areas": ["Special schools", "Early help"],
        "difference": ANSWERS["difference"],
        "proprietary": {"answer": True, "detail": "Microsoft Teams from Microsoft"},
        "consent_contact": {"answer": False, "detail": ""},
    }


def test_document_read_italic_headings_with_their_hint_after_a_dash():
    document = Document()
    for heading, answer in [("Title – a short name", "Hybrid conferences"), ("Can we publish this? – yes or no", "No")]:
        document.add_paragraph().add_run(heading).italic = True
        document.add_paragraph(answer)
    (form,) = read(saved(document))
    assert form.answers == {"title": "Hybrid conferences", "consent_publish": {"answer": False, "detail": ""}}


def test_document_read_a_table_with_a_section_column_takes_the_label_nearest_the_answer():
    document = Document()
    table = document.add_table(rows=0, cols=3)
    for cells in [("About the innovation", "Title", "Hybrid conferences"), ("", "Authority", "Kent")]:
        for cell, text in zip(table.add_row().cells, cells, strict=True):
            cell.text = text
    (form,) = read(saved(document))
    assert form.answers == {"title": "Hybrid conferences", "authority": "Kent"}


def test_document_read_a_heading_with_its_answer_after_a_colon_but_not_its_guidance():
    document = Document()
    document.add_heading("Authority: Oxfordshire", level=2)
    document.add_heading("Service areas: select all that apply", level=2)
    document.add_paragraph("Youth justice")
    document.add_heading("Scale (whole-system change: service or team practice)", level=2)
    document.add_paragraph("Personal work habit")
    (form,) = read(saved(document))
    assert form.answers == {
        "authority": "Oxfordshire",
        "service_areas": ["Youth justice"],
        "scale": "Personal work habit",
    }


def test_document_read_text_before_the_first_heading_is_unplaced_text_but_our_forms_introduction_is_not():
    document = Document()
    document.add_paragraph("From: Owen Pritchard, Early Help Hub Manager, owen.pritchard@example.org")
    document.add_heading("Title", level=2)
    document.add_paragraph("Early help drop-ins in supermarkets")
    (form,) = read(saved(document))
    assert form.answers == {"title": "Early help drop-ins in supermarkets"}
    assert form.unplaced == [
        "Before the first heading: From: Owen Pritchard, Early Help Hub Manager, owen.pritchard@example.org"
    ]
    assert read(fill_in(blank_form(), ANSWERS))[0].unplaced == []


def test_document_read_a_table_with_the_headings_across_the_top_and_the_answers_below():
    document = Document()
    table = document.add_table(rows=0, cols=3)
    for cells in [("Title", "Authority", "Scale"), ("Online PEP meetings", "Buckinghamshire", "Team practice")]:
        for cell, text in zip(table.add_row().cells, cells, strict=True):
            cell.text = text
    (form,) = read(saved(document))
    assert form.answers == {
        "title": "Online PEP meetings", "authority": "Buckinghamshire", "scale": "Service or team practice"
    }  # fmt: skip
