"""Answers chosen from a heading's choices: boxes marked or names written, matched to the choices exactly,
loosely or in part. Words beside a choice are kept as a note; a name that is no choice is a problem."""

import functools
import re
from difflib import SequenceMatcher

from ...headings import HeadingSpec, Kind
from .text import Answer, Items, _lines, normalise

_MARKED = re.compile(r"^(?:[☒☑✓✔✗✘■⊠✅🗹🗷]|\[\s*[xX✓✔]\s*\]|\(\s*[xX✓✔]\s*\)|[xX](?=\s))\s*")
_MARKED_AFTER = re.compile(r"\s*(?:[-–:]\s*)?(?:[☒☑✓✔⊠]|\[\s*[xX✓✔]\s*\]|\(\s*[xX✓✔]\s*\)|(?<=\s)[xX])\s*$")
#: A tick and a cross before choices on lines of their own: where both are used, a cross marks a choice not taken;
#: a red cross (❌, ❎: beside green ticks ✅ on the chosen) says not this even alone.
_TICK = re.compile(r"^[✓✔✅☑]\s*")
_CROSS = re.compile(r"^[✗✘❌❎]\s*")
_RED_CROSS = re.compile(r"^[❌❎]")
_EMPTY_BOX = re.compile(r"^(?:[☐□▢◻⬜❑❒]|\[\s*\]|\(\s*\))\s*")
_SEPARATORS = re.compile(r"[;,|\n]")
_CONJUNCTIONS = re.compile(r"\s+(?:and|&|or)\s+|\s*/\s*", re.I)
_LEADING_CONJUNCTION = re.compile(r"^(?:and|or|&)\s+", re.I)
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
NOTE = "\x00"  # marks a note among the pieces of a choice
NOTE_WORDS = 8  # words beside a choice: longer ones may hold another answer, and mark it
_DOUBT_WORDS = re.compile(r" (?:not|no|except|apart from|instead|unless|until|formerly|previously|was|were|but) ")
_NUMBERED = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*[.)]?\s+[A-Za-z]")  # "1.4 Area of work"


_SPACED_DASH = re.compile(r"\s[-–—]\s")  # "Other – Virtual School"
_SMALL_WORDS = frozenset({"and", "of", "the", "&"})
_CAPITALS = re.compile(r"[A-Z]{2,7}")
_BEFORE = ("", "RB", "LB")  # a royal borough, a London borough
#: council, county or city council, borough council, …; a service or team named by its area's initials ("YJS")
_AFTER = ("", "C", "CC", "BC", "DC", "MBC", "UA", "S", "T")
_GENERIC = frozenset({"council", "county", "city", "borough", "royal", "of", "the", "district", "metropolitan"})
#: Short forms in common use for English councils and counties, by the name they stand for. A short form names
#: a choice only when that name is itself one of the heading's choices (matched exactly or with the generic
#: words left out): "Berks" names no choice among "West Berkshire" and "Reading".
SHORT_FORMS = {
    "hants": "Hampshire", "soton": "Southampton", "oxon": "Oxfordshire", "bucks": "Buckinghamshire",
    "berks": "Berkshire", "w berks": "West Berkshire", "wilts": "Wiltshire", "glos": "Gloucestershire",
    "herts": "Hertfordshire", "beds": "Bedfordshire", "cambs": "Cambridgeshire", "northants": "Northamptonshire",
    "notts": "Nottinghamshire", "leics": "Leicestershire", "lancs": "Lancashire", "staffs": "Staffordshire",
    "worcs": "Worcestershire", "warks": "Warwickshire", "derbys": "Derbyshire", "lincs": "Lincolnshire",
    "salop": "Shropshire", "yorks": "Yorkshire", "pompey": "Portsmouth", "brum": "Birmingham",
    "the wight": "Isle of Wight", "windsor": "Windsor and Maidenhead", "bournemouth christchurch poole":
    "Bournemouth, Christchurch and Poole",
}  # fmt: skip
ABBREVIATED_LEAST, ABBREVIATED_MOST = 4, 6  # letters of a council's abbreviation read in an email address ("rbwm")
SPELLED_LEAST = 3  # letters at least of initials with the small words, read in an email address ("iow")
_INITIALS = re.compile(r"(?=(?:.*[A-Z]){2})[A-Za-z&]{2,6}")  # "IoW", "B&H", "RBWM": two capitals at least


