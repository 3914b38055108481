"""Naming a theme: its most distinctive terms (class-based TF-IDF over lemmas), a phrase preferred
over its own words, overlapping phrases joined when the joined phrase occurs in the texts, keywords
never ending on a verb-like word, each written the way the theme's texts most often write it.

A keyword must be used by at least two of the theme's members (or its only one); words that say
nothing about a theme of this domain (verbs, generic adjectives, "care", the form's own words) and
words people wrote as past participles ("agreed", "recruited") are left out. A phrase of two or three
words counts for more than a word. No label shows a word twice, or a word and its own derivative
("care · carer"). When no keyword is used by half the members (a mixed theme), the label is the two
phrases used by most members, so it reads as what the theme holds rather than as scattered words."""

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
    hear tell say hold send live end arrive"""
WEAK_ENDINGS = frozenset(_WEAK.split())
PHRASE_PREFERENCE = 0.6  # a phrase replaces its own words when it scores at least this share of them

# Words never shown alone: verbs and adjectives that fit any nomination, words every theme of children's
# services uses, and the words of the nomination form's own questions (problem, difference, permanent).
_GENERIC = """agree need default offer delay continue lose fall stay attend follow answer complete learn want feel
    felt say tell ask know mean happen explain spend bring hold add read later rise rose find keep plan
    hard short quick single available initial current high low late early safe real different whole
    simple easy small large big same important possible old olds full open close
    care child people person family support time thing number area problem difference permanent"""
GENERIC_WORDS = frozenset(_GENERIC.split())
MIN_MEMBERS = 2  # a keyword is used by at least this many of the theme's members (or all of a smaller one)
PHRASE_WEIGHT = 1.5  # a phrase of two or three words ranks as if it scored this much more
LABEL_SHARE = 0.25  # a term used by fewer than this share of the members comes after those used by more
MIXED_BELOW = 0.5  # a theme whose every term is used by fewer than this share of its members is mixed


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


def _stem_match(first: str, second: str) -> bool:
    """The same word, or one word the other's derivative: 'care'/'carer', 'education'/'educational'."""
    short, long = sorted((first, second), key=len)
    return len(short) >= 4 and long.startswith(short[: max(4, len(short) - 1)])


def overlaps(term: str, other: str) -> bool:
    """Whether two terms share a word, or a word and its derivative."""
    return any(_stem_match(a, b) for a in singular(term).split() for b in singular(other).split())


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
    scores = dict(ranked)

    def outdone(phrase: str, score: float) -> bool:
        """A longer phrase never replaces a chosen term of its own that scores much better."""
        return any(score < PHRASE_PREFERENCE * scores.get(t, 0.0) for t in chosen if t != phrase and _inside(t, phrase))

    for term, score in ranked:
        longer = [(len(t.split()), s, t) for t, s in ranked if t != term and _inside(term, t)]
        longer = [item for item in longer if item[1] >= PHRASE_PREFERENCE * score and not outdone(item[2], item[1])]
        pick = max(longer)[2] if longer else term
        if any(_inside(pick, existing) for existing in chosen) or outdone(pick, scores[pick]):
            continue
        if " " not in pick and any(overlaps(pick, existing) for existing in chosen):
            continue
        chosen = _join_overlapping([t for t in chosen if not _inside(t, pick)], pick, attested)
        if len(chosen) >= limit:
            break
    return chosen


def flat_lemmas(text: str) -> str:
    """A text as its runs of lemmas (singular), between spaces and bars: " foster carer | family time "."""
    runs = (" ".join(singular_word(words.lemma(word)) for word in run) for run in words.runs(text))
    return " " + " | ".join(runs) + " "


def _coverage(flat: list[str]) -> Callable[[str], float]:
    """The share of the texts (already flattened) using a lemmatised term, word for word."""

    known: dict[str, float] = {}

    def share(term: str) -> float:
        if term not in known:
            key = f" {singular(term)} "
            known[term] = sum(key in text for text in flat) / max(len(flat), 1)
        return known[term]

    return share


