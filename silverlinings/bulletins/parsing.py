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
    ParsedContact,
    ParsedMeeting,
    ParsedResource,
    contacts_parse,
    is_bullet,
    meetings_parse,
    resource_parse,
)
from .parsing_items import ACTION, ParsedItem, has_action_part, item_from_lines, looks_like_headline
from .parsing_lines import MAX_CHARS, Line, UpdateRefused, blank_line_runs, update_lines

__all__ = [
    "MAX_CHARS",
    "Line",
    "ParsedContact",
    "ParsedIssue",
    "ParsedItem",
    "ParsedMeeting",
    "ParsedResource",
    "UpdateRefused",
    "update_lines",
    "update_parse",
    "update_text_from_upload",
]

MASTHEAD = re.compile(r"update\s+no\b\.?\s*:?\s*(?P<number>\d{1,5})\b[\s,.:–—-]*(?P<rest>.{0,60})", re.IGNORECASE)
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


def _section_kind(text: str) -> str | None:
    if len(text) > 80 or text.count(" ") > 7:
        return None
    heading = text.lower().rstrip(" :")
    return next((kind for kind, pattern in SECTIONS.items() if pattern.fullmatch(heading)), None)


def _masthead(text: str):
    return MASTHEAD.fullmatch(text) if len(text) < 80 else None


def _is_teaser(text: str) -> bool:
    return text.startswith("Newsletters ") or text.endswith(("[…]", "[...]", "…]"))


def _is_caption(text: str) -> bool:
    return len(text.split()) <= 12 and text[-1] not in ".,;:!?" and not _masthead(text)


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
        runs = blank_line_runs(lines, gap=2)
        found = self._items_by_gaps(runs) if len(runs) > 1 else self._items_by_paragraphs(blank_line_runs(lines, gap=1))
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
                items.append(item_from_lines(headline, run))
                headline = None
            elif len(run) == 1 and looks_like_headline(run[0].text):
                headline = run[0]
            elif looks_like_headline(run[0].text):
                items.append(item_from_lines(run[0], run[1:]))
            else:
                self.unplaced(run, "Text that does not follow a headline")
        if headline:
            items.append(item_from_lines(headline, []))
        return items

    def _items_by_paragraphs(self, paragraphs: list[list[Line]]) -> list[ParsedItem]:
        """When the copy kept no double gaps, an item starts at a headline-like line that has its text
        right under it, or that stands alone after an item's ‘Action Required’ part (or first of all)."""
        groups: list[list[Line]] = []
        for paragraph in paragraphs:
            first = paragraph[0].text
            under = len(paragraph) > 1 and not is_bullet(paragraph[1].text) and not ACTION.fullmatch(first)
            alone = len(paragraph) == 1 and (not groups or has_action_part(groups[-1]))
            if looks_like_headline(first) and (under or alone):
                groups.append(list(paragraph))
            elif groups:
                groups[-1] += [Line(paragraph[0].number - 1, ""), *paragraph]
            else:
                self.unplaced(paragraph, "Text that does not follow a headline")
        return [item_from_lines(group[0], group[1:]) for group in groups]

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
