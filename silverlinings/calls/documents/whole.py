"""Checks of a whole document once its forms are read: a document that may hold more nominations than were
read, or forms that may be one nomination read in parts. Like the checks of each form (`confidence.py`),
they mark and add a note; they never change an answer.

- **More people than forms** (the whole document): when more of its parts give an email address (a
  heading and its text, not the document's title or what comes before the first heading, nor a pasted
  email's "From:" or "To:" line, nor a paragraph naming a form's contact in full but not their address, as an
  assistant signs "PA to Sarah Okafor"; parts giving the same address count once) than forms were read, the document
  may hold a nomination that was not read, or two mixed in one form: every form is marked, with one
  note saying how many nominations the document may hold.
- **Forms that may be one** (`forms_checked`, the whole document): when a document gives two forms or more
  and one of them answers at most 4 headings and gives no title of its own (a key-facts table, a text box),
  or two of them give the same title or the same long answer, they may be one nomination read in parts:
  every form is marked, and each is said to be perhaps part of another (`FormRead.maybe_part`). A small
  form giving a title of its own, not given by another form, is a nomination half filled in: two
  nominations differ at least in their titles, so forms giving different titles are never said to agree.
  Only the title and long answers count as the same answer: two nominations of one team share its name.
"""

import itertools
import re

from ..headings import HeadingSpec, Kind
from .confidence import SAME_TEXT
from .signoff import set_apart
from .values.contact import EMAIL
from .values.text import normalise

FEW = 4  # answers of a form that may be a summary or a box of another (as `joined.MOST`)
#: An address a team or a firm shares, not a person's ("help@", "support@", "info@", "enquiries@").
SHARED_MAILBOX = re.compile(
    r"^(?:help|helpdesk|support|info|enquiries|enquiry|contact|contactus|admin|office|hello|sales|noreply|no-reply"
    r"|customerservices?|team|mailbox)@",
    re.I,
)
#: A pasted email's header line: who sent it to whom, not a nomination's contact.
MAIL_HEADER = re.compile(r"^\s*(?:from|to|cc|bcc|sent|reply-to)\s*:", re.I)


def forms_checked(specs: list[HeadingSpec], reads: list) -> None:
    """Mark every form (`FormRead`) of a document whose forms may be one nomination read in parts."""
    if len(reads) < 2:
        return
    titles = [normalise(read.answers["title"]) for read in reads if isinstance(read.answers.get("title"), str)]
    few = [
        read
        for read in reads
        if len(read.answers) <= FEW
        and (not isinstance(title := read.answers.get("title"), str) or titles.count(normalise(title)) > 1)
    ]
    texts = {spec.key for spec in specs if spec.kind == Kind.LONG_TEXT} | {"title"}
    agree = [
        key
        for one, other in itertools.combinations(reads, 2)
        if not _titled_apart(one.answers, other.answers)
        for key in _agreeing(one.answers, other.answers, texts)
    ]
    if not few and not agree:
        return
    why = (
        f"one of them answers only {len(few[0].answers)} heading{'s' if len(few[0].answers) != 1 else ''} and "
        "gives no title of its own"
        if few
        else f"two of them give the same answer to ‘{next(s.text for s in specs if s.key == agree[0])}’"
    )
    for read in reads:
        read.maybe_part = True
        read.notes.append(
            f"Read with low confidence: {len(reads)} nominations were read from the document, but {why}, so they "
            "may be one nomination in parts (a summary, a box beside the text). Check the document."
        )
        read.flagged += [key for key in [*read.answers, *read.missing, *read.blank] if key not in read.flagged]


def _titled_apart(one: dict, other: dict) -> bool:
    """Two forms giving different titles: two nominations, whatever else they share."""
    first, second = one.get("title"), other.get("title")
    return isinstance(first, str) and isinstance(second, str) and normalise(first) != normalise(second)


def _agreeing(one: dict, other: dict, keys: set[str]) -> list[str]:
    """The headings two forms answer alike: the title, or a long text of at least `SAME_TEXT` characters."""
    found = []
    for key in sorted(one.keys() & other.keys() & keys):
        first, second = one[key], other[key]
        if not isinstance(first, str) or not isinstance(second, str) or normalise(first) != normalise(second):
            continue
        if key == "title" or len(normalise(first)) >= SAME_TEXT:
            found.append(key)
    return found


def document_checked(reads: list, segments) -> None:
    """Mark every form (`FormRead`) of a document that may hold more nominations than were read."""
    seen: set[str] = set()
    places = 0
    contacts = [contact for read in reads if len((contact := _contact(read))[0]) >= 2]
    signing = set_apart(segments)  # a manager's sign-off box, the office's record: their emails are no nomination's
    for index, segment in enumerate(segments):
        if index in signing or segment.look in ("title", "preamble", "aside"):
            # a letterhead, the introduction of our own form with the programme's address, or a note in a column
            # beside an answer (a reviewer naming a sponsor): none of them another nomination
            continue
        emails = {
            found.group(0).lower()
            for item in segment.items
            if not any(
                _for_contact(item.text, *contact) for contact in contacts
            )  # "Jo Mills, PA to Sarah Okafor, jo@…"
            for line in item.text.split("\n")
            if not MAIL_HEADER.match(line)
            for found in EMAIL.finditer(line)
            if not SHARED_MAILBOX.match(found.group(0))  # a supplier's "help@…" is no person of a nomination
        }
        if emails and not emails <= seen:
            places += 1
        seen |= emails
    if not reads or places <= len(reads):
        return
    for read in reads:
        read.may_hold = places
        read.notes.append(
            f"Read with low confidence: the document gives {places} people's email addresses in different places "
            f"but {len(reads)} nomination{'s were' if len(reads) != 1 else ' was'} read, so it may hold "
            f"{places} nominations. Check the document, and add any nomination that was not read."
        )
        read.flagged += [key for key in [*read.answers, *read.missing, *read.blank] if key not in read.flagged]


def _contact(read) -> tuple[list[str], str]:
    contact = read.answers.get("contact")
    if not isinstance(contact, dict):
        return [], ""
    return (contact.get("name") or "").split(), (contact.get("email") or "").lower()


def _for_contact(text: str, name: list[str], email: str) -> bool:
    """Whether a paragraph names a form's contact in full without giving their address: someone writing for them
    ("Jo Mills, PA to Sarah Okafor, jo.mills@…")."""
    named = re.search(r"\b" + r"\s+".join(re.escape(word) for word in name) + r"\b", text) is not None
    return named and not (email and email in text.lower())
