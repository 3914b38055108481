"""Build the returned-documents set: Word documents filled in the ways different people fill in a form.

Each document's text is written out below by hand, in the voice of the person returning it; the
expected answers sit beside it and are written to a JSON file of the same name. Run from the repository
root after changing this file:

    .venv/bin/python -m tests.data.returns.build

Block helpers: H (Word heading), B (bold line), BP (bold label then plain text), P (plain paragraph,
"\n" a line break), I (italic), U (underlined), L (bullet list items), N (an item of Word's numbered
list), T (table; a cell is a string or a list of blocks, a list may hold a table), X (a text box, as Word
saves it: the drawing and its older fallback shape, each holding the same paragraphs), XF (a text box
floating beside the text, anchored in an empty paragraph), TC (a paragraph with tracked insertions and
deletions, and text moved), FN (a paragraph ending in a Word footnote), SB (a section break, next page), CC (a content
control holding a paragraph, as a Word form has them; with `placeholder`, still showing its prompt), CO (a
paragraph typed in a font colour), HR (a horizontal rule), PIC (a picture with only its alt text), CB (a
paragraph of Word's check-box content controls), FF (a paragraph of old-style form fields: check boxes and text
fields), DD (a drop-down content control showing the chosen item), SZ (a paragraph in a larger font, no style),
PB (a page break), COL (a column break; `SB(2)` starts a section in two columns), MACROS (the document saved
macro-enabled, as a .docm). In a table row, "<" is a cell merged with the cell on its left.
The .docx files are written with the same bytes each time (fixed dates in the zip, the core properties and
the comments), so rebuilding the set changes only the documents whose text changed.
JSON: {"forms": [{key: expected value or null}], "unplaced": [words that must be in the unplaced text]}.
"""

import datetime
import io
import json
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import qn

HERE = Path(__file__).parent


def H(text, level=2):
    return ("h", text, level)


def B(text):
    return ("b", text)


def BP(label, rest):
    return ("bp", label, rest)


def P(text):
    return ("p", text)


def I(text):  # noqa: E743 - the italic block
    return ("i", text)


def L(*items):
    return ("l", items)


def N(text):  # a paragraph of Word's automatic numbered list
    return ("n", text)


def U(text):  # an underlined line
    return ("u", text)


def T(*rows):
    return ("t", rows)


def X(*paragraphs):  # a text box holding these paragraphs
    return ("x", paragraphs)


def S(*runs):  # a paragraph of runs; ("~", text) is struck through, ("*", text) bold, ("!", text) highlighted
    return ("s", runs)


def C(text, comment, author="Reviewer"):  # a paragraph with a Word comment on it
    return ("c", text, comment, author)


def HF(header, footer):  # the page header and footer (each a string, "\n" a new paragraph)
    return ("hf", header, footer)


def XF(*paragraphs):  # a text box floating beside the text (anchored, not inline)
    return ("xf", paragraphs)


def TC(*runs):  # tracked changes: ("+", text) inserted, ("-", text) deleted, (">", text) moved in, ("<", text) out
    return ("tc", runs)


def FN(text, note):  # a paragraph ending in a footnote reference; the note's text in the footnotes part
    return ("fn", text, note)


def SB(columns=1):  # a section break: the next section starts on a new page (`columns` > 1: continuous, in columns)
    return ("sb", columns)


def COL():  # a paragraph holding a column break
    return ("col",)


def CC(text, alias="Answer", placeholder=False):  # a Word content control (w:sdt) holding a paragraph of text
    return ("cc", text, alias, placeholder)


def CO(text, colour="1F4E79"):  # a paragraph typed in a font colour (hex), nothing else marking it
    return ("co", text, colour)


def HR():  # an empty paragraph with a bottom border: the rule Word draws when "---" is typed
    return ("hr",)


def PIC(alt):  # a small picture whose only words are its alt text (a heading saved as an image)
    return ("pic", alt)


