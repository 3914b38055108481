"""Find the same idea sent twice: each nomination's likeliest twins, ranked, with the phrases they share.

Each text becomes one vector: word TF-IDF (words, numbers included, and two-word phrases, English stop
words dropped: unlike themes, the details that tell two nominations apart count here) and character
TF-IDF (3 to 5 characters within words, which copes with typos, plurals and rewording; counted once
per distinct word), each L2-normalised and weighted half and half.

Two people describing one innovation score only 0.1–0.5 cosine, while unrelated nominations on the
same topic reach 0.3: no single threshold separates them. The neighbourhood does:

0. Neighbours are found on the text vector beside its meaning: lemmatised words reduced by truncated
   SVD (latent semantic analysis, one dimension per NOMINATIONS_PER_DIMENSION nominations, within
   MEANING_DIMENSIONS), weighted MEANING_WEIGHT, so that two people who name the same thing with
   different words ("dads" and "fathers' evenings") can still be neighbours; and the lemmatised words
   with each joined by its kindred words, those whose LSA term vectors are at least KINDRED_AT alike
   (term similarities learned from the corpus itself, as in a soft cosine: in practice the words used in
   the same one or two texts, "robot" with "telepresence" and "microphone", rather than synonyms),
   weighted KINDRED_WEIGHT.
   The similarity shown and the near-copy threshold stay on the text vector alone.
1. Each nomination's NEIGHBOURS nearest nominations by exact cosine (all pairs up to EXACT_UP_TO;
   above, CANDIDATES per nomination from a sparse random projection, then measured exactly, the text
   and the meaning apart; no n × n matrix is ever built).
2. Each neighbour is scored by CSLS, 2·cos(a, b) − r(a) − r(b), r being a nomination's mean cosine
   to its own LOCAL nearest neighbours: a pair counts when the two are closer to each other than to
   their topic, so a busy topic does not flood the list and a sparse one is not missed.
3. Each nomination keeps its SHOWN best-scored neighbours (its likely twins, ranked).
4. The default list holds the pairs where each is among the other's two likeliest twins, the score is
   at least LIST_AT, and it stands at least GAP above the third likeliest of both (a cut that adapts
   to each nomination), plus any pair at least `threshold` alike (near-copies).
5. Why: the phrases both texts use, rarest first (lemmatised once for the meaning and again here only
   below 80 nominations, shown as written).
"""

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfTransformer, TfidfVectorizer
from sklearn.preprocessing import normalize
from sklearn.random_projection import SparseRandomProjection
from threadpoolctl import threadpool_limits

from . import text as words

Progress = Callable[[float, str], None]

WORD_WEIGHT = 0.5
CHARACTERS = (3, 5)  # lengths of the character n-grams, within words
MEANING_WEIGHT = 0.26  # share of the neighbourhood's cosine that comes from the LSA vector
KINDRED_WEIGHT = 0.08  # ... and from the lemmatised words joined by their kindred words
KINDRED_AT = 0.97  # two words are kindred when their LSA term vectors are at least this alike
TERMS_PER_CHUNK = 1024
NOMINATIONS_PER_DIMENSION = 8  # as for themes (themes.py)
MEANING_DIMENSIONS = (10, 100)
EXACT_UP_TO = 500
DIMENSIONS = 256
MARGIN = 0.2
ROWS_PER_CHUNK = 512
PAIRS_PER_CHECK = 5_000
NEIGHBOURS = 10  # neighbours measured per nomination
LOCAL = (3, 10)  # neighbours that make a nomination's neighbourhood level (CSLS)
NOMINATIONS_PER_NEIGHBOUR = 15
CANDIDATES = 20  # candidates per nomination from the projected search, above EXACT_UP_TO
SHOWN = 3  # likeliest twins kept per nomination
LIST_AT = 0.15  # CSLS a pair of mutual likeliest twins needs to be listed
GAP = 0.1  # ... and how far its CSLS must stand above the third likeliest twin of both
SHARED_SHOWN = 5
RARE_SHARE = 0.05  # a single word explains a pair only when at most this share of texts use it
COMMON_SHARE = 0.5  # nor does any phrase more than half the texts use
RARITY_SAMPLE = 3_000  # texts read to tell how rare a phrase is, above EXACT_UP_TO


