"""A Word document's body as paragraphs and table rows, in reading order.

Content controls, tracked insertions, hyperlinks and fields are read through; deleted, struck-through
and hidden text is left out. The paragraphs in a text box are read after the paragraph it is anchored
in (once: Word saves a text box twice, as a drawing and as an older shape for older readers). Each
paragraph keeps what matters for telling a heading from an answer: its heading level, whether it is
bold, whether it is a list item. A paragraph holding only pictures keeps their alt text apart
(`Para.pictured`): the reader takes it for a heading only when it surely means one.
"""

import hashlib
import re
from dataclasses import replace
from urllib.parse import unquote

from lxml import etree

from . import columns
from .blocks import Para, Row
from .emphasis import chosen_only, highlighted
from .printed import continued_line, protective_marking
from .safety import WordParts, parse_xml
from .webpage import furniture

WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
# Symbol-font check boxes (Wingdings, Wingdings 2) as the characters they show.
SYMBOLS = {"FD": "☒", "FE": "☑", "A8": "☐", "6F": "☐", "78": "☒", "FC": "✓"}
SYMBOLS_2 = {"52": "☑", "54": "☒", "A3": "☐", "50": "✓", "4F": "☒"}


#: A printed form's answer line or a typed dot leader ("Title ________", "Authority .......... Kent"): a gap between
#: a question and its answer (three spaces, as a tab would be), nothing at the start or end of a line.
LEADER = re.compile(r"[ \t]*(?:_{3,}|\.{4,}|…{2,})[ \t]*")
CONTENTS_LINE = re.compile(r".*\S[ \t]*(?:\.{4,}|…{2,})[ \t]*\d{1,3}$")  # "2. The innovation ........ 3": kept


def _leaders_out(line: str) -> str:
    return line.strip() if CONTENTS_LINE.match(line) else LEADER.sub("   ", line).strip()


def _on(element, w: str) -> bool | None:
    if element is None:
        return None
    return element.get(f"{{{w}}}val", "true").lower() not in ("0", "false", "off", "none")


#: A styles part's table (style id → heading level, bold, list item) and default paragraph style, by the
#: part's SHA-256: documents made from the same template share one styles part, so it is read once.
_STYLE_TABLES: dict[tuple[bytes, str], tuple[dict[str, tuple[int | None, bool, int]], str]] = {}


def style_table(parts: WordParts) -> tuple[dict[str, tuple[int | None, bool, int]], str]:
    if parts.styles is None:
        return {}, ""
    key = (hashlib.sha256(parts.styles).digest(), parts.ns)
    if key not in _STYLE_TABLES:
        if len(_STYLE_TABLES) >= 64:
            _STYLE_TABLES.clear()
        _STYLE_TABLES[key] = _read_styles(parse_xml(parts.styles, parts.name), parts.ns)
    return _STYLE_TABLES[key]


def _read_styles(root, w: str) -> tuple[dict[str, tuple[int | None, bool, int]], str]:
    raw, default, val = {}, "", f"{{{w}}}val"
    for style in root.iterchildren(f"{{{w}}}style"):
        style_id = style.get(f"{{{w}}}styleId", "")
        name_element = style.find(f"{{{w}}}name")
        name = (name_element.get(val, "") if name_element is not None else "").strip().lower()
        based = style.find(f"{{{w}}}basedOn")
        ppr, rpr = style.find(f"{{{w}}}pPr"), style.find(f"{{{w}}}rPr")
        level = None
        if heading := re.fullmatch(r"heading\s*([1-9])", name):
            level = int(heading.group(1))
        elif name == "title":
            level = 0
        elif ppr is not None and (outline := ppr.find(f"{{{w}}}outlineLvl")) is not None:
            level = _outline_level(outline.get(val, "9"))
        listed = None
        if ppr is not None and (numbering := ppr.find(f"{{{w}}}numPr")) is not None:
            named = re.fullmatch(r"list\s+(?:bullet|number|continue)\s*([2-9])", name)  # "List Bullet 2"
            listed = list_depth(numbering, w, int(named.group(1)) if named else 1)
        bold = _on(rpr.find(f"{{{w}}}b"), w) if rpr is not None else None
        raw[style_id] = (level, bold, listed, based.get(val) if based is not None else None)
        if style.get(f"{{{w}}}type") == "paragraph" and style.get(f"{{{w}}}default") in ("1", "true", "on"):
            default = style_id
    table = {}
    for style_id in raw:
        level, bold, listed, based, seen = *raw[style_id], {style_id}
        while based in raw and based not in seen and (level is None or bold is None or listed is None):
            seen.add(based)
            parent = raw[based]
            level = parent[0] if level is None else level
            bold = parent[1] if bold is None else bold
            listed = parent[2] if listed is None else listed
            based = parent[3]
        table[style_id] = (level, bool(bold), int(listed or 0))
    return table, default


