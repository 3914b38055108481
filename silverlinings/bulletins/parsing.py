"""Read the published text of a past weekly update back into an issue: its number and date, items,
reminders, Tools & Templates, network meeting dates and contacts.

The text is what a browser gives when the update's web page is copied: a masthead (‘UPDATE NO 429
13 November 2020’) that appears twice around a teaser, a picture caption and an introduction; each item
a headline between runs of two or more blank lines, its paragraphs one line each, bullets, and an
‘Action Required:’ part; section headings (‘Reminders from previous weeks’, ‘Tools & Templates’,
‘Contact Details’). Non-breaking spaces, curly quotes and text that went through Windows-1252 by
mistake are all read.

Nothing is dropped without saying so: every line that is not blank ends up in exactly one place (an
item, a resource, a meeting, a contact, a piece of boilerplate that is recognised and listed, or
`unplaced`, with its line numbers and why), so the person importing sees all of it.
"""

import datetime
import re
from dataclasses import dataclass, field

from .parsing_dates import dates_in
from .parsing_entries import (
    BULLET,
    ParsedContact,
    ParsedMeeting,
    ParsedResource,
    _is_bullet,
    contacts_parse,
    meetings_parse,
    resource_parse,
)

__all__ = ["ParsedContact", "ParsedIssue", "ParsedItem", "ParsedMeeting", "ParsedResource", "UpdateRefused"]

#: A weekly update is 10–20 KB of text; a paste many times that is not one update.
MAX_CHARS = 500_000
MASTHEAD = re.compile(r"update\s+no\b\.?\s*:?\s*(?P<number>\d{1,5})\b[\s,.:–—-]*(?P<rest>.{0,60})", re.IGNORECASE)
ACTION = re.compile(r"action\s+required\b\s*[:.–—-]?\s*(?P<rest>.*)", re.IGNORECASE)
#: Section headings, matched on the whole line (at most eight words, any case, colon or not).
SECTIONS = {
    "items": re.compile(r"(?:this week[’']s )?(?:headlines|news)"),
    "reminders": re.compile(r"reminders?(?: from (?:previous|last|earlier|past) \S+(?: \S+)?)?"),
    "resources": re.compile(r"tools,? (?:&|and) templates(?: and documents)?|useful documents|publications"),
    "meetings": re.compile(
        r"(?:(?:future|forthcoming|upcoming) )?(?:network meetings?(?: dates)?|network dates|meeting dates)"
        r"|dates for (?:your )?diar(?:y|ies)"
    ),
    "contacts": re.compile(r"(?:useful |key |programme )?contacts?(?: details| us| directory| list)?"),
}
FOOTER = re.compile(
    r"^(?:©|\(c\)\s|copyright\b)|unsubscribe|you are receiving this|manage your (?:preferences|subscription)"
    r"|view (?:this (?:email|update) )?in your browser|follow us on|privacy (?:notice|policy)",
    re.IGNORECASE,
)
INTRODUCTION = re.compile(
    r"know more about these workstreams|always on the look-out for good ideas|brief summary of the main headlines"
    r"|regional improvement plan for [\d\-–/]+ can be found|main section icons",
    re.IGNORECASE,
)
_MOJIBAKE = re.compile(r"[ÂÃâ][\u0080-\u00bf\u0152-\u0192\u02c6-\u02dc\u2013-\u2122]")
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>()\"“”]+", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“‘\"(])")
_HERE = re.compile(r"\bhere\b(?!['’]s)", re.IGNORECASE)


class UpdateRefused(Exception):
    """The text cannot be imported as it is; `message` says why and what to do."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Line:
    number: int  # 1-based, as an editor shows it
    text: str  # spaces collapsed, non-breaking spaces and mojibake put right


@dataclass
class ParsedItem:
    headline: str
    body: str = ""  # Markdown: paragraphs, "- " bullets, "1. " numbered lists
    action_required: str = ""  # empty when ‘Action Required:’ has nothing after it, or is missing
    links: list[str] = field(default_factory=list)  # addresses written out; sentences whose link was lost (‘… here’)
    lines: list[int] = field(default_factory=list)


@dataclass
class Boilerplate:
    kind: str  # masthead, teaser, picture caption, introduction, section heading, footer
    text: str
    line: int


@dataclass
class Unplaced:
    text: str
    lines: list[int]
    reason: str


@dataclass
class ParsedIssue:
    number: int | None = None
    date: datetime.date | None = None
    items: list[ParsedItem] = field(default_factory=list)
    reminders: list[ParsedItem] = field(default_factory=list)
    resources: list[ParsedResource] = field(default_factory=list)
    network_meetings: list[ParsedMeeting] = field(default_factory=list)
    contacts: list[ParsedContact] = field(default_factory=list)
    boilerplate: list[Boilerplate] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _as_windows_1252(text: str) -> bytes:
    """The bytes that were misread. Windows-1252 has no character for 0x81, 0x8D, 0x8F, 0x90 and 0x9D:
    a misreading keeps them as control characters, or loses them (U+FFFD); the one lost in English text
    is the last byte of ‘”’."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1252")
        except UnicodeEncodeError:
            if ord(char) < 256:
                out.append(ord(char))
            elif char == "\ufffd":
                out.append(0x9D)
            else:
                raise
    return bytes(out)


