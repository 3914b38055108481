"""The one-line entries of a weekly update: Tools & Templates, network meeting dates and contacts.

Each reader takes the update's lines of its section and returns what it understood and the lines it
did not, so `parsing` can show those to the person importing. Long lines are never matched against
the patterns with two open-ended parts, which keeps every reader linear in the size of the paste.
"""

import re
from dataclasses import dataclass, field
from datetime import date

from .parsing_dates import FUTURE, PAST, date_at_end, dates_in, whole_date

#: Lines longer than this are taken whole (a resource's title) or not understood (a contact).
PATTERN_LIMIT = 600
_DASH = re.compile(r"\s+[–—-]\s+")
_VERB = re.compile(r"\b(?:published|updated|launched|released|issued)\b", re.IGNORECASE)
_NAME = r"[A-Z][\w’'.\-]+(?:\s+[A-Z][\w’'.\-]+){1,3}"
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_PHONE = re.compile(r"(?:\+44\s?\(?0?\)?\s?|\b0)\d[\d ]{7,12}\d\b")
#: ‘(pdf, 2MB)’, ‘(Word document)’: what the link pointed to, not who published it.
_FILE_INFO = re.compile(r"\s*\((?:pdf|word|docx?|xlsx?|pptx?|odt|excel)\b[^()]*\)", re.IGNORECASE)
_LABEL = re.compile(r"\b(?:e-?mail|tel(?:ephone)?|phone|mobile|mob|direct line|t|m|e)\s*[:.]", re.IGNORECASE)


@dataclass
class ParsedResource:
    title: str
    publisher: str = ""
    published: date | None = None
    published_text: str = ""
    lines: list[int] = field(default_factory=list)


@dataclass
class ParsedMeeting:
    network: str
    dates: list[date] = field(default_factory=list)
    contact: str = ""
    lines: list[int] = field(default_factory=list)


@dataclass
class ParsedContact:
    name: str
    role: str = ""
    organisation: str = ""
    email: str = ""
    phone: str = ""
    lines: list[int] = field(default_factory=list)


def _publisher(text: str) -> str:
    """‘the DfE’ → ‘DfE’; ‘The Children Society’ keeps its capital-T ‘The’, part of the name."""
    return text.strip(" ,;").removeprefix("the ").strip()


def _is_acronym(text: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Z0-9&]{1,7}s?", text))


def _resource(title: str, publisher: str = "", found=None) -> ParsedResource:
    published, published_text = (found.value, found.text) if found else (None, "")
    return ParsedResource(title.strip().removesuffix(".").strip(), _publisher(publisher), published, published_text)


def _from_brackets(text: str, issue_date) -> ParsedResource | None:
    """‘Title (Publisher)’, ‘Title (Publisher, July 2020)’; a bracketed acronym belongs to the title."""
    match = re.fullmatch(r"(?P<title>.+?)\s*\((?P<inner>[^()]+)\)\.?", text)
    if not match or _is_acronym(match["inner"].strip()):
        return None
    publisher, _, last = match["inner"].rpartition(",")
    found = whole_date(last.strip(), reference=issue_date, direction=PAST)
    if found and publisher:
        return _resource(match["title"], publisher, found)
    return _resource(match["title"], match["inner"])


def _from_commas(text: str, issue_date) -> ParsedResource | None:
    """‘Title, Publisher, January 2021’: a short publisher between the last two commas, then a date."""
    head, _, last = text.rpartition(",")
    title, _, publisher = head.rpartition(",")
    found = whole_date(last.strip(), reference=issue_date, direction=PAST)
    if found and title and 0 < len(publisher.split()) <= 6 and publisher.strip()[:1].isupper():
        return _resource(title, publisher, found)
    return None


def _from_dashes(text: str, issue_date) -> ParsedResource | None:
    """‘Title – Publisher – Month Year’, ‘Title – 1 May 2020’, ‘Title – a report by Publisher’."""
    parts = _DASH.split(text)
    if len(parts) < 2:
        return None
    found = whole_date(parts[-1], reference=issue_date, direction=PAST)
    if found and len(parts) >= 3:
        return _resource(" – ".join(parts[:-2]), parts[-2], found)
    if found:
        return _resource(" – ".join(parts[:-1]), "", found)
    report = re.fullmatch(r"(?:a\s+)?report\s+by\s+(.+)", parts[-1], re.IGNORECASE)
    return _resource(" – ".join(parts[:-1]), report[1]) if report else None


