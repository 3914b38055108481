"""Open an uploaded file as a Word document, or refuse it with a message saying what to do instead.

Nothing here trusts the file: its size, its kind (by content, not by name), the zip's declared sizes and
compression ratios are checked before anything is unpacked, unpacking is capped again while reading, and
every XML part is refused if its prolog declares a DTD (the only place entities can be declared). The
parts that are read are parsed with a hardened lxml parser (no entities, no network, no DTD), so nothing
in the file can reach outside it.
"""

import io
import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from urllib.parse import unquote

from lxml import etree

from .chunks import imported

MAX_BYTES = 10 * 1024 * 1024
#: Caps on what the zip may unpack to, checked on the declared sizes first and again while reading.
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
MAX_ENTRIES = 1000
#: A part over RATIO_CHECKED_ABOVE bytes that is more than MAX_RATIO times its compressed size is refused.
MAX_RATIO = 100
RATIO_CHECKED_ABOVE = 1024 * 1024

OLE_HEADER = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_HEADER = b"PK\x03\x04"
MAIN_DOCUMENT = "word/document.xml"
OFFICE_DOCUMENT = "/officeDocument"
RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
WORD_NAMESPACES = (
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
)
#: How much of each XML part is read to check its prolog; the root element must start within it.
PROLOG_BYTES = 4096
#: What zipfile and zlib raise for a damaged or unsupported archive.
_UNREADABLE = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, ValueError, OSError)
_UNREADABLE += (NotImplementedError, RuntimeError)  # a compression method zipfile lacks; an encrypted entry
_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False, recover=False
)


