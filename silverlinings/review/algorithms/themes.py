"""Suggest themes for a set of nominations: lemmatised words and phrases, LSA, consensus k-means, profile
matching, readable labels.

1. Each text becomes lemmatised words and phrases of up to three words (`text.phrases`): "didn't"
   never leaves a broken "didn", "conferences" and "conference" are one term. English stop words and
   words every nomination uses ("children", "council", "covid", "service", "staff"...) are dropped.
2. TF-IDF (sublinear term frequency; rare and very common terms dropped, thresholds scaled to the
   number of nominations), reduced by truncated SVD at three scales, about one dimension per 16, 8
   and 4 nominations (10 to 100 each), each L2-normalised and set side by side (multi-scale latent
   semantic analysis): 150 texts keep 10, 19 and 39 dimensions, not 100; from 2,000 up, one scale of 100.
3. Near-duplicates are folded first: nominations whose vectors are each other's nearest neighbour
   and at least FOLD_AT alike count as one point, so the same idea sent twice never becomes a theme
   of its own, and goes wherever its text belongs.
4. Without a number of themes, k is chosen by consensus: for each k from 2 to min(30, √n), k-means
   runs twelve times on 80% samples, and k scores the share of pairs of nominations that fell together
   in some runs but not in most (between 10% and 90%: the proportion of ambiguous clustering, PAC).
   The k that leaves the fewest ambiguous pairs wins (a sample of at most 1,000 nominations is used).
   Up to CONSENSUS_UP_TO nominations there are two views of the texts: the LSA vectors of step 2, and
   the same with the LSA vectors of character 3- to 5-grams beside them at half weight (terse texts
   share word pieces more than whole words). The view whose best k leaves fewer ambiguous pairs is
   used from here on, so the corpus itself says which describes it better.
5. Up to CONSENSUS_UP_TO nominations the themes themselves come from the consensus of twelve runs:
   how often two nominations fell together, grouped by average linkage, cut so that k themes of at
   least a few nominations stand (outliers join the theme they fell together with most). Larger sets
   use k-means. Then each nomination moves to the theme whose class-based TF-IDF profile (its members'
   terms, itself left out) its own terms match best, twice (`refine_by_profiles`): the full term space
   separates themes that the LSA vectors blur together.
6. Each theme is named (`labels.py`) by its most distinctive terms (class-based TF-IDF), written as people wrote
   them (`text.surface_forms`). A phrase replaces its own words when it scores nearly as well, and
   overlapping phrases join up when the joined phrase occurs in the texts. Keywords never end on a
   verb-like word ("signatures came", "assessments showed").

Texts with no words left get a theme of their own, last. Everything runs on one thread and is
deterministic for a given random_state.
"""

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform
from sklearn.cluster import KMeans, MiniBatchKMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer, TfidfVectorizer
from sklearn.preprocessing import normalize
from threadpoolctl import threadpool_limits

from . import labels as naming
from . import text as words
from .text import DOMAIN_STOP_WORDS, KEPT_ENGLISH, STOP_WORDS  # noqa: F401 - part of this module's interface

Progress = Callable[[float, str], None]

NO_WORDS_LABEL = "no distinctive words"
MINI_BATCH_ABOVE = 20_000
SAMPLE_FOR_CHOOSING = 1_000
NOMINATIONS_PER_DIMENSION = 8
DIMENSIONS = (10, 100)
FOLD_AT = 0.8  # cosine (LSA) at which two mutual nearest neighbours count as one point
STABILITY_RUNS = 6  # k-means runs per consensus, each on a different STABILITY_SHARE sample
STABILITY_SHARE = 0.8
AMBIGUOUS = (0.1, 0.9)  # a pair together in between these shares of runs is ambiguous (PAC)
CONSENSUS_UP_TO = 1_000
REFINE_ROUNDS = 2
KEEP_MEMBERS = 4  # a theme refinement would leave smaller keeps its members


@dataclass
class SuggestedTheme:
    label: str
    keywords: list[str]
    member_ids: list[int]
    exemplar_ids: list[int]