@dataclass
class DuplicatePair:
    """Two nominations that may be the same idea: `a` < `b`.

    similarity: exact cosine (0..1); score: neighbourhood score (CSLS, higher is likelier); listed:
    in the default list to check; shared: the phrases both use, rarest first (why they were paired).
    """

    a: int
    b: int
    similarity: float
    score: float = 0.0
    listed: bool = True
    shared: list[str] = field(default_factory=list)


@dataclass
class Meaning:
    """What the texts mean beyond their words: `lsa`, unit rows of each text's LSA vector (dense), and
    `kindred`, unit rows of its lemmatised TF-IDF with each word joined by its kindred words (sparse)."""

    lsa: np.ndarray
    kindred: sparse.csr_matrix


def _word_grams(word: str) -> list[str]:
    """A word's character n-grams (CHARACTERS long), padded with a space each side, as scikit-learn's
    "char_wb" analyser makes them: a word shorter than an n-gram counts once, whole."""
    padded = f" {word} "
    grams: list[str] = []
    for size in range(CHARACTERS[0], CHARACTERS[1] + 1):
        grams.extend(padded[start : start + size] for start in range(max(1, len(padded) - size + 1)))
        if len(padded) <= size:
            break
    return grams


def _character_counts(texts: list[str], max_df: float) -> sparse.csr_matrix:
    """How often each text uses each character n-gram, those in more than max_df of the texts dropped: the
    counts TfidfVectorizer(analyzer="char_wb") makes, to the order of the entries in each row (n-grams
    numbered as first met, then renumbered in alphabetical order), but made once per distinct word and
    summed by a product (texts × words) · (words × n-grams): four times faster than text by text."""
    distinct: dict[str, int] = {}
    rows, columns = [], []
    for row, text in enumerate(texts):
        for word in text.lower().split():
            columns.append(distinct.setdefault(word, len(distinct)))
            rows.append(row)
    uses = sparse.csr_matrix((np.ones(len(rows), np.float32), (rows, columns)), shape=(len(texts), len(distinct)))
    grams = [_word_grams(word) for word in distinct]
    met: dict[str, int] = {}  # words in the order first met, so n-grams too
    gram_index = np.fromiter((met.setdefault(g, len(met)) for found in grams for g in found), np.int64)
    if not met:
        raise ValueError("no character n-grams")
    found_in = np.repeat(np.arange(len(grams)), [len(found) for found in grams])
    spelled = sparse.csr_matrix((np.ones(len(found_in), np.float32), (found_in, gram_index)), (len(grams), len(met)))
    counts = (uses @ spelled).tocsr()
    counts.sort_indices()
    kept = np.flatnonzero(np.bincount(counts.indices, minlength=counts.shape[1]) <= max_df * len(texts))
    if not len(kept):
        raise ValueError("no character n-grams left after dropping the common ones")
    counts = counts[:, kept]
    names = np.array(list(met), dtype=object)[kept]
    alphabetical = np.empty(len(kept), dtype=counts.indices.dtype)
    alphabetical[np.argsort(names, kind="stable")] = np.arange(len(kept))
    counts.indices = alphabetical[counts.indices]
    counts.has_sorted_indices = False
    return counts


def _tfidf(texts: list[str], characters: bool = False, **options) -> sparse.csr_matrix:
    """TF-IDF rows (sublinear tf) of words, or of character n-grams within words; terms in more than half
    the texts are dropped from 10 texts up."""
    max_df = 0.5 if len(texts) >= 10 else 1.0
    for limit in [max_df, 1.0]:
        try:
            if characters:
                return TfidfTransformer(sublinear_tf=True).fit_transform(_character_counts(texts, limit)).tocsr()
            vectoriser = TfidfVectorizer(sublinear_tf=True, max_df=limit, dtype=np.float32, **options)
            return vectoriser.fit_transform(texts).tocsr()
        except ValueError:  # no terms at all, or none left after dropping the common ones
            continue
    return sparse.csr_matrix((len(texts), 0), dtype=np.float32)


