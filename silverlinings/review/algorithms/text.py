"""Words and phrases of a nomination, lemmatised, for themes and for finding the same idea twice.

- Contractions are read as words ("didn't" → "did not", "carers'" → "carers"), so no broken token
  such as "didn" ever reaches a label.
- Each word is lemmatised with simplemma's English data (ships inside the package, loads offline):
  "conferences" and "conference", "fostering" and "foster", "children" and "child" count as one term.
- Phrases of up to three words never cross punctuation or a stop word.
- `surface_forms` gives back, for a lemmatised phrase, the words people actually wrote most often, so a
  label reads "foster carers" and never "foster carer" when nobody wrote that.
"""

import re
from collections import Counter
from collections.abc import Iterable, Iterator

import simplemma
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

_DOMAIN = """children authority authorities council councils county borough covid coronavirus pandemic lockdown
    service services team teams staff nomination nominations innovation innovations local new use used using
    able also help helped helps way ways work worked just really like good great lot lots make made start
    started year years month months week weeks day days march april may june july august september october
    november december january february did does doing got gets let lets"""
DOMAIN_STOP_WORDS = frozenset(_DOMAIN.split())
KEPT_ENGLISH = frozenset({"call", "calls", "front", "system", "fire", "interest", "bill", "computer"})
STOP_WORDS = (ENGLISH_STOP_WORDS - KEPT_ENGLISH) | DOMAIN_STOP_WORDS

_CLAUSE = re.compile(r"[.,;:!?()\[\]\"/\n\r\t]+|\s[-–—]\s")
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_APOSTROPHE = re.compile(r"[’‘`]")
_NOT = re.compile(r"\b(can|won|shan)n?'t\b|n't\b")
_CLITIC = re.compile(r"'(?:s|re|ve|ll|d|m)?\b")
_CONTRACTION = re.compile(r"'(?:re|ve|ll|d|m)\b")  # as _CLITIC, but a possessive stays: "friend's", "carers'"
# As _WORD, with the possessive as written; letters written onto a number ("8pm") are not a written word.
_WRITTEN = re.compile(r"(?<![a-z0-9])[a-z]+(?:-[a-z]+)*(?:'s\b|(?<=s)'(?![a-z]))?")
_POSSESSIVE = re.compile(r"'s?$")
_NEGATIONS = {"can": "can not", "won": "will not", "shan": "shall not"}


def _expand(match: re.Match) -> str:
    return f" {_NEGATIONS[match.group(1)]}" if match.group(1) else " not"


def clean(text: str, *, possessives: bool = False) -> str:
    """Lowercase, with contractions spelled out and possessives dropped (kept with `possessives`)."""
    text = _APOSTROPHE.sub("'", (text or "").lower())
    return (_CONTRACTION if possessives else _CLITIC).sub("", _NOT.sub(_expand, text))


_LEMMAS: dict[str, str] = {}


def lemma(word: str) -> str:
    """The dictionary form of an English word (cached: a corpus has far fewer words than tokens)."""
    found = _LEMMAS.get(word)
    if found is None:
        found = simplemma.lemmatize(word, lang="en").lower() if "-" not in word else word
        if len(_LEMMAS) < 200_000:
            _LEMMAS[word] = found
    return found


def _stop(word: str) -> bool:
    return len(word) < 2 or word in STOP_WORDS or (_LEMMAS.get(word) or lemma(word)) in STOP_WORDS


def runs(text: str, *, possessives: bool = False) -> Iterator[list[str]]:
    """Runs of content words (surface forms) between punctuation and stop words; with `possessives`, a
    word keeps its possessive as written ("friend's"), to be shown, and is judged without it."""
    words = _WRITTEN if possessives else _WORD
    for clause in _CLAUSE.split(clean(text, possessives=possessives)):
        run: list[str] = []
        for word in words.findall(clause):
            if _stop(_POSSESSIVE.sub("", word) if possessives else word):
                if run:
                    yield run
                run = []
            else:
                run.append(word)
        if run:
            yield run


def lemmatised_runs(text: str, *, possessives: bool = False) -> list[tuple[list[str], list[str]]]:
    """Each run of content words with its lemmas: [(words, lemmas), ...]. With `possessives` the words are
    as written ("friend's") and the lemmas without the possessive ("friend")."""
    found = []
    cached = _LEMMAS.get
    for run in runs(text, possessives=possessives):
        bare = [_POSSESSIVE.sub("", word) for word in run] if possessives else run
        found.append((run, [cached(word) or lemma(word) for word in bare]))
    return found


def _grams(run: list[str], longest: int) -> Iterator[tuple[int, int]]:
    size = len(run)
    for length in range(1, longest + 1):
        for start in range(size - length + 1):
            yield start, start + length


def phrases(text: str, longest: int = 3) -> list[str]:
    """Lemmatised words (no numbers, no stop words) and the phrases of up to `longest` words between them."""
    grams: list[str] = []
    for run, lemmas in lemmatised_runs(text):
        grams.extend(" ".join(lemmas[start:end]) for start, end in _grams(run, longest))
    return grams


def spelling_in(split: list[tuple[list[str], list[str]]], term: str) -> str | None:
    """How `term` (lemmatised) was first written in a text already split by `lemmatised_runs`."""
    size = len(term.split())
    for run, lemmas in split:
        joined = f" {' '.join(lemmas)} "
        at = joined.find(f" {term} ")
        if at >= 0:
            start = joined.count(" ", 0, at)
            return " ".join(run[start : start + size])
    return None


def surface_forms(texts: Iterable[str], wanted: Iterable[str]) -> dict[str, str]:
    """For each wanted lemmatised phrase that people wrote as words, the spelling they used most often in
    `texts`, possessives included ("friend's family", never "friend family" where nobody wrote that). A
    phrase nobody wrote as words (only "pm", from "8pm") is left out."""
    wanted = set(wanted)
    longest = max((len(term.split()) for term in wanted), default=1)
    seen: dict[str, Counter] = {term: Counter() for term in wanted}
    for text in texts:
        for run, lemmas in lemmatised_runs(text, possessives=True):
            for start, end in _grams(run, longest):
                key = " ".join(lemmas[start:end])
                if key in wanted:
                    seen[key][" ".join(run[start:end])] += 1
    return {term: counts.most_common(1)[0][0] for term, counts in seen.items() if counts}