def phrases(text: str, longest: int = 3) -> list[str]:
    """Lemmatised words (no numbers, no stop words) and the phrases of up to `longest` words between them."""
    return words.phrases(text, longest)


def document_limits(count: int) -> tuple[int, float]:
    """min_df and max_df for a corpus of `count` documents."""
    if count < 10:
        return 1, 1.0
    if count < 20:
        return 1, 0.6
    return max(2, min(5, count // 1000)), 0.5


def merge_plurals(counts: sparse.csr_matrix, terms: np.ndarray) -> tuple[sparse.csr_matrix, np.ndarray]:
    """Add up the columns of terms that differ only by plurals; each keeps its most frequent spelling."""
    keys = [naming.singular(str(term)) for term in terms]
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


def dimensions_for(count: int, terms: int) -> list[int]:
    """LSA dimensions at three scales, about one per 16, 8 and 4 nominations, each within DIMENSIONS
    (so from 2,000 nominations up there is one scale, 100)."""
    scales = []
    for per in (2 * NOMINATIONS_PER_DIMENSION, NOMINATIONS_PER_DIMENSION, NOMINATIONS_PER_DIMENSION // 2):
        wanted = min(DIMENSIONS[1], max(DIMENSIONS[0], round(count / per)), terms - 1, count - 1)
        if wanted not in scales:
            scales.append(wanted)
    return scales


def term_weights(counts: sparse.csr_matrix) -> sparse.csr_matrix:
    """TF-IDF with sublinear term frequency, rows unit length."""
    return TfidfTransformer(sublinear_tf=True).fit_transform(counts).tocsr()


def semantic_vectors(tfidf: sparse.csr_matrix, random_state: int) -> np.ndarray:
    """Truncated SVD of the TF-IDF rows at each of the `dimensions_for` the corpus, each unit length,
    side by side and scaled so that a cosine is the mean of the scales' cosines (multi-scale LSA)."""
    scales = dimensions_for(tfidf.shape[0], tfidf.shape[1])
    if max(scales) < 2:
        return normalize(tfidf.toarray()).astype(np.float32)
    parts = []
    for components in scales:
        if components < 2:
            continue
        with np.errstate(invalid="ignore", divide="ignore"):  # identical texts have no variance to explain
            reduced = TruncatedSVD(n_components=components, random_state=random_state).fit_transform(tfidf)
        parts.append(normalize(reduced))
    return normalize(np.hstack(parts)).astype(np.float32)


def character_weights(texts: list[str]) -> sparse.csr_matrix | None:
    """TF-IDF (sublinear) of the character 3- to 5-grams within words, lower case, rows unit length;
    None when pruning leaves nothing."""
    min_df, max_df = document_limits(len(texts))
    vectoriser = TfidfVectorizer(
        analyzer="char_wb", ngram_range=(3, 5), lowercase=True, sublinear_tf=True, min_df=min_df, max_df=max_df
    )
    try:
        return vectoriser.fit_transform(texts).tocsr()
    except ValueError:  # empty vocabulary, or nothing left after pruning
        return None


def _with_characters(vectors: np.ndarray, texts: list[str], random_state: int) -> list[np.ndarray]:
    """A second view: the lemma LSA vectors with the character n-grams' LSA vectors beside them at half
    weight (a cosine is (lemmas + ½ characters) / 1.5); none when the texts give no character n-grams."""
    weights = character_weights(texts)
    if weights is None or weights.shape[1] < 3:
        return []
    characters = semantic_vectors(weights, random_state)
    return [normalize(np.hstack([vectors, math.sqrt(0.5) * characters])).astype(np.float32)]


def fold_near_duplicates(vectors: np.ndarray) -> np.ndarray:
    """For each vector, the index of the point it is folded into: mutual nearest neighbours at least
    FOLD_AT alike join (transitively). Above CONSENSUS_UP_TO nothing is folded (k-means copes)."""
    count = len(vectors)
    parent = np.arange(count)
    if count < 3 or count > CONSENSUS_UP_TO:
        return parent
    similarity = vectors @ vectors.T
    np.fill_diagonal(similarity, -np.inf)
    nearest = similarity.argmax(axis=1)
    for i, j in enumerate(nearest.tolist()):
        if nearest[j] == i and similarity[i, j] >= FOLD_AT:
            root_i, root_j = _root(parent, i), _root(parent, j)
            parent[max(root_i, root_j)] = min(root_i, root_j)
    return np.array([_root(parent, i) for i in range(count)])


def _root(parent: np.ndarray, index: int) -> int:
    while parent[index] != index:
        index = parent[index]
    return int(index)


def _kmeans(vectors: np.ndarray, k: int, random_state: int, n_init: int | None = None) -> np.ndarray:
    """k-means with more restarts on small sets, where they are cheap and a bad start costs most."""
    if len(vectors) > MINI_BATCH_ABOVE:
        model = MiniBatchKMeans(n_clusters=k, batch_size=2048, n_init=3, random_state=random_state)
    else:
        n_init = n_init or (10 if len(vectors) <= 1000 else 4)
        model = KMeans(n_clusters=k, n_init=n_init, random_state=random_state)
    return model.fit_predict(vectors)


def _runs(vectors: np.ndarray, k: int, rng: np.random.Generator) -> list[np.ndarray]:
    """STABILITY_RUNS k-means labellings of every vector, each fitted on a different 80% sample."""
    count = len(vectors)
    size = min(count, max(k + 1, int(STABILITY_SHARE * count)))
    labellings = []
    for _ in range(STABILITY_RUNS):
        sample = np.sort(rng.choice(count, size, replace=False))
        model = KMeans(n_clusters=k, n_init=1, random_state=int(rng.integers(2**31 - 1))).fit(vectors[sample])
        labellings.append(model.predict(vectors))
    return labellings


def consensus_matrix(vectors: np.ndarray, labellings: list[np.ndarray]) -> np.ndarray:
    """The share of labellings in which each two vectors fell together."""
    together = np.zeros((len(vectors), len(vectors)), dtype=np.float32)
    for labels in labellings:
        together += labels[:, None] == labels[None, :]
    return together / len(labellings)


def ambiguity(together: np.ndarray) -> float:
    """The proportion of ambiguous clustering (PAC): the share of pairs that fell together in more than
    AMBIGUOUS[0] and fewer than AMBIGUOUS[1] of the runs. A k that fits the data leaves pairs either
    always together or always apart."""
    upper = together[np.triu_indices(len(together), 1)]
    return float(((upper > AMBIGUOUS[0]) & (upper < AMBIGUOUS[1])).mean()) if len(upper) else 0.0


def choose_theme_count(vectors: np.ndarray, distinct: int, random_state: int, report: Progress) -> int:
    """The k in 2..min(30, √n) whose runs leave the fewest ambiguous pairs; 1 for fewer than 3 distinct texts."""
    return ambiguity_curve(vectors, distinct, random_state, report)[0]


def ambiguity_curve(vectors: np.ndarray, distinct: int, random_state: int, report: Progress) -> tuple[int, float]:
    """The k in 2..min(30, √n) whose runs leave the fewest ambiguous pairs, and that share (PAC);
    (1, 1.0) for fewer than 3 distinct texts."""
    upper = min(30, distinct - 1, max(2, round(math.sqrt(len(vectors)))))
    if upper < 2:
        return 1, 1.0
    rng = np.random.default_rng(random_state)
    sample = vectors
    if len(vectors) > SAMPLE_FOR_CHOOSING:
        sample = vectors[np.sort(rng.choice(len(vectors), SAMPLE_FOR_CHOOSING, replace=False))]
    best_k, best_score = 2, 2.0
    for k in range(2, upper + 1):
        rng_k = np.random.default_rng(random_state + k)
        runs = _runs(sample, k, rng_k) + _runs(sample, k, rng_k)
        score = ambiguity(consensus_matrix(sample, runs))
        if score < best_score - 1e-9:
            best_k, best_score = k, score
        report(0.45 + 0.3 * (k - 1) / (upper - 1), f"Trying {k} themes")
    return best_k, best_score


def consensus_labels(vectors: np.ndarray, k: int, random_state: int) -> np.ndarray:
    """Themes from many k-means runs: how often two points fell together, grouped by average linkage.

    Average linkage cuts off outliers as themes of one or two; the tree is cut lower until k themes
    of at least `smallest_theme` points stand, and each point of a smaller group joins the theme it
    fell together with most often."""
    rng = np.random.default_rng(random_state)
    together = consensus_matrix(vectors, _runs(vectors, k, rng) + _runs(vectors, k, rng)).astype(np.float64)
    distance = 1.0 - together
    np.fill_diagonal(distance, 0.0)
    tree = linkage(squareform(distance, checks=False), method="average")
    smallest = smallest_theme(len(vectors), k)
    for cut in range(k, min(len(vectors), 3 * k) + 1):
        labels = fcluster(tree, t=cut, criterion="maxclust") - 1
        sizes = np.bincount(labels)
        kept = np.flatnonzero(sizes >= smallest)
        if len(kept) >= k:
            break
    else:
        return fcluster(tree, t=k, criterion="maxclust") - 1
    kept = kept[np.argsort(-sizes[kept], kind="stable")][:k]
    position = np.full(len(sizes), -1)
    position[kept] = np.arange(len(kept))
    result = position[labels]
    outside = result < 0
    if outside.any():
        affinity = np.column_stack([together[outside][:, labels == theme].mean(axis=1) for theme in kept])
        result[outside] = affinity.argmax(axis=1)
    return result


def smallest_theme(count: int, k: int) -> int:
    """The fewest points a consensus theme may have: KEEP_MEMBERS, or fewer when the set is small."""
    return max(1, min(KEEP_MEMBERS, count // (2 * k)))


def refine_by_profiles(weights: sparse.csr_matrix, labels: np.ndarray, rounds: int = REFINE_ROUNDS) -> np.ndarray:
    """Move each nomination to the theme whose class-based TF-IDF profile its own terms match best.

    A theme's profile is the sum of its members' TF-IDF rows, each term weighted by log(1 + mean term
    mass per theme / the term's mass overall), unit length. A nomination is compared with its own theme
    as that theme would be without it (leave one out), so its own words never hold it in place. A
    theme that would lose every member keeps them. Works on the full term space, which the LSA
    vectors have blurred; all products are sparse, so it costs little at any size."""
    count = len(labels)
    if count < 3 or weights.shape[1] == 0:
        return labels
    squared = weights.multiply(weights).tocsr()
    for _ in range(rounds):
        k = int(labels.max()) + 1
        if k < 2:
            break
        membership = sparse.csr_matrix((np.ones(count), (np.arange(count), labels)), shape=(count, k))
        sums = np.asarray((membership.T @ weights).todense(), dtype=np.float64)
        mass = sums.sum(axis=0)
        idf = np.log1p((mass.sum() / k) / np.maximum(mass, 1e-12))
        profiles = sums * idf
        norms = (profiles**2).sum(axis=1)
        raw = np.asarray(weights @ profiles.T)
        scores = raw / np.sqrt(np.maximum(norms, 1e-24))
        rows = np.arange(count)
        self_dot = np.asarray(squared @ idf).ravel()
        own_raw = raw[rows, labels] - self_dot
        own_norm = (
            norms[labels]
            - 2 * np.asarray(weights @ (sums * idf**2).T)[rows, labels]
            + np.asarray(squared @ idf**2).ravel()
        )
        scores[rows, labels] = np.where(own_norm > 1e-12, own_raw / np.sqrt(np.maximum(own_norm, 1e-24)), 0.0)
        moved = _keep_themes_whole(labels, scores.argmax(axis=1), k)
        if (moved == labels).all():
            break
        labels = moved
    return labels


def _keep_themes_whole(before: np.ndarray, after: np.ndarray, k: int) -> np.ndarray:
    """`after`, except that a theme left with fewer than min(its size, KEEP_MEMBERS) members keeps
    everyone it had (repeated until no theme is left short)."""
    floor = np.minimum(np.bincount(before, minlength=k), KEEP_MEMBERS)
    after = after.copy()
    for _ in range(k):
        short = np.flatnonzero(np.bincount(after, minlength=k) < floor)
        if not len(short):
            break
        back = np.isin(before, short)
        after[back] = before[back]
    return after


def _members(ids: np.ndarray, vectors: np.ndarray) -> tuple[list[int], list[int]]:
    """Member ids, closest to the theme's centre first, and the first three of them."""
    centre = vectors.mean(axis=0)
    closeness = vectors @ centre
    order = np.lexsort((ids, -closeness))
    members = [int(i) for i in ids[order]]
    return members, members[:3]


def _folded(vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray, int]:
    """Near-duplicates folded: the points' centres, each vector's point, and how many distinct points."""
    folded = fold_near_duplicates(vectors)
    points, back = np.unique(folded, return_inverse=True)
    centres = normalize(np.asarray([vectors[folded == point].mean(axis=0) for point in points])).astype(np.float32)
    return centres, back, len(np.unique(np.round(centres, 5), axis=0))


def _share_of(report: Progress, view: int, views: int) -> Progress:
    """Progress of choosing k on one of several views, each taking its share of 0.45 to 0.75."""
    return lambda fraction, message: report(0.45 + (fraction - 0.45 + 0.3 * view) / views, message)


def _cluster(
    views: list[np.ndarray], n_themes: int | None, random_state: int, report: Progress
) -> tuple[np.ndarray, int]:
    """Theme index of each vector and the view used: near-duplicates folded, k chosen by consensus,
    consensus grouping. With more than one view, the one whose consensus leaves the fewest ambiguous
    pairs (PAC at its best k) is used."""
    report(0.45, "Choosing the number of themes")
    folded = [_folded(vectors) for vectors in views]
    chosen, k = 0, n_themes
    if len(views) > 1 or n_themes is None:
        curves = [
            ambiguity_curve(centres, distinct, random_state, _share_of(report, view, len(views)))
            for view, (centres, _, distinct) in enumerate(folded)
        ]
        chosen = min(range(len(views)), key=lambda view: (curves[view][1], view))
        if n_themes is None:
            k = curves[chosen][0]
    centres, back, distinct = folded[chosen]
    k = min(k, distinct) if k else 1
    report(0.8, f"Grouping into {k} themes")
    if k <= 1:
        return np.zeros(len(back), dtype=np.int64), chosen
    if len(centres) <= CONSENSUS_UP_TO:
        labels = consensus_labels(centres, k, random_state)
    else:
        labels = _kmeans(centres, k, random_state)
    _, compact = np.unique(labels[back], return_inverse=True)
    return compact.astype(np.int64), chosen


def _themes_from(ids, texts, counts, terms, vectors, labels) -> list[SuggestedTheme]:
    k = int(labels.max()) + 1 if len(labels) else 0
    present = (counts > 0).astype(np.float32).tocsr()
    scores = naming.distinctive_scores(present, labels, k) if len(terms) else np.zeros((k, 0))
    themes = []
    for cluster in range(k):
        inside = labels == cluster
        keywords = naming.describe(scores[cluster], terms, [texts[i] for i in np.flatnonzero(inside)])
        members, exemplars = _members(ids[inside], vectors[inside])
        themes.append(SuggestedTheme(naming.theme_label(keywords) or NO_WORDS_LABEL, keywords, members, exemplars))
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
        weights = term_weights(counts_in)
        kept = [texts[i] for i in np.flatnonzero(has_words)]
        views = [semantic_vectors(weights, random_state)]
        if len(kept) <= CONSENSUS_UP_TO:
            views += _with_characters(views[0], kept, random_state)
        labels, chosen = _cluster(views, wanted, random_state, report)
        vectors = views[chosen]
        report(0.85, "Matching nominations to themes")
        _, labels = np.unique(refine_by_profiles(weights, labels), return_inverse=True)
        report(0.9, "Naming themes")
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