class _Choices:
    def __init__(self, choices: tuple[str, ...]):
        self.choices = choices
        self.exact = {normalise(choice): choice for choice in choices}
        self.compact = {key.replace(" ", ""): choice for key, choice in self.exact.items()}
        loose: dict[str, list[str]] = {}
        for key, choice in self.exact.items():
            loose.setdefault(" ".join(w for w in key.split() if w not in _GENERIC), []).append(choice)
        self.loose = {key: found[0] for key, found in loose.items() if key and len(found) == 1}
        initials: dict[str, list[str]] = {}
        for key, choice in self.exact.items():
            letters = "".join(word[0] for word in key.split() if word not in _SMALL_WORDS)
            if len(letters) > 1:
                initials.setdefault(letters, []).append(choice)
        self.initials = {letters: found[0] for letters, found in initials.items() if len(found) == 1}
        # Initials written with the small words ("IoW", "B&H" for Brighton and Hove), when only one choice has them.
        spelled: dict[str, list[str]] = {}
        for key, choice in self.exact.items():
            if any(word in _SMALL_WORDS for word in key.split()):
                words = key.split()
                for letters in {"".join(w[0] for w in words), "".join("&" if w == "and" else w[0] for w in words)}:
                    spelled.setdefault(letters, []).append(choice)
        self.spelled = {letters: found[0] for letters, found in spelled.items() if len(found) == 1}
        self.short = {}
        for short, name in SHORT_FORMS.items():
            name_key = normalise(name)
            found = self.exact.get(name_key) or self.loose.get(
                " ".join(w for w in name_key.split() if w not in _GENERIC)
            )
            if found:
                self.short[short] = found

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
        if found := self._short(text.strip(), norm):
            return found
        # The choice given in part ("Whole system", "social care"), when only one choice holds those words.
        words = set(norm.split()) - _GENERIC - {"and", "or"}
        holding = [choice for key, choice in self.exact.items() if words and words <= set(key.split())]
        if len(holding) == 1:
            return holding[0]
        if found := self._abbreviated(text.strip(), norm):
            return found
        scores = sorted(
            ((SequenceMatcher(None, norm, key).ratio(), choice) for key, choice in self.exact.items()), reverse=True
        )
        if scores and scores[0][0] >= 0.88 and (len(scores) == 1 or scores[1][0] < scores[0][0] - 0.05):
            return scores[0][1]
        return None

    def _short(self, text: str, norm: str) -> str | None:
        """The one choice a short form in common use names ("Hants", "Soton", "IoW", "B&H"), perhaps with the
        council's generic words ("Hants County Council")."""
        if _INITIALS.fullmatch(text) and (found := self.spelled.get(text.lower())):
            return found
        return self.short.get(norm) or self.short.get(" ".join(w for w in norm.split() if w not in _GENERIC))

    def _abbreviated(self, text: str, norm: str) -> str | None:
        """The one choice a council's abbreviation names: its initials in capitals, with the council's kind
        after them or a royal borough's before ("ESCC", "BHCC", "RBWM", "SEND" stays a choice of its own), or
        a word cut to its first letter ("W Sussex", "E. Sussex")."""
        if _CAPITALS.fullmatch(text):
            found = {
                self.initials.get(text[len(before) : len(text) - len(after)].lower())
                for before in _BEFORE
                for after in _AFTER
                if text.startswith(before) and text.endswith(after) and len(text) > len(before) + len(after)
            } - {None}
            return found.pop() if len(found) == 1 else None
        words = norm.split()
        if not any(len(word) == 1 for word in words) or len(words) < 2:
            return None
        fits = [
            choice
            for key, choice in self.exact.items()
            if len(key.split()) == len(words)
            and all(
                word == other or (len(word) == 1 and other.startswith(word))
                for word, other in zip(words, key.split(), strict=True)
            )
        ]
        return fits[0] if len(fits) == 1 else None

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


def ticked_items(text: str) -> list[str] | None:
    """The words of the ticked items of one line of several boxes ("☐ Youth Offending Team ☒ Fostering Team"),
    for a heading answered in words whose form listed the council's own options; None when it is no such line."""
    if "\n" in text or len(_ANY_BOX.findall(text)) < 2:
        return None
    parts = [part.strip() for part in _BOX_IN_LINE.split(text) if part.strip()]
    if not all(_ANY_BOX.match(part) for part in parts):
        return None
    return [part[mark.end() :].strip() for part in parts if (mark := _MARKED.match(part))]


@functools.lru_cache(maxsize=64)
def _matcher(choices: tuple[str, ...]) -> "_Choices":
    """A heading's choices made ready for matching, once per set of choices."""
    return _Choices(choices)