def CB(*items):  # text, or (ticked, label): a w14:checkbox content control showing ☒ or ☐, then the label
    return ("cb", items)


def FF(*items):  # text, ("box", ticked): a FORMCHECKBOX field (no text shown), ("text", value): a FORMTEXT field
    return ("ff", items)


def DD(chosen, items, alias="Choose an item"):  # a drop-down list content control showing the chosen item
    return ("dd", chosen, items, alias)


def SZ(text, points=14):  # a paragraph in the Normal style with a larger font: a heading made by size only
    return ("sz", text, points)


def PB():  # a paragraph holding a page break
    return ("pb",)


def HL(before, text, url):  # a paragraph: `before`, then `text` as a hyperlink to `url`
    return ("hl", before, text, url)


def HN(text, level=2, depth=0):  # a Word heading numbered by Word's own list numbering (numPr): no number in its text
    return ("hn", text, level, depth)


def R(*runs):  # a paragraph of runs marked as in `S` (the name the documents 306–329 use)
    return S(*runs)


def RAW(xml):  # body XML written as another program writes it (w: declared here): paragraphs, tables, fields
    return ("raw", xml)


def ALT(content, kind="html"):  # an altChunk: a part in HTML or RTF the document imports where it stands
    return ("alt", content, kind)


def ST(style, text, level=None):  # a paragraph in a named style (made if missing; `level`: a heading's outline level)
    return ("st", style, text, level)


_BOX = (
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
    ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
    ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
    ' xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
    '<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="5400000" cy="900000"/>'
    '<wp:docPr id="{id}" name="Text Box {id}"/><a:graphic><a:graphicData'
    ' uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>'
    '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5400000" cy="900000"/></a:xfrm>'
    '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>{body}</w:txbxContent>'
    "</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>"
    '<mc:Fallback><w:pict><v:shape style="width:425pt;height:71pt" type="#_x0000_t202"><v:textbox>'
    "<w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
)
_boxes = iter(range(1, 10_000))
_ANCHOR = (
    '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="2"'
    ' behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
    '<wp:positionH relativeFrom="column"><wp:posOffset>3600000</wp:posOffset></wp:positionH>'
    '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
    '<wp:extent cx="2200000" cy="1400000"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
    '<wp:wrapSquare wrapText="bothSides"/>'
)


def _text_box(paragraph, lines, *, floating=False):
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>' for line in lines)
    xml = _BOX.format(id=next(_boxes), body=body)
    if floating:
        inline = '<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="5400000" cy="900000"/>'
        xml = xml.replace(inline, _ANCHOR)
        xml = xml.replace("</wp:inline>", "</wp:anchor>")
    paragraph._p.append(parse_xml(xml))


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _tracked(paragraph, runs):
    for number, run in enumerate(runs, start=1):
        if isinstance(run, str):
            paragraph.add_run(run)
            continue
        kind, text = run
        tag, text_tag = {"+": ("ins", "t"), "-": ("del", "delText"), ">": ("moveTo", "t"), "<": ("moveFrom", "t")}[kind]
        paragraph._p.append(
            parse_xml(
                f'<w:{tag} {_W} w:id="{number}" w:author="Sam" w:date="2026-11-20T10:00:00Z"><w:r>'
                f'<w:{text_tag} xml:space="preserve">{escape(text)}</w:{text_tag}></w:r></w:{tag}>'
            )
        )


def _footnote(container, paragraph, note):
    notes = _notes_of(container.part)
    number = len(notes) + 1
    notes.append(note)
    paragraph._p.append(
        parse_xml(
            f'<w:r {_W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{number}"/></w:r>'
        )
    )


_NOTES: dict[int, list[str]] = {}


def _notes_of(part) -> list[str]:
    return _NOTES.setdefault(id(part), [])


