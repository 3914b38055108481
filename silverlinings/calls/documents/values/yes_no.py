"""Yes-or-no answers: the words, a marked box ("☒ Yes ☐ No"), "n/a" and the like, and the detail a
follow-up asks for, without the follow-up's printed line."""

import re

from ...headings import HeadingSpec
from ..build import follow_up_line
from .text import Answer, Items, as_text

_PRINTED_YES_NO = re.compile(r"^\s*yes\s*/\s*no\b[\s.,:;\-–—]*", re.I)
_YES_NO = re.compile(r"^(yes|yeah|yep|yup|no|nope|nah)\b[\s.,:;!\-–—/]*", re.I)
_MARK = r"(?:[☒☑✓✔⊠]|(?<!\w)[xX]|\[\s*[xX✓✔]\s*\]|\(\s*[xX✓✔]\s*\))"
_MARK_BEFORE = re.compile(_MARK + r"\s*(yes|no)\b", re.I)
_BOX_FIRST = re.compile(r"^\s*(?:[☐□☒☑✓✔⊠\[(]|[xX]\s)")
_MARK_AFTER = re.compile(r"\b(yes|no)\s*" + _MARK.replace("(?<!\\w)[xX]", "[xX](?!\\w)"), re.I)


#: A yes or no in Welsh ("Ydw", "Ie", "Cewch"; "Nac ydw", "Naddo"): the Welsh form's consents answered in Welsh.
_WELSH = re.compile(
    r"^(ydw|ydy|ydyn|ydym|ydyw|ie|oes|cewch|gallwch|naddo|nac ydw|nac ydy|nac ydyn|nac oes|na chewch)\b"
    r"[\s.,:;!\-–—/]*",
    re.I,
)
#: A tick or a cross on its own under a yes-or-no question.
_TICK, _CROSS = ("✓", "✔", "☑", "✅"), ("✗", "✘", "❌")
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
#: Neither yes nor no yet: "Unsure – …", "TBC", "Don't know", "Partly": asked for, never read as the thing itself.
_UNDECIDED = re.compile(
    r"^(?:unsure|not sure|uncertain|unknown|not known|don[’']t know|do not know|tbc|t\.b\.c\.?|tbd|to be (?:confirmed"
    r"|decided|agreed|checked)|undecided|maybe|possibly|perhaps|partly|partially|in part|need to check|awaiting)\b",
    re.I,
)
#: A no for now, the rest its detail: "Not yet – we are looking at a rota app".
_NOT_YET = re.compile(r"^(?:not yet|not as yet|not currently|not at (?:the moment|present))\b[\s.,:;!\-–—]*", re.I)
#: "No objection", "No problem at all": a yes, to a question that asks for nothing more.
_NO_OBJECTION = re.compile(
    r"^no\s+(?:objections?|problems?|issues?|concerns?)\b(?:\s+(?:at all|whatsoever|here))?[\s.,:;!\-–—]*", re.I
)
#: An emoji's presentation selector, written after a tick by phones and emoji pickers ("✔️ Yes").
_PRESENTATION = re.compile("[\ufe0e\ufe0f]")
#: What is left of a printed "Yes / No" when the writer deletes the first word: the slash before the other.
_SLASH_LEFT = re.compile(r"^\s*/\s*(?=(?:yes|no)\b)", re.I)
#: Made by the writer's own people, bought from nobody: "In-house (no supplier)", "Home-grown spreadsheet".
_MADE_HERE = re.compile(
    r"^(?:(?:built|made|developed|written)\s+)?(?:in[- ]house|home[- ]?grown)\b"
    r"|\bno\s+(?:external\s+|outside\s+|third[- ]party\s+)?suppliers?\b",
    re.I,
)
_WORDS = re.compile(r"\w")  # a detail with no letter or digit ("👍", "!!") says nothing more
_POLITE = re.compile(r"^(?:please|thanks|thank you|to both|for both|both|to both questions)[\s.!]*$", re.I)