def _choices(spec: HeadingSpec, items: Items) -> Answer:
    matcher = _matcher(tuple(spec.choices))
    marked, boxes, plain = [], [], []
    lines = _box_lines(items)
    crossing = any(_TICK.match(line) for line in lines) and any(_CROSS.match(line) for line in lines)
    for line in lines:
        if _CROSS.match(line) and (crossing or _RED_CROSS.match(line)):
            continue  # "✓ SEND" beside "✗ Early help", or "❌ Early help": the cross says not this
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
    chosen, problems, notes, beside = [], [], [], []
    for line in chosen_lines:
        for text, choice in matcher.pieces(line):
            if text.startswith(NOTE):
                notes.append(f"‘{spec.text}’: also written: ‘{text[1:]}’")
                beside.append(text[1:])
            elif choice is None:
                problems.append(f"‘{spec.text}’: ‘{text}’ is not one of the choices")
            elif choice not in chosen:
                chosen.append(choice)
    quiet = bool(chosen) and not any(_doubtful(matcher, chosen, note) for note in beside)
    if spec.kind == Kind.SEVERAL_CHOICES:
        return Answer([choice for choice in spec.choices if choice in chosen] or None, problems, notes, quiet)
    if len(chosen) > 1 and (lead := _lead(matcher, chosen_lines, chosen)):
        partners = " and ".join(f"‘{choice}’" for choice in chosen if choice != lead)
        kept = [note for note, words in zip(notes, beside, strict=True) if not _PARTNER_WORDS.fullmatch(words)]
        return Answer(lead, problems, [*kept, f"‘{spec.text}’: {partners} also named, as a partner"])
    if len(chosen) > 1:
        named = " and ".join(f"‘{choice}’" for choice in chosen)
        return Answer(None, [f"‘{spec.text}’: choose only one, but {named} were chosen", *problems], notes)
    return Answer(chosen[0] if chosen else None, problems, notes, quiet)


#: A partner named after the one choice that leads: "Brighton & Hove, with East Sussex", "Kent (lead) and Medway".
_PARTNER = re.compile(
    r"\s*[,;]?\s*\b(?:(?:jointly|together|working|in partnership)\s+with|with|alongside|supported by|and partners?)\s+",
    re.I,
)
_PARTNER_WORDS = re.compile(r"\W*(?:with|lead|jointly|together|alongside|partners?|and)?\W*", re.I)  # left as notes
_LEAD = re.compile(r"\(\s*(?:the\s+)?lead(?:\s+(?:authority|council|partner))?\s*\)", re.I)


def _lead(matcher: "_Choices", lines: list[str], chosen: list[str]) -> str | None:
    """The one choice a single line names as leading, the others after it as partners ("Brighton & Hove, with
    East Sussex") or it marked "(lead)"; None for two named alike ("Kent and Medway jointly")."""
    if len(lines) != 1:
        return None
    line = lines[0]
    if len(marked := _LEAD.split(line)) == 2:  # "Kent (lead) and Medway": the choice just before "(lead)"
        before = [choice for piece in _SEPARATORS.split(marked[0]) for _t, choice in matcher.pieces(piece) if choice]
        return before[-1] if before and before[-1] in chosen else None
    first, *partner = _PARTNER.split(line, maxsplit=1)
    named = [choice for _text, choice in matcher.pieces(first) if choice]
    return named[0] if partner and len(named) == 1 and named[0] in chosen else None


def _doubtful(matcher: "_Choices", chosen: list[str], note: str) -> bool:
    """Words beside a choice that may change it: they name another of the heading's choices, say no or
    except, read as a numbered heading left in ("1.4 Area of work"), or are long enough to hold an answer.
    Words that only qualify it ("Virtual School Kent", "I'd say", "prison family liaison") do not."""
    norm = f" {normalise(note)} "
    others = [key for key, choice in matcher.exact.items() if choice not in chosen]
    others += [key for key, choice in matcher.loose.items() if choice not in chosen]
    return (
        len(note.split()) > NOTE_WORDS
        or any(f" {key} " in norm for key in others)
        or bool(_DOUBT_WORDS.search(norm) or _NUMBERED.match(note))
    )


def choices_named(choices: tuple[str, ...], line: str) -> set[str]:
    """The choices a line names whole, perhaps with generic words ("Oxfordshire County Council")."""
    matcher = _matcher(tuple(choices))
    norm = normalise(line)
    found = matcher.exact.get(norm) or matcher.loose.get(" ".join(w for w in norm.split() if w not in _GENERIC))
    return {found} if found else set()


def short_form_of(choices: tuple[str, ...], word: str) -> str | None:
    """The choice a short form in common use names ("hants": Hampshire; "iow": Isle of Wight; "rbwm": Windsor
    and Maidenhead, a council's abbreviation of 4 letters or more), or None."""
    matcher, word = _matcher(tuple(choices)), word.lower()
    found = matcher.short.get(word) or (matcher.spelled.get(word) if len(word) >= SPELLED_LEAST else None)
    if not found and ABBREVIATED_LEAST <= len(word) <= ABBREVIATED_MOST and word.isalpha():
        found = matcher._abbreviated(word.upper(), word)
    return found