def text_vectors(texts: list[str], report: Progress) -> sparse.csr_matrix:
    """Unit rows: √½ · word TF-IDF beside √½ · character TF-IDF (zero rows for texts with no content)."""
    report(0.05, "Finding words and phrases")
    words = _tfidf(texts, analyzer="word", ngram_range=(1, 2), stop_words="english")
    report(0.2, "Finding character patterns")
    characters = _tfidf(texts, characters=True)
    words.data *= np.float32(np.sqrt(WORD_WEIGHT))
    characters.data *= np.float32(np.sqrt(1 - WORD_WEIGHT))
    both = sparse.hstack([words, characters], format="csr", dtype=np.float32)
    return normalize(both, copy=False) if both.shape[1] else both


def kindred_words(terms: np.ndarray, at: float = KINDRED_AT) -> sparse.csr_matrix:
    """Terms × terms: the cosine of each pair of term vectors (rows of `terms`) at least `at` alike, and 1 on
    the diagonal, compared TERMS_PER_CHUNK terms at a time (no terms × terms dense matrix is built)."""
    terms = normalize(terms).astype(np.float32)
    count = len(terms)
    rows, columns, values = [], [], []
    for start in range(0, count, TERMS_PER_CHUNK):
        block = terms[start : start + TERMS_PER_CHUNK] @ terms.T
        block[np.arange(len(block)), np.arange(start, start + len(block))] = 1.0
        found_rows, found_columns = np.nonzero(block >= at)
        rows.append(found_rows + start)
        columns.append(found_columns)
        values.append(block[found_rows, found_columns])
    return sparse.csr_matrix(
        (np.concatenate(values), (np.concatenate(rows), np.concatenate(columns))), shape=(count, count)
    )


def meaning_vectors(
    texts: list[str], random_state: int = 0, lemmatised: dict[int, list] | None = None
) -> Meaning | None:
    """What each text means (`Meaning`): its LSA vector (TF-IDF of lemmatised words reduced by truncated SVD
    to one dimension per NOMINATIONS_PER_DIMENSION nominations, at most MEANING_DIMENSIONS[1]) and its
    lemmatised TF-IDF with each word joined by its kindred words, the words whose term vectors in that
    same reduced space are at least KINDRED_AT alike. A word used by one or two texts points where those
    texts point, so kindred words are mostly the words of the same few texts: a text that shares a few
    rare words with another also meets the words that go with them there. None under
    MEANING_DIMENSIONS[0] dimensions (80 nominations): too few texts to learn which words go together.
    Each text's lemmatised runs are kept in `lemmatised` (by position), for saying why pairs were paired."""
    low, high = MEANING_DIMENSIONS
    wanted = min(high, round(len(texts) / NOMINATIONS_PER_DIMENSION))
    if wanted < low:  # too few texts to learn which words go together: the text vector alone
        return None
    lemmatised = {} if lemmatised is None else lemmatised
    lemmatised.update((index, words.lemmatised_runs(text)) for index, text in enumerate(texts))
    joined = [" ".join(" ".join(lemmas) for _, lemmas in lemmatised[index]) for index in range(len(texts))]
    counts = _tfidf(joined, analyzer=str.split)  # the lemmas as they are
    wanted = min(wanted, counts.shape[1] - 1)
    if wanted < low:
        return None
    svd = TruncatedSVD(n_components=wanted, random_state=random_state)
    reduced = svd.fit_transform(counts)
    kindred = kindred_words(svd.components_.T * svd.singular_values_)
    return Meaning(normalize(reduced).astype(np.float32), normalize(counts @ kindred).astype(np.float32).tocsr())