def list_depth(numbering, w: str, default: int = 1) -> int:
    """A list item's depth: 0 when its numbering is switched off (numId 0), else its level (ilvl) plus one, or
    `default` when no level is given (a style named "List Bullet 2" is a nested list's)."""
    num_id = numbering.find(f"{{{w}}}numId")
    if num_id is not None and num_id.get(f"{{{w}}}val") == "0":
        return 0
    level = numbering.find(f"{{{w}}}ilvl")
    value = level.get(f"{{{w}}}val", "") if level is not None else ""
    return min(int(value), 8) + 1 if value.isdigit() else default


def _footnotes(parts: WordParts) -> dict[str, str]:
    """Each footnote's text by its id (Word's separators have none)."""
    if parts.footnotes is None:
        return {}
    w = parts.ns
    return {
        note.get(f"{{{w}}}id", ""): _plain("".join(t.text or "" for t in note.iter(f"{{{w}}}t"))).strip()
        for note in parts.footnotes.iterchildren(f"{{{w}}}footnote")
    }


def _outline_level(value: str) -> int | None:
    return int(value) + 1 if value.isdigit() and int(value) < 9 else None


class Walker:
    """Paragraphs and table rows of a document body, with the formatting that matters for finding headings."""

    def __init__(self, parts: WordParts):
        self.w = w = parts.ns
        names = ("val", "pStyle", "rStyle", "numPr", "numId", "outlineLvl", "b", "i", "u", "highlight", "shd", "fill")
        self.q = {name: f"{{{w}}}{name}" for name in names}
        self.styles, self.default_style = style_table(parts)
        self.footnotes = _footnotes(parts)
        self.mail_links = parts.mail_links
        self._field: list | None = None  # a HYPERLINK field to an address being read: [address, its result's start]

    def blocks(self, parent):
        local = etree.QName
        for child in parent:
            if not isinstance(child.tag, str):
                continue
            tag = local(child).localname
            if tag == "p":
                yield from _unprinted(_parted(self._paragraph(child)))
                for box in self._text_boxes(child):
                    yield from self.blocks(box)
            elif tag == "tbl":
                yield from self._table(child)
            elif tag == "sdt":
                content = child.find(f"{{{self.w}}}sdtContent")
                if content is not None:
                    yield from self.blocks(content)
            elif tag in ("customXml", "ins", "moveTo", "sdtContent"):
                yield from self.blocks(child)

    def _text_boxes(self, p):
        """The contents of the text boxes anchored in a paragraph, each once, outermost only."""
        content, fallback = f"{{{self.w}}}txbxContent", "Fallback"
        for box in p.iter(content):
            ancestors = list(box.iterancestors())
            inside = ancestors[: ancestors.index(p)] if p in ancestors else ancestors
            if any(etree.QName(a).localname == fallback or a.tag == content for a in inside):
                continue  # the older copy of a text box, or a box inside a box (read with its outer box)
            yield box

    def _children(self, parent, wanted: str):
        for child in parent:
            if not isinstance(child.tag, str):
                continue
            tag = etree.QName(child).localname
            if tag == wanted:
                yield child
            elif tag in ("sdt", "customXml", "sdtContent", "ins"):
                yield from self._children(child.find(f"{{{self.w}}}sdtContent") if tag == "sdt" else child, wanted)

    def _deleted(self, row) -> bool:
        """A table row deleted under tracked changes (w:trPr/w:del): left out, as deleted text is, even when the
        program that deleted it left its cells' text unmarked."""
        properties = row.find(f"{{{self.w}}}trPr")
        return properties is not None and properties.find(f"{{{self.w}}}del") is not None

    def _table(self, table):
        office: set[int] = set()  # columns headed "For office use only" or "Words used": not the sender's answers
        notes: set[int] = set()  # columns headed "Notes" after the answers: the writer's notes, not answers
        marks: dict[int, str] = {}  # columns headed "Yes" and "No", a question's answer marked in one of them
        for number, row in enumerate(row for row in self._children(table, "tr") if not self._deleted(row)):
            cells = [list(self.blocks(cell)) for cell in self._children(row, "tc")]
            cells = [[] if columns.picture_placeholder(_single(cell)) else cell for cell in cells]
            if number == 0:
                texts = [_single(cell) for cell in cells]
                office = {index for index, text in enumerate(texts) if columns.office_column(text, index)}
                office |= columns.export_columns(texts)
                office |= {
                    index for index, text in enumerate(texts) if columns.guidance_column(text, index, len(texts))
                }
                notes = {index for index, text in enumerate(texts) if columns.notes_column(text, index)}
                answered = [cell for index, cell in enumerate(cells) if index not in office | notes]
                if marks := columns.yes_no_columns(answered):
                    continue  # "| Yes | No" over the rows: the grid's own header, no heading and no answer
            aside = ""
            if notes and len(cells) > max(notes):
                aside = " ".join(
                    block.text for index in sorted(notes) for block in cells[index] if isinstance(block, Para)
                )
                aside = "" if number == 0 else aside.strip()
            if (office or notes) and len(cells) > max(office | notes):
                cells = [cell for index, cell in enumerate(cells) if index not in office | notes]
            if marks:  # the places of "Yes" and "No" among the columns kept
                cells = columns.marked(cells, marks)
            for cell in cells[:-1] if len(cells) > 1 else cells:
                if cell and isinstance(cell[0], Para):
                    cell[0].label = True
            yield Row(cells, aside, first=number == 0 or (number == 1 and bool(marks)))  # the grid header is not given

    def _paragraph(self, p) -> Para:
        w, q = self.w, self.q
        ppr = p.find(f"{{{w}}}pPr")
        style_id = self.default_style
        if ppr is not None:
            style = ppr.find(q["pStyle"])
            style_id = style.get(q["val"], "") if style is not None else style_id
        level, style_bold, listed = self.styles.get(style_id, (None, False, False))
        if ppr is not None:
            if (outline := ppr.find(q["outlineLvl"])) is not None:
                level = _outline_level(outline.get(q["val"], "9"))
            if (numbering := ppr.find(q["numPr"])) is not None:
                listed = list_depth(numbering, w, listed or 1)
        pieces: list[tuple[str, bool, bool, bool, bool]] = []
        self._inline(p, style_bold, pieces)
        text = chosen_only([(piece[0], piece[1], piece[4]) for piece in pieces])  # "**Yes** / No": the chosen one
        text = _plain("".join(piece[0] for piece in pieces) if text is None else text)
        if not text.strip() and self.footnotes:  # only a footnote's number: the note says what the writer meant here
            text = "\n".join(
                self.footnotes.get(ref.get(f"{{{w}}}id"), "") for ref in p.iter(f"{{{w}}}footnoteReference")
            )
        text = "\n".join(_leaders_out(line) for line in text.split("\n")).strip()
        visible = [piece for piece in pieces if piece[0].strip()]
        bold = bool(visible) and all(piece[1] for piece in visible)
        italic = bool(visible) and all(piece[2] for piece in visible)
        underline = bool(visible) and all(piece[3] for piece in visible)
        pictured = "" if text else self._alt_text(p)
        prefix = ""
        if visible and not bold and visible[0][1]:
            prefix = "".join(piece[0] for piece in _leading_bold(pieces)).strip()
        return Para(
            text=text, level=level, bold=bold, bold_prefix=prefix, listed=listed, italic=italic, underline=underline,
            pictured=pictured,
        )  # fmt: skip

    @staticmethod
    def _alt_text(p) -> str:
        """The alt text ("descr") of the pictures drawn in a paragraph, text boxes left out (read on their own)."""
        found = []
        for drawing in p.iter(f"{{{WP}}}inline", f"{{{WP}}}anchor"):
            if any(etree.QName(node).localname == "txbx" for node in drawing.iter() if isinstance(node.tag, str)):
                continue
            properties = drawing.find(f"{{{WP}}}docPr")
            if properties is not None and (described := " ".join(properties.get("descr", "").split())):
                found.append(described)
        return "\n".join(found)

    def _inline(self, parent, style_bold: bool, pieces: list, *, linked: bool = False) -> None:
        """The runs of a paragraph; `linked`: inside a hyperlink, whose underline is the link's, no emphasis."""
        w = self.w
        for child in parent:
            if not isinstance(child.tag, str):
                continue
            name = etree.QName(child)
            if name.namespace != w:
                continue
            tag = name.localname
            if tag == "r":
                self._run(child, style_bold, pieces, linked=linked)
            elif tag == "sdt":
                properties = child.find(f"{{{w}}}sdtPr")
                if properties is not None and properties.find(f"{{{w}}}showingPlcHdr") is not None:
                    continue
                content = child.find(f"{{{w}}}sdtContent")
                if content is not None:
                    self._inline(content, style_bold, pieces, linked=linked)
            elif tag == "hyperlink":
                start = len(pieces)
                self._inline(child, style_bold, pieces, linked=True)
                self._mail_link(child, pieces, start)
            elif tag in ("ins", "moveTo", "smartTag", "customXml", "fldSimple", "dir", "bdo"):
                self._inline(child, style_bold, pieces, linked=linked)

    def _mail_link(self, link, pieces: list, start: int) -> None:
        """A "mailto:" link whose words are no address ("Priya Shah"): its address written after them, as an email
        app writes it ("Priya Shah <priya@…>"), since the link is the only place it is given; words that only ask
        to write ("email me", "click here") are replaced by it."""
        rid = next((value for key, value in link.attrib.items() if etree.QName(key).localname == "id"), "")
        _with_address(pieces, start, self.mail_links.get(rid))

    def _field_mail(self, child, tag: str, pieces: list) -> None:
        """A HYPERLINK field to a "mailto:" address (the instruction not shown, its result the words shown): the
        address written after the words, as for a hyperlink element (`_mail_link`)."""
        if tag == "instrText" and (found := FIELD_MAIL.match(child.text or "")):
            self._field = [unquote(found.group(1)).strip(), None]
        elif tag == "fldChar" and self._field:
            kind = child.get(f"{{{self.w}}}fldCharType")
            if kind == "separate":
                self._field[1] = len(pieces)
            elif kind == "end":
                address, start = self._field
                self._field = None
                if start is not None and ADDRESS.fullmatch(address):
                    _with_address(pieces, start, address)

    def _run(self, run, style_bold: bool, pieces: list, *, linked: bool = False) -> None:
        w, q = self.w, self.q
        rpr = run.find(f"{{{w}}}rPr")
        bold, italic, underline, lit = style_bold, False, False, False
        if rpr is not None:
            for hidden in ("strike", "dstrike", "vanish"):
                if _on(rpr.find(f"{{{w}}}{hidden}"), w):
                    return
            character_style = rpr.find(q["rStyle"])
            if character_style is not None:
                bold = bold or self.styles.get(character_style.get(q["val"], ""), (None, False, False))[1]
            direct = _on(rpr.find(q["b"]), w)
            bold = bold if direct is None else direct
            italic = bool(_on(rpr.find(q["i"]), w))
            mark = rpr.find(q["u"])
            underline = mark is not None and mark.get(q["val"], "single") not in ("none", "0", "false") and not linked
            lit = highlighted(rpr, q)
        for child in run:
            if not isinstance(child.tag, str):
                continue
            tag = etree.QName(child).localname
            if tag == "t":
                pieces.append((child.text or "", bold, italic, underline, lit))
            elif tag in ("tab", "ptab"):
                pieces.append(("\t", bold, italic, underline, lit))
            elif tag in ("br", "cr"):
                pieces.append(("\n", bold, italic, underline, lit))
            elif tag == "noBreakHyphen":
                pieces.append(("-", bold, italic, underline, lit))
            elif tag == "sym":
                pieces.append((_symbol(child, w), bold, italic, underline, lit))
            elif tag in ("instrText", "fldChar"):
                self._field_mail(child, tag, pieces)
            if tag == "fldChar":
                box = child.find(f"{{{w}}}ffData/{{{w}}}checkBox")
                if box is not None:
                    checked = box.find(f"{{{w}}}checked")
                    state = _on(checked if checked is not None else box.find(f"{{{w}}}default"), w)
                    pieces.append(("☒ " if state else "☐ ", bold, italic, underline, lit))


