"""Answers the body of a document does not give, taken from its page header and footer or its Word comments,
and always marked for the person checking the draft.

- The page header or footer (a letterhead: "Hampshire County Council | Children's Services | Virtual School"):
  the one authority it names, the team (the last part of it that names a team, a service or a school, once the
  council and markings such as "OFFICIAL" are left out) and a contact with an email address.
- Word comments: a comment on no text, or on words that only point to it ("See comment"), is a candidate answer
  for the one heading left unanswered that it can answer: a yes or a no for a yes-or-no heading, a contact with
  an email address, a choice of the heading's choices. Text answers are not taken from such comments: which
  heading a comment answers cannot be told from its words alone.
- A comment on a heading of the call itself (its anchor's words surely mean that heading, and no other) answers
  that heading when the body leaves it unanswered, whatever its kind: the writer typed the answer in the balloon
  beside the question instead of in the empty cell. Said in a note, and marked only when the answer itself is
  doubtful, since the comment is on that very question.

Only headings the body leaves unanswered are filled in, and only in a document read as one nomination.
"""

import re

from ..headings import HeadingSpec, Kind, Purpose
from .elsewhere import FROM_EMAIL, choice_before_headings, confirmed_by_email
from .read import FormRead
from .segments import HEADER as SURELY
from .segments import MAX_HEADING_WORDS, _prepared_for, _top
from .values import answer_value
from .values.choices import choices_named, short_form_of
from .values.contact import EMAIL
from .values.text import normalise
from .values.yes_no import is_yes_or_no

#: The parts of a letterhead line: "Council | Directorate | Team", "Council – Team", tabs.
PARTS = re.compile(r"\s*(?:\||\t|\s[-–—•·]\s)\s*")
#: Words marking a page, not naming anything: "OFFICIAL – SENSITIVE", "Page 2 of 4", "Draft".
MARKING = re.compile(
    r"^(?:official|sensitive|confidential|restricted|protect|draft|not protectively marked"
    r"|page\b.*|\d+(?:\s+of\s+\d+)?)$",
    re.I,
)
#: Words that name a team, a service or a school in a letterhead.
TEAM_WORDS = frozenset(
    [
        "team",
        "service",
        "services",
        "school",
        "unit",
        "department",
        "directorate",
        "hub",
        "academy",
        "centre",
        "center",
        "partnership",
        "office",
        "panel",
        "board",
        "trust",
    ]
)
TEAM_MOST = 8  # words of a team's name at most
#: Words of a comment's anchor that only point to the comment: "See comment", "(see comments)", "in the comment".
TO_COMMENT = re.compile(r"^\W*(?:(?:please\s+)?(?:see|in|refer to)\s+(?:the\s+|my\s+)?)?comments?\W*$", re.I)
ASKING = re.compile(r"\?\s*$|^\s*(?:please|can|could|would|need|needs|add|check|todo|to do)\b", re.I)
LABEL = re.compile(r"^\s*(?:contact(?:\s+details)?|enquiries|queries|lead)\s*:\s*", re.I)


def margin_lines(parts) -> list[str]:
    """The paragraphs of the page headers and footers, as text."""
    w = parts.ns
    lines = []
    for root in parts.margins:
        for paragraph in root.iter(f"{{{w}}}p"):
            nodes = paragraph.iter(f"{{{w}}}t", f"{{{w}}}tab")
            text = "".join("\t" if node.tag == f"{{{w}}}tab" else node.text or "" for node in nodes)
            if text.strip():
                lines.append(text.strip())
    return lines


def comments_of(parts) -> list[tuple[str, str, str]]:
    """Each Word comment as (its text, its author, the document's text it is on: "" when on none)."""
    if parts.comments is None:
        return []
    w = parts.ns
    anchors: dict[str, list[str]] = {}
    open_ids: set[str] = set()
    for node in parts.document.iter(f"{{{w}}}commentRangeStart", f"{{{w}}}commentRangeEnd", f"{{{w}}}t"):
        if node.tag == f"{{{w}}}commentRangeStart":
            open_ids.add(node.get(f"{{{w}}}id", ""))
            anchors.setdefault(node.get(f"{{{w}}}id", ""), [])
        elif node.tag == f"{{{w}}}commentRangeEnd":
            open_ids.discard(node.get(f"{{{w}}}id", ""))
        else:
            for key in open_ids:
                anchors[key].append(node.text or "")
    found = []
    for comment in parts.comments.iter(f"{{{w}}}comment"):
        paragraphs = ["".join(t.text or "" for t in p.iter(f"{{{w}}}t")) for p in comment.iter(f"{{{w}}}p")]
        text = "\n".join(p.strip() for p in paragraphs if p.strip())
        if text:
            key = comment.get(f"{{{w}}}id", "")
            found.append((text, comment.get(f"{{{w}}}author", ""), "".join(anchors.get(key, [])).strip()))
    return found