def blended(vectors: sparse.csr_matrix, meaning: Meaning | None) -> sparse.csr_matrix:
    """Unit rows: the text vector, its LSA and its kindred words side by side, scaled by the square roots of
    their weights (1 − MEANING_WEIGHT − KINDRED_WEIGHT, MEANING_WEIGHT, KINDRED_WEIGHT), so that the cosine
    of two rows is the weighted mean of the three cosines (the text vector alone without a meaning)."""
    if meaning is None:
        return vectors
    both = sparse.hstack(
        [
            vectors * np.float32(np.sqrt(1 - MEANING_WEIGHT - KINDRED_WEIGHT)),
            sparse.csr_matrix(meaning.lsa) * np.float32(np.sqrt(MEANING_WEIGHT)),
            meaning.kindred * np.float32(np.sqrt(KINDRED_WEIGHT)),
        ],
        format="csr",
        dtype=np.float32,
    )
    return normalize(both, copy=False)


def _squared_norms(rows: sparse.csr_matrix) -> np.ndarray:
    """Each sparse row's squared length."""
    return np.asarray(rows.multiply(rows).sum(axis=1), dtype=np.float32).ravel()


def _blended_similarity(alike, vectors, meaning: Meaning, rows, columns) -> np.ndarray:
    """The cosine of blended rows from the text cosines `alike` and the meaning, without the blended rows:
    (wt · text cosine + wm · LSA cosine + wk · kindred cosine) / (|row| · |column|), |·| the norm before
    normalising."""
    text_weight, weight, kindred_weight = (
        np.float32(1 - MEANING_WEIGHT - KINDRED_WEIGHT),
        np.float32(MEANING_WEIGHT),
        np.float32(KINDRED_WEIGHT),
    )
    lsa = meaning.lsa
    norms = np.sqrt(
        text_weight * _squared_norms(vectors)
        + weight * np.einsum("ij,ij->i", lsa, lsa)
        + kindred_weight * _squared_norms(meaning.kindred)
    )
    scale = np.divide(1, norms, out=np.zeros_like(norms), where=norms > 0)
    near = np.concatenate(
        [
            np.einsum(
                "ij,ij->i",
                lsa[rows[start : start + PAIRS_PER_CHECK]],
                lsa[columns[start : start + PAIRS_PER_CHECK]],
            )
            for start in range(0, len(rows), PAIRS_PER_CHECK)
        ]
        or [np.zeros(0, dtype=np.float32)]
    )
    kin = exact_similarity(meaning.kindred, rows, columns).astype(np.float32)
    return (text_weight * alike + weight * near + kindred_weight * kin) * scale[rows] * scale[columns]


def _upper_pairs(block: np.ndarray | sparse.spmatrix, start: int, cut: float) -> tuple[np.ndarray, np.ndarray]:
    """(row, column) of entries ≥ cut in rows start.., columns start.., with column > row."""
    block = block.toarray() if sparse.issparse(block) else block
    rows, columns = np.nonzero(block >= cut)
    rows = rows + start
    columns = columns + start
    keep = columns > rows
    return rows[keep], columns[keep]


