"""Checks of a form once it is read: answers the reader may have got wrong are marked for checking.

A layout the reader has never seen can put a heading into an answer, run two answers together, or mix
two nominations, without any rule noticing. These checks look at what was read, not at the layout, so
they hold for layouts not yet seen. Each adds a note naming the heading and marks it (`flagged`), the
same way as the reader's other notes reach the person checking the draft. They report; they never
change an answer.

- **A heading inside an answer**: a short line of the answer that reads like a heading of the call (a
  question or a label that means one) or starts with a question number ("A1 Title", "4b. If yes…").
- **Left-over marks and notes**: an answer of one line starting with a quote mark, a bullet or a
  dash; a line of a label and a number ("Character count: 67/3000"); a short first line without a full
  stop before the answer's other paragraphs (guidance or a heading left in: "Describe the change"); the
  detail of a yes or no that says nothing ("N/A").
- **An answer corrected in itself**: a later paragraph or line of an answer starting "Correction:",
  "Amendment:", "Update:", "Sorry, …" or "… should read": the answer holds words the writer meant to
  replace, and which ones is for the person checking to say.
- **An answer that is elsewhere**: an answer that only points to another ("As above") or to an attachment
  ("See attached", "Please see attached evaluation report", "As per the attached"): what was attached is
  not in the document read, so the answer is still to be given.
- **Another answer's text**: an email address or a phone number in an answer that is not the contact;
  the same text given as the answer to two headings.
- **A contact that may be wrong**: no email address and no phone number, a name of one word, or a role
  holding digits, a contact label, pronouns or a yes or no ("Head of Early Help, Consent to publish, yes").
- **A heading contested**: a heading left over, with text under it, that means a heading already
  answered marks that answer ("What we did" left over when "What changed" took "What you did").
- **Printed lines, cells as lines**: a text answer whose paragraphs read as the printed lines of one
  paragraph (a paragraph of a line's length not ending a sentence, the next starting in lower case), a
  page's number printed in it ("… – page 1 of 2"), or three paragraphs or more in a row of at most three
  words each and no full stop (a table's cells read one a line: "Quarter", "Step-downs", "Rate").
- **An answer broken off**: a text answer followed straight away by cells of figures, or by list items when it
  ends in a list item, left over under a line taken for a heading: the answer may go on there.
- **A heading answered out of its place**: a heading left over, with text under it, stands between two
  answered headings of the call where another heading of the call belongs, and that heading was answered
  somewhere else ("what was wrong before" left over between the team and what they did, while "why its
  good" took the problem): that answer may be the left-over text's.
- **Two answers to one heading**: when headings that surely mean the same heading as one already
  used, each with text under it, are left over for two or more headings, the form may hold two
  nominations: every answer of the form is marked, with one note saying so.

The checks of a whole document (more people than forms, forms that may be one) are in `whole.py`.
"""

import itertools
import re

from ..headings import HeadingSpec, Kind
from .segments import HEADER as SURELY
from .segments import MEANS, QUESTION_NUMBER, SENTENCE_START, _prepared_for, _top
from .shifted import answers_shifted
from .signoff import set_apart
from .values.contact import CONTACT_LABEL_PARTS, EMAIL, PHONE_IN_TEXT
from .values.text import normalise
from .values.yes_no import is_yes_or_no

