"""The segments a returned document is cut into (a heading and the paragraphs under it), the measures and
patterns that tell a heading from an answer, and the call's headings made ready for reading.
"""

import functools
import re
from dataclasses import dataclass, field

from ..headings import HeadingSpec
from .build import HOW_TO, HOW_TO_HEADING, follow_up_line, guidance_lines
from .meaning import NUMBERING, Meaning
from .values.contact import CONTACT_LABEL_PARTS, label_key
from .values.text import normalise
from .walk import Row

MEANS = 0.35  # a heading-like paragraph with at least this score means a heading
PLAIN_QUESTION = 0.45  # a plain line ending in ":" or "?"
PLAIN_LABEL = 0.5  # the label of a plain "Label: answer" line
PLAIN_LINE = 0.9  # any other short plain line
PLAIN_SHORT = 0.5  # a plain line of a few words with no mark at all, after an answer
PLAIN_SHORT_WORDS = 5
PLAIN_LIST = 0.7  # the same for an item of a numbered or bulleted list, of up to PLAIN_LIST_WORDS words
PLAIN_LIST_WORDS = 8
HEADER = 0.8  # each cell of a table row of headings across the top, made only of heading words
#: How surely each look makes a heading: a heading weaker than the document's own is read as answer text.
STRENGTH = {
    "aside": 4,
    "preamble": 4,
    "title": 4,
    "signature": 4,
    "style": 3,
    "label": 2,
    "bold": 2,
    "italic": 1,
    "plain": 1,
}
MAX_HEADING_WORDS = 16
WORD_LIMIT = re.compile(r"^(?:up to|no more than|maximum(?: of)?|max) \d+ words$|^\d+ words(?: maximum| max)?$")
BULLET = re.compile(r"^\s*[•◦▪‣●○\-–—*]\s+")
# "Q5. Scale", "5) Scale", "5b. Scale"
QUESTION_NUMBER = re.compile(
    r"^\s*(?:q(?:uestion)?\s*\d{1,3}[a-z]?[.):]?|\d{1,3}[a-z]?[.)]|[a-h]\d{1,2}[.):]?)\s", re.I
)
ANSWER_LABEL = re.compile(r"^\s*(?:a|answer|response|your answer)\s*[:.]\s+", re.I)  # "A: Kent"
BOX = re.compile(r"^\s*(?:[☐☒☑✓✔✗✘■□▢◻⬜❑❒⊠]|\[\s*[xX✓✔]?\s*\]|\(\s*[xX✓✔]?\s*\))")
GUIDANCE_START = re.compile(
    r"^(?:select|choose|tick|mark|delete|describe|tell|give|name|list|explain|include|please|e\.?g|for example"
    r"|up to|max|maximum|no more than|one or more|all that apply|if yes|if any|if so|optional|\d+ words)\b",
    re.I,
)
SENTENCE_START = re.compile(r"^(?:we|i|our|they|it|this|these|there|he|she|my|their|his|her)\b", re.I)
#: An arrow typed between a question and its answer ("Authority → Medway", "Publish? -> Yes"); a "|" is read so
#: too ("Authority | Medway", in `LABEL_LINE`).
ARROW = r"(?:→|->|=>|⇒|➜|➔|➝|⟶)"
QUESTION_ANSWER = re.compile(
    rf"^([^?:–—|\n]{{1,80}}\?)\s+(?:(?:{ARROW}|\|)\s*)?(\S.*)$", re.S
)  # "Here to stay? Yes, …"
#: A heading and its answer on one line, set apart by three spaces or more or a tab ("Authority   Slough").
GAP_LINE = re.compile(r"^(?![^\n]*[☐☒☑□■✓✔✗✘])(\S[^\t\n]{0,120}?\S)(?: {3,}|\s*\t\s*)(\S.*)$", re.S)
GAP_WORDS = 12
LABEL_LINE = re.compile(rf"^([^:–—→⇒➜➔➝⟶|]{{1,80}}?)\s*(?::|\s[-–—]\s|\s\|\s|{ARROW})\s*(.+)$", re.S)
WHOLLY_BRACKETED = re.compile(r"^\s*[(\[].*[)\]]\s*[.:]?\s*$", re.S)
#: The second part of a yes-or-no question, printed as a question of its own ("4b. If yes, name the supplier").
IF_YES = re.compile(r"^\s*(?:q?\d{1,3}[a-z]?[.)]\s*)?if (?:yes|so)\b[^.]*$", re.I)
QUOTED = re.compile(r"^\s*>[> ]*", re.M)  # a line of the message an email replies to
#: A label at the start of a sentence ("… Isle of Wight. Scale: Personal work habit").
RUN_TOGETHER = re.compile(r"(?:^|(?<=[.;]\s))([A-Z][^:.;]{0,40}?):\s+")
#: What a web form shows under an answer, copied with it ("Character count: 88/2000", "(212 words)").
COUNTER = re.compile(
    r"^(?:(?:character|word|char)s?\s+(?:count|used|remaining|left)\s*:?\s*\d+(?:\s*/\s*\d+)?"
    r"|\(?\d+\s*(?:/\s*\d+\s*)?(?:characters|words)(?:\s+(?:used|remaining|left))?\)?)$",
    re.I,
)
#: An email's signature follows ("--"), or a mail app's own line ends the message ("Sent from my iPhone").
SIGNATURE = re.compile(r"^\s*(?:--|sent from my \w+(?: \w+)?|get outlook for \w+)\s*$", re.I)