def _from_verb(text: str, issue_date) -> ParsedResource | None:
    """‘Title published by Publisher on 30 October 2020’, ‘Title report by NAO published 9 September
    2020’, ‘Title (Publisher) published 15 August 2019’, ‘Title launched on 2 November 2020’."""
    verbs = list(_VERB.finditer(text))
    if not verbs:
        return None
    head, tail = text[: verbs[-1].start()].strip(" ,;:–—-"), text[verbs[-1].end() :].strip()
    found = date_at_end(tail, reference=issue_date, direction=PAST)
    rest = tail[: found.start].strip() if found else tail
    rest = re.sub(r"(?:^|\s+)on$", "", rest)
    publisher = ""
    if rest.lower().startswith("by "):
        publisher, rest = rest[3:], ""
    if rest or not head or len(publisher.split()) > 8:
        return None
    by_report = re.fullmatch(r"(?P<title>.+?)\s+report\s+by\s+(?P<publisher>.+)", head, re.IGNORECASE)
    if by_report and not publisher:
        return _resource(by_report["title"], by_report["publisher"], found)
    bracketed = _from_brackets(head, issue_date) if not publisher else None
    if bracketed:
        return _resource(bracketed.title, bracketed.publisher, found)
    return _resource(head, publisher, found)


def resource_parse(text: str, issue_date: date | None) -> ParsedResource:
    """One Tools & Templates line. What cannot be split is kept whole as the title."""
    if len(text) > PATTERN_LIMIT:
        return _resource(text)
    text = _FILE_INFO.sub("", text).strip()
    by = re.fullmatch(r"A report by (?P<publisher>[^,]{2,80}),\s*(?P<title>.+)", text, re.IGNORECASE)
    if by:
        return _resource(by["title"], by["publisher"])
    has = re.fullmatch(r"(?P<publisher>[A-Z][\w’'&.\-]*(?: [A-Z][\w’'&.\-]*){0,4}) has published (?P<title>.+)", text)
    if has:
        return _resource(has["title"], has["publisher"])
    for reader in (_from_dashes, _from_commas, _from_verb, _from_brackets):
        if parsed := reader(text, issue_date):
            return parsed
    return _resource(text)


_DETAILS_BELOW = re.compile(r"\s*\((?:contact )?details below\)", re.IGNORECASE)


def _contact_name(text: str) -> str:
    """‘contact Chris Owen (details below).’ → ‘Chris Owen’."""
    return _DETAILS_BELOW.sub("", text).strip(" .;,:–-")


_CONTACT_PHRASE = re.compile(r"[(\s]*\bcontact\b\s*:?\s*(?P<name>[^()]+?)\s*\)?\s*\.?$", re.IGNORECASE)


def _meeting_line(text: str, found) -> ParsedMeeting:
    """‘Network: date, date – contact Name’ or ‘date – Network (contact Name)’: the network is what is
    left once the dates and the contact are taken out."""
    contact = _CONTACT_PHRASE.search(text[found[-1].end :])
    rest = text[: found[-1].end + contact.start()] if contact else text
    for date_found in reversed(found):
        rest = rest[: date_found.start] + " | " + rest[date_found.end :]
    chunks = [chunk.strip(" ,;:.–—-&") for chunk in re.split(r"\s*(?:\||:|\s[–—-]\s)\s*", rest)]
    name = next((chunk for chunk in chunks if chunk and chunk.lower() not in ("and", "or")), "")
    return ParsedMeeting(name, [f.value for f in found], _contact_name(contact["name"]) if contact else "")