LINE_WORDS = 12  # a line of an answer no longer than this may be a heading left in it
MARKS = re.compile(r"^\s*[>•◦▪‣●○\-–—*]")
PRONOUNS = re.compile(r"\b(?:she|he|they|ze)\s*/\s*(?:her|him|them|hers|his|theirs|zir)\b", re.I)
LABEL_NUMBER = re.compile(r"^[A-Za-z][A-Za-z ]{0,30}:\s*[\d/ .,%]+$")
FIRST_LINE_WORDS = 6  # a first paragraph this short, with no full stop, before others may be guidance
EMPTY_DETAIL = frozenset({"n/a", "na", "none", "no", "yes", "not applicable", "nil", "-", "–"})
SAME_TEXT = 20  # characters: shorter answers may well be the same by chance ("Yes", "Kent")
YES_NO_PAIR = re.compile(r"\s*/\s*[yn]\w*\s*$", re.I)  # "Y / Y": a yes or no for each of two questions
CELL_WORDS = 3  # a paragraph this short with no full stop, three or more in a row, may be a table's cells
CELLS = 3
PRINTED_LINE = 6  # words of a printed line at least (as `forms.LINE_WORDS`)
LINE_ENDS = (".", "!", "?", ":", ";", ")", "'", '"', "’", "”")
#: A page's number printed into the text, as a PDF turned back into Word has it ("… – page 1 of 2", "Page 3")
#: or a running header's, set apart from its title by a wide gap ("Nomination form          Page 2 of 3")
PAGE_LINE = re.compile(r"(?:^|\s[-–—|]\s|\s{3,}|\t|^\W*)page\s+\d{1,3}(?:\s+of\s+\d{1,3})?\W*$", re.I)
#: Beside a short value (at most this many words), a token that is no word of it: a rating, a score.
BESIDE_WORDS = 16
RATING = re.compile(r"^\W*(?:rag|red|amber|green|r|a|g|r/a/g|high|medium|low)\W*$", re.I)
SCORE = re.compile(r"^\W*\d{1,2}\s*/\s*(?:5|10)\W*$")
YEAR_WORDS = {"year", "years", "yr", "yrs", "y", "key", "stage", "ks"}
TWICE = 2  # headings answered twice before the whole form is marked
#: A later line of an answer correcting it: "Correction: from 68% to 79%", "Update – …", "Sorry, that should read …".
CORRECTION = re.compile(
    r"^\W*(?:correction|corrected|amendment|amended|update|updated|erratum|sorry\b[^.]{0,40}\b(?:should|meant|mistake|wrong)"
    r"|(?:this|that|it|the figure|the above)\s+should\s+(?:read|say|be)\b)",
    re.I,
)
#: An answer that only points to another ("As above", "See above", "As Q7", "Same as question 3").
POINTS = re.compile(
    r"^(?:as|see|same as|ditto|refer to)\s+"
    r"(?:above|below|before|previous(?:ly)?|earlier|(?:q(?:uestion)?\s*)?\d{1,2}[a-z]?)\b[\s.!]*$",
    re.I,
)
#: A short answer sending the reader further down ("see Jo's note below", "Jo can say more – see below").
POINTS_BELOW = re.compile(r"^[^.;\n]{0,40}\bsee\b[^.;\n]{0,25}\bbelow\b[\s.!)]*$", re.I)

#: An answer that only points to something attached or sent apart ("See attached", "As per the attached report").
ATTACHED = re.compile(
    r"^(?:please\s+)?(?:see|refer to|as per|as in|in)\s+(?:the\s+)?"
    r"(?:attached|enclosed|attachment|enclosure|separate)\b[^.;]{0,40}[\s.!]*$",
    re.I,
)
#: An answer that only points to a report, a web page or a link not in the document ("see our report", often
#: the words of a hyperlink whose address is not part of the answer).
POINTS_AWAY = re.compile(
    r"^(?:please\s+)?(?:see|refer to|read|visit|click)\s+(?:here\b\s*)?(?:(?:our|the|my|this)\s+)?(?:\w+\s+){0,2}?"
    r"(?:report|evaluation|website|web\s?page|webpage|page|link|document|paper|case study|blog|video|here)\b"
    r"[^.;]{0,40}[\s.!]*$",
    re.I,
)