#: Characters a web page carries that show nothing in Word: a soft hyphen, zero-width spaces and joiners, a
#: word joiner and a byte-order mark. A copy of a page keeps them inside words ("inno\u00advation").
INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
#: Markdown's strong emphasis typed as text ("**Authority:** Medway", "missed **half** as many"): the marks
#: in pairs, each pair round words, as a notes or chat app gives them when its text is pasted as plain text.
#: Never within a longer run of marks: a printed form's answer line ("____Reading____") is no emphasis.
MARKDOWN_STRONG = re.compile(r"(?<![*_])(\*\*|__)(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![*_])")


#: A tab between two "Label: answer" pairs on one line ("Authority: Kent<tab>Team: Virtual School"): a new line.
_LABEL_START = r"[^\W\d_][\w’'/ ]{0,40}:\s"
TAB_LABEL = re.compile(rf"[ ]*\t+[ ]*(?={_LABEL_START})")
FIRST_LABEL = re.compile(rf"^\s*{_LABEL_START}")
PARTED = "\x1f"  # where such a line is parted: each pair is read as a paragraph of its own
#: The words of a "mailto:" link that only ask to write ("email me", "Click here", "send me an email").
MAIL_PROMPT = re.compile(
    r"^\s*(?:(?:e-?mail|contact|message|write to)(?: me| us| here)?|click here|get in touch"
    r"|send (?:me |us )?an? e-?mail)\W*$",
    re.I,
)
#: A HYPERLINK field's instruction to an email address (` HYPERLINK "mailto:tom@x.gov.uk" `), the address taken.
FIELD_MAIL = re.compile(r'\s*HYPERLINK\s+"?mailto:([^"?\s]+)', re.I)
ADDRESS = re.compile(r"[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+")
#: Two cells of a spreadsheet's row pasted as text ("Title of the innovation<tab>School nurse text line"): a label
#: starting with a letter, no number, bullet or label of its own, then one tab and the text of the other cell.
TAB_PAIR = re.compile(r"^([^\W\d_][^\t:]*[^\W\d_?][?)]?|[^\W\d_][^\t:]*\?)[ ]*\t+[ ]*([^\t]*\S[^\t]*)$")