BOXED_WORDS = re.compile(
    r"(?:[☐□▢◻⬜❑❒☒☑✓✔⊠]|\[\s*[xX✓✔]?\s*\]|\(\s*[xX✓✔]?\s*\))\s*(?:yes|no)\b"
    r"|\b(?:yes|no)\s*(?:[☐□▢◻⬜❑❒☒☑✓✔⊠]|\[\s*[xX✓✔]?\s*\]|\(\s*[xX✓✔]?\s*\))",
    re.I,
)


def is_yes_or_no(text: str) -> bool:
    """Whether a line answers a yes-or-no question ("Yes", "N", "n/a", "☒ Yes ☐ No", "Happy to", "Ie / Yes")."""
    first = _PRESENTATION.sub("", text.strip().split("\n")[0])
    return bool(
        _YES_NO.match(first) or _NO_WORDS.match(first) or _YES_WORDS.match(first) or _MARK_BEFORE.search(first)
        or _MARK_AFTER.search(first) or first.lower().rstrip(".") in ("y", "n") or halves(first)
        or _WELSH.match(first) or first.strip() in _TICK + _CROSS
    )  # fmt: skip


#: An answer in two halves ("Ie / Yes", "Na / No", "Y / Y"): the same answer in two languages, or one answer
#: to each of two questions asked together. Each half is a word or two.
_HALVES = re.compile(r"^\s*(\w[\w’']*(?:\s\w[\w’']*)?)\s*/\s*(\w[\w’']*(?:\s\w[\w’']*)?)\s*[.!]?\s*$")


def _half(text: str, *, none_words: bool) -> bool | None:
    word = text.strip().lower()
    if word in ("y", "n") or _YES_NO.fullmatch(word):
        return word.startswith("y")
    if none_words and _NO_WORDS.fullmatch(word):
        return False
    return None


def halves(line: str, *, none_words: bool = False) -> list[bool]:
    """The yes or no of each half of "Ie / Yes", "Y / N" (a half that is no yes or no, such as "Ie", is left
    out); empty when the line is not two halves or neither half is a yes or no. `none_words`: "Na", "n/a"
    mean no (for a question with a follow-up)."""
    found = _HALVES.match(line)
    if found is None or _PRINTED_YES_NO.fullmatch(line.strip()) or _NO_WORDS.fullmatch(line.strip()):  # "N/A"
        return []
    values = [_half(found.group(index), none_words=none_words) for index in (1, 2)]
    return [value for value in values if value is not None]


#: A yes or no marked with an asterisk ("Yes*"): its note is somewhere else in the document, perhaps a condition.
_STARRED = re.compile(r"^\s*(?:yes|no|y|n)\s*\*+\s*$", re.I)


def _yes_no(spec: HeadingSpec, items: Items) -> Answer:
    found = _yes_no_read(spec, items)
    if found.value and items and _STARRED.match(items[0][0].split("\n")[0]):
        note = f"‘{spec.text}’: ‘{items[0][0].strip()}’ has an asterisk: its note, perhaps a condition, is elsewhere"
        return Answer(
            {**found.value, "detail": found.value["detail"].strip("* ")}, found.problems, [*found.notes, note]
        )
    detail = found.value["detail"] if found.value else ""
    if found.value and (_POLITE.match(detail) or (detail and not _WORDS.search(detail))):
        return Answer({**found.value, "detail": ""}, found.problems)
    return found