def _pairs_in_chunks(left, right_t, cut: float, report: Progress, note: str) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (i < j) with left[i] · left[j] ≥ cut, comparing ROWS_PER_CHUNK rows at a time."""
    count = left.shape[0]
    found_rows, found_columns = [], []
    for start in range(0, count, ROWS_PER_CHUNK):
        block = left[start : start + ROWS_PER_CHUNK] @ right_t[:, start:]
        rows, columns = _upper_pairs(block, start, cut)
        found_rows.append(rows)
        found_columns.append(columns)
        report(0.35 + 0.45 * min(1.0, (start + ROWS_PER_CHUNK) / count), note)
    return np.concatenate(found_rows), np.concatenate(found_columns)


def exact_pairs(vectors: sparse.csr_matrix, threshold: float, report: Progress) -> tuple[np.ndarray, ...]:
    """Every pair at least `threshold` alike, comparing all pairs exactly (the baseline)."""
    rows, columns = _pairs_in_chunks(vectors, vectors.T.tocsc(), threshold, report, "Comparing every pair")
    return rows, columns


def exact_similarity(vectors: sparse.csr_matrix, rows: np.ndarray, columns: np.ndarray) -> np.ndarray:
    """Cosine of each (rows[k], columns[k]) pair, PAIRS_PER_CHECK pairs at a time."""
    values = []
    for start in range(0, len(rows), PAIRS_PER_CHECK):
        end = start + PAIRS_PER_CHECK
        products = vectors[rows[start:end]].multiply(vectors[columns[start:end]])
        values.append(np.asarray(products.sum(axis=1)).ravel())
    return np.concatenate(values) if values else np.zeros(0, dtype=np.float32)


# --- Neighbourhoods ---------------------------------------------------------------------------------------


def _top(block: np.ndarray, start: int, width: int) -> tuple[np.ndarray, np.ndarray]:
    """The `width` largest entries of each row (itself excluded), largest first: (columns, values)."""
    block = np.array(block, dtype=np.float32)
    block[np.arange(len(block)), np.arange(start, start + len(block))] = -np.inf
    width = min(width, block.shape[1] - 1)
    columns = np.argpartition(-block, width - 1, axis=1)[:, :width]
    values = np.take_along_axis(block, columns, axis=1)
    order = np.argsort(-values, axis=1, kind="stable")
    return np.take_along_axis(columns, order, axis=1), np.take_along_axis(values, order, axis=1)


def _nearest_on(both: sparse.csr_matrix, width: int, report: Progress, random_state: int) -> tuple[np.ndarray, ...]:
    """Each row's `width` nearest rows of `both` (indices, cosines, nearest first) comparing every pair up to
    EXACT_UP_TO rows; above, its CANDIDATES likeliest on a sparse random projection (cosines then None)."""
    count = both.shape[0]
    exact = count <= EXACT_UP_TO or both.shape[1] <= DIMENSIONS
    if exact:
        left, right_t, wanted = both, both.T.tocsc(), width
    else:
        projection = SparseRandomProjection(n_components=DIMENSIONS, dense_output=True, random_state=random_state)
        left = normalize(projection.fit_transform(both)).astype(np.float32)
        right_t, wanted = np.ascontiguousarray(left.T), max(width, CANDIDATES)
    indices, values = [], []
    for start in range(0, count, ROWS_PER_CHUNK):
        block = left[start : start + ROWS_PER_CHUNK] @ right_t
        block = block.toarray() if sparse.issparse(block) else block
        columns, found = _top(block, start, wanted)
        indices.append(columns)
        values.append(found)
        report(0.3 + 0.4 * min(1.0, (start + ROWS_PER_CHUNK) / count), "Finding each nomination's neighbours")
    return np.vstack(indices), (np.vstack(values) if exact else None)


def nearest_neighbours(
    vectors: sparse.csr_matrix, width: int, report: Progress, random_state: int = 0, meaning: Meaning | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each row's `width` nearest rows by exact cosine of the text vector beside its meaning (`blended`):
    (indices, similarities, the text vectors' own cosines), each n × width, nearest first.

    Up to EXACT_UP_TO rows every pair is compared. Above, CANDIDATES rows per row are found on a
    sparse random projection (256 dimensions) in chunks, then measured exactly and re-ranked: the text
    cosine on the sparse rows, the LSA's on its few dense columns and the kindred words' on theirs, so the
    blended rows are never multiplied pair by pair."""
    indices, values = _nearest_on(blended(vectors, meaning), width, report, random_state)
    rows = np.repeat(np.arange(len(indices)), indices.shape[1])
    alike = exact_similarity(vectors, rows, indices.ravel()).astype(np.float32)
    if values is None:  # candidates from the projection: measured exactly and re-ranked
        values = alike if meaning is None else _blended_similarity(alike, vectors, meaning, rows, indices.ravel())
        values = values.reshape(indices.shape).astype(np.float32)
        order = np.argsort(-values, axis=1, kind="stable")[:, :width]
        indices, values = np.take_along_axis(indices, order, axis=1), np.take_along_axis(values, order, axis=1)
        alike = np.take_along_axis(alike.reshape(order.shape[0], -1), order, axis=1)
    return indices, values, alike.reshape(indices.shape)


