"""Turn the lines written under a heading into an answer of the heading's kind.

Each function takes the answer's paragraphs as (text, is list item) pairs and returns (value or None
when blank, problems). A value that cannot be read for certain is reported and left out, never guessed.
"""

import re
import unicodedata
from difflib import SequenceMatcher

from ..headings import CONTACT_PARTS, HeadingSpec, Kind
from .build import PLACEHOLDER, follow_up_line

Items = list[tuple[str, bool]]

_PLACEHOLDER = re.compile(r"\s*".join(re.escape(word) for word in PLACEHOLDER.rstrip(".").split()) + r"\.?", re.I)
_MARKED = re.compile(r"^(?:[☒☑✓✔✗✘■⊠✅🗹🗷]|\[\s*[xX✓✔]\s*\]|\(\s*[xX✓✔]\s*\)|[xX](?=\s))\s*")
_MARKED_AFTER = re.compile(r"\s*(?:[-–:]\s*)?(?:[☒☑✓✔⊠]|\[\s*[xX✓✔]\s*\]|\(\s*[xX✓✔]\s*\)|(?<=\s)[xX])\s*$")
_EMPTY_BOX = re.compile(r"^(?:[☐□▢◻⬜❑❒]|\[\s*\]|\(\s*\))\s*")
_SEPARATORS = re.compile(r"[;,|\n]")
_CONJUNCTIONS = re.compile(r"\s+(?:and|&|or)\s+|\s*/\s*", re.I)
_LEADING_CONJUNCTION = re.compile(r"^(?:and|or|&)\s+", re.I)
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
    "name": ("name", "full name", "contact name", "your name"),
    "role": ("role", "job title", "title", "position", "job role", "job", "role or job title"),
    "email": ("email", "e mail", "email address", "e mail address", "mail"),
    "phone": ("telephone", "phone", "tel", "mobile", "telephone number", "phone number", "mobile number", "tel no"),
}
_LABEL_PART = {label: part for part, labels in CONTACT_LABELS.items() for label in labels}
_LABEL_PART |= {"contact": None, "contact details": None}


def normalise(text: str) -> str:
    """Lower case, quotes and dashes unified, '&' as 'and', punctuation as single spaces."""
    text = unicodedata.normalize("NFKC", text).lower().replace("&", " and ")
    text = re.sub(r"['’‘`´]", "", text)
    return re.sub(r"[\W_]+", " ", text).strip()


def placeholder_removed(text: str) -> str:
    return _PLACEHOLDER.sub("", text).strip() if "answer" in text.lower() else text


def as_text(items: Items) -> str:
    """Paragraphs separated by a blank line; consecutive list items as lines starting "- "."""
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
        scores = sorted(
            ((SequenceMatcher(None, norm, key).ratio(), choice) for key, choice in self.exact.items()), reverse=True
        )
        if scores and scores[0][0] >= 0.88 and (len(scores) == 1 or scores[1][0] < scores[0][0] - 0.05):
            return scores[0][1]
        return None

    def pieces(self, text: str) -> list[tuple[str, str | None]]:
        """(text, choice or None) for each choice named in a line such as "Early help, fostering and adoption"."""
        if found := self.match(text, fuzzy=not _SEPARATORS.search(text)):
            return [(text, found)]
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
                parts = [part for part in _CONJUNCTIONS.split(segment) if part.strip()]
                matched = [self.match(part) for part in parts]
                if len(parts) > 1 and all(matched) and not self.match(segment):
                    out += list(zip(parts, matched, strict=True))
                else:
                    out.append((segment, self.match(segment)))
                start += 1
        return out


def _choices(spec: HeadingSpec, items: Items) -> tuple[object, list[str]]:
    matcher = _Choices(spec.choices)
    marked, boxes, plain = [], [], []
    for line in _lines(items):
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
    chosen, problems = [], []
    for line in chosen_lines:
        for text, choice in matcher.pieces(line):
            if choice is None:
                problems.append(f"‘{spec.text}’: ‘{text}’ is not one of the choices")
            elif choice not in chosen:
                chosen.append(choice)
    if spec.kind == Kind.SEVERAL_CHOICES:
        return ([choice for choice in spec.choices if choice in chosen] or None), problems
    if len(chosen) > 1:
        named = " and ".join(f"‘{choice}’" for choice in chosen)
        return None, [f"‘{spec.text}’: choose only one, but {named} were chosen", *problems]
    return (chosen[0] if chosen else None), problems


