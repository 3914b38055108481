"""Suggest themes for a set of nominations: words and phrases (TF-IDF), LSA, k-means, readable labels.

1. Each text becomes words and phrases of up to three words. Phrases never cross punctuation or a stop
   word, so "plans for children" gives "plans" but never "plans children". English stop words and
   words every nomination uses ("children", "council", "covid", "service", "staff"...) are dropped,
   and so are numbers. Terms that differ only by a plural ("conference", "conferences") count as one
   and keep their most frequent spelling.
2. TF-IDF (sublinear term frequency; rare and very common terms dropped, thresholds scaled to the
   number of nominations), reduced by truncated SVD and L2-normalised (latent semantic analysis).
3. k-means groups the vectors (mini-batch k-means above 20,000 nominations). Without a number of
   themes, the silhouette of k-means on a sample of at most 1,500 nominations picks one between
   2 and min(30, √(2n)).
4. Each theme is named by its most distinctive terms: the share of the theme's nominations that use a
   term, weighted by how much more often they use it than the other nominations (class-based TF-IDF).
   A phrase replaces its own words when it scores nearly as well, and overlapping phrases join up
   ("hybrid child protection" + "child protection conferences") when the joined phrase occurs in the
   texts. Keywords never end on a verb-like word ("signatures came", "assessments showed").

Texts with no words left get a theme of their own, last. Everything runs on one thread and is
deterministic for a given random_state.
"""

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.cluster import KMeans, MiniBatchKMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, CountVectorizer, TfidfTransformer
from sklearn.metrics import silhouette_score
from sklearn.preprocessing import normalize
from threadpoolctl import threadpool_limits

Progress = Callable[[float, str], None]

_DOMAIN = """children authority authorities council councils county borough covid coronavirus pandemic lockdown
    service services team teams staff nomination nominations innovation innovations local new use used using
    able also help helped helps way ways work worked just really like good great lot lots make made start
    started year years month months week weeks day days march april may june july august september october
    november december january february did does doing got gets let lets"""
DOMAIN_STOP_WORDS = frozenset(_DOMAIN.split())
KEPT_ENGLISH = frozenset({"call", "calls", "front", "system", "fire", "interest", "bill", "computer"})
STOP_WORDS = (ENGLISH_STOP_WORDS - KEPT_ENGLISH) | DOMAIN_STOP_WORDS

# Words that make a poor last word for a keyword ("signatures came", "check-ins online"); words ending
# in "ed" count too ("risk assessments showed").
_WEAK = """came ran met went gave took got kept seen heard lets let told said held sent set put run done taking
    better check mix young early vulnerable online able daily weekly monthly quickly regularly remotely
    virtually electronically digitally safely directly already written given shown join share sharply
    longer instead alongside together away straight brought felt"""
WEAK_ENDINGS = frozenset(_WEAK.split())
NO_WORDS_LABEL = "no distinctive words"
PHRASE_PREFERENCE = 0.6  # a phrase replaces its own words when it scores at least this share of them
MINI_BATCH_ABOVE = 20_000
SAMPLE_FOR_CHOOSING = 1_500

_CLAUSE = re.compile(r"[.,;:!?()\[\]\"/\n\r\t]+|\s[-–—]\s")
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_POSSESSIVE = re.compile(r"['’]s\b")


@dataclass
class SuggestedTheme:
    label: str
    keywords: list[str]
    member_ids: list[int]
    exemplar_ids: list[int]


def _emit(run: list[str], grams: list[str], longest: int) -> None:
    grams.extend(run)
    size = len(run)
    if longest >= 2:
        grams.extend([f"{run[i]} {run[i + 1]}" for i in range(size - 1)])
    if longest >= 3:
        grams.extend([f"{run[i]} {run[i + 1]} {run[i + 2]}" for i in range(size - 2)])


def phrases(text: str, longest: int = 3) -> list[str]:
    """Lowercase words (no numbers, no stop words) and the phrases of up to `longest` words between them."""
    grams: list[str] = []
    for clause in _CLAUSE.split(_POSSESSIVE.sub("", text.lower())):
        run: list[str] = []
        for word in _WORD.findall(clause):
            if len(word) < 2 or word in STOP_WORDS:
                _emit(run, grams, longest)
                run = []
            else:
                run.append(word)
        _emit(run, grams, longest)
    return grams