def form_checked(specs: list[HeadingSpec], form, assigned: dict[int, int], read) -> None:
    """Add notes and marks to `read` (a `FormRead`) for the answers that may be wrong."""
    meaning = _prepared_for(specs)[0]
    _scores_set_aside(specs, read)
    found: dict[str, str] = {}
    for spec in specs:
        value = read.answers.get(spec.key)
        if value is None:
            continue
        for reason in _answer_doubts(spec, value, meaning):
            found.setdefault(spec.key, reason)
    for key, reason in _choices_of_others(specs, read).items():
        found.setdefault(key, reason)
    for key, reason in _same_text(specs, read.answers).items():
        found.setdefault(key, reason)
    for key, reason in answers_shifted(specs, read.answers).items():
        found.setdefault(key, reason)
    twice = _answered_twice(specs, form, assigned)
    for column, heading in _contested(form, assigned).items():
        found.setdefault(specs[column].key, f"‘{heading}’, left over with its own text, means this heading too.")
    for column, heading in _displaced(form, assigned).items():
        found.setdefault(specs[column].key, f"‘{heading}’ may mean another heading of the call more than this one.")
    for column, heading in _out_of_place(form, assigned).items():
        found.setdefault(
            specs[column].key, f"‘{heading}’, left over with its own text, stands where this heading belongs."
        )
    unread = {column for column, spec in enumerate(specs) if read.answers.get(spec.key) is None}
    for column, heading in _one_place_off(form, assigned, unread).items():
        found.setdefault(
            specs[column].key,
            f"the heading before it is not answered and ‘{heading}’, just after it, "
            "is left over with its text: the answers here may be one place off.",
        )
    for column, heading in _broken_off(specs, form, assigned).items():
        found.setdefault(
            specs[column].key, f"the text under ‘{heading}’, left out just after it, may be the rest of this answer."
        )
    for spec in specs:
        if spec.key in found:
            _mark(read, spec.key, f"{spec.text}: {found[spec.key]} Check this answer against the document.")
    if len(twice) >= TWICE:
        headings = ", ".join(specs[column].text for column in sorted(twice))
        read.notes.append(
            f"Read with low confidence: the document answers these headings twice ({headings}), so it may hold "
            "two nominations or answers in the wrong place. Check every answer against the document."
        )
        read.flagged += [spec.key for spec in specs if spec.key not in read.flagged]


def _scores_set_aside(specs: list[HeadingSpec], read) -> None:
    """A score out of five or ten typed after a short answer ("Children in Care Service 3/5", "No (5/5)"), as
    some councils' templates ask, is no part of the answer: it is taken off and reported as unplaced text."""
    for spec in specs:
        value = read.answers.get(spec.key)
        yes_no = spec.kind == Kind.YES_NO and isinstance(value, dict)
        text = value.get("detail", "") if yes_no else value if isinstance(value, str) else ""
        words = text.split()
        if spec.kind == Kind.LONG_TEXT or not words or len(words) > BESIDE_WORDS or not SCORE.match(words[-1]):
            continue
        if len(words) > 1 and words[-2].lower().rstrip(".") in YEAR_WORDS:
            continue  # "Year 4/5": the pupils' years, not a score
        if len(words) == 1 and not yes_no:
            continue
        kept = text[: text.rstrip().rfind(words[-1])].rstrip(" -–—,;")
        read.answers[spec.key] = {**value, "detail": kept} if yes_no else kept
        read.unplaced.append(f"{spec.text}: {words[-1].strip()}")


def _mark(read, key: str, note: str) -> None:
    read.notes.append(note)
    if key not in read.flagged:
        read.flagged.append(key)