def _footnotes_added(document) -> None:
    """The footnotes part, with the notes the document's paragraphs refer to (Word's two separators first)."""
    notes = _NOTES.pop(id(document.part), [])
    if not notes:
        return
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    separators = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
        "</w:footnote>"
    )
    body = "".join(
        f'<w:footnote w:id="{number}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {escape(note)}</w:t></w:r></w:p></w:footnote>'
        for number, note in enumerate(notes, start=1)
    )
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {_W}>{separators}{body}</w:footnotes>'
    content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
    part = Part(PackURI("/word/footnotes.xml"), content_type, xml.encode(), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)


def _runs(paragraph, text, *, bold=None, italic=None):
    for index, line in enumerate(text.split("\n")):
        run = paragraph.add_run(line)
        run.bold, run.italic = bold, italic
        if index < text.count("\n"):
            run.add_break(WD_BREAK.LINE)


def _add(container, block, *, first=None):
    """Add a block to a document or a table cell (`first`: the cell's empty first paragraph)."""

    def paragraph(style=None):
        nonlocal first
        if first is not None:
            made, first = first, None
            if style:
                made.style = style
            return made
        return container.add_paragraph(style=style)

    kind = block[0] if isinstance(block, tuple) else "p"
    if not isinstance(block, tuple):
        block = ("p", block)
    if kind == "h":
        container.add_heading(block[1], level=block[2])
    elif kind in ("p", "b", "i"):
        _runs(paragraph(), block[1], bold=True if kind == "b" else None, italic=True if kind == "i" else None)
    elif kind == "bp":
        made = paragraph()
        made.add_run(block[1]).bold = True
        _runs(made, block[2])
    elif kind == "l":
        for item in block[1]:
            _runs(paragraph("List Bullet"), item)
    elif kind == "n":
        _runs(paragraph("List Number"), block[1])
    elif kind == "co":
        from docx.shared import RGBColor

        made = paragraph()
        _runs(made, block[1])
        for run in made.runs:
            run.font.color.rgb = RGBColor.from_string(block[2])
    elif kind == "u":
        made = paragraph()
        made.add_run(block[1]).underline = True
    elif kind == "x":
        _text_box(paragraph(), block[1])
    elif kind == "xf":
        _text_box(paragraph(), block[1], floating=True)
    elif kind == "tc":
        _tracked(paragraph(), block[1])
    elif kind == "fn":
        made = paragraph()
        _runs(made, block[1])
        _footnote(container, made, block[2])
    elif kind == "sb":
        from docx.enum.section import WD_SECTION

        if block[1] == 1:
            container.add_section(WD_SECTION.NEW_PAGE)
        else:
            made = container.add_section(WD_SECTION.CONTINUOUS)
            made._sectPr.find(qn("w:cols")).set(qn("w:num"), str(block[1]))
    elif kind == "s":
        made = paragraph()
        for run in block[1]:
            marked = made.add_run(run[1] if isinstance(run, tuple) else run)
            if isinstance(run, tuple):
                _marked(marked, run[0])
            else:
                marked.font.strike = None
    elif kind == "c":
        made = paragraph()
        _runs(made, block[1])
        comment = made.part.document.add_comment(
            made.runs, text=block[2], author=block[3], initials=block[3][:2].upper()
        )
        comment._comment_elm.date = FIXED_DATE
    elif kind == "hf":
        section = container.sections[0]
        for part, text in ((section.header, block[1]), (section.footer, block[2])):
            lines = text.split("\n")
            part.paragraphs[0].text = lines[0]
            for line in lines[1:]:
                part.add_paragraph(line)
    elif kind == "cc":
        made = paragraph()
        shown = "<w:showingPlcHdr/>" if block[3] else ""
        made._p.addprevious(
            parse_xml(
                f'<w:sdt {_W}><w:sdtPr><w:alias w:val="{escape(block[2])}"/><w:tag w:val="{escape(block[2])}"/>'
                f'{shown}</w:sdtPr><w:sdtContent><w:p><w:r><w:t xml:space="preserve">{escape(block[1])}</w:t></w:r>'
                "</w:p></w:sdtContent></w:sdt>"
            )
        )
        made._p.getparent().remove(made._p)
    elif kind == "cb":
        made = paragraph()
        for item in block[1]:
            if isinstance(item, str):
                made._p.append(_run_xml(item))
                continue
            ticked, label = item
            made._p.append(
                parse_xml(
                    f'<w:sdt {_W} xmlns:w14="{W14}"><w:sdtPr><w14:checkbox><w14:checked w14:val="{int(ticked)}"/>'
                    '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
                    '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent>'
                    '<w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
                    f"<w:t>{'☒' if ticked else '☐'}</w:t></w:r></w:sdtContent></w:sdt>"
                )
            )
            made._p.append(_run_xml(f" {label}   "))
    elif kind == "ff":
        made = paragraph()
        for item in block[1]:
            if isinstance(item, str):
                made._p.append(_run_xml(item))
            elif item[0] == "box":
                data = f'<w:checkBox><w:sizeAuto/><w:default w:val="{int(item[1])}"/></w:checkBox>'
                for xml in _field(data, "FORMCHECKBOX", None):
                    made._p.append(parse_xml(xml))
            else:
                for xml in _field("<w:textInput/>", "FORMTEXT", item[1]):
                    made._p.append(parse_xml(xml))
    elif kind == "dd":
        made = paragraph()
        listed = "".join(f'<w:listItem w:displayText="{escape(item)}" w:value="{escape(item)}"/>' for item in block[2])
        made._p.addprevious(
            parse_xml(
                f'<w:sdt {_W}><w:sdtPr><w:alias w:val="{escape(block[3])}"/><w:dropDownList>{listed}'
                f'</w:dropDownList></w:sdtPr><w:sdtContent><w:p><w:r><w:t xml:space="preserve">{escape(block[1])}'
                "</w:t></w:r></w:p></w:sdtContent></w:sdt>"
            )
        )
        made._p.getparent().remove(made._p)
    elif kind == "sz":
        from docx.shared import Pt

        made = paragraph()
        _runs(made, block[1])
        for run in made.runs:
            run.font.size = Pt(block[2])
    elif kind == "pb":
        paragraph().add_run().add_break(WD_BREAK.PAGE)
    elif kind == "col":
        paragraph().add_run().add_break(WD_BREAK.COLUMN)
    elif kind == "hr":
        paragraph()._p.get_or_add_pPr().append(
            parse_xml(f'<w:pBdr {_W}><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>')
        )
    elif kind == "pic":
        from docx.shared import Cm

        shape = paragraph().add_run().add_picture(io.BytesIO(_png()), width=Cm(8))
        shape._inline.docPr.set("descr", block[1])
    elif kind == "hl":
        from docx.opc.constants import RELATIONSHIP_TYPE

        made = paragraph()
        if block[1]:
            _runs(made, block[1])
        part = made.part
        rid = part.relate_to(block[3], RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
        made._p.append(
            parse_xml(
                f'<w:hyperlink {_W} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
                f' r:id="{rid}"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/><w:color w:val="0563C1"/>'
                f'<w:u w:val="single"/></w:rPr><w:t xml:space="preserve">{escape(block[2])}</w:t></w:r></w:hyperlink>'
            )
        )
    elif kind == "hn":
        _numbered(container, container.add_heading(block[1], level=block[2]), block[3])
    elif kind == "raw":
        body = container.element.body
        for element in parse_xml(f"<w:body {_W}>{block[1]}</w:body>"):
            body.append(element)
        body.append(body.sectPr)  # the section's properties stay last
    elif kind == "alt":
        _alt_chunk(container, block[1], block[2])
    elif kind == "st":
        _styled(container, block[1], block[3])
        _runs(paragraph(block[1]), block[2])
    elif kind == "t":
        table = container.add_table(rows=0, cols=max(len(row) for row in block[1]))
        table.style = "Table Grid"
        for row in block[1]:
            cells = table.add_row().cells
            for cell, content in zip(cells, row, strict=False):
                if content is None or content == "<":  # merged with the cell above: filled below
                    continue
                items = [content] if isinstance(content, str | tuple) else content
                start = cell.paragraphs[0]
                for item in items:
                    _add(cell, item, first=start)
                    start = None
        for number, row in enumerate(block[1]):
            for column, content in enumerate(row):
                if content is None and number:
                    top = number - 1
                    while top and block[1][top][column] is None:
                        top -= 1
                    table.cell(top, column).merge(table.cell(number, column))
                elif content == "<":
                    table.cell(number, column - 1).merge(table.cell(number, column))
    return first


def _marked(run, mark: str) -> None:
    """A run struck through ("~"), in bold ("*") or highlighted in yellow ("!")."""
    if mark == "~":
        run.font.strike = True
    elif mark == "*":
        run.bold = True
    else:
        from docx.enum.text import WD_COLOR_INDEX

        run.font.highlight_color = WD_COLOR_INDEX.YELLOW


def _alt_chunk(document, content: str, kind: str) -> None:
    """An altChunk element in the body and the HTML or RTF part it names, as a case-management system saves it."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    number = len([rel for rel in document.part.rels.values() if rel.reltype.endswith("/aFChunk")]) + 1
    types = {"html": "text/html", "rtf": "application/rtf"}
    part = Part(PackURI(f"/word/chunk{number}.{kind}"), types[kind], content.encode(), document.part.package)
    rid = document.part.relate_to(part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk")
    body = document.element.body
    relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    body.append(parse_xml(f'<w:altChunk {_W} xmlns:r="{relationships}" r:id="{rid}"/>'))
    body.append(body.sectPr)


def _numbered(document, made, depth: int) -> None:
    """Give a paragraph the numbering of the "List Number" style's list, at `depth` (0 for "1.", 1 for "1.1")."""
    num_id = document.styles["List Number"].element.pPr.numPr.numId.val
    made._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {_W}><w:ilvl w:val="{depth}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )


def _styled(document, name: str, level) -> None:
    """A paragraph style named as another word processor names it ("Subtitle", "Heading 1"), made when missing."""
    from docx.enum.style import WD_STYLE_TYPE

    if name in [style.name for style in document.styles]:
        return
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    if level is not None:
        properties = style.element.get_or_add_pPr()
        properties.append(parse_xml(f'<w:outlineLvl xmlns:w="{NS}" w:val="{level - 1}"/>'))


def _png() -> bytes:
    """A 4×1 grey PNG, written out here so the set needs no picture files."""
    import struct
    import zlib

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 4, 1, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00" + b"\x80" * 4)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"


def _run_xml(text):
    return parse_xml(f'<w:r xmlns:w="{NS}"><w:t xml:space="preserve">{escape(text)}</w:t></w:r>')


def _field(data, instruction, value):
    """The runs of an old-style form field: its data, its instruction and, for a text field, the value typed."""
    runs = [
        f'<w:r xmlns:w="{NS}"><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val=""/><w:enabled/>'
        f'<w:calcOnExit w:val="0"/>{data}</w:ffData></w:fldChar></w:r>',
        f'<w:r xmlns:w="{NS}"><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>',
    ]
    if value is not None:
        runs += [
            f'<w:r xmlns:w="{NS}"><w:fldChar w:fldCharType="separate"/></w:r>',
            f'<w:r xmlns:w="{NS}"><w:t xml:space="preserve">{escape(value)}</w:t></w:r>',
        ]
    return [*runs, f'<w:r xmlns:w="{NS}"><w:fldChar w:fldCharType="end"/></w:r>']


FIXED_DATE = datetime.datetime(2026, 11, 20, 9, 0, tzinfo=datetime.UTC)


def build(name, blocks):
    document = Document()
    for block in blocks:
        if block != MACROS:
            _add(document, block)
    _footnotes_added(document)
    saved = io.BytesIO()
    document.save(saved)
    data = _with_macros(saved.getvalue()) if MACROS in blocks else saved.getvalue()
    (HERE / f"{name}.docx").write_bytes(_fixed(data))


MACROS = ("macros",)  # a block saying the document is saved macro-enabled (.docm), with a project of macros
_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_VBA_TYPE = b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
_VBA_REL = (
    '<Relationship Id="rIdVba1" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject"'
    ' Target="vbaProject.bin"/>'
)


def _with_macros(data: bytes) -> bytes:
    """The package as Word saves a .docm: the main part's macro-enabled type and a (here dummy) macro project."""
    written = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(written, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            part = source.read(member.filename)
            if member.filename == "[Content_Types].xml":
                part = part.replace(_MAIN.encode(), b"application/vnd.ms-word.document.macroEnabled.main+xml")
                part = part.replace(b"<Default ", _VBA_TYPE + b"<Default ", 1)
            elif member.filename == "word/_rels/document.xml.rels":
                part = part.replace(b"</Relationships>", _VBA_REL.encode() + b"</Relationships>")
            target.writestr(member, part)
        target.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + b"Attribute VB_Name")
    return written.getvalue()


def _fixed(data: bytes) -> bytes:
    """The same package with every member dated 1 January 2026, so the same text gives the same bytes."""
    written = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(written, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, source.read(member.filename))
    return written.getvalue()


def yes(detail=""):
    return {"answer": True, "detail": detail}


def no(detail=""):
    return {"answer": False, "detail": detail}


def contact(name, role, email, phone=""):
    return {"name": name, "role": role, "email": email, "phone": phone}


NONE = dict.fromkeys(
    ["title", "authority", "organisation", "service_areas", "scale", "problem", "what_you_did", "difference",
     "permanence", "proprietary", "adoption", "contact", "consent_publish", "consent_contact"]
)  # fmt: skip


def expect(**answers):
    return {**NONE, **answers}


def main():
    from tests.data.returns import (  # noqa: F401 - add their documents to DOCUMENTS
        documents_51_62,
        documents_63_70,
        documents_71_78,
        documents_79_86,
        documents_87_99,
        documents_100_111,
        documents_112_118,
        documents_119_124,
        documents_125_131,
        documents_132_137,
        documents_138_143,
        documents_144_149,
        documents_150_155,
        documents_156_161,
        documents_162_167,
        documents_168_173,
        documents_174_179,
        documents_180_185,
        documents_186_191,
        documents_192_197,
        documents_198_203,
        documents_204_209,
        documents_210_215,
        documents_216_221,
        documents_222_227,
        documents_228_233,
        documents_234_239,
        documents_240_245,
        documents_246_251,
        documents_252_257,
        documents_258_263,
        documents_264_269,
        documents_270_275,
        documents_276_281,
        documents_282_287,
        documents_288_293,
        documents_294_299,
        documents_300_305,
        documents_306_311,
        documents_312_317,
        documents_318_323,
        documents_324_329,
        documents_330_335,
        documents_336_341,
        documents_342_347,
        documents_348_353,
        documents_354_359,
        documents_360_365,
        documents_366_371,
        documents_372_377,
        documents_378_383,
        documents_384_389,
        documents_390_395,
        documents_396_401,
        documents_402_407,
        documents_408_413,
    )
    from tests.data.returns.documents import DOCUMENTS

    for path in HERE.glob("*.docx"):
        path.unlink()
    for name, (blocks, expected) in DOCUMENTS.items():
        build(name, blocks)
        (HERE / f"{name}.json").write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n")
    print(f"{len(DOCUMENTS)} documents written to {HERE}")


if __name__ == "__main__":
    main()
