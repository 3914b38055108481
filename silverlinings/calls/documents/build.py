"""The call's headings as a Word document to download, fill in and return.

Every fixed line of guidance the document carries is defined here, once, so that the reader can
recognise it in a returned document and leave it out of the answers.
"""

import io

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt, RGBColor

from ..headings import CONTACT_PARTS, HeadingSpec, Kind

EMPTY_BOX = "☐"
MARKED_BOX = "☒"
PLACEHOLDER = "Write your answer here."
PLACEHOLDER_GREY = RGBColor(0x70, 0x70, 0x70)
YES_NO_LINE = "Yes / No"
HOW_TO_HEADING = "How to fill it in"
HOW_TO = (
    "Write your answer under each heading, in place of the grey text. Do not change or delete the headings.",
    "You can write several paragraphs and use bullet lists.",
    f"Where there is a list of choices, mark the ones that apply with an X ({MARKED_BOX}), "
    "or delete those that do not apply.",
    "For a yes or no question, delete the word that does not apply.",
    "To nominate more than one innovation, copy all the headings and fill them in again for each one, "
    "in this document or in another.",
    "Save it as a Word document (.docx) and upload it on the call page.",
)
OPTIONAL = "This question is optional."
ONE_CHOICE_INSTRUCTION = f"Choose one: mark it with an X ({MARKED_BOX}) or delete those that do not apply."
SEVERAL_CHOICES_INSTRUCTION = (
    f"Choose all that apply: mark each with an X ({MARKED_BOX}) or delete those that do not apply."
)
YES_NO_INSTRUCTION = "Delete the word that does not apply."


def word_limit_line(limit: int) -> str:
    return f"Up to {limit} words."


def follow_up_line(follow_up: str) -> str:
    return f"If yes: {follow_up.rstrip('.')}."


def guidance_lines(spec: HeadingSpec) -> list[str]:
    """The fixed lines printed under a heading, in order (not the choices or the answer space)."""
    lines = [spec.hint] if spec.hint else []
    if not spec.required:
        lines.append(OPTIONAL)
    if spec.word_limit:
        lines.append(word_limit_line(spec.word_limit))
    if spec.kind == Kind.ONE_CHOICE:
        lines.append(ONE_CHOICE_INSTRUCTION)
    elif spec.kind == Kind.SEVERAL_CHOICES:
        lines.append(SEVERAL_CHOICES_INSTRUCTION)
    elif spec.kind == Kind.YES_NO:
        lines.append(YES_NO_INSTRUCTION)
    return lines


def _paragraphs(text: str) -> list[str]:
    return [part.strip() for part in text.replace("\r\n", "\n").split("\n\n") if part.strip()]


def _add_text(document, text: str, *, italic: bool = False, bold_label: str = ""):
    """A paragraph; single line breaks inside `text` become line breaks, not new paragraphs."""
    paragraph = document.add_paragraph()
    if bold_label:
        paragraph.add_run(bold_label).bold = True
    for index, line in enumerate(text.split("\n")):
        if index:
            paragraph.runs[-1].add_break(WD_BREAK.LINE)
        paragraph.add_run(line).italic = italic or None
    return paragraph


def _add_placeholder(document) -> None:
    run = document.add_paragraph().add_run(PLACEHOLDER)
    run.font.color.rgb = PLACEHOLDER_GREY


def _add_answer_space(document, spec: HeadingSpec) -> None:
    if spec.kind in (Kind.ONE_CHOICE, Kind.SEVERAL_CHOICES):
        for choice in spec.choices:
            document.add_paragraph(f"{EMPTY_BOX} {choice}")
        if not spec.choices:
            _add_placeholder(document)
    elif spec.kind == Kind.YES_NO:
        document.add_paragraph(YES_NO_LINE)
        if spec.follow_up:
            _add_text(document, follow_up_line(spec.follow_up), italic=True)
            _add_placeholder(document)
    elif spec.kind == Kind.CONTACT:
        for _part, label in CONTACT_PARTS:
            document.add_paragraph(f"{label}: ")
    else:
        _add_placeholder(document)


def document_build(
    *, call_title: str, introduction: str, headings: list[HeadingSpec], deadline: str, contact: str
) -> bytes:
    """The nomination form for a call, as the bytes of a .docx file."""
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    document.core_properties.title = call_title
    document.core_properties.author = ""
    document.core_properties.comments = ""
    document.add_heading(call_title, level=0)
    for paragraph in _paragraphs(introduction):
        _add_text(document, paragraph)
    if deadline:
        _add_text(document, f"Return this form by {deadline}.", bold_label="Deadline: ")
    if contact:
        _add_text(document, f"If you have a question, contact {contact}.", bold_label="Questions: ")
    document.add_heading(HOW_TO_HEADING, level=1)
    for line in HOW_TO:
        document.add_paragraph(line, style="List Bullet")
    section = None
    for spec in headings:
        if spec.section and spec.section != section:
            document.add_heading(spec.section, level=1)
        section = spec.section or section
        document.add_heading(spec.text, level=2)
        for line in guidance_lines(spec):
            _add_text(document, line, italic=True)
        _add_answer_space(document, spec)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
