"""Turn the lines written under a heading into an answer of the heading's kind.

Each function takes the answer's paragraphs as (text, is list item) pairs and returns (value or None
when blank, problems). A value that cannot be read for certain is reported and left out, never guessed.
"""

import functools
import re
import unicodedata
from difflib import SequenceMatcher
from typing import NamedTuple

from ..headings import CONTACT_PARTS, HeadingSpec, Kind
from .build import PLACEHOLDER, follow_up_line

Items = list[tuple[str, bool]]


class Answer(NamedTuple):
    value: object  # None when nothing usable was written
    problems: list[str]  # what could not be read for certain: reported, never guessed
    notes: list[str] = []  # words written beside the answer that are not part of it, kept for the person checking


_PLACEHOLDER = re.compile(r"\s*".join(re.escape(word) for word in PLACEHOLDER.rstrip(".").split()) + r"\.?", re.I)
_MARKED = re.compile(r"^(?:[☒☑✓✔✗✘■⊠✅🗹🗷]|\[\s*[xX✓✔]\s*\]|\(\s*[xX✓✔]\s*\)|[xX](?=\s))\s*")
_MARKED_AFTER = re.compile(r"\s*(?:[-–:]\s*)?(?:[☒☑✓✔⊠]|\[\s*[xX✓✔]\s*\]|\(\s*[xX✓✔]\s*\)|(?<=\s)[xX])\s*$")
_EMPTY_BOX = re.compile(r"^(?:[☐□▢◻⬜❑❒]|\[\s*\]|\(\s*\))\s*")
_SEPARATORS = re.compile(r"[;,|\n]")
_CONJUNCTIONS = re.compile(r"\s+(?:and|&|or)\s+|\s*/\s*", re.I)
_LEADING_CONJUNCTION = re.compile(r"^(?:and|or|&)\s+", re.I)
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
NOTE = "\x00"  # marks a note among the pieces of a choice


