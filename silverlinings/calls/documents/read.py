"""Read a returned Word document back into answers, one `FormRead` per filled-in form.

The document is walked in reading order (paragraphs, tables, content controls, tracked insertions;
deleted and struck-through text is left out). A paragraph is taken as a heading only when it is short
and either looks like one (a Word heading style, wholly bold, a bold label, or the label cell of a
table row) and matches a heading loosely, or is plain text that matches a heading almost exactly.
Everything up to the next heading is that heading's answer; the guidance printed in our own form is
recognised and dropped. When a heading comes round again, a new form has started.
"""

import functools
import re
import threading
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import NamedTuple

from ..headings import HeadingSpec
from .build import HOW_TO, HOW_TO_HEADING, follow_up_line, guidance_lines
from .safety import open_word
from .values import answer_value, normalise, placeholder_removed
from .walk import Para, Row, Walker

HEADING_MATCH = 0.8  # for paragraphs that look like headings
STRONG_MATCH = 0.95  # for plain paragraphs
CLOSE_MATCH = 0.9  # below this a match is loose: see _Reader._match
STOP_WORDS = frozenset({"a", "an", "and", "are", "as", "be", "by", "for", "in", "is", "it", "of", "on", "or", "the"})
STOP_WORDS |= {"this", "to", "we", "with", "you", "your"}
NUMBERING = re.compile(
    r"^\s*(?:(?:q(?:uestion)?|section|part|no)\.?\s*)?"
    r"(?:\(?\d{1,3}(?:\.\d{1,3})*\)?\s*[.):\-–—]?\s*|\(?[a-z]\)\s*|[a-z]\.\s+|\(?[ivx]{1,4}[.)]\s*)",
    re.IGNORECASE,
)
WORD_LIMIT = re.compile(r"^(?:up to|no more than|maximum(?: of)?|max) \d+ words$|^\d+ words(?: maximum| max)?$")
BULLET = re.compile(r"^\s*[•◦▪‣●○\-–—*]\s+")


@dataclass
class FormRead:
    answers: dict[str, object] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    blank: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _tokens(norm: str) -> frozenset[str]:
    return frozenset(word[:-1] if len(word) > 3 and word.endswith("s") else word for word in norm.split()) - STOP_WORDS


class Match(NamedTuple):
    key: str
    rest: str  # an answer written on the same line, after the heading
    score: float


