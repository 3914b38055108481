"""Returned documents made in code: our own form filled in, and documents laid out the ways people write them."""

import io
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement, parse_xml
from docx.text.paragraph import Paragraph

from silverlinings.calls.documents import document_build
from silverlinings.calls.documents.build import EMPTY_BOX, MARKED_BOX, PLACEHOLDER, YES_NO_LINE
from silverlinings.calls.headings import CONTACT_PARTS, Kind, silver_linings_headings

AUTHORITIES = [
    "Bracknell Forest", "Brighton and Hove", "Buckinghamshire", "East Sussex", "Hampshire", "Isle of Wight", "Kent",
    "Medway", "Milton Keynes", "Oxfordshire", "Portsmouth", "Reading", "Slough", "Southampton", "Surrey",
    "West Berkshire", "West Sussex", "Windsor and Maidenhead", "Wokingham",
]  # fmt: skip
SERVICE_AREAS = [
    "Mainstream schools", "Special schools", "Early years", "Early help", "Children's social care", "Youth justice",
    "Adoption", "Fostering", "SEND", "Care leavers", "Other",
]  # fmt: skip
SPECS = silver_linings_headings(authorities=AUTHORITIES, service_areas=SERVICE_AREAS)
SPEC = {spec.key: spec for spec in SPECS}
KEYS = [spec.key for spec in SPECS]

ANSWERS = {
    "title": "Hybrid child protection conferences",
    "authority": "West Berkshire",
    "organisation": "Newbury children's social work team",
    "service_areas": ["Early help", "Children's social care"],
    "scale": "Service or team practice",
    "problem": "Partners could not travel to conferences.\n\nFamilies waited weeks for a date.",
    "what_you_did": (
        "Families meet the chair in person while partners join by video.\n\n"
        "We changed three things:\n\n"
        "- a booked room with a speaker\n- a video link sent the day before\n- a chair trained in hybrid meetings\n\n"
        "The social worker stays with the family throughout."
    ),
    "difference": "Conferences on time rose from 71% to 93%.",
    "permanence": "It is in our procedures now, with a budget line for the rooms.",
    "proprietary": {"answer": True, "detail": "Microsoft Teams from Microsoft"},
    "adoption": "Meeting-room speakers and trained chairs.",
    "contact": {"name": "Sam Kaur", "role": "Team Manager", "email": "sam.kaur@example.org", "phone": "07700 900123"},
    "consent_publish": {"answer": True, "detail": ""},
    "consent_contact": {"answer": False, "detail": ""},
}


def blank_form() -> bytes:
    return document_build(
        call_title="Silver Linings",
        introduction="Tell us about the innovations that stay.\n\nEvery authority in the partnership can take part.",
        headings=SPECS,
        deadline="5pm on Friday 29 May 2026",
        contact="Rachel Thorne, 07700 900101, sl@example.org",
    )