_SPACED_DASH = re.compile(r"\s[-–—]\s")  # "Other – Virtual School"
_GENERIC = frozenset({"council", "county", "city", "borough", "royal", "of", "the", "district", "metropolitan"})
_PRINTED_YES_NO = re.compile(r"^\s*yes\s*/\s*no\b[\s.,:;\-–—]*", re.I)
_YES_NO = re.compile(r"^(yes|yeah|yep|no|nope)\b[\s.,:;!\-–—/]*", re.I)
_MARK = r"(?:[☒☑✓✔⊠]|(?<!\w)[xX]|\[\s*[xX✓✔]\s*\]|\(\s*[xX✓✔]\s*\))"
_MARK_BEFORE = re.compile(_MARK + r"\s*(yes|no)\b", re.I)
_BOX_FIRST = re.compile(r"^\s*(?:[☐□☒☑✓✔⊠\[(]|[xX]\s)")
_MARK_AFTER = re.compile(r"\b(yes|no)\s*" + _MARK.replace("(?<!\\w)[xX]", "[xX](?!\\w)"), re.I)
EMAIL = re.compile(r"[^@\s<>(),;:\"'\[\]]+@[^@\s<>(),;:\"'\[\]]+\.[A-Za-z]{2,}")
PHONE = re.compile(r"^\+?[\d\s()\-.]{7,25}$")
_LABEL = re.compile(r"^\s*([A-Za-z][A-Za-z .\-]{0,24}?)\s*(?::|\s[-–]\s)\s*(.*)$")
CONTACT_LABELS = {
    "name": ("name", "full name", "contact name", "your name", "name of contact"),
    "role": ("role", "job title", "title", "position", "job role", "job", "role or job title", "designation", "post"),
    "email": ("email", "e mail", "email address", "e mail address", "mail", "e"),
    "phone": (
        "telephone", "phone", "tel", "mobile", "telephone number", "phone number", "mobile number", "tel no", "t",
        "m", "mob", "contact number", "contact telephone", "direct line", "direct dial", "work mobile",
    ),
}  # fmt: skip
_LABEL_PART: dict[str, str | None] = {label: part for part, labels in CONTACT_LABELS.items() for label in labels}
_LABEL_PART |= {"contact": None, "contact details": None}
#: A contact block's label (normalised) → the part it labels; None for "Contact" itself.
CONTACT_LABEL_PARTS = _LABEL_PART
#: A telephone number inside a line of text: UK numbers as people type them.
PHONE_IN_TEXT = re.compile(r"(?:\+44\s?(?:\(0\)\s?)?|(?<![\w@.])\(?0)\d{2,4}\)?[\s\-]?\d{3,4}[\s\-]?\d{2,5}(?![\w@])")
_HONORIFIC = r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Cllr|Revd?)\.?\s+)?"
_NAME_WORD = r"(?:[A-Z][\w’'\-]*|(?:van|von|de|da|del|der|le|la|bin|al)(?=\s))"
PERSONAL_NAME = re.compile(rf"^{_HONORIFIC}[A-Z][\w’'\-]+(?:\s+{_NAME_WORD}){{1,3}}$")
#: Words that make a piece of a contact block a job or a place, not a person's name.
ROLE_WORDS = frozenset(
    [
        "manager",
        "officer",
        "director",
        "head",
        "headteacher",
        "teacher",
        "lead",
        "leader",
        "coordinator",
        "co",
        "ordinator",
        "worker",
        "adviser",
        "advisor",
        "team",
        "service",
        "services",
        "council",
        "school",
        "practitioner",
        "nurse",
        "social",
        "assistant",
        "deputy",
        "principal",
        "senior",
        "chair",
        "consultant",
        "specialist",
        "administrator",
        "analyst",
        "commissioner",
        "clerk",
        "centre",
        "center",
        "support",
        "children",
        "childrens",
        "family",
        "families",
        "care",
        "education",
        "health",
        "board",
        "county",
        "city",
        "borough",
        "unit",
        "hub",
        "virtual",
        "practice",
        "business",
        "designated",
        "strategic",
        "operations",
        "partnership",
        "trust",
        "academy",
        "college",
        "university",
        "nhs",
        "police",
        "justice",
        "youth",
        "early",
        "help",
        "send",
        "court",
        "legal",
        "executive",
        "chief",
        "interim",
        "acting",
        "group",
        "programme",
        "project",
        "development",
        "inclusion",
        "safeguarding",
        "fostering",
        "adoption",
    ]
)


def normalise(text: str) -> str:
    """Lower case, quotes and dashes unified, '&' as 'and', punctuation as single spaces."""
    return _normalised_short(text) if len(text) <= 200 else _normalised(text)  # headings and labels kept


@functools.lru_cache(maxsize=8192)
def _normalised_short(text: str) -> str:
    return _normalised(text)


