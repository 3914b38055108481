"""Naming a theme: its most distinctive terms (class-based TF-IDF over lemmas), a phrase preferred
over its own words, overlapping phrases joined when the joined phrase occurs in the texts, keywords
never ending on a verb-like word, each written the way the theme's texts most often write it."""

from collections.abc import Callable

import numpy as np
from scipy import sparse

from . import text as words

# Words that make a poor last word for a keyword ("signatures came", "check-ins online"); words ending
# in "ed" count too ("risk assessments showed").
_WEAK = """came ran met went gave took got kept seen heard lets let told said held sent set put run done taking
    better check mix young early vulnerable online able daily weekly monthly quickly regularly remotely
    virtually electronically digitally safely directly already written given shown join share sharply
    longer instead alongside together away straight brought felt come run meet go give take get keep see
    hear tell say hold send"""
WEAK_ENDINGS = frozenset(_WEAK.split())
PHRASE_PREFERENCE = 0.6  # a phrase replaces its own words when it scores at least this share of them


def singular_word(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def singular(term: str) -> str:
    return " ".join(singular_word(word) for word in term.split())


def distinctive_scores(present: sparse.csr_matrix, labels: np.ndarray, k: int) -> np.ndarray:
    """k × terms: share of a theme's documents using a term × log(1 + that share / share elsewhere)."""
    membership = sparse.csr_matrix((np.ones(len(labels)), (labels, np.arange(len(labels)))), shape=(k, len(labels)))
    inside = np.asarray((membership @ present).todense())
    sizes = np.bincount(labels, minlength=k).astype(np.float64)
    total = inside.sum(axis=0)
    share = inside / np.maximum(sizes, 1)[:, None]
    elsewhere = (total[None, :] - inside) / np.maximum(len(labels) - sizes, 1)[:, None]
    return share * np.log1p(share / (elsewhere + 1.0 / len(labels)))


def readable(term: str) -> bool:
    last = term.rsplit(" ", 1)[-1]
    return last not in WEAK_ENDINGS and not (last.endswith("ed") and len(last) > 4)


def _inside(short: str, long: str) -> bool:
    return f" {singular(short)} " in f" {singular(long)} "


def _joined(first: list[str], second: list[str]) -> str | None:
    """'a b c' + 'b c d' → 'a b c d' (phrases of three words or more sharing two)."""
    if len(first) >= 3 and len(second) >= 3 and first[-2:] == second[:2]:
        return " ".join(first + second[2:])
    return None


def _join_overlapping(chosen: list[str], pick: str, attested: Callable[[str], bool]) -> list[str]:
    """Join `pick` to a chosen phrase it overlaps, when the joined phrase occurs in the texts."""
    words = pick.split()
    for index, term in enumerate(chosen):
        other = term.split()
        joined = _joined(other, words) or _joined(words, other)
        if joined and attested(joined):
            return [*chosen[:index], joined, *chosen[index + 1 :]]
    return [*chosen, pick]


def pick_terms(
    ranked: list[tuple[str, float]], limit: int, attested: Callable[[str], bool] = lambda phrase: False
) -> list[str]:
    """The best terms, preferring a phrase over its own words and joining overlapping phrases."""
    chosen: list[str] = []
    for term, score in ranked:
        longer = [(len(t.split()), s, t) for t, s in ranked if t != term and _inside(term, t)]
        longer = [item for item in longer if item[1] >= PHRASE_PREFERENCE * score]
        pick = max(longer)[2] if longer else term
        if any(_inside(pick, existing) for existing in chosen):
            continue
        chosen = _join_overlapping([t for t in chosen if not _inside(t, pick)], pick, attested)
        if len(chosen) >= limit:
            break
    return chosen


def _flatten(text: str) -> str:
    runs = (" ".join(words.lemma(word) for word in run) for run in words.runs(text))
    return " " + " | ".join(runs) + " "


def _attestation(texts: list[str]) -> Callable[[str], bool]:
    """Whether a lemmatised phrase occurs, word for word, in at least two of the texts (or the only one)."""
    flat: list[str] = []

    def attested(phrase: str) -> bool:
        if not flat:
            flat.extend(_flatten(text) for text in texts)
        return sum(f" {phrase} " in text for text in flat) >= min(2, len(flat))

    return attested


def theme_label(keywords: list[str]) -> str:
    """Up to three keywords, stopping once the label has five words or more, joined by ' · '."""
    parts: list[str] = []
    for keyword in keywords[:3]:
        parts.append(keyword)
        if sum(len(part.split()) for part in parts) >= 5:
            break
    return " · ".join(parts)


LABEL_TEXTS = 300  # texts of a theme read for the spelling of its keywords


def describe(scores: np.ndarray, terms: np.ndarray, texts: list[str], keyword_count: int = 8) -> list[str]:
    """Keywords as people wrote them: the best lemmatised terms, in their most frequent spelling."""
    order = np.argsort(-scores, kind="stable")[:60]
    ranked = [(str(terms[i]), float(scores[i])) for i in order if scores[i] > 0 and readable(str(terms[i]))]
    spelling = words.surface_forms(texts[:LABEL_TEXTS], [term for term, _ in ranked])
    ranked = [(term, score) for term, score in ranked if term in spelling]  # only what people wrote as words
    chosen = pick_terms(ranked, keyword_count, _attestation(texts))
    spelling.update(words.surface_forms(texts[:LABEL_TEXTS], [term for term in chosen if term not in spelling]))
    keywords: list[str] = []
    for term in chosen:
        written = spelling.get(term, term)  # a phrase joined from two found in the texts
        if written not in keywords:
            keywords.append(written)
    return keywords