def neighbourhood_scores(indices: np.ndarray, values: np.ndarray) -> np.ndarray:
    """CSLS of each row with each of its neighbours: 2·cos(i, j) − r(i) − r(j), where r is the mean
    similarity of a nomination to its LOCAL nearest neighbours. A pair scores high when the two are
    closer to each other than each is to its own neighbourhood, whatever the topic's general level."""
    size = max(LOCAL[0], min(LOCAL[1], round(len(indices) / NOMINATIONS_PER_NEIGHBOUR)))
    local = values[:, : min(size, values.shape[1])].mean(axis=1)
    return 2 * values - local[:, None] - local[indices]


def _ranked(scores: np.ndarray, *others: np.ndarray) -> tuple[np.ndarray, ...]:
    """`scores` and the arrays beside them, each row ordered by score, highest first."""
    order = np.argsort(-scores, axis=1, kind="stable")
    return tuple(np.take_along_axis(values, order, axis=1) for values in (scores, *others))


# --- Why two nominations were paired ----------------------------------------------------------------------


def _phrase_sets(
    texts: list[str], read: set[int] | None = None, lemmatised: dict[int, list] | None = None
) -> tuple[dict, dict, dict[str, int]]:
    """For the texts at the positions `read` (all by default): their lemmatised runs, their sets of
    lemmatised phrases, and how many of those texts use each phrase."""
    positions = sorted(read) if read is not None else range(len(texts))
    known = lemmatised or {}
    split = {index: known[index] if index in known else words.lemmatised_runs(texts[index]) for index in positions}
    sets = {}
    for index, text_runs in split.items():
        found: set[str] = set()
        for run, lemmas in text_runs:
            found.update(lemmas)
            found.update(" ".join(lemmas[start : start + 2]) for start in range(len(run) - 1))
            found.update(" ".join(lemmas[start : start + 3]) for start in range(len(run) - 2))
        sets[index] = found
    frequency: dict[str, int] = {"": len(sets)}
    for found in sets.values():
        for term in found:
            frequency[term] = frequency.get(term, 0) + 1
    return split, sets, frequency


def shared_phrases(first: set[str], second: set[str], frequency: dict[str, int], limit: int = SHARED_SHOWN) -> list:
    """The lemmatised phrases both texts use, rarest and longest first, none inside another chosen one.
    A single word counts only when it is rare (at most RARE_SHARE of the texts), and no phrase that more
    than COMMON_SHARE of the texts use counts (frequency[""] is the number of texts). When nothing rarer
    is shared (a pair found by meaning more than by words), the least common single words both use."""
    common = sorted(first & second, key=lambda term: (frequency.get(term, 0), -len(term.split()), term))
    count = frequency.get("", 0)
    rare, common_at = max(3, round(RARE_SHARE * count)), max(2, COMMON_SHARE * count)
    chosen: list[str] = []
    for term in common:
        used = frequency.get(term, 0)
        if used > common_at or (" " not in term and used > rare):
            continue
        if any(f" {term} " in f" {other} " for other in chosen):
            continue
        chosen.append(term)
        if len(chosen) >= limit:
            break
    if not chosen:
        chosen = [term for term in common if " " not in term and frequency.get(term, 0) <= common_at][:limit]
    return chosen


def _explained(
    pairs: list[DuplicatePair], texts: list[str], position: dict[int, int], lemmatised: dict[int, list]
) -> None:
    """Fill in what each pair shares. Above EXACT_UP_TO nominations only the listed pairs are explained
    (reading every text twice over would cost more than the search itself), and how rare a phrase is
    is counted on their texts plus a sample of the others, RARITY_SAMPLE in all."""
    read = None
    if len(texts) > EXACT_UP_TO:
        pairs = [pair for pair in pairs if pair.listed]
        read = {position[doc_id] for pair in pairs for doc_id in (pair.a, pair.b)}
        others = np.setdiff1d(np.arange(len(texts)), np.fromiter(read, dtype=np.int64, count=len(read)))
        wanted = max(0, min(len(others), RARITY_SAMPLE - len(read)))
        read |= set(np.random.default_rng(0).choice(others, wanted, replace=False).tolist())
    split, sets, frequency = _phrase_sets(texts, read, lemmatised)
    for pair in pairs:
        first, second = position[pair.a], position[pair.b]
        terms = shared_phrases(sets[first], sets[second], frequency)
        pair.shared = [words.spelling_in(split[first], term) or term for term in terms]


