"""What every kind of answer shares: the `Answer`, text normalised for comparing, the lines written, and
the placeholder or Word prompt left in a box where nothing was typed."""

import functools
import re
import unicodedata
from typing import NamedTuple

from ..build import PLACEHOLDER

Items = list[tuple[str, bool | int]]  # (text, depth in a list: 0 or False when not listed)


class Answer(NamedTuple):
    value: object  # None when nothing usable was written
    problems: list[str]  # what could not be read for certain: reported, never guessed
    notes: list[str] = []  # words written beside the answer that are not part of it, kept for the person checking
    #: the notes only qualify an answer read for certain ("Kent (Virtual School Kent)"): shown, the answer not marked
    quiet: bool = False


_PLACEHOLDER = re.compile(r"\s*".join(re.escape(word) for word in PLACEHOLDER.rstrip(".").split()) + r"\.?", re.I)


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


#: A template's own placeholder left in front of or inside what was typed: an instruction in square brackets
#: ("[Insert text here]", "[Enter name]") or a field's name in angle brackets ("<Name>", "<Team name>", "<Email>").
TEMPLATE_PLACEHOLDER = re.compile(
    r"\[\s*(?i:insert|enter|type|add|write)\b[^\[\]\n]{0,40}\]|<[A-Z][A-Za-z]*(?: [A-Za-z]+){0,2}>[ \t]*"
)


#: Word's prompt left in front of what was typed after it ("Type here Walsall"): the prompt is not the answer's.
PROMPT_BEFORE = re.compile(
    r"^[ \t]*[\[(]?(?i:click or tap here to enter text|click here to enter text|enter text here|type here"
    r"|type your answer here)[.\])]*[ \t:]+(?=\S)",
    re.M,
)


#: The form's own example answer left in the box, a paragraph of its own ("e.g. Hybrid child protection
#: conferences", "Example: Kent"): one short line with no sentence in it, so never an answer's own "e.g." aside.
FORM_EXAMPLE = re.compile(r"^\s*[(\[]?(?i:e\.\s?g\.?|eg\.|for example|example)[:,]?\s+[^.;\n]{1,80}?[)\]]?\s*$")


def placeholder_removed(text: str) -> str:
    if WORD_PROMPT.match(text) or FORM_EXAMPLE.match(text):
        return ""
    text = PROMPT_BEFORE.sub("", text)
    if TEMPLATE_PLACEHOLDER.search(text):
        text = re.sub(r"[ \t]{2,}", " ", TEMPLATE_PLACEHOLDER.sub("", text)).strip()
    return _PLACEHOLDER.sub("", text).strip() if "answer" in text.lower() else text


def as_text(items: Items) -> str:
    """Paragraphs separated by a blank line; consecutive list items as lines starting "- ", a nested item's
    indented by two spaces a level (`listed` is the item's depth in its list: 1, or 2 and more when nested)."""
    if len(items) == 1:
        return items[0][0].strip()  # one bullet point on its own is the answer, not a list
    out, previous_listed = [], False
    for text, listed in items:
        if out:
            out.append("\n" if listed and previous_listed else "\n\n")
        out.append("  " * (int(listed) - 1) + f"- {text}" if listed else text)
        previous_listed = listed
    return "".join(out).strip()


def _lines(items: Items) -> list[str]:
    return [line.strip() for text, _listed in items for line in text.split("\n") if line.strip()]