def _repaired(text: str) -> str:
    """Undo UTF-8 read as Windows-1252 (‘Childrenâ€™s’ → ‘Children’s’) when the whole line allows it."""
    if not _MOJIBAKE.search(text):
        return text
    try:
        return _as_windows_1252(text).decode("utf-8")
    except UnicodeError:
        return text


def _normalised(raw: str) -> str:
    return _SPACES.sub(" ", _INVISIBLE.sub("", _repaired(raw))).strip()


def update_lines(text: str) -> list[Line]:
    """The paste as numbered lines, refused with a message when it is far too long to be one update."""
    if len(text) > MAX_CHARS:
        raise UpdateRefused(
            f"The text is too long to be one weekly update ({len(text) / 1_000_000:.1f} million characters). "
            f"Paste or upload one update at a time: an update is usually under 50,000 characters"
        )
    return [Line(number, _normalised(raw)) for number, raw in enumerate(text.splitlines(), start=1)]


def _section_kind(text: str) -> str | None:
    if len(text) > 80 or len(text.split()) > 8:
        return None
    heading = text.lower().rstrip(" :")
    return next((kind for kind, pattern in SECTIONS.items() if pattern.fullmatch(heading)), None)


def _masthead(text: str):
    return MASTHEAD.fullmatch(text) if len(text) < 80 else None


def _looks_like_headline(text: str) -> bool:
    """Short, not a sentence that ends in a full stop or colon, not a bullet and not ‘Action Required’."""
    words = text.split()
    return (
        0 < len(words) <= 20
        and len(text) <= 160
        and text[-1] not in ".,;:"
        and not text[0].islower()
        and not _is_bullet(text)
        and not ACTION.fullmatch(text)
    )


def _is_teaser(text: str) -> bool:
    return text.startswith("Newsletters ") or text.endswith(("[…]", "[...]", "…]"))


def _is_caption(text: str) -> bool:
    return len(text.split()) <= 12 and text[-1] not in ".,;:!?" and not _masthead(text)


def _runs(lines: list[Line], gap: int) -> list[list[Line]]:
    """The lines in runs separated by `gap` or more blank lines, blank lines at either end removed."""
    runs, current, blanks = [], [], 0
    for line in lines:
        if not line.text:
            blanks += 1
            continue
        if current and blanks >= gap:
            runs.append(current)
            current = []
        elif current and blanks:
            current.append(Line(line.number - 1, ""))
        current.append(line)
        blanks = 0
    return [*runs, current] if current else runs


def _markdown(lines: list[Line]) -> str:
    """Paragraphs apart, bullets as ‘- ’ and numbered items as ‘1. ’, one list per run of items."""
    blocks: list[list] = []  # [kind, texts]; a blank line ends a paragraph but not a list
    after_blank = False
    for line in lines:
        if not line.text:
            after_blank = True
            continue
        bullet = BULLET.fullmatch(line.text)
        kind = ("ol" if bullet["number"] else "ul") if bullet else "p"
        text = f"{bullet['number']}. {bullet['text']}" if bullet and bullet["number"] else line.text
        text = f"- {bullet['text']}" if bullet and not bullet["number"] else text
        same = blocks and blocks[-1][0] == kind and (kind != "p" or not after_blank)
        if same:
            blocks[-1][1].append(text)
        else:
            blocks.append([kind, [text]])
        after_blank = False
    return "\n\n".join("\n".join(texts) for _, texts in blocks)


def _addresses(sentence: str) -> list[str]:
    urls = [(m.start(), m.end(), m[0].rstrip(".,;:!?’”)'")) for m in _URL.finditer(sentence)]
    emails = [
        (m.start(), m.end(), m[0].rstrip("."))
        for m in _EMAIL.finditer(sentence)
        if not any(start <= m.start() < end for start, end, _ in urls)
    ]
    return [address for _, _, address in sorted(urls + emails)]