def _attestation(flat: list[str]) -> Callable[[str], bool]:
    """Whether a lemmatised phrase occurs, word for word, in at least two of the texts (or the only one)."""

    def attested(phrase: str) -> bool:
        return sum(f" {singular(phrase)} " in text for text in flat) >= min(MIN_MEMBERS, len(flat))

    return attested


def theme_label(keywords: list[str]) -> str:
    """Up to three keywords, none sharing a word with an earlier one, stopping once the label has five
    words or more, joined by ' · '."""
    parts: list[str] = []
    for keyword in keywords:
        if any(overlaps(keyword, part) for part in parts):
            continue
        parts.append(keyword)
        if len(parts) >= 3 or sum(len(part.split()) for part in parts) >= 5:
            break
    return " · ".join(parts)


LABEL_TEXTS = 300  # texts of a theme read for the spelling of its keywords and how many use each
CANDIDATES = 100  # the most distinctive terms of a theme considered for its keywords


def _verb_like(term: str, written: str) -> bool:
    """A term people mostly wrote ending on a past participle ('agreed', 'relatives considered'), or a
    single word they mostly wrote as a verb's '-ing' form ('waiting'): a verb, not a name for a theme."""
    last = written.rsplit(" ", 1)[-1]
    inflected = last != term.rsplit(" ", 1)[-1]
    return inflected and (last.endswith("ed") or (" " not in term and last.endswith("ing")))


def _label_first(chosen: list[str], phrases: list[str], share: Callable[[str], float]) -> list[str]:
    """The chosen terms with, on a mixed theme (no keyword used by half the members), the two phrases used
    by most members first (the most distinctive first among equals)."""
    if not chosen or max(share(term) for term in chosen) >= MIXED_BELOW:
        return chosen
    first: list[str] = []
    for term in sorted(phrases, key=lambda term: -share(term)):
        if not any(overlaps(term, other) for other in first):
            first.append(term)
        if len(first) == 2:
            break
    if len(first) < 2:
        return chosen
    return [
        *first,
        *(term for term in chosen if not any(_inside(term, other) or _inside(other, term) for other in first)),
    ]


def describe(scores: np.ndarray, terms: np.ndarray, texts: list[str], keyword_count: int = 8) -> list[str]:
    """Keywords as people wrote them: the best lemmatised terms used by enough members, in their most
    frequent spelling, the label's terms first."""
    sample = texts[:LABEL_TEXTS]
    flat = [flat_lemmas(text) for text in sample]
    share = _coverage(flat)
    least = min(MIN_MEMBERS, len(flat)) / max(len(flat), 1)
    order = np.argsort(-scores, kind="stable")[:CANDIDATES]
    candidates = [str(terms[i]) for i in order if scores[i] > 0 and readable(str(terms[i]))]
    candidates = [term for term in candidates if term not in GENERIC_WORDS and share(term) >= least - 1e-9]
    spelling = words.surface_forms(sample, candidates)
    candidates = [term for term in candidates if term in spelling]  # only what people wrote as words
    candidates = [term for term in candidates if not _verb_like(term, spelling.get(term, term))]
    score = {str(terms[i]): float(scores[i]) for i in order}
    weighted = [(term, score[term] * (PHRASE_WEIGHT if " " in term else 1.0)) for term in candidates]
    weighted.sort(key=lambda item: -item[1])
    phrases = [term for term, _ in weighted if " " in term]
    # Terms used by a good share of the members first, a phrase replacing its word only within them.
    attested = _attestation(flat)
    chosen = pick_terms([item for item in weighted if share(item[0]) >= LABEL_SHARE], keyword_count, attested)
    for term in pick_terms(weighted, keyword_count, attested):
        if len(chosen) < keyword_count and not any(_inside(term, t) or _inside(t, term) for t in chosen):
            chosen.append(term)
    chosen = _label_first(chosen, phrases, share)[:keyword_count]
    keywords: list[str] = []
    for term in chosen:
        written = spelling.get(term) or words.surface_forms(sample, [term]).get(term, term)
        if written not in keywords:
            keywords.append(written)
    return keywords
