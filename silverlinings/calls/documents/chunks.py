"""Parts a document imports where it stands (w:altChunk): what some case-management systems save, the text of the
nomination kept as an HTML page inside the Word file, which Word shows as if typed there.

An HTML part is read as paragraphs and tables put in the chunk's place: its headings (h1–h6) with their outline
level, its paragraphs, list items and table cells as text; scripts, styles and the page's head left out. The page
is parsed with no network, no entities and no DTD. A part in any other format (RTF, MHT, another Word document) is
not read: the document is refused with a message saying so, so that no answer is lost without a word.
"""

import re
from xml.sax.saxutils import escape

from lxml import etree, html

HTML_TYPES = (".htm", ".html", ".xhtml")
MAX_CHUNK_BYTES = 2 * 1024 * 1024
BLOCKS = {"p", "li", "dt", "dd", "pre", "blockquote", "address", "caption"}
HEADINGS = {f"h{level}": level for level in range(1, 7)}
SKIPPED = {"script", "style", "head", "title", "noscript", "template", "iframe", "object"}
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # characters XML 1.0 cannot hold
_PARSER = html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, default_doctype=False)


def imported(document, ns: str, parts: dict[str, str], read) -> str | None:
    """Put the paragraphs of each HTML part the body imports (`parts`: relationship id → part) in its place; the
    format of the first part that cannot be read ("rtf", "mht"), or None."""
    chunks = list(document.iter(f"{{{ns}}}altChunk"))
    for chunk in chunks:
        rid = next((value for key, value in chunk.attrib.items() if etree.QName(key).localname == "id"), "")
        part = parts.get(rid, "")
        kind = part.rsplit(".", 1)[-1] if "." in part else "unknown"
        if not part.lower().endswith(HTML_TYPES):
            return kind
        try:
            page = html.document_fromstring(read(part, MAX_CHUNK_BYTES), parser=_PARSER)
        except (etree.ParserError, ValueError):
            return kind
        for skipped in list(page.iter(*SKIPPED)):
            skipped.drop_tree()
        for line_break in page.iter("br"):
            line_break.tail = "\n" + (line_break.tail or "")
        body = etree.fromstring(f'<w:body xmlns:w="{ns}">{"".join(_blocks(page))}</w:body>')
        for element in body:
            chunk.addprevious(element)
        chunk.getparent().remove(chunk)
    return None


def _blocks(element):
    """The Word XML of an HTML element's block content, in order."""
    for child in element:
        if not isinstance(child.tag, str):
            continue
        if child.tag in HEADINGS:
            yield _paragraph(child, HEADINGS[child.tag])
        elif child.tag in BLOCKS:
            yield _paragraph(child)
        elif child.tag == "table":
            yield _table(child)
        elif any(isinstance(node.tag, str) and node.tag in BLOCKS | set(HEADINGS) | {"table"} for node in child):
            yield from _blocks(child)
        elif _text(child):
            yield _paragraph(child)


def _text(element) -> str:
    """An element's words, a line break kept, spaces as a browser shows them."""
    lines = [" ".join(line.split()) for line in NOT_XML.sub("", "".join(element.itertext())).split("\n")]
    return "\n".join(line for line in lines if line)


def _paragraph(element, level: int | None = None) -> str:
    outline = f'<w:pPr><w:outlineLvl w:val="{level - 1}"/></w:pPr>' if level else ""
    runs = "<w:r><w:br/></w:r>".join(
        f'<w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r>' for line in _text(element).split("\n")
    )
    return f"<w:p>{outline}{runs}</w:p>"


def _table(table) -> str:
    rows = []
    for row in table.iter("tr"):
        cells = "".join(f"<w:tc>{_paragraph(cell)}</w:tc>" for cell in row if cell.tag in ("td", "th"))
        if cells:
            rows.append(f"<w:tr>{cells}</w:tr>")
    return f"<w:tbl>{''.join(rows)}</w:tbl>" if rows else "<w:p/>"
