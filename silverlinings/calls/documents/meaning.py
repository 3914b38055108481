"""How well a heading written in a returned document means one of the call's headings.

People reword headings ("Impact" for "The difference it made", "Supplier (if any)" for the proprietary
product question), shorten them, merge them and mistype them. Each of the call's headings is described
by its words (its text, then more weakly its hint and follow-up), each word mapped to a *concept* (a
group of words that mean the same thing here) and weighted by how rare it is among the call's
headings; a heading's kind adds key words of its own (a contact block is about a name, a role, an email
and a phone). A document heading is scored against every call heading by the share of its concepts the
call heading holds (weighted by rarity) and the share of the call heading's own words it covers.

Mistyped words are mapped to the nearest known word first. Nothing here knows the Silver Linings
headings by key: the same tables serve any call's headings.
"""

import math
import re
from difflib import get_close_matches
from functools import lru_cache

from ..headings import HeadingSpec, Kind
from .values.text import normalise
from .welsh import english

#: Words that mean the same thing in a heading, first word the concept's name.
CONCEPTS = [
    "title titled called",
    "innovation project initiative idea scheme",
    "authority council la borough",
    "organisation organization school setting team provider department unit",
    "area areas",
    "scale size big large scope extent type",
    "problem challenge issue why background context reason wrong difficulty difficulties",
    "need needs needed",
    "did done do approach solution changed differently how work works description happened tried new novel",
    "difference different impact outcome result evidence benefit effect achieved achievement good",
    "permanent permanence embed embedded embedding sustain sustainable sustainability sustained continue "
    "continuing future stay ongoing legacy next last lasting",
    "proprietary supplier vendor commercial product software hardware technology tech platform kit licence "
    "license tool app",
    "adopt adopting adoption adopted replicate replicating elsewhere another others someone spread "
    "transfer copy advice try replicability replicable transferable transferability scalability",
    "contact contacted touch talk speak",
    "name names",
    "role job position post designation",
    "email mail",
    "phone telephone tel mobile number",
    "publish publishing published publication showcase share sharing public",
    "consent permission agree happy ok okay may allowed",
]
ABBREVIATION = 4  # the fewest letters of a shortened word ("Desc.", "Sust.") read as the word it starts
SHORTENED = re.compile(r"\b([A-Za-z]{4,7})\.(?!\w)")  # a word written shortened, with a full stop
CONCEPT = {word: words.split()[0] for words in CONCEPTS for word in words.split()}
#: Concepts a heading of each kind is about, whatever its wording.
KIND_WORDS = {
    Kind.CONTACT: ("name", "role", "email", "phone", "contact", "details", "person", "lead", "who", "officer"),
    Kind.YES_NO: ("consent",),
}
STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "in",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "the",
        "this",
        "to",
        "with",
        "what",
        "which",
        "would",
        "will",
        "was",
        "were",
        "if",
        "any",
        "there",
        "their",
        "that",
        "these",
        "those",
        "has",
        "have",
        "had",
        "been",
        "being",
        "our",
        "my",
        "i",
        "me",
        "does",
        "doe",
        "about",
        "us",
        "your",
    ]
)
#: A question to answer yes or no: it starts with a verb ("Can we…", "Is it…") or says so.
YES_NO_QUESTION = re.compile(
    r"^\W*(?:can|could|may|might|are|is|do|does|did|will|would|shall|should|ok|okay|happy|have|has)\b.*\?\s*$"
    r"|\(\s*y(?:es)?\s*/\s*n(?:o)?\s*\)",
    re.I,
)
#: A question asking for something else ("Who…", "What…").
OPEN_QUESTION = re.compile(r"^\W*(?:who|what|which|how|why|when|where)\b", re.I)
BRACKETS = re.compile(r"\([^)]*\)?|\[[^\]]*\]?")
NUMBERING = re.compile(
    r"^\s*(?:(?:q(?:uestion)?|section|part|no)\.?\s*)?"
    r"(?:[a-h]\d{1,2}[.):]?\s+|\(?\d{1,3}(?:\.\d{1,3})*(?:[a-z](?=[.):]))?\)?\s*[.):\-–—]?\s*|\(?[a-z]\)\s*|[a-z]\.\s+|\(?[ivx]{1,4}[.)]\s*)",
    re.IGNORECASE,
)