def _texts(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [str(item) for item in value]
    if isinstance(value, dict):
        return [str(part) for part in value.values() if isinstance(part, str)]
    return []


def _answer_doubts(spec: HeadingSpec, value, meaning) -> list[str]:
    doubts = []
    texts = [value["role"]] if spec.kind == Kind.CONTACT else _texts(value)
    for text in texts:
        for line in (line.strip() for line in text.split("\n")):
            if line and _heading_like(line, meaning):
                doubts.append(f"‘{line}’ in the answer reads like a heading.")
    short = spec.kind in (Kind.SHORT_TEXT, Kind.ONE_CHOICE) or "\n" not in str(value)
    if isinstance(value, str) and MARKS.match(value) and (short or value.lstrip().startswith(">")):
        doubts.append("the answer starts with a mark left from the document.")
    later = [line.strip() for text in texts for line in text.split("\n")[1:]]
    if spec.kind != Kind.CONTACT and (corrected := next((line for line in later if CORRECTION.match(line)), None)):
        doubts.append(f"‘{corrected}’ corrects the answer: which words stand is to be checked.")
    if any(LABEL_NUMBER.match(line.strip()) for text in texts for line in text.split("\n")):
        doubts.append("a line of the answer reads like a note of the form, not an answer.")
    if spec.kind in (Kind.SHORT_TEXT, Kind.LONG_TEXT) and isinstance(value, str) and _first_line_doubt(value):
        doubts.append(f"the first line ‘{value.split(chr(10))[0]}’ may be guidance or a heading left in.")
    if spec.kind in (Kind.SHORT_TEXT, Kind.LONG_TEXT) and isinstance(value, str) and (lines := _as_lines(value)):
        doubts.append(lines)
    detail = value.get("detail", "").strip().lower() if spec.kind == Kind.YES_NO else ""
    if detail and (detail.rstrip(".") in EMPTY_DETAIL or re.sub(r"^\W+|\W+$", "", detail) in EMPTY_DETAIL):
        doubts.append(f"the detail ‘{value['detail']}’ says nothing more.")
    if spec.kind != Kind.CONTACT and any(EMAIL.search(text) or PHONE_IN_TEXT.search(text) for text in texts):
        doubts.append("the answer holds an email address or a phone number, perhaps from the contact.")
    if spec.kind == Kind.CONTACT:
        doubts += _contact_doubts(value)
    doubts += [f"‘{token}’ beside the answer may not be part of it." for token in _beside(spec, value)]
    if spec.kind != Kind.CONTACT and isinstance(value, str) and POINTS.match(value.strip()):
        doubts.append(f"the answer ‘{value.strip()}’ points to another answer, which was not copied.")
    elif spec.kind != Kind.CONTACT and isinstance(value, str) and POINTS_BELOW.match(value.strip()):
        doubts.append(f"the answer ‘{value.strip()}’ points to a note further down, which was not copied.")
    if spec.kind != Kind.CONTACT and isinstance(value, str) and ATTACHED.match(value.strip()):
        doubts.append(f"the answer ‘{value.strip()}’ points to an attachment, which is not in the document read.")
    elif spec.kind != Kind.CONTACT and isinstance(value, str) and POINTS_AWAY.match(value.strip()):
        doubts.append(f"the answer ‘{value.strip()}’ points to something not in the document (a report, a link).")
    return doubts


def _beside(spec: HeadingSpec, value) -> list[str]:
    """Tokens at either end of a short value, or a last paragraph of their own, that are not words of the
    value's kind: a rating ("Green", "RAG", "3/5"), an emoji or a bracket left open ("Yes 👍", "Amber)")."""
    if spec.kind == Kind.CONTACT:
        texts = [value.get("name", ""), value.get("role", "")]
    elif spec.kind == Kind.YES_NO:
        texts = [value.get("detail", "")]
    elif isinstance(value, str):
        texts = [value.split("\n\n")[-1]] if spec.kind == Kind.LONG_TEXT else [value]
    else:
        texts = []
    found = []
    for text in texts:
        words = text.split()
        if not words or (spec.kind == Kind.LONG_TEXT and len(words) > 1) or len(words) > BESIDE_WORDS:
            continue
        ends = {words[0], words[-1]} if len(words) > 1 else set(words)
        for token in ends:
            lone = len(token.strip("()[]")) == 1 and (token != words[-1] or spec.kind != Kind.LONG_TEXT)
            odd = (RATING.match(token) and not lone) or SCORE.match(token) or not re.search(r"\w", token)
            if odd or (_bracket_left(text) and re.search(r"[()\[\]]", token)):
                found.append(token)
    return found


def _bracket_left(token: str) -> bool:
    return any(token.count(left) != token.count(right) for left, right in ("()", "[]"))


def _heading_like(line: str, meaning) -> bool:
    """A short line that reads as a heading: a question or label meaning one, or a numbered line."""
    words = line.split()
    if len(words) > LINE_WORDS or SENTENCE_START.match(line):
        return False
    stripped = MARKS.sub("", line).strip()
    asks = stripped.endswith(("?", ":")) or bool(QUESTION_NUMBER.match(stripped))
    return asks and max(meaning.scores(stripped), default=0.0) >= MEANS


def _first_line_doubt(value: str) -> bool:
    first, _gap, rest = value.partition("\n\n")
    first = first.strip()
    return bool(rest.strip()) and len(first.split()) <= FIRST_LINE_WORDS and not first.endswith((".", "!", ":"))


def _as_lines(value: str) -> str:
    """Why the answer's paragraphs may be printed lines or a table's cells, or "" when they read as written."""
    paragraphs = [part.strip() for part in value.split("\n\n") if part.strip()]
    if any(PAGE_LINE.search(part) for part in paragraphs):
        return "a line of the answer reads like a page's number, printed in the text."
    for before, after in itertools.pairwise(paragraphs):
        if MARKS.match(before) or MARKS.match(after):
            continue
        if len(before.split()) >= PRINTED_LINE and not before.endswith(LINE_ENDS) and after[:1].islower():
            return f"‘{before}’ and the next paragraph may be printed lines of one paragraph."
    run = 0
    for part in paragraphs:
        short = len(part.split()) <= CELL_WORDS and not MARKS.match(part) and not part.endswith(LINE_ENDS)
        run = run + 1 if short else 0
        if run >= CELLS:
            return "several paragraphs of a word or two in a row may be a table's cells read as lines."
    return ""


NAME_WORDS = 4  # words a contact's name has, at most, before it is doubted
#: A word of a job title read into a contact's name ("jess maloney apprentice PA"), in any case.
ROLE_IN_NAME = re.compile(
    r"(?i)\b(?:manager|officer|director|head|lead|leader|co-?ordinator|worker|adviser|advisor|practitioner|"
    r"apprentice|assistant|pa|sw|team|service|teacher|nurse|senco|dsl|iro)\b"
)


def _contact_doubts(value: dict) -> list[str]:
    doubts = []
    if not value.get("email") and not value.get("phone"):
        doubts.append("no email address or phone number was found for the contact.")
    name, role = value.get("name", ""), value.get("role", "")
    if not name:
        doubts.append("no name was found for the contact.")
    elif len(name.split()) < 2:
        doubts.append(f"‘{name}’ may not be the contact's name.")
    elif ROLE_IN_NAME.search(name) or len(name.split()) > NAME_WORDS:
        doubts.append(f"‘{name}’ may hold the contact's role as well as the name.")
    labels = [part for part in re.split(r"[,\n]", role) if CONTACT_LABEL_PARTS.get(normalise(part)) is not None]
    answers = [part for part in re.split(r"[,\n]", role) if part.strip() and is_yes_or_no(YES_NO_PAIR.sub("", part))]
    itself = [part for part in re.split(r"[,\n–-]", role) if part.strip().lower() in ("me", "myself", "i")]
    if re.search(r"\d|@", role) or labels or PRONOUNS.search(role) or answers or itself:
        doubts.append(f"the role ‘{role}’ holds more than a role.")
    return doubts


def _choices_of_others(specs: list[HeadingSpec], read) -> dict[str, str]:
    """A short answer that names, whole, a choice of a heading of choices left unanswered ("Surrey – Children
    Looked After Service" as the team, with no authority read; "Children's social care" as the team, with no
    service areas read): it may hold that answer too."""
    found: dict[str, str] = {}
    choosing = (Kind.ONE_CHOICE, Kind.SEVERAL_CHOICES)
    wanted = [spec for spec in specs if spec.kind in choosing and spec.choices and spec.key in read.missing]
    for spec in specs:
        value = read.answers.get(spec.key)
        if spec.kind != Kind.SHORT_TEXT or not isinstance(value, str):
            continue
        words = f" {normalise(value)} "
        for other in wanted:
            named = [choice for choice in other.choices if f" {normalise(choice)} " in words]
            if len(named) == 1:
                found[spec.key] = f"it names ‘{named[0]}’, which may be the answer to ‘{other.text}’."
    return found


def _same_text(specs: list[HeadingSpec], answers: dict) -> dict[str, str]:
    """Headings whose answers are the same long text: one of them is most likely in the wrong place."""
    seen: dict[str, str] = {}
    found: dict[str, str] = {}
    for spec in specs:
        for text in _texts(answers.get(spec.key)):
            norm = normalise(text)
            if len(norm) < SAME_TEXT:
                continue
            if norm in seen and seen[norm] != spec.key:
                other = next(item for item in specs if item.key == seen[norm])
                found[spec.key] = f"the same text is the answer to ‘{other.text}’."
                found.setdefault(other.key, f"the same text is the answer to ‘{spec.text}’.")
            seen.setdefault(norm, spec.key)
    return found


def _contested(form, assigned: dict[int, int]) -> dict[int, str]:
    """Headings answered that a heading left over, with text under it, also means: one of the two answers
    may be in the wrong place ("What we did" left over when "What changed" took "What you did")."""
    used = {column for index, column in assigned.items() if form[index].items}
    contested: dict[int, str] = {}
    apart = set_apart(form)  # "Name" in the Assistant Director's sign-off box is not the contact's
    for index, segment in enumerate(form):
        if index in assigned or index in apart or not segment.scores or not segment.items or segment.best < MEANS:
            continue
        if (column := _top(segment.scores)) in used:
            contested.setdefault(column, segment.text)
    return contested


DISPLACED = 0.1  # a heading given another than the one it means best, by at least this much


def _displaced(form, assigned: dict[int, int]) -> dict[int, str]:
    """A heading with text under it given a heading of the call it means clearly less than another one, which
    a second heading took ("What they did" given the permanence question when "Did it work" took "What you
    did" after it): the two answers may be swapped, so both are marked."""
    found: dict[int, str] = {}
    taken = {column: index for index, column in assigned.items()}
    for index, column in assigned.items():
        segment = form[index]
        best = _top(segment.scores)
        if not segment.items or best == column or segment.scores[best] - segment.scores[column] < DISPLACED:
            continue
        other = taken.get(best)
        crossed = other is not None and (other - index) * (best - column) < 0  # swapped, they would keep order
        if crossed and form[other].items:
            found.setdefault(column, segment.text)
            found.setdefault(best, form[other].text)
    return found


def _out_of_place(form, assigned: dict[int, int]) -> dict[int, str]:
    """Headings answered away from their place while a heading left over, with text under it, stands there:
    between two answered headings of the call whose columns leave room for them."""
    order = sorted(assigned)
    found: dict[int, str] = {}
    for index, segment in enumerate(form):
        if index in assigned or not segment.items or segment.look in ("title", "preamble", "signature"):
            continue
        if _local_short(segment):
            continue
        before = [place for place in order if place < index]
        after = [place for place in order if place > index]
        if not before or not after:
            continue
        low, high = assigned[before[-1]], assigned[after[0]]
        for place, column in assigned.items():
            if low < column < high and not before[-1] < place < after[0]:
                found.setdefault(column, segment.text)
    return found


def _one_place_off(form, assigned: dict[int, int], unread: set[int]) -> dict[int, str]:
    """A heading of the call answered straight after the answer to the heading two before it (the one between left
    unanswered, `unread`: not one answered from another's text, as the consents from one "Consent" paragraph),
    while the written heading just after it is left over with text under it: the answers may be one place off
    ("Did it help?" taken for the permanence, "Will it stick?" left over, the difference unanswered)."""
    places = {column: place for place, column in assigned.items()}
    found: dict[int, str] = {}
    for place, column in assigned.items():
        if column - 1 in places or column - 1 not in unread or places.get(column - 2) != place - 1:
            continue
        if place + 1 >= len(form):  # the last heading written: nothing after it left over
            continue
        following = form[place + 1]
        if place + 1 in assigned or not following.items or following.look in ("title", "preamble", "signature"):
            continue
        if not _local_short(following):
            found[column] = following.text
    return found


LOCAL_WORDS = 4  # words of a short answer under a question of the writer's own, at most: a code, a figure, a name


def _local_short(segment) -> bool:
    """A question of the writer's own ("Budget code", "Cost centre"), meaning none of the call's headings, with a
    short answer under it (one line: a code, a figure, a name of a few words): no answer of the call's displaced
    by one place, but a local question asked and answered."""
    if segment.best >= MEANS or len(segment.items) != 1:
        return False
    text = segment.items[0].text.strip()
    return "\n" not in text and len(text.split()) <= LOCAL_WORDS and not text.endswith((".", "?", "!"))


BROKEN_OFF = 4  # short lines left over after a text answer, at least: a table of figures broken off it
FIGURE_WORDS = 6  # words in each of those lines, at most
NUMBERS = 2  # lines left over that are all figures ("38%", "29%"), at least: the rest of a table's row
FIGURE_CELL_WORDS = 2


def _broken_off(specs: list[HeadingSpec], form, assigned: dict[int, int]) -> dict[int, str]:
    """Text answers followed straight away by cells of figures left over under a label or line that is no
    heading of the call (a table pasted into the answer whose first cell, "Area", was taken for a heading):
    the answer may go on there. A heading of the writer's own that reads as one (bold, styled, a question),
    or a label with a sentence or two under it ("Self-score: 4", "Cost: none"), is not. So are list items left
    over straight after an answer ending in a list item (`_list_broken_off`). Notes beside the answer, taken out of
    its rows, may stand between."""
    found: dict[int, str] = {}
    for index, segment in enumerate(form):
        if index in assigned or not index or segment.look not in ("label", "plain"):
            continue
        cells = [line for item in segment.items for line in item.text.split("\n") if line.strip()]
        figures = len(cells) >= BROKEN_OFF and all(len(cell.split()) <= FIGURE_WORDS for cell in cells)
        figures = figures or (len(cells) >= NUMBERS and all(_a_figure(cell) for cell in cells))
        if not figures and not _list_broken_off(form, index):
            continue
        before = index - 1
        while before and form[before].look == "aside" and before not in assigned:
            before -= 1  # a note beside the answer (its row's "RAG" cell) between the answer and the figures
        if segment.text.rstrip().endswith("?") or (column := assigned.get(before)) is None:
            continue
        if specs[column].kind in (Kind.SHORT_TEXT, Kind.LONG_TEXT) and form[before].items:
            found.setdefault(column, segment.text)
    return found


def _a_figure(cell: str) -> bool:
    """A table cell that is a figure: "38%", "£1.9m", "-9 pts"."""
    return len(cell.split()) <= FIGURE_CELL_WORDS and any(char.isdigit() for char in cell)


def _list_broken_off(form, index: int) -> bool:
    """A bulleted list broken off the answer before it: that answer ends with a list item, and the left-over
    text after it is list items under a line taken for a heading (an item that reads a little like one)."""
    before, segment = form[index - 1].items, form[index].items
    return bool(before and before[-1].listed and segment and all(item.listed for item in segment))


def _answered_twice(specs: list[HeadingSpec], form, assigned: dict[int, int]) -> set[int]:
    """The headings that a heading left over, with text under it, surely means too."""
    used = {column for index, column in assigned.items() if form[index].items}
    twice = set()
    for index, segment in enumerate(form):
        if index in assigned or not segment.scores or not segment.items or segment.best < SURELY:
            continue
        if (column := _top(segment.scores)) in used:
            twice.add(column)
    return twice
