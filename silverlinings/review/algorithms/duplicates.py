"""Find nominations that say nearly the same thing: TF-IDF cosine similarity over words and characters.

Each text becomes one vector: word TF-IDF (words, numbers included, and two-word phrases, English stop
words dropped: unlike themes, the details that tell two nominations apart count here) and character
TF-IDF (3 to 5 characters within words, which copes with typos, plurals and small rewording), each
L2-normalised and weighted half and half, so the cosine of two vectors is the mean of the word and
the character cosines.

Every reported similarity is exact. Up to 500 nominations, all pairs are compared with sparse matrix
products. Above that, a sparse random projection to 512 dimensions (float32) finds candidates in
chunks of rows, keeping pairs whose estimated cosine is within 0.2 of the threshold (the estimate's
standard deviation is about 0.04, so a missed pair is a five-sigma event), and only those candidates
are checked exactly. No n × n matrix is ever built.
"""

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize
from sklearn.random_projection import SparseRandomProjection
from threadpoolctl import threadpool_limits

Progress = Callable[[float, str], None]

WORD_WEIGHT = 0.5
EXACT_UP_TO = 500
DIMENSIONS = 512
MARGIN = 0.2
ROWS_PER_CHUNK = 512
PAIRS_PER_CHECK = 5_000


@dataclass
class DuplicatePair:
    a: int
    b: int
    similarity: float


def _tfidf(texts: list[str], **options) -> sparse.csr_matrix:
    """TF-IDF rows (sublinear tf); terms in more than half the texts are dropped from 10 texts up."""
    max_df = 0.5 if len(texts) >= 10 else 1.0
    for limit in [max_df, 1.0]:
        try:
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
    characters = _tfidf(texts, analyzer="char_wb", ngram_range=(3, 5))
    words.data *= np.float32(np.sqrt(WORD_WEIGHT))
    characters.data *= np.float32(np.sqrt(1 - WORD_WEIGHT))
    both = sparse.hstack([words, characters], format="csr", dtype=np.float32)
    return normalize(both, copy=False) if both.shape[1] else both


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
    rows, columns = _pairs_in_chunks(vectors, vectors.T.tocsc(), threshold, report, "Comparing every pair")
    return rows, columns


def projected_candidates(vectors: sparse.csr_matrix, cut: float, report: Progress, random_state: int = 0):
    """Candidate pairs whose cosine, estimated after a sparse random projection, is ≥ cut."""
    projection = SparseRandomProjection(n_components=DIMENSIONS, dense_output=True, random_state=random_state)
    reduced = normalize(projection.fit_transform(vectors)).astype(np.float32)
    return _pairs_in_chunks(reduced, np.ascontiguousarray(reduced.T), cut, report, "Comparing projected vectors")


def exact_similarity(vectors: sparse.csr_matrix, rows: np.ndarray, columns: np.ndarray) -> np.ndarray:
    """Cosine of each (rows[k], columns[k]) pair, PAIRS_PER_CHECK pairs at a time."""
    values = []
    for start in range(0, len(rows), PAIRS_PER_CHECK):
        end = start + PAIRS_PER_CHECK
        products = vectors[rows[start:end]].multiply(vectors[columns[start:end]])
        values.append(np.asarray(products.sum(axis=1)).ravel())
    return np.concatenate(values) if values else np.zeros(0, dtype=np.float32)


def _similar_pairs(vectors: sparse.csr_matrix, threshold: float, report: Progress) -> tuple[np.ndarray, ...]:
    if vectors.shape[0] <= EXACT_UP_TO or vectors.shape[1] <= DIMENSIONS:
        rows, columns = exact_pairs(vectors, threshold, report)
        return rows, columns, exact_similarity(vectors, rows, columns)
    rows, columns = projected_candidates(vectors, max(threshold - MARGIN, 0.0), report)
    report(0.85, f"Checking {len(rows)} candidate pairs")
    similarity = exact_similarity(vectors, rows, columns)
    keep = similarity >= threshold
    return rows[keep], columns[keep], similarity[keep]


def duplicates_find(
    docs: list[tuple[int, str]], *, threshold: float = 0.6, progress: Progress | None = None
) -> list[DuplicatePair]:
    """Pairs of nominations (id a < id b) at least `threshold` similar (0..1), most similar first."""
    if not 0 < threshold <= 1:
        raise ValueError("threshold must be more than 0 and at most 1")
    report = progress or (lambda fraction, message: None)
    report(0.0, "Reading nominations")
    if len(docs) < 2:
        report(1.0, "Nothing to compare")
        return []
    vectors = text_vectors([text or "" for _, text in docs], report)
    if vectors.shape[1] == 0:
        report(1.0, "No words to compare")
        return []
    with threadpool_limits(limits=1):  # faster here than several threads, and the worker shares the machine
        rows, columns, similarity = _similar_pairs(vectors, threshold, report)
    ids = [doc_id for doc_id, _ in docs]
    pairs = [
        DuplicatePair(min(ids[i], ids[j]), max(ids[i], ids[j]), round(min(1.0, float(value)), 4))
        for i, j, value in zip(rows.tolist(), columns.tolist(), similarity.tolist(), strict=True)
        if ids[i] != ids[j]
    ]
    pairs.sort(key=lambda pair: (-pair.similarity, pair.a, pair.b))
    report(1.0, f"Found {len(pairs)} possible duplicates")
    return pairs