def _yes_no_read(spec: HeadingSpec, items: Items) -> Answer:
    queue = list(items)
    answer, detail = None, []
    while queue and answer is None:
        text, listed = queue.pop(0)
        first, _newline, after = text.partition("\n")
        first = _SLASH_LEFT.sub("", _PRESENTATION.sub("", first))  # "/ No": the printed "Yes / No", "Yes" deleted
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
            answer, first = boxes.pop() == "yes", BOXED_WORDS.sub(" ", first).strip(" -–—:;,.")
        elif first.strip().lower().rstrip(".") in ("y", "n"):
            answer, first = first.strip().lower().startswith("y"), ""
        elif first.strip() in _TICK + _CROSS:
            answer, first = first.strip() in _TICK, ""
        elif values := halves(first, none_words=bool(spec.follow_up)):
            if len(set(values)) > 1:  # "Y / N": one answer for each of two questions, not this one's alone
                return Answer(None, [f"‘{spec.text}’: it says ‘{first.strip()}’: a yes and a no"])
            answer, first = values[0], ""
        elif _UNDECIDED.match(first.strip()):
            said = as_text([(first, listed), *queue])
            return Answer(None, [f"‘{spec.text}’: answer yes or no (it says ‘{said}’)"])
        elif not spec.follow_up and (found := _NO_OBJECTION.match(first)):
            answer, first = True, first[found.end() :]
        elif found := _YES_NO.match(first):
            answer, first = found.group(1).lower().startswith("y"), first[found.end() :]
        elif found := _WELSH.match(first):
            answer, first = not found.group(1).lower().startswith("na"), first[found.end() :]
        elif spec.follow_up and (found := _NO_WORDS.match(first)):
            answer, first = False, first[found.end() :]  # "n/a", "None": there is no such thing
        elif _YES_WORDS.match(first) and len(first.split()) <= 6 and not queue and not _BUT.search(first):
            answer, first = True, ""  # "Happy for you to publish"
        elif found := _NOT_YET.match(first):
            answer, first = False, first[found.end() :]
        elif spec.follow_up and _DENIED.match(first):
            answer = False  # "We don't use any", "Not really – it is a spreadsheet": no, the words kept as detail
        elif spec.follow_up and _MADE_HERE.search(first):
            answer = False  # "In-house (no supplier)": nothing bought, the words kept as detail
        elif spec.follow_up:
            # The thing itself ("Zoom", "Google Classroom and Microsoft Teams") answers "yes", with the detail.
            detail = as_text(_follow_up_removed(spec, [(first, listed), *queue]))
            return Answer({"answer": True, "detail": detail}, []) if detail else Answer(None, [])
        else:
            said = as_text([(first, listed), *queue])
            return Answer(None, [f"‘{spec.text}’: answer yes or no (it says ‘{said}’)"])
        detail = [(first.strip(), False)] if first.strip() and not _said_again(first, answer) else []
    if answer is None:
        return Answer(None, [])
    if not spec.follow_up and queue:
        # Paragraphs after the answer to a question that asks for nothing more ("Many thanks, Kirsty").
        written = as_text(queue)
        return Answer({"answer": answer, "detail": as_text(detail)}, [], [f"‘{spec.text}’: also written: ‘{written}’"])
    return Answer({"answer": answer, "detail": _unbracketed(as_text(_follow_up_removed(spec, detail + queue)))}, [])


#: A detail that only says the answer again: the answer's own word ("Nah – No") or, after a yes, an assent
#: ("yes fine", "Yes of course."): it says nothing more.
_ASSENT = re.compile(r"^(?:fine|ok|okay|sure|of course|certainly|definitely|absolutely|no problem)[\s.!]*$", re.I)


def _said_again(rest: str, answer: bool) -> bool:
    rest = rest.strip(" .,;:!-–—")
    again = _YES_NO.match(rest)
    if again and not rest[again.end() :].strip() and again.group(1).lower().startswith("y") == answer:
        return True
    return answer and bool(_ASSENT.match(rest))


def _unbracketed(detail: str) -> str:
    """A detail written wholly in brackets after the yes or no ("No (SystmOne for the notes)") without them."""
    inner = detail[1:-1] if detail.startswith("(") and detail.endswith(")") else ""
    return inner.strip() if inner.strip() and "(" not in inner and ")" not in inner else detail


def _follow_up_removed(spec: HeadingSpec, items: Items) -> Items:
    """The detail without the printed follow-up line ("If yes: Name the supplier…") at its start."""
    if not spec.follow_up:
        return items
    label = follow_up_line(spec.follow_up).rstrip(".")
    pattern = re.compile(r"\s*".join(re.escape(word) for word in label.split()) + r"[\s.:\-–—]*", re.I)
    cleaned = [(pattern.sub("", text, count=1) if pattern.match(text) else text, listed) for text, listed in items]
    return [(text, listed) for text, listed in cleaned if text.strip()]