def _with_address(pieces: list, start: int, address: str | None) -> None:
    """The words of a "mailto:" link from `start`: replaced by its address when they only ask to write, followed by
    it when they are no address ("Priya Shah <priya@…>")."""
    shown = "".join(piece[0] for piece in pieces[start:])
    if address and MAIL_PROMPT.match(shown):
        pieces[start:] = [(address, *pieces[start][1:])]
    elif address and shown.strip() and "@" not in shown:
        pieces.append((f" <{address}>", *pieces[-1][1:]))


def _unprinted(paras):
    """Paragraphs without a web page's own lines, a printed page's "Continued overleaf" and its security
    classification (`webpage`, `printed`)."""
    return (
        para
        for para in paras
        if not furniture(para.text) and not continued_line(para.text) and not protective_marking(para.text)
    )


def _parted(para: Para):
    """A paragraph, or the paragraphs of its "Label: answer" pairs parted by tabs, each with its formatting."""
    if PARTED not in para.text:
        yield para
        return
    for text in para.text.split(PARTED):
        yield replace(para, text=text.strip(), bold_prefix="")


def _plain(text: str) -> str:
    """A paragraph's text as it reads: tabs and non-breaking spaces as spaces, nothing for what shows nothing,
    and Markdown's strong emphasis without its marks."""
    text = TAB_LABEL.sub(PARTED, text) if "\t" in text and FIRST_LABEL.match(text) else text
    if "\t" in text and (pair := TAB_PAIR.match(text)):
        text = f"{pair.group(1)}: {pair.group(2)}"  # read as "Label: answer", which only the call's headings take
    text = INVISIBLE.sub("", text.replace("\t", " ").replace("\u00a0", " "))
    return MARKDOWN_STRONG.sub(r"\2", text) if "**" in text or "__" in text else text


def _single(cell) -> str | None:
    """The text of a table cell holding one paragraph, or None."""
    return cell[0].text.strip() if len(cell) == 1 and isinstance(cell[0], Para) else None


def _leading_bold(pieces):
    for piece in pieces:
        if piece[0].strip() and not piece[1]:
            return
        yield piece


def _symbol(element, w: str) -> str:
    font = (element.get(f"{{{w}}}font") or "").lower()
    code = (element.get(f"{{{w}}}char") or "").upper()
    if font.startswith("wingdings"):
        return (SYMBOLS_2 if "2" in font else SYMBOLS).get(code[-2:], "")
    try:
        value = int(code, 16)
    except ValueError:
        return ""
    return chr(value) if 0 < value < 0xE000 else ""