# --- The search --------------------------------------------------------------------------------------------


def duplicates_find(
    docs: list[tuple[int, str]],
    *,
    threshold: float = 0.6,
    progress: Progress | None = None,
    explain: bool = True,
) -> list[DuplicatePair]:
    """Each nomination's SHOWN likeliest twins (pairs, id a < id b), the likeliest first.

    A pair is `listed` (the default list to check) when the texts are at least `threshold` alike, or
    when each is among the other's two likeliest twins, the pair stands LIST_AT above both
    neighbourhoods (CSLS), and GAP above the third likeliest twin of either."""
    if not 0 < threshold <= 1:
        raise ValueError("threshold must be more than 0 and at most 1")
    report = progress or (lambda fraction, message: None)
    report(0.0, "Reading nominations")
    if len(docs) < 2:
        report(1.0, "Nothing to compare")
        return []
    texts = [text or "" for _, text in docs]
    vectors = text_vectors(texts, report)
    if vectors.shape[1] == 0:
        report(1.0, "No words to compare")
        return []
    with threadpool_limits(limits=1):  # faster here than several threads, and the worker shares the machine
        report(0.25, "Finding what each nomination is about")
        lemmatised: dict[int, list] = {}
        meaning = meaning_vectors(texts, lemmatised=lemmatised)
        width = min(NEIGHBOURS, len(docs) - 1)
        indices, values, alike = nearest_neighbours(vectors, width, report, meaning=meaning)
    report(0.75, "Comparing neighbourhoods")
    scores, ranked, alike = _ranked(neighbourhood_scores(indices, values), indices, alike)
    shown = min(SHOWN, ranked.shape[1])
    third = scores[:, SHOWN - 1] if shown == SHOWN else np.full(len(docs), -np.inf)  # the likeliest twin not listed
    rows = np.repeat(np.arange(len(docs)), shown)
    columns = ranked[:, :shown].ravel()
    similarity = {(int(i), int(j)): float(v) for i, j, v in zip(rows, columns, alike[:, :shown].ravel(), strict=True)}
    rank = {(i, int(j)): r for i in range(len(docs)) for r, j in enumerate(ranked[i])}
    ids = [doc_id for doc_id, _ in docs]
    found: dict[tuple[int, int], DuplicatePair] = {}
    for i in range(len(docs)):
        for r in range(min(SHOWN, ranked.shape[1])):
            j = int(ranked[i, r])
            if ids[i] == ids[j]:
                continue
            key = (min(i, j), max(i, j))
            if key in found:
                continue
            cosine = round(min(1.0, max(0.0, similarity[(i, j)])), 4)
            ranks = sorted([rank.get((i, j), NEIGHBOURS), rank.get((j, i), NEIGHBOURS)])
            apart = scores[i, r] - max(third[i], third[j])
            listed = cosine >= threshold or (ranks[1] <= 1 and scores[i, r] >= LIST_AT and apart >= GAP)
            a, b = sorted([ids[i], ids[j]])
            found[key] = DuplicatePair(a, b, cosine, round(float(scores[i, r]), 4), bool(listed))
    pairs = sorted(found.values(), key=lambda pair: (-pair.listed, -pair.score, pair.a, pair.b))
    if explain:
        report(0.85, "Finding the phrases they share")
        _explained(pairs, texts, {doc_id: index for index, doc_id in enumerate(ids)}, lemmatised)
    listed = sum(pair.listed for pair in pairs)
    report(1.0, f"Found {listed} likely duplicate{'s' * (listed != 1)}")
    return pairs