def document_limits(count: int) -> tuple[int, float]:
    """min_df and max_df for a corpus of `count` documents."""
    if count < 10:
        return 1, 1.0
    if count < 20:
        return 1, 0.6
    return max(2, min(5, count // 1000)), 0.5


def _singular_word(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _singular(term: str) -> str:
    return " ".join(_singular_word(word) for word in term.split())


def merge_plurals(counts: sparse.csr_matrix, terms: np.ndarray) -> tuple[sparse.csr_matrix, np.ndarray]:
    """Add up the columns of terms that differ only by plurals; each keeps its most frequent spelling."""
    keys = [_singular(str(term)) for term in terms]
    unique, group = np.unique(np.array(keys, dtype=object), return_inverse=True)
    if len(unique) == len(terms):
        return counts, terms
    mapping = sparse.csr_matrix((np.ones(len(terms), dtype=np.float32), (np.arange(len(terms)), group)))
    totals = np.asarray(counts.sum(axis=0)).ravel()
    best = np.full(len(unique), -1.0)
    names = np.empty(len(unique), dtype=object)
    for index in np.argsort(-totals, kind="stable"):
        if best[group[index]] < 0:
            best[group[index]] = totals[index]
            names[group[index]] = terms[index]
    return (counts @ mapping).tocsr(), names


def term_counts(texts: list[str]) -> tuple[sparse.csr_matrix, np.ndarray]:
    """Document-term counts and the terms; falls back to no pruning when pruning would leave nothing."""
    min_df, max_df = document_limits(len(texts))
    for limits in [(min_df, max_df), (1, 1.0)]:
        vectoriser = CountVectorizer(analyzer=phrases, min_df=limits[0], max_df=limits[1], dtype=np.float32)
        try:
            counts = vectoriser.fit_transform(texts)
        except ValueError:  # empty vocabulary, or nothing left after pruning
            continue
        return merge_plurals(counts.tocsr(), vectoriser.get_feature_names_out())
    return sparse.csr_matrix((len(texts), 0), dtype=np.float32), np.array([], dtype=object)


def semantic_vectors(counts: sparse.csr_matrix, random_state: int) -> np.ndarray:
    """TF-IDF, then truncated SVD to at most 100 dimensions, then unit length (LSA)."""
    tfidf = TfidfTransformer(sublinear_tf=True).fit_transform(counts)
    components = min(100, tfidf.shape[1] - 1, tfidf.shape[0] - 1)
    if components < 2:
        return normalize(tfidf.toarray())
    with np.errstate(invalid="ignore", divide="ignore"):  # identical texts have no variance to explain
        reduced = TruncatedSVD(n_components=components, random_state=random_state).fit_transform(tfidf)
    return normalize(reduced).astype(np.float32)


def _kmeans(vectors: np.ndarray, k: int, random_state: int) -> np.ndarray:
    """k-means with more restarts on small sets, where they are cheap and a bad start costs most."""
    if len(vectors) > MINI_BATCH_ABOVE:
        model = MiniBatchKMeans(n_clusters=k, batch_size=2048, n_init=3, random_state=random_state)
    else:
        model = KMeans(n_clusters=k, n_init=10 if len(vectors) <= 1000 else 4, random_state=random_state)
    return model.fit_predict(vectors)


def choose_theme_count(vectors: np.ndarray, distinct: int, random_state: int, report: Progress) -> int:
    """The k in 2..min(30, √(2n)) with the best silhouette on a sample; 1 for fewer than 3 distinct texts."""
    upper = min(30, distinct - 1, max(2, int(math.sqrt(2 * len(vectors)))))
    if upper < 2:
        return 1
    rng = np.random.default_rng(random_state)
    sample = vectors
    if len(vectors) > SAMPLE_FOR_CHOOSING:
        sample = vectors[np.sort(rng.choice(len(vectors), SAMPLE_FOR_CHOOSING, replace=False))]
    best_k, best_score = 2, -2.0
    for k in range(2, upper + 1):
        labels = KMeans(n_clusters=k, n_init=8 if len(sample) <= 500 else 2, random_state=random_state).fit_predict(
            sample
        )
        if len(set(labels.tolist())) > 1:
            score = silhouette_score(sample, labels, metric="cosine")
            if score > best_score + 1e-9:
                best_k, best_score = k, score
        report(0.45 + 0.3 * (k - 1) / (upper - 1), f"Trying {k} themes")
    return best_k


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
    return f" {_singular(short)} " in f" {_singular(long)} "


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
    clauses = _CLAUSE.split(_POSSESSIVE.sub("", text.lower()))
    return " " + " | ".join(" ".join(_WORD.findall(clause)) for clause in clauses) + " "


def _attestation(texts: list[str]) -> Callable[[str], bool]:
    """Whether a phrase occurs, word for word, in at least two of the texts (or in the only one)."""
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


def _describe(scores: np.ndarray, terms: np.ndarray, texts: list[str], keyword_count: int = 8) -> list[str]:
    order = np.argsort(-scores, kind="stable")[:60]
    ranked = [(str(terms[i]), float(scores[i])) for i in order if scores[i] > 0 and readable(str(terms[i]))]
    return pick_terms(ranked, keyword_count, _attestation(texts))


def _members(ids: np.ndarray, vectors: np.ndarray) -> tuple[list[int], list[int]]:
    """Member ids, closest to the theme's centre first, and the first three of them."""
    centre = vectors.mean(axis=0)
    closeness = vectors @ centre
    order = np.lexsort((ids, -closeness))
    members = [int(i) for i in ids[order]]
    return members, members[:3]


def _cluster(vectors: np.ndarray, n_themes: int | None, random_state: int, report: Progress) -> np.ndarray:
    distinct = len(np.unique(np.round(vectors, 5), axis=0))
    if n_themes is None:
        report(0.45, "Choosing the number of themes")
        k = choose_theme_count(vectors, distinct, random_state, report)
    else:
        k = min(n_themes, distinct)
    report(0.8, f"Grouping into {k} themes")
    if k <= 1:
        return np.zeros(len(vectors), dtype=np.int64)
    labels = _kmeans(vectors, k, random_state)
    _, compact = np.unique(labels, return_inverse=True)
    return compact.astype(np.int64)


def _themes_from(ids, texts, counts, terms, vectors, labels) -> list[SuggestedTheme]:
    k = int(labels.max()) + 1 if len(labels) else 0
    present = (counts > 0).astype(np.float32).tocsr()
    scores = distinctive_scores(present, labels, k) if len(terms) else np.zeros((k, 0))
    themes = []
    for cluster in range(k):
        inside = labels == cluster
        keywords = _describe(scores[cluster], terms, [texts[i] for i in np.flatnonzero(inside)])
        members, exemplars = _members(ids[inside], vectors[inside])
        themes.append(SuggestedTheme(theme_label(keywords) or NO_WORDS_LABEL, keywords, members, exemplars))
    return themes


def _suggest(docs: list[tuple[int, str]], n_themes: int | None, report: Progress, random_state: int):
    ids = np.array([doc_id for doc_id, _ in docs], dtype=np.int64)
    report(0.05, "Finding words and phrases")
    texts = [text or "" for _, text in docs]
    counts, terms = term_counts(texts)
    report(0.3, "Reducing dimensions")
    has_words = np.asarray(counts.sum(axis=1)).ravel() > 0
    themes: list[SuggestedTheme] = []
    if has_words.any():
        wanted = None if n_themes is None else max(1, n_themes - int(not has_words.all()))
        counts_in = counts[has_words]
        vectors = semantic_vectors(counts_in, random_state)
        labels = _cluster(vectors, wanted, random_state, report)
        report(0.9, "Naming themes")
        kept = [texts[i] for i in np.flatnonzero(has_words)]
        themes = _themes_from(ids[has_words], kept, counts_in, terms, vectors, labels)
    if not has_words.all():
        empty = sorted(int(i) for i in ids[~has_words])
        themes.append(SuggestedTheme(NO_WORDS_LABEL, [], empty, empty[:3]))
    themes.sort(key=lambda theme: (not theme.keywords, -len(theme.member_ids), theme.label))
    return themes


def themes_suggest(
    docs: list[tuple[int, str]],
    *,
    n_themes: int | None = None,
    progress: Progress | None = None,
    random_state: int = 0,
) -> list[SuggestedTheme]:
    """Group nominations (id, text) into themes, largest first. `n_themes` None chooses the number."""
    if n_themes is not None and n_themes < 1:
        raise ValueError("n_themes must be at least 1")
    report = progress or (lambda fraction, message: None)
    report(0.0, "Reading nominations")
    if not docs:
        report(1.0, "No nominations")
        return []
    # One thread: on these sizes thread start-up costs more than it saves, and the worker shares the machine.
    with threadpool_limits(limits=1):
        themes = _suggest(docs, n_themes, report, random_state)
    report(1.0, f"Suggested {len(themes)} themes")
    return themes