def _normalised(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower().replace("&", " and ")
    text = re.sub(r"['’‘`´]", "", text)
    return re.sub(r"[\W_]+", " ", text).strip()


#: The prompts Word shows in an empty content control or form field, left when nothing was typed.
WORD_PROMPT = re.compile(
    r"^\s*[\[(]?(?:click or tap here to enter text|click here to enter text|click or tap to enter a date"
    r"|click here to enter a date|choose an item|enter text here|type here|type your answer here)[.\])]*\s*$",
    re.I,
)


def placeholder_removed(text: str) -> str:
    if WORD_PROMPT.match(text):
        return ""
    return _PLACEHOLDER.sub("", text).strip() if "answer" in text.lower() else text


def as_text(items: Items) -> str:
    """Paragraphs separated by a blank line; consecutive list items as lines starting "- "."""
    if len(items) == 1:
        return items[0][0].strip()  # one bullet point on its own is the answer, not a list
    out, previous_listed = [], False
    for text, listed in items:
        if out:
            out.append("\n" if listed and previous_listed else "\n\n")
        out.append(f"- {text}" if listed else text)
        previous_listed = listed
    return "".join(out).strip()


def _lines(items: Items) -> list[str]:
    return [line.strip() for text, _listed in items for line in text.split("\n") if line.strip()]


class _Choices:
    def __init__(self, choices: tuple[str, ...]):
        self.choices = choices
        self.exact = {normalise(choice): choice for choice in choices}
        self.compact = {key.replace(" ", ""): choice for key, choice in self.exact.items()}
        loose: dict[str, list[str]] = {}
        for key, choice in self.exact.items():
            loose.setdefault(" ".join(w for w in key.split() if w not in _GENERIC), []).append(choice)
        self.loose = {key: found[0] for key, found in loose.items() if key and len(found) == 1}

    def match(self, text: str, *, fuzzy: bool = True) -> str | None:
        norm = _LEADING_CONJUNCTION.sub("", normalise(text))
        if not norm:
            return None
        found = self.exact.get(norm) or self.compact.get(norm.replace(" ", ""))
        if found or not fuzzy:
            return found
        found = self.loose.get(" ".join(w for w in norm.split() if w not in _GENERIC))
        if found:
            return found
        # The choice given in part ("Whole system", "social care"), when only one choice holds those words.
        words = set(norm.split()) - _GENERIC - {"and", "or"}
        holding = [choice for key, choice in self.exact.items() if words and words <= set(key.split())]
        if len(holding) == 1:
            return holding[0]
        scores = sorted(
            ((SequenceMatcher(None, norm, key).ratio(), choice) for key, choice in self.exact.items()), reverse=True
        )
        if scores and scores[0][0] >= 0.88 and (len(scores) == 1 or scores[1][0] < scores[0][0] - 0.05):
            return scores[0][1]
        return None

    def within(self, text: str) -> list[tuple[str, str | None]]:
        """One choice written whole among other words ("service or team practice I'd say"): the choice,
        and the other words as a note for the person checking. Empty when no choice, or more than one, is."""
        norm = f" {normalise(text)} "
        held = [(key, choice) for key, choice in self.exact.items() if f" {key} " in norm]
        if len(held) != 1:
            return []
        words = r"[\W_]+".join(re.escape(word) for word in held[0][0].split())
        rest = re.sub(rf"(?i)\b{words}\b", " ", text, count=1).strip(" ,.;:-–—()")
        return [(text, held[0][1]), *([(NOTE + " ".join(rest.split()), None)] if rest else [])]

    def pieces(self, text: str) -> list[tuple[str, str | None]]:
        """(text, choice or None) for each choice named in a line such as "Early help, fostering and adoption".

        Words in brackets or after a spaced dash ("Other – Virtual School") are kept apart as a note:
        the piece is ("Other", "Other"), and the note is (" – Virtual School", None) with `NOTE` set.
        """
        if found := self.match(text, fuzzy=not _SEPARATORS.search(text)):
            return [(text, found)]
        bracketed = _BRACKETED.findall(text)
        if bracketed:
            main = _BRACKETED.sub(" ", text)
            return [
                *self.pieces(main),
                *((NOTE + note.strip("()[] "), None) for note in bracketed if note.strip("()[] ")),
            ]
        segments = [segment.strip() for segment in _SEPARATORS.split(text) if segment.strip(" .")]
        out, start = [], 0
        while start < len(segments):
            for end in range(len(segments), start + 1, -1):
                joined = ", ".join(segments[start:end])
                if found := self.match(joined, fuzzy=False):
                    out.append((joined, found))
                    start = end
                    break
            else:
                segment = segments[start].strip(" .")
                head, *after = _SPACED_DASH.split(segment, maxsplit=1)
                rest = after[0] if after else ""
                if rest.strip() and (found := self.match(head)):
                    out += [(head, found), (NOTE + rest.strip(), None)]
                    start += 1
                    continue
                parts = [part for part in _CONJUNCTIONS.split(segment) if part.strip()]
                matched = [self.match(part) for part in parts]
                if len(parts) > 1 and all(matched) and not self.match(segment):
                    out += list(zip(parts, matched, strict=True))
                elif (found := self.match(segment)) is None and (within := self.within(segment)):
                    out += within
                else:
                    out.append((segment, found))
                start += 1
        return out


#: A box before a choice, where several stand on one line ("☐ Kent ☒ Medway ☐ Slough").
_BOX_IN_LINE = re.compile(r"\s+(?=(?:[☐□▢◻⬜❑❒☒☑✓✔⊠]|\[\s*[xX✓✔]?\s*\])\s*\w)")
_ANY_BOX = re.compile(r"[☐□▢◻⬜❑❒☒☑✓✔⊠]|\[\s*[xX✓✔]?\s*\]")


def _box_lines(items: Items) -> list[str]:
    """The answer's lines, a line holding several boxes cut before each box."""
    lines = []
    for line in _lines(items):
        lines += _BOX_IN_LINE.split(line) if len(_ANY_BOX.findall(line)) > 1 else [line]
    return [line.strip() for line in lines if line.strip()]


@functools.lru_cache(maxsize=64)
def _matcher(choices: tuple[str, ...]) -> "_Choices":
    """A heading's choices made ready for matching, once per set of choices."""
    return _Choices(choices)


def _choices(spec: HeadingSpec, items: Items) -> Answer:
    matcher = _matcher(tuple(spec.choices))
    marked, boxes, plain = [], [], []
    for line in _box_lines(items):
        if mark := _MARKED.match(line):
            marked.append(line[mark.end() :])
        elif (mark := _MARKED_AFTER.search(line)) and line[: mark.start()].strip():
            marked.append(line[: mark.start()])
        elif box := _EMPTY_BOX.match(line):
            if line[box.end() :].strip():
                boxes.append(line[box.end() :])
        else:
            plain.append(line)
    untouched = sorted(matcher.match(box, fuzzy=False) or "" for box in boxes) == sorted(spec.choices)
    chosen_lines = marked + plain if marked or untouched else boxes + plain
    chosen, problems, notes = [], [], []
    for line in chosen_lines:
        for text, choice in matcher.pieces(line):
            if text.startswith(NOTE):
                notes.append(f"‘{spec.text}’: also written: ‘{text[1:]}’")
            elif choice is None:
                problems.append(f"‘{spec.text}’: ‘{text}’ is not one of the choices")
            elif choice not in chosen:
                chosen.append(choice)
    if spec.kind == Kind.SEVERAL_CHOICES:
        return Answer([choice for choice in spec.choices if choice in chosen] or None, problems, notes)
    if len(chosen) > 1:
        named = " and ".join(f"‘{choice}’" for choice in chosen)
        return Answer(None, [f"‘{spec.text}’: choose only one, but {named} were chosen", *problems], notes)
    return Answer(chosen[0] if chosen else None, problems, notes)


_NO_WORDS = re.compile(
    r"^(?:n\s*/\s*a|n\.a\.?|na|none|nil|nothing|not applicable|not needed|no thanks?)\b[\s.,:;!\-–—]*", re.I
)
_YES_WORDS = re.compile(
    r"^(?:happy|ok|okay|fine|sure|certainly|definitely|absolutely|of course|agreed?|i agree|we agree|please do)\b", re.I
)
_BUT = re.compile(r"\b(?:but|not|only|unless|except)\b|n[’']t\b", re.I)  # "Happy to share but not publish"
_DENIED = re.compile(
    r"^(?:not\b|never\b|nothing\b|(?:we|i|it|they)\s+(?:do|did|does|have|has)(?:\s+not\b|n[’']t\b))", re.I
)
_POLITE = re.compile(r"^(?:please|thanks|thank you|to both|for both|both|to both questions)[\s.!]*$", re.I)


_BOXED_WORDS = re.compile(
    r"(?:[☐□▢◻⬜❑❒☒☑✓✔⊠]|\[\s*[xX✓✔]?\s*\]|\(\s*[xX✓✔]?\s*\))\s*(?:yes|no)\b"
    r"|\b(?:yes|no)\s*(?:[☐□▢◻⬜❑❒☒☑✓✔⊠]|\[\s*[xX✓✔]?\s*\]|\(\s*[xX✓✔]?\s*\))",
    re.I,
)


def is_yes_or_no(text: str) -> bool:
    """Whether a line answers a yes-or-no question ("Yes", "N", "n/a", "☒ Yes ☐ No", "Happy to")."""
    first = text.strip().split("\n")[0]
    return bool(
        _YES_NO.match(first) or _NO_WORDS.match(first) or _YES_WORDS.match(first) or _MARK_BEFORE.search(first)
        or _MARK_AFTER.search(first) or first.lower().rstrip(".") in ("y", "n")
    )  # fmt: skip


def _yes_no(spec: HeadingSpec, items: Items) -> Answer:
    found = _yes_no_read(spec, items)
    if found.value and _POLITE.match(found.value["detail"]):
        return Answer({**found.value, "detail": ""}, found.problems)
    return found


def _yes_no_read(spec: HeadingSpec, items: Items) -> Answer:
    queue = list(items)
    answer, detail = None, []
    while queue and answer is None:
        text, listed = queue.pop(0)
        first, _newline, after = text.partition("\n")
        if after.strip():
            queue.insert(0, (after, listed))
        # "☐ Yes ☒ No" has its boxes before the words, "Yes ☐ No ☒" after them.
        patterns = (_MARK_BEFORE, _MARK_AFTER) if _BOX_FIRST.match(first) else (_MARK_AFTER, _MARK_BEFORE)
        boxes = {match.group(1).lower() for match in patterns[0].finditer(first)}
        boxes = boxes or {match.group(1).lower() for match in patterns[1].finditer(first)}
        if len(boxes) > 1:
            return Answer(None, [f"‘{spec.text}’: answer yes or no, not both"])
        if not boxes and (printed := _PRINTED_YES_NO.match(first)):
            first = first[printed.end() :]  # the line as printed, perhaps with more typed after it
            if not first.strip():
                continue
        if boxes:
            # "☒ Yes ☐ No – Life Story Works": what follows the boxes is the detail.
            answer, first = boxes.pop() == "yes", _BOXED_WORDS.sub(" ", first).strip(" -–—:;,.")
        elif first.strip().lower().rstrip(".") in ("y", "n"):
            answer, first = first.strip().lower().startswith("y"), ""
        elif found := _YES_NO.match(first):
            answer, first = found.group(1).lower().startswith("y"), first[found.end() :]
        elif spec.follow_up and (found := _NO_WORDS.match(first)):
            answer, first = False, first[found.end() :]  # "n/a", "None": there is no such thing
        elif _YES_WORDS.match(first) and len(first.split()) <= 6 and not queue and not _BUT.search(first):
            answer, first = True, ""  # "Happy for you to publish"
        elif spec.follow_up and _DENIED.match(first):
            answer = False  # "We don't use any", "Not really – it is a spreadsheet": no, the words kept as detail
        elif spec.follow_up:
            # The thing itself ("Zoom", "Google Classroom and Microsoft Teams") answers "yes", with the detail.
            detail = as_text(_follow_up_removed(spec, [(first, listed), *queue]))
            return Answer({"answer": True, "detail": detail}, []) if detail else Answer(None, [])
        else:
            said = as_text([(first, listed), *queue])
            return Answer(None, [f"‘{spec.text}’: answer yes or no (it says ‘{said}’)"])
        detail = [(first.strip(), False)] if first.strip() else []
    if answer is None:
        return Answer(None, [])
    if not spec.follow_up and queue:
        # Paragraphs after the answer to a question that asks for nothing more ("Many thanks, Kirsty").
        written = as_text(queue)
        return Answer({"answer": answer, "detail": as_text(detail)}, [], [f"‘{spec.text}’: also written: ‘{written}’"])
    return Answer({"answer": answer, "detail": as_text(_follow_up_removed(spec, detail + queue))}, [])


def _follow_up_removed(spec: HeadingSpec, items: Items) -> Items:
    """The detail without the printed follow-up line ("If yes: Name the supplier…") at its start."""
    if not spec.follow_up:
        return items
    label = follow_up_line(spec.follow_up).rstrip(".")
    pattern = re.compile(r"\s*".join(re.escape(word) for word in label.split()) + r"[\s.:\-–—]*", re.I)
    cleaned = [(pattern.sub("", text, count=1) if pattern.match(text) else text, listed) for text, listed in items]
    return [(text, listed) for text, listed in cleaned if text.strip()]


def _contact(spec: HeadingSpec, items: Items) -> Answer:
    """Labelled lines ("Name:", "Tel:") fill their part; the rest is read by what each piece is.

    In free text ("Gareth Okonjo, Deputy Headteacher, Virtual School Kent – gareth@… – 01632 960387",
    on one line or several) the email and the telephone number are found by their pattern, the name is
    the leading personal name, and the role is what remains, its own commas kept.
    """
    value = {part: "" for part, _label in CONTACT_PARTS}
    free, problems, notes = [], [], []

    def put(part: str, text: str) -> None:
        if text and value[part] and text != value[part]:
            label_text = dict(CONTACT_PARTS)[part].lower()
            problems.append(f"‘{spec.text}’: it gives more than one {label_text}, so ‘{text}’ was left out")
        elif text:
            value[part] = text

    lines = _labels_joined(_lines(items))
    if _elsewhere(lines):
        said = " ".join(lines)
        return Answer(None, [f"‘{spec.text}’: it says ‘{said}’, so the contact’s details must be checked"])
    for index, line in enumerate(lines):
        if _SIGN_OFF.match(line):
            # "Best wishes, Hollie": the letter's end, not the contact's details.
            notes.append(f"‘{spec.text}’: also written: ‘{' '.join(lines[index:])}’")
            break
        if _sentence(line):
            notes.append(f"‘{spec.text}’: also written: ‘{line}’")
            continue
        label = _LABEL.match(line)
        known = label is not None and normalise(label.group(1)) in _LABEL_PART
        part = _LABEL_PART[normalise(label.group(1))] if known else None
        text = label.group(2).strip() if known else line
        if part == "email" and (email := EMAIL.search(text)):
            text = email.group(0)
        if part is None:
            free.append(_WHO_LABEL.sub("", text, count=1))  # unlabelled, or labelled only "Contact" or "Lead"
        else:
            put(part, text)
    pieces, first_email = [], None
    for text in free:
        emails = EMAIL.findall(text)
        first_email = first_email or value["email"] or (emails[0] if emails else None)
        if emails and first_email not in emails:
            # A second person ("Deputy: Tom Eze, Team Manager, tom@…"): kept for the person checking.
            notes.append(f"‘{spec.text}’: also written: ‘{text}’")
            continue
        for email in EMAIL.findall(text):
            put("email", email.strip(".<>"))
        text = EMAIL.sub(" ; ", text)
        for phone in PHONE_IN_TEXT.findall(text):
            phone = phone.strip()
            put("phone", phone.lstrip("(") if phone.count("(") > phone.count(")") else phone)
        text = PHONE_IN_TEXT.sub(" ; ", text)
        text = re.sub(r"\b[A-Za-z][A-Za-z/ .\-]{0,30}[:.]\s*(?=;|$)", " ", text)  # "Tel/mobile:" left by the number
        text = _PHONE_WORD.sub(" ", _PRONOUNS.sub(" ", text))  # "mobile 07700…", "(she/her)": no part of the contact
        pieces += [piece.strip(" .:-–—") for piece in re.split(r"[,;:|()\[\]<>]|\s[-–—]\s|\s[-–—]$", text)]
    pieces = [piece for piece in pieces if piece.strip(" .:-–—")]
    if pieces and not value["name"]:
        named = [index for index, piece in enumerate(pieces) if _personal_name(piece)]
        if not named and len(pieces[0].split()) <= 4 and not _role_like(pieces[0]) and not value["role"]:
            named = [0]  # a lone name that does not look like one, such as "priya"
        if named:
            value["name"] = pieces.pop(named[0])
    role = [piece for piece in pieces if len(piece.split()) <= 12]
    notes += [f"‘{spec.text}’: also written: ‘{piece}’" for piece in pieces if len(piece.split()) > 12]
    if role:
        put("role", ", ".join(role))
    if any(_LABEL_PART.get(normalise(piece)) for piece in value["role"].split(",")):
        problems.append(f"‘{spec.text}’: the role ‘{value['role']}’ holds a label, so a detail may be misplaced")
    if re.search(r"\d{3}", value["role"]):
        problems.append(f"‘{spec.text}’: the role ‘{value['role']}’ holds numbers, so the telephone may be wrong")
    return Answer(value if any(value.values()) else None, problems, notes)


_PRONOUNS = re.compile(r"\(?\b(?:she|he|they|ze|xe)\s*/\s*(?:her|him|them|hers|his|theirs|zir|xem)\b\)?", re.I)
_PHONE_WORD = re.compile(r"\b(?:tel(?:ephone)?|phone|mob(?:ile)?|direct line)\s*(?=;)", re.I)
#: A question's number before a contact block's label ("5b. Job title").
_NUMBERED = re.compile(r"^\s*(?:q(?:uestion)?\s*)?\d{1,3}[a-z]?[.)]\s*", re.I)
#: A contact answer that points elsewhere ("Me – details below", "See my signature") instead of giving them.
_POINTER = re.compile(r"^(?:me|myself|see\b.*|.*\b(?:below|above|signature|overleaf)\b.*|as (?:above|before))$", re.I)


def _labels_joined(lines: list[str]) -> list[str]:
    """A label on a line of its own ("5b. Job title") joined to the line after it, its value."""
    joined: list[str] = []
    for line in lines:
        label = _LABEL_PART.get(normalise(_NUMBERED.sub("", line))) is not None
        labelled = (found := _LABEL.match(line)) is not None and normalise(found.group(1)) in _LABEL_PART
        if joined and joined[-1].endswith("\x00") and not label and not labelled:
            joined[-1] = joined[-1][:-1] + " " + line
        elif label:
            joined.append(_NUMBERED.sub("", line).rstrip(" :") + ":\x00")
        else:
            joined.append(line)
    return [line.rstrip("\x00") for line in joined]


def points_elsewhere(items: Items) -> bool:
    """Whether a contact answer points elsewhere ("Me – details below") instead of giving the details."""
    return _elsewhere(_lines(items))


def choices_named(choices: tuple[str, ...], line: str) -> set[str]:
    """The choices a line names whole, perhaps with generic words ("Oxfordshire County Council")."""
    matcher = _matcher(tuple(choices))
    norm = normalise(line)
    found = matcher.exact.get(norm) or matcher.loose.get(" ".join(w for w in norm.split() if w not in _GENERIC))
    return {found} if found else set()


def _elsewhere(lines: list[str]) -> bool:
    text = " ".join(lines)
    short = len(text.split()) <= 8
    return short and not EMAIL.search(text) and not PHONE_IN_TEXT.search(text) and bool(_POINTER.match(text.strip()))


#: A label that says whose details follow, not what they are ("Lead:", "Main contact:").
_WHO_LABEL = re.compile(r"^\s*(?:lead|main|primary|first|named)?\s*(?:contact|lead|officer)?\s*[:\-–—]\s+", re.I)
_SIGN_OFF = re.compile(
    r"^(?:best wishes|kind regards|warm regards|many thanks|thanks|thank you|regards|yours sincerely|yours faithfully"
    r"|best|cheers)\b[\s,.!]*(?:\w+[.!]?)?$",
    re.I,
)


def _sentence(line: str) -> bool:
    """A sentence written under the contact ("We are happy for this to be published…"), not a detail of it."""
    if EMAIL.search(line) or PHONE_IN_TEXT.search(line):
        return False
    words = line.split()
    return len(words) >= 6 and (
        line.rstrip().endswith((".", "!")) or bool(re.match(r"(?i)(?:we|i|our|please)\b", line))
    )


def _role_like(text: str) -> bool:
    return bool(set(normalise(text).split()) & ROLE_WORDS) or any(char.isdigit() for char in text)


def _personal_name(text: str) -> bool:
    """A person's name: two to four capitalised words, perhaps after a title, none of them a job or a place."""
    return bool(PERSONAL_NAME.match(text.strip())) and not _role_like(text)


def answer_value(spec: HeadingSpec, items: Items) -> Answer:
    """The answer to one heading; its value None when nothing usable was written."""
    if spec.kind in (Kind.ONE_CHOICE, Kind.SEVERAL_CHOICES) and spec.choices:
        return _choices(spec, items)
    if spec.kind == Kind.YES_NO:
        return _yes_no(spec, items)
    if spec.kind == Kind.CONTACT:
        return _contact(spec, items)
    return Answer(as_text(items) or None, [])