def answers_from_margins(specs: list[HeadingSpec], read: FormRead, parts) -> None:
    """Fill in the headings `read` leaves unanswered from the page header and footer, then from comments."""
    lines = margin_lines(parts)
    pieces = [piece.strip() for line in lines for piece in PARTS.split(line) if piece.strip()]
    for spec in specs:
        if spec.key in read.answers:
            continue
        answer = _from_margin(specs, spec, lines, pieces)
        if answer is not None:
            _take(
                read,
                spec,
                answer[0],
                [*answer[1], f"‘{spec.text}’: not answered in the text; taken from the page header or footer"],
            )
    _from_comments(specs, read, comments_of(parts))
    contact = next((read.answers.get(spec.key) for spec in specs if spec.kind == Kind.CONTACT), None)
    for spec in specs:
        if (
            spec.purpose == Purpose.AUTHORITY
            and spec.key in read.flagged
            and confirmed_by_email(spec, read.answers.get(spec.key), contact)
            and f"‘{spec.text}’ ({read.answers.get(spec.key)}): {FROM_EMAIL}" not in read.notes
        ):
            read.flagged.remove(spec.key)


def _take(read: FormRead, spec: HeadingSpec, value: object, notes: list[str]) -> None:
    read.answers[spec.key] = value
    read.notes += notes
    read.missing = [key for key in read.missing if key != spec.key]
    read.blank = [key for key in read.blank if key != spec.key]
    if spec.key not in read.flagged:
        read.flagged.append(spec.key)


def _from_margin(specs, spec: HeadingSpec, lines: list[str], pieces: list[str]):
    if spec.kind == Kind.ONE_CHOICE:
        found = choice_before_headings(spec, pieces)
        if found is None:
            named = {short_form_of(tuple(spec.choices), normalise(piece)) for piece in pieces} - {None}
            return (named.pop(), []) if len(named) == 1 else None
        return (found.value, []) if not found.problems else None
    if spec.purpose == Purpose.ORGANISATION and spec.kind == Kind.SHORT_TEXT:
        councils = [s for s in specs if s.purpose == Purpose.AUTHORITY and s.choices]
        teams = [
            piece
            for piece in pieces
            if not MARKING.match(piece)
            and not EMAIL.search(piece)
            and "council" not in normalise(piece).split()
            and not any(choices_named(tuple(s.choices), piece) for s in councils)
            and len(piece.split()) <= TEAM_MOST
            and TEAM_WORDS & set(normalise(piece).split())
        ]
        return (teams[-1], []) if teams else None
    if spec.kind == Kind.CONTACT:
        with_email = [line for line in lines if EMAIL.search(line)]
        if len(with_email) != 1:
            return None
        found = answer_value(spec, [(LABEL.sub("", with_email[0]), False)])
        if found.value is None or not found.value.get("email") or found.problems:
            return None
        return found.value, found.notes
    return None


def _from_comments(specs: list[HeadingSpec], read: FormRead, comments: list[tuple[str, str, str]]) -> None:
    """A comment on nothing, or on words pointing to it, answers the one unanswered heading it can answer."""
    for text, author, anchor in comments:
        if anchor and not TO_COMMENT.match(anchor):
            _on_heading(specs, read, text, author, anchor)
            continue
        fits = []
        for spec in specs:
            if spec.key in read.answers or not _fits(spec, text):
                continue
            found = answer_value(spec, [(text, False)])
            if found.value is not None and not found.problems:
                fits.append((spec, found))
        if len(fits) == 1:
            spec, found = fits[0]
            by = f" by {author}" if author else ""
            _take(
                read,
                spec,
                found.value,
                [*found.notes, f"‘{spec.text}’: not answered in the text; taken from a comment{by}: ‘{text}’"],
            )


def _on_heading(specs: list[HeadingSpec], read: FormRead, text: str, author: str, anchor: str) -> None:
    """A comment on the words of a heading the body leaves unanswered, which they surely mean: its answer."""
    if len(anchor.split()) > MAX_HEADING_WORDS:
        return
    scores = _prepared_for(specs)[0].scores(anchor)
    column = _top(scores)
    if scores[column] < SURELY or sum(score >= SURELY for score in scores) > 1:
        return
    spec = specs[column]
    if spec.key in read.answers or ASKING.search(text):
        return  # a reviewer's question or request on the heading ("Can you add figures?") is no answer
    found = answer_value(spec, [(line, False) for line in text.split("\n")])
    if found.value is not None and not found.problems:
        by = f" by {author}" if author else ""
        _take(
            read, spec, found.value, [*found.notes, f"‘{spec.text}’: empty in the text; taken from a comment{by} on it"]
        )
        if not found.notes:  # the writer's own answer beside its question, read as it is: shown, not marked
            read.flagged.remove(spec.key)


def _fits(spec: HeadingSpec, text: str) -> bool:
    if spec.kind == Kind.YES_NO:
        return is_yes_or_no(text.split("\n")[0])
    if spec.kind == Kind.CONTACT:
        return bool(EMAIL.search(text))
    return spec.kind in (Kind.ONE_CHOICE, Kind.SEVERAL_CHOICES) and bool(spec.choices) and len(text.split()) <= 6