class DocumentRefused(Exception):
    """The file cannot be read; `message` tells the person what to do instead."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class WordParts:
    """The parts the reader needs. `ns` is the WordprocessingML namespace the document uses."""

    document: etree._Element
    styles: bytes | None  # checked, not yet parsed: the reader keeps what it learns from a styles part
    ns: str
    name: str  # the file's name as shown in messages
    #: the page headers' and footers' parts, parsed (a letterhead: the council, the team, a contact)
    margins: list = field(default_factory=list)
    #: the Word comments part, parsed, or None
    comments: etree._Element | None = None
    #: the footnotes part, parsed, or None
    footnotes: etree._Element | None = None
    #: the address of each "mailto:" link of the main part, by its relationship id
    mail_links: dict[str, str] = field(default_factory=dict)


def display_name(filename: str) -> str:
    name = posixpath.basename((filename or "").replace("\\", "/")).strip()
    name = "".join(char for char in name if char.isprintable())
    if len(name) > 80:
        name = name[:60] + "…" + name[-15:]
    return f"‘{name}’" if name else "This file"


def _again(what: str) -> str:
    return f"{what}, then upload it again."


def refuse_unless_word(data: bytes, filename: str) -> None:
    """Refuse anything that is not, by its content, a zip the right size to be a .docx."""
    name = display_name(filename)
    if not data:
        raise DocumentRefused(f"{name} is empty. " + _again("Check you chose the right file"))
    if len(data) > MAX_BYTES:
        raise DocumentRefused(
            f"{name} is larger than {MAX_BYTES // (1024 * 1024)} MB. "
            + _again("Save a copy without large pictures or embedded files")
        )
    head = data[:1024]
    if data.startswith(OLE_HEADER):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise DocumentRefused(
                f"{name} is protected with a password. "
                + _again("Open it in Word, remove the password (File, Info, Protect document) and save it")
            )
        raise DocumentRefused(
            f"{name} is a Word 97–2003 document (.doc). " + _again("Open it in Word and save it as a .docx")
        )
    if b"%PDF-" in head:
        raise DocumentRefused(
            f"{name} is a PDF. Upload the Word document (.docx) it was made from instead, or copy your answers "
            "into the nomination form from the call page and upload that."
        )
    if head.lstrip().startswith(b"{\\rtf"):
        raise DocumentRefused(
            f"{name} is a Rich Text Format document (.rtf). " + _again("Open it in Word and save it as a .docx")
        )
    if not data.startswith(ZIP_HEADER):
        if _looks_like_text(data):
            raise DocumentRefused(
                f"{name} is a text file, not a Word document. "
                + _again("Copy its text into the nomination form, save that as a .docx")
            )
        raise DocumentRefused(f"{name} is not a Word document. " + _again("Open it in Word and save it as a .docx"))


def _looks_like_text(data: bytes) -> bool:
    """UTF-16 with a byte order mark, or no NUL bytes and hardly any other control characters (any 8-bit text)."""
    sample = data[:8192]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    if b"\x00" in sample:
        return False
    controls = sum(1 for byte in sample if (byte < 0x20 and byte not in (0x09, 0x0A, 0x0C, 0x0D)) or byte == 0x7F)
    return controls <= len(sample) // 100


def _damaged(name: str) -> DocumentRefused:
    return DocumentRefused(
        f"{name} is damaged and could not be opened. " + _again("Open it in Word, save it as a new .docx")
    )


def _too_big_unpacked(name: str) -> DocumentRefused:
    return DocumentRefused(
        f"{name} is too large to read once unpacked. "
        + _again("Save a copy in Word without large pictures or embedded files")
    )


def _imported_unread(name: str, kind: str) -> DocumentRefused:
    return DocumentRefused(
        f"{name} keeps part of its text in an imported {kind.upper()} part, which we do not read. "
        + _again("Open it in Word, save it as a new .docx")
    )


def _unsafe(name: str) -> DocumentRefused:
    return DocumentRefused(
        f"{name} contains content we cannot read safely. " + _again("Open it in Word, save it as a new .docx")
    )


def _check_declared(archive: zipfile.ZipFile, name: str) -> list[zipfile.ZipInfo]:
    entries = archive.infolist()
    if len(entries) > MAX_ENTRIES:
        raise DocumentRefused(
            f"{name} has too many parts to be a Word document we can read. "
            + _again("Open it in Word, save it as a new .docx")
        )
    if sum(entry.file_size for entry in entries) > MAX_UNPACKED_BYTES:
        raise _too_big_unpacked(name)
    for entry in entries:
        if entry.file_size > RATIO_CHECKED_ABOVE and entry.file_size > MAX_RATIO * max(entry.compress_size, 1):
            raise _too_big_unpacked(name)
        if entry.flag_bits & 0x1:
            raise DocumentRefused(
                f"{name} is protected with a password. "
                + _again("Open it in Word, remove the password (File, Info, Protect document) and save it")
            )
    return entries


def _not_a_docx(name: str, unpacker: "_Unpacker") -> DocumentRefused:
    names, mimetype = unpacker.entries, ""
    if "mimetype" in names:
        mimetype = unpacker.read("mimetype", 200).decode("ascii", "replace")
    if "opendocument.text" in mimetype:
        return DocumentRefused(
            f"{name} is an OpenDocument text file (.odt). "
            + _again("Open it in LibreOffice or Word and save it as a Word document (.docx)")
        )
    if "xl/workbook.xml" in names or "opendocument.spreadsheet" in mimetype:
        return DocumentRefused(
            f"{name} is a spreadsheet, not a Word document. "
            + _again("Download the nomination form from the call page, fill it in")
        )
    if "ppt/presentation.xml" in names or "opendocument.presentation" in mimetype:
        return DocumentRefused(
            f"{name} is a presentation, not a Word document. "
            + _again("Download the nomination form from the call page, fill it in")
        )
    return DocumentRefused(
        f"{name} is a zip file, not a Word document. Unzip it and upload the Word documents (.docx) inside it instead."
    )


class _Unpacker:
    """Reads entries of one archive, counting everything unpacked against the cap."""

    def __init__(self, archive: zipfile.ZipFile, name: str):
        self.archive, self.name, self.total = archive, name, 0
        self.entries = {entry.filename: entry for entry in _check_declared(archive, name)}

    def read(self, part: str, limit: int | None = None) -> bytes:
        """An entry's bytes (the first `limit` of them), refused as soon as it gives more than it declared."""
        entry = self.entries[part]
        chunks, size = [], 0
        with self.archive.open(entry) as stream:
            while chunk := stream.read(min(64 * 1024, limit - size) if limit else 64 * 1024):
                size += len(chunk)
                self.total += len(chunk)
                if size > entry.file_size or self.total > MAX_UNPACKED_BYTES:
                    raise _too_big_unpacked(self.name)
                chunks.append(chunk)
                if limit and size >= limit:
                    break
        return b"".join(chunks)

    def related(self, source: str, kind: str) -> str | None:
        """The part that `source` points to with a relationship of `kind`, as Word and python-docx find it."""
        found = self.all_related(source, kind)
        return found[0] if found else None

    def mail_links(self, source: str) -> dict[str, str]:
        """The address of each external "mailto:" hyperlink of `source`, by relationship id (no query, no
        "%40" left)."""
        folder, base = posixpath.split(source)
        rels = posixpath.join(folder, "_rels", base + ".rels")
        if rels not in self.entries:
            return {}
        found = {}
        for relationship in parse_xml(self.read(rels), self.name).iter(f"{{{RELS_NS}}}Relationship"):
            target = relationship.get("Target", "")
            if relationship.get("Type", "").endswith("/hyperlink") and target[:7].lower() == "mailto:":
                address = unquote(target[7:].split("?", 1)[0]).strip()
                if re.fullmatch(r"[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+", address):
                    found[relationship.get("Id", "")] = address
        return found

    def ids(self, source: str, kind: str) -> list[str]:
        """The relationship ids of `all_related`'s parts, in the same order."""
        folder, base = posixpath.split(source)
        rels = posixpath.join(folder, "_rels", base + ".rels")
        if rels not in self.entries:
            return []
        return [
            relationship.get("Id", "")
            for relationship in parse_xml(self.read(rels), self.name).iter(f"{{{RELS_NS}}}Relationship")
            if relationship.get("Type", "").endswith(kind) and relationship.get("TargetMode") != "External"
        ]

    def all_related(self, source: str, kind: str) -> list[str]:
        """Every part that `source` points to with a relationship of `kind`, in the order given."""
        folder, base = posixpath.split(source)
        rels = posixpath.join(folder, "_rels", base + ".rels")
        if rels not in self.entries:
            return []
        found = []
        for relationship in parse_xml(self.read(rels), self.name).iter(f"{{{RELS_NS}}}Relationship"):
            if relationship.get("Type", "").endswith(kind) and relationship.get("TargetMode") != "External":
                target = relationship.get("Target", "")
                path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
                found.append(posixpath.normpath(path))
        return found