def _yes_no(spec: HeadingSpec, items: Items) -> tuple[object, list[str]]:
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
            return None, [f"‘{spec.text}’: answer yes or no, not both"]
        if not boxes and (printed := _PRINTED_YES_NO.match(first)):
            first = first[printed.end() :]  # the line as printed, perhaps with more typed after it
            if not first.strip():
                continue
        if boxes:
            answer, first = boxes.pop() == "yes", ""
        elif first.strip().lower().rstrip(".") in ("y", "n"):
            answer, first = first.strip().lower().startswith("y"), ""
        elif found := _YES_NO.match(first):
            answer, first = found.group(1).lower().startswith("y"), first[found.end() :]
        else:
            said = as_text([(first, listed), *queue])
            return None, [f"‘{spec.text}’: answer yes or no (it says ‘{said}’)"]
        detail = [(first.strip(), False)] if first.strip() else []
    if answer is None:
        return None, []
    return {"answer": answer, "detail": as_text(_follow_up_removed(spec, detail + queue))}, []


def _follow_up_removed(spec: HeadingSpec, items: Items) -> Items:
    """The detail without the printed follow-up line ("If yes: Name the supplier…") at its start."""
    if not spec.follow_up:
        return items
    label = follow_up_line(spec.follow_up).rstrip(".")
    pattern = re.compile(r"\s*".join(re.escape(word) for word in label.split()) + r"[\s.:\-–—]*", re.I)
    cleaned = [(pattern.sub("", text, count=1) if pattern.match(text) else text, listed) for text, listed in items]
    return [(text, listed) for text, listed in cleaned if text.strip()]


def _contact(spec: HeadingSpec, items: Items) -> tuple[object, list[str]]:
    value = {part: "" for part, _label in CONTACT_PARTS}
    unlabelled, problems = [], []
    for line in _lines(items):
        label = _LABEL.match(line)
        known = label is not None and normalise(label.group(1)) in _LABEL_PART
        part = _LABEL_PART[normalise(label.group(1))] if known else None
        text = label.group(2).strip() if known else line
        if part == "email" and (email := EMAIL.search(text)):
            text = email.group(0)
        if part is None:
            # Unlabelled, or labelled only "Contact": told apart by what each piece is.
            unlabelled += [piece.strip() for piece in re.split(r"[,;|]", text) if piece.strip()]
        elif text and value[part]:
            label_text = dict(CONTACT_PARTS)[part].lower()
            problems.append(f"‘{spec.text}’: it gives more than one {label_text}, so ‘{text}’ was left out")
        elif text:
            value[part] = text
    for piece in unlabelled:
        email = EMAIL.search(piece)
        if email and not value["email"]:
            value["email"] = email.group(0)
        elif PHONE.match(piece) and sum(char.isdigit() for char in piece) >= 7 and not value["phone"]:
            value["phone"] = piece
        elif not value["name"] and not email:
            value["name"] = piece
        elif not value["role"] and not email:
            value["role"] = piece
        else:
            problems.append(f"‘{spec.text}’: we could not tell what ‘{piece}’ is")
    return (value if any(value.values()) else None), problems


def answer_value(spec: HeadingSpec, items: Items) -> tuple[object, list[str]]:
    """(value, problems) for one heading; value None when nothing usable was written."""
    if spec.kind in (Kind.ONE_CHOICE, Kind.SEVERAL_CHOICES) and spec.choices:
        return _choices(spec, items)
    if spec.kind == Kind.YES_NO:
        return _yes_no(spec, items)
    if spec.kind == Kind.CONTACT:
        return _contact(spec, items)
    return (as_text(items) or None), []