@dataclass
class _Item:
    text: str
    listed: bool = False
    hint_like: bool = False  # italic, or wholly in brackets: guidance when it comes first


@dataclass
class _Segment:
    text: str  # the heading as written
    scores: tuple[float, ...] = ()  # how well it means each of the call's headings; () for an unknown heading
    look: str = ""  # "preamble", "title", "style", "bold", "label", "italic", "plain"
    level: int | None = None
    items: list[_Item] = field(default_factory=list)
    #: the words after a dash on the heading's line ("Authority – Surrey"), and the scores of the words before it:
    #: the answer when nothing is written under the heading, else a hint of the writer's own ("– policy, budget")
    after_dash: tuple[str, tuple[float, ...]] | None = None

    @property
    def best(self) -> float:
        return max(self.scores, default=0.0)


@functools.lru_cache(maxsize=32)
def _prepared(specs: tuple[HeadingSpec, ...]) -> tuple[Meaning, frozenset[str]]:
    """The heading meanings and our own form's guidance lines (normalised).

    Section headings ("Adopting it elsewhere") are read like any other heading: people use them as
    headings of their own, and in our form nothing is written under them.
    """
    lines = [HOW_TO_HEADING, *HOW_TO]
    for spec in specs:
        lines += [*guidance_lines(spec), follow_up_line(spec.follow_up) if spec.follow_up else ""]
    return Meaning(specs), frozenset(normalise(line) for line in lines if line)


def _prepared_for(specs: list[HeadingSpec]):
    try:
        return _prepared(tuple(specs))
    except TypeError:  # a spec that cannot be hashed, e.g. with its choices in a list
        return _prepared.__wrapped__(tuple(specs))


def _is_contact_part(text: str) -> bool:
    """A label such as "Email" or "Job title": part of a contact block under a contact heading."""
    return len(text) <= 60 and _contact_label(text)


@functools.lru_cache(maxsize=4096)
def _contact_label(text: str) -> bool:
    return CONTACT_LABEL_PARTS.get(label_key(NUMBERING.sub("", text, count=1))) is not None


def _paragraphs(blocks):
    for block in blocks:
        if isinstance(block, Row):
            for cell in block.cells:
                yield from _paragraphs(cell)
        else:
            yield block


def _top(scores: tuple[float, ...]) -> int:
    return max(range(len(scores)), key=scores.__getitem__)