def meetings_parse(lines, issue_date: date | None) -> tuple[list[ParsedMeeting], list]:
    """Network meetings, one per line (‘Network: 12 March 2021, 11 June 2021 – contact Name’) or one
    per block (the network's name, then a line per date, then ‘Contact: Name’)."""
    meetings: list[ParsedMeeting] = []
    not_understood = []
    for line in lines:
        text = _DETAILS_BELOW.sub("", line.text)
        contact = re.fullmatch(r"(?:for more information,?\s+)?contacts?\s*[:–-]?\s*(.+)", text, re.IGNORECASE)
        found = [f for f in dates_in(text, reference=issue_date, direction=FUTURE) if f.value]
        if contact and meetings and not found:
            meetings[-1].contact = _contact_name(contact[1])
        elif found and meetings and is_bullet(text):
            meetings[-1].dates += [f.value for f in found]
        elif found:
            meetings.append(_meeting_line(text, found))
        elif not is_bullet(text) and len(text.split()) <= 12:
            meetings.append(ParsedMeeting(text.strip(" :")))
        else:
            not_understood.append(line)
            continue
        meetings[-1].lines.append(line.number)
    return meetings, not_understood


#: ‘• item’ (a symbol bullet may touch its text), ‘- item’, ‘o item’, ‘1. item’, ‘2) item’.
BULLET = re.compile(r"(?:(?P<symbol>[•·▪◦●■\uf0b7])\s*|(?P<mark>[-–—*+o])\s+|(?P<number>\d{1,2})[.)]\s+)(?P<text>\S.*)")


def is_bullet(text: str) -> bool:
    return bool(BULLET.fullmatch(text))


def _addresses(text: str) -> tuple[str, str, str]:
    """(email, phone, what is left) from a line such as ‘Email: a@b.org | Tel: 07880 787007’."""
    email = _EMAIL.search(text)
    phones = [re.sub(r"\s+", " ", phone).strip() for phone in _PHONE.findall(text)]
    rest = _EMAIL.sub("", text)
    rest = _PHONE.sub("", rest)
    rest = _LABEL.sub("", rest).strip(" |/,;–-")
    return (email[0] if email else ""), " / ".join(phones), rest


def _contact_start(text: str) -> ParsedContact | None:
    role_name = re.fullmatch(rf"(?P<role>.+):\s+(?P<name>{_NAME})(?:\s*\((?P<org>[^()]+)\))?", text)
    if role_name:
        return ParsedContact(role_name["name"], role_name["role"].strip(), (role_name["org"] or "").strip())
    parts = _DASH.split(text)
    if len(parts) >= 2 and re.fullmatch(_NAME, parts[0]):
        email, phone, _ = _addresses(" ".join(parts[2:]))
        return ParsedContact(parts[0], parts[1], "", email, phone)
    name_first = re.fullmatch(rf"(?P<name>{_NAME}),\s+(?P<role>.+)", text)
    if name_first:
        return ParsedContact(name_first["name"], name_first["role"].strip())
    if re.fullmatch(_NAME, text):
        return ParsedContact(text)
    return None


def _add_addresses(contact: ParsedContact, text: str) -> bool:
    """Fill in the email and phone from a line of nothing else; False if the line has anything else."""
    email, phone, rest = _addresses(text)
    if rest or not (email or phone):
        return False
    contact.email = contact.email or email
    contact.phone = contact.phone or phone
    return True


def contacts_parse(lines) -> tuple[list[ParsedContact], list]:
    """Contact blocks: ‘Role: Name (Organisation)’, ‘Name, Role’, ‘Name – Role – email – phone’ or a
    name alone followed by a role line, each followed by email and phone lines (labelled or not)."""
    contacts: list[ParsedContact] = []
    not_understood = []
    for line in lines:
        text = line.text
        current = contacts[-1] if contacts else None
        if len(text) > PATTERN_LIMIT:
            not_understood.append(line)
            continue
        if current and _add_addresses(current, text):
            current.lines.append(line.number)
        elif started := _contact_start(text):
            started.lines.append(line.number)
            contacts.append(started)
        elif current and not current.role and not current.email and len(text.split()) <= 15:
            current.role = text
            current.lines.append(line.number)
        else:
            not_understood.append(line)
    return contacts, not_understood