def _check_prolog(head: bytes, name: str) -> None:
    """Refuse a part whose prolog (before the root element) declares a DTD, so entities never come into play.

    Only XML declarations, processing instructions, comments and white space may come before the root
    element here; `head` is the start of the part and the prolog must end within it. An empty part has
    no DTD (and is reported as damaged if it is one the reader needs).
    """
    if not head.strip():
        return
    if head.startswith(b"\xef\xbb\xbf"):
        text = head[3:].decode("utf-8", "replace")
    elif head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text = head.decode("utf-16", "replace")
    elif len(head) > 1 and (head[0] == 0) != (head[1] == 0):
        text = head.decode("utf-16-be" if head[0] == 0 else "utf-16-le", "replace")
    else:
        text = head.decode("latin-1")
    position = 0
    while True:
        while position < len(text) and text[position] in " \t\r\n":
            position += 1
        for opening, closing in (("<?", "?>"), ("<!--", "-->")):
            if text.startswith(opening, position):
                end = text.find(closing, position + len(opening))
                if end < 0:
                    raise _unsafe(name)
                position = end + len(closing)
                break
        else:
            if text.startswith("<", position) and not text.startswith("<!", position) and position + 1 < len(text):
                return
            raise _unsafe(name)


def parse_xml(data: bytes, name: str) -> etree._Element:
    """Parse one part with the hardened parser; refuse it if it has a DTD after all."""
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as error:
        raise _damaged(name) from error
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise _unsafe(name)
    return root


def open_word(data: bytes, filename: str) -> WordParts:
    """Check `data` and return its parsed main document and its styles part, or raise DocumentRefused."""
    refuse_unless_word(data, filename)
    name = display_name(filename)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacker = _Unpacker(archive, name)
            for part, entry in unpacker.entries.items():
                if part.endswith((".xml", ".rels")) and not entry.is_dir():
                    _check_prolog(unpacker.read(part, PROLOG_BYTES), name)
            main = unpacker.related("", OFFICE_DOCUMENT) or MAIN_DOCUMENT
            if main not in unpacker.entries:
                main = MAIN_DOCUMENT
            if main not in unpacker.entries:
                raise _not_a_docx(name, unpacker)
            document = parse_xml(unpacker.read(main), name)
            styles_part = unpacker.related(main, "/styles") or posixpath.join(posixpath.dirname(main), "styles.xml")
            styles = unpacker.read(styles_part) if styles_part in unpacker.entries else None
            margins = [
                parse_xml(unpacker.read(part), name)
                for kind in ("/header", "/footer")
                for part in dict.fromkeys(unpacker.all_related(main, kind))
                if part in unpacker.entries
            ]
            comments_part = unpacker.related(main, "/comments")
            comments = parse_xml(unpacker.read(comments_part), name) if comments_part in unpacker.entries else None
            notes_part = unpacker.related(main, "/footnotes")
            footnotes = parse_xml(unpacker.read(notes_part), name) if notes_part in unpacker.entries else None
            mail_links = unpacker.mail_links(main)
            if document.find(".//{*}altChunk") is not None:
                chunks = dict(zip(unpacker.ids(main, "/aFChunk"), unpacker.all_related(main, "/aFChunk"), strict=True))
                if unread := imported(document, etree.QName(document).namespace, chunks, unpacker.read):
                    raise _imported_unread(name, unread)
    except _UNREADABLE as error:
        raise _damaged(name) from error
    ns = etree.QName(document).namespace
    if ns not in WORD_NAMESPACES or document.find(f"{{{ns}}}body") is None:
        raise _damaged(name)
    return WordParts(
        document=document,
        styles=styles,
        ns=ns,
        name=name,
        margins=margins,
        comments=comments,
        footnotes=footnotes,
        mail_links=mail_links,
    )