class _Matcher:
    """Which heading, if any, a short paragraph is. Made once per set of headings and kept."""

    def __init__(self, specs: tuple[HeadingSpec, ...]):
        self.specs = [(spec.key, normalise(spec.text)) for spec in specs]
        self.tokens = [_tokens(norm) for _key, norm in self.specs]
        # One matcher per heading with the heading as its second sequence: difflib indexes that one.
        self.sequences = [SequenceMatcher(None, "", norm, autojunk=False) for _key, norm in self.specs]
        self.exact = {norm: key for key, norm in reversed(self.specs)}
        self.sections = {normalise(spec.section) for spec in specs if spec.section} - set(self.exact)
        self.max_words = max((len(norm.split()) for _key, norm in self.specs), default=0) + 8
        self.cache: dict[tuple[str, float], tuple[str, float] | None] = {}
        self.lock = threading.Lock()  # the matcher is shared, and its difflib matchers keep state

    def _variants(self, text: str) -> list[str]:
        stripped = NUMBERING.sub("", text, count=1).strip() or text
        variants = [stripped, re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", stripped), stripped.split(":")[0]]
        variants.append(re.split(r"\s[-–—]\s", stripped)[0])
        return list(dict.fromkeys(normalise(variant) for variant in variants if variant.strip()))

    def key(self, text: str, threshold: float) -> tuple[str, float] | None:
        if len(text) > 300 or "\n" in text.strip():
            return None
        with self.lock:
            if (text, threshold) not in self.cache:
                if len(self.cache) > 20_000:
                    self.cache.clear()
                self.cache[(text, threshold)] = self._key(text, threshold)
            return self.cache[(text, threshold)]

    def _key(self, text: str, threshold: float) -> tuple[str, float] | None:
        variants = [norm for norm in self._variants(text) if norm and len(norm.split()) <= self.max_words]
        if not variants or variants[0] in self.sections:
            return None
        for norm in variants:
            if norm in self.exact:
                return self.exact[norm], 1.0
        best, best_score = None, threshold
        for norm, tokens in [(norm, _tokens(norm)) for norm in variants]:
            shortened = [index for index, wanted in enumerate(self.tokens) if tokens and tokens < wanted]
            for index, (key, heading) in enumerate(self.specs):
                wanted = self.tokens[index]
                score = len(tokens & wanted) / max(len(tokens), len(wanted), 1)
                if wanted <= tokens and len(tokens) <= len(wanted) + 1:
                    score = max(score, 0.85)  # the heading with a word added ("Contact details")
                if shortened == [index] and 2 * len(tokens) >= len(wanted):
                    score = max(score, 0.8)  # the heading shortened, and no other heading it could be
                # 2 × shorter / total length bounds the ratio from above: skip difflib when it cannot reach.
                if score < best_score <= 2 * min(len(norm), len(heading)) / (len(norm) + len(heading)):
                    sequence = self.sequences[index]
                    sequence.set_seq1(norm)
                    if sequence.quick_ratio() >= best_score:
                        score = max(score, sequence.ratio())
                if score > best_score or (score == best_score and best is None):
                    best, best_score = key, score
        return (best, best_score) if best else None

    def match(self, para: Para) -> Match | None:
        if para.bold_prefix and para.level is None and (found := self.key(para.bold_prefix, HEADING_MATCH)):
            rest = para.text[len(para.bold_prefix) :] if para.text.startswith(para.bold_prefix) else ""
            return Match(found[0], rest.lstrip(" :-–—\t"), found[1])
        if para.level is not None or para.bold or para.label:
            # Anything after a colon in a heading is taken as part of the heading, e.g. a hint.
            found = self.key(para.text, HEADING_MATCH)
            return Match(found[0], "", found[1]) if found else None
        label, colon, rest = para.text.partition(":")
        if colon and rest.strip() and (found := self.key(label, STRONG_MATCH)):
            return Match(found[0], rest.strip(), found[1])
        found = self.key(para.text, STRONG_MATCH)
        return Match(found[0], "", found[1]) if found else None


def _paragraphs(blocks):
    for block in blocks:
        if isinstance(block, Row):
            for cell in block.cells:
                yield from _paragraphs(cell)
        else:
            yield block


def _prepared(specs: tuple[HeadingSpec, ...]) -> tuple[_Matcher, frozenset[str]]:
    try:
        return _prepared_kept(specs)
    except TypeError:  # a spec that cannot be hashed, e.g. with its choices in a list
        return _prepared_kept.__wrapped__(specs)


@functools.lru_cache(maxsize=32)
def _prepared_kept(specs: tuple[HeadingSpec, ...]) -> tuple[_Matcher, frozenset[str]]:
    """The heading matcher and our own form's guidance lines (normalised), for one set of headings."""
    lines = [HOW_TO_HEADING, *HOW_TO]
    for spec in specs:
        lines += [*guidance_lines(spec), spec.section, follow_up_line(spec.follow_up) if spec.follow_up else ""]
    return _Matcher(specs), frozenset(normalise(line) for line in lines if line)


class _Reader:
    """Follows the document block by block: which form, which heading, and the answer's paragraphs so far."""

    def __init__(self, specs: list[HeadingSpec], blocks: list["Para | Row"]):
        self.specs = specs
        self.matcher, self.guidance = _prepared(tuple(specs))
        self.forms: list[dict[str, list[tuple[str, bool]]]] = []
        self.key: str | None = None
        self.level: int | None = None
        # A loose match is not trusted for a heading that is matched closely elsewhere in the document.
        self.close = {found.key for para in _paragraphs(blocks) if (found := self._match(para, trust=False))}

    def feed(self, block: "Para | Row") -> None:
        if isinstance(block, Row):
            self._row(block)
            return
        if not block.text:
            return
        if found := self._match(block):
            self._heading(found.key, block.level)
            if found.rest:
                self._content(found.rest, False)
        elif block.level is not None and (self.level is None or block.level <= self.level):
            self.key = None  # an unknown heading at the same level or above ends the answer
        else:
            self._content(block.text, block.listed)

    def _row(self, row: Row) -> None:
        cells = [[block for block in cell if not isinstance(block, Para) or block.text] for cell in row.cells]
        cells = [cell for cell in cells if cell]
        for index, cell in enumerate(cells):
            first = cell[0]
            if isinstance(first, Para) and first.label and (found := self._match(first)):
                self._heading(found.key, None)
                if found.rest:
                    self._content(found.rest, False)
                for block in [*cell[1:], *(block for later in cells[index + 1 :] for block in later)]:
                    self.feed(block)
                return
        if cells and all(len(cell) == 1 and isinstance(cell[0], Para) and "\n" not in cell[0].text for cell in cells):
            texts = [cell[0].text for cell in cells]
            if len(texts) == 2 and len(texts[0]) <= 2:
                self._content(" ".join(texts), False)
            elif len(texts) == 2 and len(texts[0].split()) <= 4:
                self._content(texts[0].rstrip(":") + ": " + texts[1], False)
            else:
                self._content(" | ".join(texts), False)
            return
        for cell in cells:
            for block in cell:
                self.feed(block)

    def _match(self, para: Para, *, trust: bool = True) -> Match | None:
        found = self.matcher.match(para)
        if found is None:
            return None
        seen = self.forms[-1] if self.forms else {}
        if found.score >= CLOSE_MATCH:
            # A plain line such as "Contact: Sam Kaur" under a heading already seen is part of its answer.
            plain = para.level is None and not (para.bold or para.bold_prefix or para.label)
            return None if trust and plain and found.rest and found.key in seen else found
        if not trust:
            return None
        # A loose match never starts a new form: that takes the heading itself.
        return None if found.key in self.close or found.key in seen else found

    def _heading(self, key: str, level: int | None) -> None:
        form = self.forms[-1] if self.forms else None
        if form is None or (key in form and not (key == self.key and not form[key])):
            form = {}
            self.forms.append(form)
        form.setdefault(key, [])
        self.key, self.level = key, level

    def _content(self, text: str, listed: bool) -> None:
        if self.key is None:
            return
        text = placeholder_removed(text)
        if not text.strip():
            return
        norm = normalise(text)
        if norm in self.guidance or WORD_LIMIT.match(norm):
            return
        if bullet := BULLET.match(text):
            text, listed = text[bullet.end() :], True
        if "\n" in text:  # bullets typed after line breaks
            first, *lines = text.split("\n")
            text = "\n".join([first, *(BULLET.sub("- ", line, count=1) for line in lines)])
        self.forms[-1][self.key].append((text, listed))

    def results(self) -> list[FormRead]:
        results = []
        for form in self.forms:
            read = FormRead()
            for spec in self.specs:
                if spec.key not in form:
                    read.missing.append(spec.key)
                    continue
                value, problems = answer_value(spec, form[spec.key])
                read.problems += problems
                if value is not None:
                    read.answers[spec.key] = value
                elif not problems:
                    read.blank.append(spec.key)
            results.append(read)
        return results


def document_read(*, data: bytes, filename: str, headings: list[HeadingSpec]) -> list[FormRead]:
    """The forms filled in in a returned .docx, in order. Raises DocumentRefused for a file it cannot read."""
    parts = open_word(data, filename)
    blocks = list(Walker(parts).blocks(parts.document.find(f"{{{parts.ns}}}body")))
    reader = _Reader(headings, blocks)
    for block in blocks:
        reader.feed(block)
    return reader.results()