def _stem(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and len(word) > 3 and not word.endswith("ss"):
        return word[:-1]
    return word


class Meaning:
    """The call's headings as weighted concepts, made once per set of headings and kept."""

    TEXT, HINT, KIND = 1.0, 0.5, 0.7

    def __init__(self, specs: tuple[HeadingSpec, ...]):
        self.keys = [spec.key for spec in specs]
        self.kinds = [spec.kind for spec in specs]
        self.vocabulary = set(CONCEPT)
        for spec in specs:
            self.vocabulary |= {_stem(word) for word in normalise(f"{spec.text} {spec.hint} {spec.follow_up}").split()}
        self.vocabulary -= STOP_WORDS
        self.known: dict[str, str | None] = {}
        self.weights: list[dict[str, float]] = []
        self.texts: list[frozenset[str]] = []
        for spec in specs:
            weights = dict.fromkeys(self._concepts(f"{spec.hint} {spec.follow_up}"), self.HINT)
            for word in map(_stem, KIND_WORDS.get(spec.kind, ())):  # stemmed as a heading's words are ("details")
                weights[CONCEPT.get(word, word)] = max(weights.get(CONCEPT.get(word, word), 0), self.KIND)
            text = self._concepts(spec.text)
            weights |= dict.fromkeys(text, self.TEXT)
            self.weights.append(weights)
            self.texts.append(frozenset(text))
        count = len(specs) or 1
        held = {}
        for weights in self.weights:
            for concept in weights:
                held[concept] = held.get(concept, 0) + 1
        self.rarity = {concept: math.log(1 + count / times) for concept, times in held.items()}
        self.unknown = math.log(1 + count) / 2  # a word no heading uses: it counts, but less

    def _word(self, word: str) -> str | None:
        """The vocabulary word a written word stands for (mistypes mended), or None for a stop word."""
        if word in self.known:
            return self.known[word]
        stem = _stem(word)
        found = None if word in STOP_WORDS or stem in STOP_WORDS else stem
        if found and found not in self.vocabulary and len(found) >= 4 and not found.isdigit():
            close = get_close_matches(found, self.vocabulary, n=1, cutoff=0.8)
            found = close[0] if close else found
        if len(self.known) < 50_000:
            self.known[word] = found
        return found

    def _welsh(self, words: list[str]) -> bool:
        """Whether a heading is written in Welsh: most of its words are Welsh words of the table (`welsh`)
        that are not English words of the call's headings ("Teitl y fenter", "Y broblem neu'r angen")."""
        count = sum(
            1
            for word in words
            if word not in STOP_WORDS and _stem(word) not in self.vocabulary and english(word) is not None
        )
        return count * 2 > len(words)

    def _abbreviated(self, word: str) -> str | None:
        """The word a shortened word stands for ("Desc.", "Sust.", "Prob."): the known words it starts, when
        they all mean one concept (or, if not, those of them in the concept table do), or None."""
        if len(word) < ABBREVIATION or len(word) >= 8:
            return None
        starts = sorted(known for known in self.vocabulary if known.startswith(word) and known != word)
        if len({CONCEPT.get(known, known) for known in starts}) > 1:
            starts = [known for known in starts if known in CONCEPT]  # the table's words before a hint's
        return starts[0] if starts and len({CONCEPT[known] for known in starts if known in CONCEPT}) == 1 else None

    def _concepts(self, text: str, *, heading: bool = False) -> list[str]:
        concepts = []
        shortened = {word.lower() for word in SHORTENED.findall(text)} if "." in text else set()
        words = normalise(text).split()
        welsh = self._welsh(words)
        for word in words:
            if welsh and (meant := english(word)) is not None:
                if meant and (found := self._word(meant)) is not None:
                    concepts.append(CONCEPT.get(found, found))
            elif word in shortened and word not in self.vocabulary and (whole := self._abbreviated(word)):
                concepts.append(CONCEPT.get(whole, whole))
            elif (found := self._word(word)) is not None:
                concepts.append(CONCEPT.get(found, found))
        if heading and "innovation" in concepts:
            # "Project name", "Name of the innovation", or just "Idea": the innovation's name.
            at = concepts.index("innovation")
            if concepts == ["innovation"] or "name" in concepts[max(0, at - 1) : at + 2]:
                concepts = ["title" if concept == "name" else concept for concept in concepts] + ["title"]
        return list(dict.fromkeys(concepts))

    def variants(self, text: str) -> list[str]:
        stripped = NUMBERING.sub("", text, count=1).strip() or text
        plain = BRACKETS.sub(" ", stripped)
        variants = [plain, stripped, plain.split(":")[0], re.split(r"\s[-–—]\s", plain)[0]]
        return list(dict.fromkeys(variant.strip() for variant in variants if variant.strip()))

    def asks_too(self, text: str, index: int, other: int) -> bool:
        """Whether a heading taken as heading `index` also asks heading `other`: it holds a word of `other`'s own.

        "May we publish this and contact you about it?" asks both consent questions; "Can we publish
        this innovation?" asks only the one.
        """
        own = self.texts[other] - self.texts[index]
        return any(concept in own for variant in self.variants(text) for concept in self._concepts(variant))

    def all_known(self, text: str) -> bool:
        """Whether every word of `text` is a word of the call's headings or of the concept table.

        Headings are written with those words; answers name things ("Microsoft Teams").
        """
        words = [self._word(word) for word in normalise(NUMBERING.sub("", text, count=1)).split()]
        return bool(words) and all(word is None or word in self.vocabulary for word in words)

    def spelled_known(self, text: str) -> bool:
        """Whether every word of `text` is, as written, a word of the call's headings, of the concept table or a
        stop word: no mistyped word mended ("Speakers" is not "speak")."""
        words = normalise(NUMBERING.sub("", text, count=1)).split()
        return bool(words) and all(
            word in STOP_WORDS or _stem(word) in STOP_WORDS or _stem(word) in self.vocabulary for word in words
        )

    def scores(self, text: str) -> list[float]:
        """How well `text` means each heading, 0 to about 1, in the order of the headings."""
        return list(_scores(self, text))

    def score_one(self, concepts: list[str], index: int, question: int) -> float:
        weights, text = self.weights[index], self.texts[index]
        if not concepts:
            return 0.0
        rarity = [self.rarity.get(concept, self.unknown) for concept in concepts]
        precision = sum(r * weights.get(c, 0.0) for c, r in zip(concepts, rarity, strict=True)) / sum(rarity)
        wanted = sum(self.rarity[concept] for concept in text) or 1.0
        recall = sum(self.rarity[concept] for concept in text if concept in concepts) / wanted
        score = 0.6 * precision + 0.4 * recall
        if question and self.kinds[index] == Kind.YES_NO:
            score += 0.1 * question  # a yes or no question, or one that asks for something else
        elif question > 0 and self.kinds[index] == Kind.CONTACT:
            score -= 0.1
        return score


@lru_cache(maxsize=20_000)
def _scores_cached(meaning: Meaning, text: str) -> tuple[float, ...]:
    question = 1 if YES_NO_QUESTION.search(text) else -1 if OPEN_QUESTION.match(text) else 0
    best = [0.0] * len(meaning.keys)
    for variant in meaning.variants(text):
        concepts = meaning._concepts(variant, heading=True)
        for index in range(len(best)):
            best[index] = max(best[index], meaning.score_one(concepts, index, question))
    return tuple(best)


def _scores(meaning: Meaning, text: str) -> tuple[float, ...]:
    return _scores_cached(meaning, text)