def _links(texts: list[str]) -> list[str]:
    """Addresses written out, and each sentence that says ‘here’ where the copy lost a link, in order."""
    links: list[str] = []
    for text in texts:
        for sentence in _SENTENCE_END.split(text):
            links += _addresses(sentence)
            if _HERE.search(sentence):
                links.append(sentence.strip().rstrip("."))
    return list(dict.fromkeys(links))


def _has_action_part(lines: list[Line]) -> bool:
    """True once an item has an ‘Action Required’ line with text after it (on its line or below)."""
    marker = next((i for i, line in enumerate(lines) if ACTION.fullmatch(line.text)), None)
    if marker is None:
        return False
    return bool(ACTION.fullmatch(lines[marker].text)["rest"]) or any(line.text for line in lines[marker + 1 :])


def _item(headline: Line, content: list[Line]) -> ParsedItem:
    marker = next((i for i, line in enumerate(content) if ACTION.fullmatch(line.text)), None)
    body, action = content, []
    if marker is not None:
        rest = ACTION.fullmatch(content[marker].text)["rest"].strip()
        body = content[:marker]
        action = ([Line(content[marker].number, rest)] if rest else []) + content[marker + 1 :]
    texts = [line.text for line in body + action if line.text]
    numbers = [headline.number] + [line.number for line in content if line.text]
    return ParsedItem(headline.text, _markdown(body), _markdown(action), _links(texts), numbers)


