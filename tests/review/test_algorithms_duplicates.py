"""Near-duplicate detection: reworded copies are found, different nominations on the same topic are not."""

import random

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from silverlinings.review.algorithms.duplicates import (
    EXACT_UP_TO,
    _tfidf,
    blended,
    duplicates_find,
    kindred_words,
    meaning_vectors,
    nearest_neighbours,
    shared_phrases,
    text_vectors,
)
from tests.review.test_algorithms_themes import DOCS

ORIGINAL = (
    "Family time moved to video calls when face to face contact stopped in March 2020. Contact supervisors "
    "helped 34 children see their parents every week, and siblings living apart kept in touch through "
    "regular video family time. We plan to keep video contact for families who prefer it."
)
REWORDED = (
    "When face to face contact stopped in March 2020, family time moved to video calls. Contact supervisors "
    "supported 34 children to see their parents weekly, and brothers and sisters living apart stayed in touch "
    "through regular video family time. We intend to keep video contact for the families who prefer it."
)


def _quiet(fraction, message):
    return None


def _listed(pairs):
    return [(pair.a, pair.b) for pair in pairs if pair.listed]


# One-sentence nominations that say nearly the same thing: the only pairs of DOCS worth a look.
CLOSE_IN_DOCS = [(200, 202), (300, 302)]


def test_duplicates_find_a_reworded_copy_first():
    docs = [*DOCS, (7, ORIGINAL), (3, REWORDED)]
    pairs = duplicates_find(docs)
    assert _listed(pairs) == [(3, 7), *CLOSE_IN_DOCS]
    assert pairs[0].a == 3 and pairs[0].b == 7
    assert 0.6 <= pairs[0].similarity < 1.0
    assert pairs[0].shared[:2] == ["face contact stopped", "regular video family"]


def test_duplicates_find_lists_only_the_close_paraphrases_among_nominations_on_the_same_topics():
    pairs = duplicates_find(DOCS)
    assert _listed(pairs) == CLOSE_IN_DOCS
    assert pairs[0].shared == ["consent forms", "digital signatures"]


def test_duplicates_find_ranks_likely_twins_for_every_nomination():
    pairs = duplicates_find(DOCS)
    partners = {}
    for pair in pairs:
        partners.setdefault(pair.a, set()).add(pair.b)
        partners.setdefault(pair.b, set()).add(pair.a)
    assert set(partners) == {doc_id for doc_id, _ in DOCS}
    assert all(pair.a < pair.b for pair in pairs)


def test_duplicates_find_identical_texts_with_similarity_one():
    pairs = duplicates_find([(2, ORIGINAL), (1, ORIGINAL), (5, REWORDED)])
    assert (pairs[0].a, pairs[0].b, pairs[0].similarity, pairs[0].listed) == (1, 2, 1.0, True)
    assert _listed(pairs) == [(1, 2), (1, 5), (2, 5)]


def test_duplicates_find_listed_first_then_by_score_with_a_before_b():
    pairs = duplicates_find([(9, ORIGINAL), (4, REWORDED), (6, ORIGINAL + " Thank you."), *DOCS], threshold=0.5)
    keys = [(not pair.listed, -pair.score) for pair in pairs]
    assert keys == sorted(keys)
    assert all(pair.a < pair.b and 0 <= pair.similarity <= 1 for pair in pairs)


def test_duplicates_find_respects_a_higher_threshold_for_near_copies():
    pairs = duplicates_find([(1, ORIGINAL), (2, REWORDED)], threshold=0.6)
    assert _listed(pairs) == [(1, 2)]
    higher = min(1.0, pairs[0].similarity + 0.01)
    assert _listed(duplicates_find([(1, ORIGINAL), (2, REWORDED)], threshold=higher)) == []


def test_duplicates_find_nothing_to_compare():
    assert duplicates_find([]) == []
    assert duplicates_find([(1, ORIGINAL)]) == []


def test_duplicates_find_never_pairs_empty_texts():
    assert duplicates_find([(1, ""), (2, ""), (3, "   ")]) == []


def test_duplicates_find_reports_progress_up_to_one():
    calls = []
    duplicates_find([*DOCS, (1, ORIGINAL)], progress=lambda fraction, message: calls.append(fraction))
    assert calls[0] == 0.0
    assert calls[-1] == 1.0
    assert calls == sorted(calls)


def test_duplicates_find_refuses_a_threshold_outside_zero_to_one():
    for threshold in [0, 1.5]:
        try:
            duplicates_find([(1, ORIGINAL), (2, REWORDED)], threshold=threshold)
        except ValueError as error:
            assert str(error) == "threshold must be more than 0 and at most 1"
        else:
            raise AssertionError(f"threshold {threshold} was accepted")