def saved(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def text_blocks(text: str) -> list[tuple[str, str | None]]:
    """(text, style) paragraphs for an answer: blank-line separated paragraphs, "- " lines as bullets."""
    blocks = []
    for part in text.split("\n\n"):
        lines = part.split("\n")
        if all(line.startswith("- ") for line in lines):
            blocks += [(line[2:], "List Bullet") for line in lines]
        else:
            blocks.append((part, None))
    return blocks


def insert_after(paragraph: Paragraph, text: str, style: str | None = None) -> Paragraph:
    element = OxmlElement("w:p")
    paragraph._p.addnext(element)
    new = Paragraph(element, paragraph._parent)
    if style:
        new.style = style
    new.add_run(text)
    return new


def write_over(paragraph: Paragraph, text: str, *, keep_format: bool = False) -> None:
    """Type over a paragraph's text, as someone selecting it and typing would (keeping its format or not)."""
    if keep_format and paragraph.runs:
        paragraph.runs[0].text = text
        for run in paragraph.runs[1:]:
            run._r.getparent().remove(run._r)
    else:
        paragraph.text = text


def delete(paragraph: Paragraph) -> None:
    paragraph._p.getparent().remove(paragraph._p)


def _sections(document) -> dict[str, list[Paragraph]]:
    """The paragraphs under each Heading 2, by heading text."""
    sections: dict[str, list[Paragraph]] = {}
    current = None
    for paragraph in document.paragraphs:
        if paragraph.style.name.startswith("Heading"):
            current = sections.setdefault(paragraph.text, []) if paragraph.style.name == "Heading 2" else None
        elif current is not None:
            current.append(paragraph)
    return sections


def fill_in(data: bytes, answers: dict, *, choices: str = "delete", keep_grey: bool = False) -> bytes:
    """Our blank form filled in with python-docx, writing each answer in the space under its heading.

    choices="delete" deletes the choices that do not apply; choices="mark" marks the chosen ones ☒.
    keep_grey=True types over the grey placeholder keeping its grey format, as Word does.
    """
    document = Document(io.BytesIO(data))
    sections = _sections(document)
    for spec in SPECS:
        value, paragraphs = answers.get(spec.key), sections[spec.text]
        if value is None:
            continue
        if spec.kind in (Kind.ONE_CHOICE, Kind.SEVERAL_CHOICES):
            chosen = [value] if isinstance(value, str) else value
            for paragraph in paragraphs:
                if paragraph.text.startswith(EMPTY_BOX):
                    choice = paragraph.text[2:]
                    if choice in chosen and choices == "mark":
                        write_over(paragraph, f"{MARKED_BOX} {choice}")
                    elif choice not in chosen and choices == "delete":
                        delete(paragraph)
        elif spec.kind == Kind.YES_NO:
            for paragraph in paragraphs:
                if paragraph.text == YES_NO_LINE:
                    write_over(paragraph, "Yes" if value["answer"] else "No")
                elif paragraph.text == PLACEHOLDER and value["detail"]:
                    write_over(paragraph, value["detail"], keep_format=keep_grey)
        elif spec.kind == Kind.CONTACT:
            labels = {f"{label}:": part for part, label in CONTACT_PARTS}
            for paragraph in paragraphs:
                if paragraph.text.strip() in labels:
                    paragraph.add_run(value[labels[paragraph.text.strip()]])
        else:
            space = next(paragraph for paragraph in paragraphs if paragraph.text == PLACEHOLDER)
            (first, _style), *rest = text_blocks(value)
            write_over(space, first, keep_format=keep_grey)
            for text, style in rest:
                space = insert_after(space, text, style)
    return saved(document)


def value_lines(spec, value) -> list[tuple[str, str | None]]:
    """An answer as someone would type it into a document of their own."""
    if spec.kind == Kind.ONE_CHOICE:
        return [(value, None)]
    if spec.kind == Kind.SEVERAL_CHOICES:
        return [(", ".join(value), None)]
    if spec.kind == Kind.YES_NO:
        word = "Yes" if value["answer"] else "No"
        return [(f"{word} - {value['detail']}" if value["detail"] else word, None)]
    if spec.kind == Kind.CONTACT:
        return [(f"{label}: {value[part]}", None) for part, label in CONTACT_PARTS]
    return text_blocks(value)


def own_document(answers: dict, *, heading: str = "heading", texts: dict | None = None) -> bytes:
    """A document of the person's own: each heading as a Word heading, a bold line or a table row.

    `texts` rewords headings by key. Headings whose key is not in `answers` are left out.
    """
    texts = texts or {}
    document = Document()
    document.add_heading("Our nomination for Silver Linings", level=1)
    table = document.add_table(rows=0, cols=2) if heading == "table" else None
    for spec in SPECS:
        if spec.key not in answers:
            continue
        text = texts.get(spec.key, spec.text)
        lines = value_lines(spec, answers[spec.key]) if answers[spec.key] is not None else []
        if table is not None:
            left, right = table.add_row().cells
            left.text = text
            right.text = lines[0][0] if lines else ""
            for line, style in lines[1:]:
                right.add_paragraph(line, style=style)
            continue
        if heading == "bold":
            document.add_paragraph().add_run(text).bold = True
        else:
            document.add_heading(text, level=2)
        for line, style in lines:
            document.add_paragraph(line, style=style)
    return saved(document)


def joined(*documents: bytes) -> bytes:
    """The bodies of several documents one after another in one document, as copy and paste would make."""
    first = Document(io.BytesIO(documents[0]))
    body = first.element.body
    for data in documents[1:]:
        for element in list(Document(io.BytesIO(data)).element.body):
            if not element.tag.endswith("}sectPr"):
                body.insert(len(body) - 1, element)
    return saved(first)


W_NAMESPACE = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def with_xml(key: str, *blocks: str) -> bytes:
    """A document with one heading whose answer is given as WordprocessingML body elements (w:p, w:sdt, w:tbl)."""
    document = Document()
    document.add_heading(SPEC[key].text, level=2)
    body = document.element.body
    for xml in blocks:
        body.insert(len(body) - 1, parse_xml(re.sub(r"^<([\w:]+)", rf"<\1 {W_NAMESPACE}", xml.strip(), count=1)))
    return saved(document)


def zipped(files: dict[str, bytes], *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def with_part(data: bytes, name: str, content: bytes) -> bytes:
    """A copy of a .docx with one part replaced (or added)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        files = {entry: archive.read(entry) for entry in archive.namelist()}
    files[name] = content
    return zipped(files)


def part(data: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name)


SOFFICE = shutil.which("soffice")
SOFFICE_FILTERS = {"docx": "docx:MS Word 2007 XML", "odt": "odt", "doc": "doc:MS Word 97"}


def soffice_convert(data: bytes, suffix: str, to: str, folder: Path, profile: Path) -> bytes:
    """`data` (a file ending `suffix`) converted by LibreOffice, headless, to the format `to` (docx, odt, doc)."""
    work = Path(tempfile.mkdtemp(dir=folder))
    source = work / f"source{suffix}"
    source.write_bytes(data)
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", SOFFICE_FILTERS[to],
         "--outdir", str(work / "out"), str(source)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return (work / "out" / f"source.{to}").read_bytes()


def answered(key: str, *lines: str) -> bytes:
    """A document with one heading, as a Word heading, and `lines` as the paragraphs of its answer."""
    document = Document()
    document.add_heading(SPEC[key].text, level=2)
    for line in lines:
        document.add_paragraph(line)
    return saved(document)