class _Reader:
    """Walks the lines once, giving each line that is not blank exactly one place."""

    def __init__(self, lines: list[Line]):
        self.lines = lines
        self.issue = ParsedIssue()
        self.placed: set[int] = set()

    def place(self, numbers) -> None:
        for number in numbers:
            if number in self.placed:
                raise AssertionError(f"line {number} placed twice")
            self.placed.add(number)

    def boilerplate(self, kind: str, line: Line) -> None:
        self.issue.boilerplate.append(Boilerplate(kind, line.text, line.number))
        self.place([line.number])

    def unplaced(self, lines: list[Line], reason: str) -> None:
        lines = [line for line in lines if line.text]
        if lines:
            self.issue.unplaced.append(
                Unplaced("\n".join(line.text for line in lines), [x.number for x in lines], reason)
            )
            self.place(line.number for line in lines)

    def masthead(self, line: Line, match: re.Match) -> None:
        self.boilerplate("masthead", line)
        number = int(match["number"])
        found = [f for f in dates_in(match["rest"]) if f.value]
        if self.issue.number is None:
            self.issue.number = number
            self.issue.date = found[0].value if found else None
            if not found:
                self.issue.warnings.append(f"The date of update {number} could not be read from line {line.number}.")
        elif number != self.issue.number:
            self.issue.warnings.append(
                f"Line {line.number} names update {number}, but the text starts as update {self.issue.number}: "
                "check that only one update was pasted."
            )

    def start(self) -> int:
        """Read the masthead and what comes before the first item; the index where items begin."""
        first = next((i for i, line in enumerate(self.lines) if _masthead(line.text)), None)
        if first is None:
            self.issue.warnings.append("No ‘UPDATE NO … date’ line was found: enter the number and date by hand.")
            return 0
        self.unplaced(self.lines[:first], "Text before the update’s masthead")
        self.masthead(self.lines[first], _masthead(self.lines[first].text))
        again = self._repeated_masthead(first)
        if again is None:
            return self._introduction(first + 1)
        for line in self.lines[first + 1 : again]:
            if line.text:
                self._preamble_line(line)
        self.masthead(self.lines[again], _masthead(self.lines[again].text))
        return again + 1

    def _repeated_masthead(self, first: int) -> int | None:
        """Where the masthead appears again before any item starts, as it does on the web page."""
        for index in range(first + 1, len(self.lines)):
            text = self.lines[index].text
            if _masthead(text):
                return index
            if ACTION.fullmatch(text) or _section_kind(text):
                return None
        return None

    def _preamble_line(self, line: Line) -> None:
        if _is_teaser(line.text):
            self.boilerplate("teaser", line)
        elif INTRODUCTION.search(line.text):
            self.boilerplate("introduction", line)
        elif _is_caption(line.text):
            self.boilerplate("picture caption", line)
        else:
            self.unplaced([line], "Text between the two mastheads that is not the usual introduction")

    def _introduction(self, index: int) -> int:
        """With a single masthead, only a teaser or the usual introduction may follow it before the items."""
        while index < len(self.lines):
            line = self.lines[index]
            if line.text and (_is_teaser(line.text) or INTRODUCTION.search(line.text)):
                self._preamble_line(line)
            elif line.text:
                break
            index += 1
        return index

    def sections(self, index: int) -> list[tuple[str, list[Line]]]:
        """The rest of the lines, split at section headings; mastheads and footers are set aside."""
        sections: list[tuple[str, list[Line]]] = [("items", [])]
        for line in self.lines[index:]:
            kind = _section_kind(line.text) if line.text else None
            if kind:
                self.boilerplate("section heading", line)
                sections.append((kind, []))
            elif line.text and _masthead(line.text):
                self.masthead(line, _masthead(line.text))
            elif line.text and len(line.text) < 200 and FOOTER.search(line.text):
                self.boilerplate("footer", line)
            else:
                sections[-1][1].append(line)
        return sections

    def items(self, lines: list[Line]) -> list[ParsedItem]:
        """Items of a news or reminders section, each line placed in one item or not placed."""
        runs = _runs(lines, gap=2)
        found = self._items_by_gaps(runs) if len(runs) > 1 else self._items_by_paragraphs(_runs(lines, gap=1))
        for item in found:
            self.place(item.lines)
        return found

    def _items_by_gaps(self, runs: list[list[Line]]) -> list[ParsedItem]:
        """As the web page copies: a headline stands alone between gaps of two or more blank lines and the
        run after it is its content, whatever it looks like; where the copy kept only one blank line
        after a headline, a run's headline-like first line is its headline. A run that can do neither
        is not placed."""
        items, headline = [], None
        for run in runs:
            if headline:
                items.append(_item(headline, run))
                headline = None
            elif len(run) == 1 and _looks_like_headline(run[0].text):
                headline = run[0]
            elif _looks_like_headline(run[0].text):
                items.append(_item(run[0], run[1:]))
            else:
                self.unplaced(run, "Text that does not follow a headline")
        if headline:
            items.append(_item(headline, []))
        return items

    def _items_by_paragraphs(self, paragraphs: list[list[Line]]) -> list[ParsedItem]:
        """When the copy kept no double gaps, an item starts at a headline-like line that has its text
        right under it, or that stands alone after an item's ‘Action Required’ part (or first of all)."""
        groups: list[list[Line]] = []
        for paragraph in paragraphs:
            first = paragraph[0].text
            under = len(paragraph) > 1 and not _is_bullet(paragraph[1].text) and not ACTION.fullmatch(first)
            alone = len(paragraph) == 1 and (not groups or _has_action_part(groups[-1]))
            if _looks_like_headline(first) and (under or alone):
                groups.append(list(paragraph))
            elif groups:
                groups[-1] += [Line(paragraph[0].number - 1, ""), *paragraph]
            else:
                self.unplaced(paragraph, "Text that does not follow a headline")
        return [_item(group[0], group[1:]) for group in groups]

    def section(self, kind: str, lines: list[Line]) -> None:
        issue, filled = self.issue, [line for line in lines if line.text]
        if kind in ("items", "reminders"):
            getattr(issue, kind).extend(self.items(lines))
        elif kind == "resources":
            for line in filled:
                resource = resource_parse(line.text, issue.date)
                resource.lines.append(line.number)
                issue.resources.append(resource)
                self.place([line.number])
        elif kind == "meetings":
            meetings, rest = meetings_parse(filled, issue.date)
            issue.network_meetings += meetings
            self.place(n for meeting in meetings for n in meeting.lines)
            self.unplaced(rest, "Not a network, a meeting date or a contact")
        elif kind == "contacts":
            contacts, rest = contacts_parse(filled)
            issue.contacts += contacts
            self.place(n for contact in contacts for n in contact.lines)
            self.unplaced(rest, "Not a name, role, email address or phone number")

    def finish(self) -> ParsedIssue:
        left = [line for line in self.lines if line.text and line.number not in self.placed]
        self.unplaced(left, "Not understood")
        self.issue.unplaced.sort(key=lambda unplaced: unplaced.lines[0])
        return self.issue


def update_parse(text: str) -> ParsedIssue:
    """Read one weekly update pasted or uploaded as text. Raises UpdateRefused if it is far too long."""
    reader = _Reader(update_lines(text))
    for kind, lines in reader.sections(reader.start()):
        reader.section(kind, lines)
    return reader.finish()


def update_text_from_upload(data: bytes) -> str:
    """The text of an uploaded .txt file: UTF-8 (with or without a byte order mark), UTF-16, or
    Windows-1252 as older Windows programs save it."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