def _large_corpus(size: int, copies: int) -> list[tuple[int, str]]:
    """Nominations made of three to five random sentences from the hand-written set, plus edited copies."""
    rng = random.Random(11)
    sentences = [text for _, text in DOCS] + [ORIGINAL, REWORDED]
    docs = [(i, f"Nomination {i}. " + " ".join(rng.sample(sentences, rng.randint(3, 5)))) for i in range(size)]
    for number in range(copies):
        _, text = docs[rng.randrange(size)]
        docs.append((size + number, text.replace(".", ";", 2) + " Minor edits."))
    return docs


@pytest.mark.slow
def test_duplicates_find_with_projection_finds_the_nearest_neighbours_of_comparing_every_pair():
    docs = _large_corpus(EXACT_UP_TO + 300, copies=20)
    vectors = text_vectors([text for _, text in docs], _quiet)
    similarity = (vectors @ vectors.T).toarray()
    np.fill_diagonal(similarity, -1)
    nearest = similarity.max(axis=1)
    _, values, _ = nearest_neighbours(vectors, 3, _quiet)
    assert np.isclose(values[:, 0], nearest, atol=1e-4).mean() >= 0.99
    copies = [(doc_id, text) for doc_id, text in docs if text.endswith("Minor edits.")]
    listed = {pair.b for pair in duplicates_find(docs) if pair.listed}
    assert {doc_id for doc_id, _ in copies} <= listed


def test_meaning_is_learned_only_from_enough_texts():
    few = [text for _, text in DOCS]
    vectors = text_vectors(few, _quiet)
    assert meaning_vectors(few) is None
    assert blended(vectors, None) is vectors
    many = [text for _, text in _large_corpus(160, copies=0)]
    vectors = text_vectors(many, _quiet)
    lemmatised = {}
    meaning = meaning_vectors(many, lemmatised=lemmatised)
    assert meaning.lsa.shape == (160, 20)  # one LSA dimension per 8 nominations
    assert meaning.kindred.shape[0] == 160
    assert sorted(lemmatised) == list(range(160))
    both = blended(vectors, meaning)
    assert both.shape == (160, vectors.shape[1] + 20 + meaning.kindred.shape[1])
    assert np.allclose(np.sqrt(both.multiply(both).sum(axis=1)), 1, atol=1e-4)


def test_kindred_words_are_the_term_pairs_alike_enough_and_each_word_itself():
    terms = np.array([[1.0, 0.0], [0.99, 0.05], [0.0, 1.0], [0.0, 0.0]], dtype=np.float32)
    kindred = kindred_words(terms, at=0.97).toarray()
    assert (kindred > 0).tolist() == [
        [True, True, False, False],
        [True, True, False, False],
        [False, False, True, False],
        [False, False, False, True],  # a word with no term vector is still itself
    ]
    assert np.allclose(np.diag(kindred), 1)
    assert np.isclose(kindred[0, 1], 0.99 / np.hypot(0.99, 0.05), atol=1e-6)


@pytest.mark.parametrize("count", [0, 1, 5, 40])
def test_character_patterns_are_those_of_scikit_learn_entry_for_entry(count):
    texts = ["", "A a ab abc", "Ünïcode   words\nand  tabs\t here", *[text for _, text in DOCS][:count]]
    expected = TfidfVectorizer(
        sublinear_tf=True,
        max_df=0.5 if len(texts) >= 10 else 1.0,
        dtype=np.float32,
        analyzer="char_wb",
        ngram_range=(3, 5),
    ).fit_transform(texts)
    found = _tfidf(texts, characters=True)
    assert found.shape == expected.shape
    assert (found.indptr == expected.indptr).all()
    assert (found.indices == expected.indices).all()  # the same order within rows: sums add up alike
    assert (found.data == expected.data).all()


@pytest.mark.slow
def test_the_projected_search_measures_text_and_meaning_as_comparing_the_blended_rows():
    docs = _large_corpus(EXACT_UP_TO + 300, copies=20)
    texts = [text for _, text in docs]
    vectors = text_vectors(texts, _quiet)
    meaning = meaning_vectors(texts)
    both = blended(vectors, meaning).toarray()
    indices, values, alike = nearest_neighbours(vectors, 5, _quiet, meaning=meaning)
    rows = np.repeat(np.arange(len(texts)), 5)
    assert np.allclose(values.ravel(), (both[rows] * both[indices.ravel()]).sum(axis=1), atol=1e-5)
    plain = vectors.toarray()
    assert np.allclose(alike.ravel(), (plain[rows] * plain[indices.ravel()]).sum(axis=1), atol=1e-5)
    assert (np.diff(values, axis=1) <= 0).all()


def test_a_pair_found_by_meaning_still_says_what_both_wrote():
    frequency = {"": 100, "morning": 12, "team": 30, "worry": 8, "check in": 60, "social worker": 70}
    first = {"morning", "team", "worry", "check in", "social worker", "huddle"}
    second = {"morning", "team", "worry", "check in", "social worker", "teams"}
    assert shared_phrases(first, second, frequency) == ["worry", "morning", "team"]
    frequency["worry"] = 2
    assert shared_phrases(first, second, frequency) == ["worry"]
