"""Themes and twins on the four labelled sets written by hand, apart from each other (tests/data/grouping/).

nominations.json: 155 nominations in 12 themes, 24 planted groups of twins (44 pairs); holdout.json: 120
nominations in 10 other themes of children's services, 22 groups of twins (30 pairs); unseen.json: 96
nominations in 9 themes neither other set has, 17 groups of twins (23 pairs), written after the methods
were chosen on the first two, as an unseen check; fresh.json: 106 nominations in 10 themes none of the
others has, 20 groups of twins (32 pairs), written apart from all three and read once as a fourth unseen
check. All are in different voices and lengths, with themes that share vocabulary; a twin group is the
same innovation from two or three authorities, written separately. The floors below are what the methods
reach on each set (bench/README.md has the figures and docs/decisions/0050-0053 how each method was
chosen); a change that lowers them fails here.
"""

import itertools
import json
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

from silverlinings.review.algorithms import duplicates_find, themes_suggest
from silverlinings.review.algorithms.labels import GENERIC_WORDS, flat_lemmas, overlaps

SETS = Path(__file__).resolve().parents[1] / "data" / "grouping"
SEEDS = range(5)


@dataclass(frozen=True)
class Described:
    """What a set promises (size, themes, words, twins) and the floors the methods reach on it."""

    nominations: int
    themes: tuple[int, int]
    words: tuple[int, int]
    twin_groups: int
    ari_mean: float
    ari_min: float
    nmi_mean: float
    found_themes: tuple[int, int]
    both_ways: int
    either_way: int
    listed: int
    false_listed: int


DESCRIBED = {
    "nominations": Described(150, (10, 14), (60, 400), 20, 0.55, 0.54, 0.73, (8, 14), 43, 43, 35, 10),
    "holdout": Described(110, (10, 10), (40, 400), 16, 0.50, 0.45, 0.68, (6, 14), 26, 27, 22, 4),
    "unseen": Described(90, (8, 9), (30, 350), 14, 0.69, 0.68, 0.83, (7, 11), 22, 23, 15, 5),
    "fresh": Described(100, (10, 10), (25, 360), 20, 0.69, 0.64, 0.81, (7, 11), 24, 25, 12, 7),
}
BOTH = pytest.mark.parametrize("name", list(DESCRIBED))


def load(name: str = "nominations"):
    data = json.loads((SETS / f"{name}.json").read_text(encoding="utf-8"))
    items = data["nominations"]
    docs = [(item["id"], f"{item['title']}\n\n{item['text']}") for item in items]
    return data, items, docs


def groups_of_twins(items) -> dict[str, list[int]]:
    groups: dict[str, list[int]] = {}
    for item in items:
        if item["twin"]:
            groups.setdefault(item["twin"], []).append(item["id"])
    return groups


def true_pairs(items) -> set[tuple[int, int]]:
    groups = groups_of_twins(items)
    return {pair for members in groups.values() for pair in itertools.combinations(sorted(members), 2)}


@BOTH
def test_the_set_is_as_described(name):
    data, items, _ = load(name)
    described = DESCRIBED[name]
    words = [len(f"{item['title']} {item['text']}".split()) for item in items]
    assert len(items) >= described.nominations
    assert described.themes[0] <= len(data["themes"]) <= described.themes[1]
    assert {item["theme"] for item in items} == set(data["themes"])
    assert described.words[0] <= min(words) <= max(words) <= described.words[1]
    groups = groups_of_twins(items)
    assert len(groups) >= described.twin_groups
    assert all(len(members) in (2, 3) for members in groups.values())
    assert len({item["id"] for item in items}) == len(items)
    assert data["about"]


@pytest.mark.parametrize("first, second", list(itertools.combinations(DESCRIBED, 2)))
def test_the_sets_were_written_apart(first, second):
    texts = [{item["text"] for item in load(name)[1]} for name in (first, second)]
    titles = [{item["title"].lower() for item in load(name)[1]} for name in (first, second)]
    assert not texts[0] & texts[1]
    assert not titles[0] & titles[1]
    assert not set(load(first)[0]["themes"]) & set(load(second)[0]["themes"])


@pytest.fixture(scope="module", params=list(DESCRIBED))
def suggestions(request):
    _, items, docs = load(request.param)
    return request.param, items, docs, [themes_suggest(docs, random_state=seed) for seed in SEEDS]


@pytest.mark.slow
def test_themes_agree_with_the_labels_over_five_seeds(suggestions):
    name, items, _, runs = suggestions
    described = DESCRIBED[name]
    truth = [item["theme"] for item in items]
    ari, nmi = [], []
    for themes in runs:
        found = {member: index for index, theme in enumerate(themes) for member in theme.member_ids}
        labels = [found[item["id"]] for item in items]
        ari.append(adjusted_rand_score(truth, labels))
        nmi.append(normalized_mutual_info_score(truth, labels))
    assert np.mean(ari) >= described.ari_mean
    assert min(ari) >= described.ari_min
    assert np.mean(nmi) >= described.nmi_mean
    low, high = described.found_themes
    assert all(low <= len(themes) <= high for themes in runs)


@pytest.mark.slow
def test_no_theme_is_a_pair_of_resubmissions(suggestions):
    _, _, _, runs = suggestions
    assert min(len(theme.member_ids) for themes in runs for theme in themes) >= 4


@pytest.mark.slow
def test_theme_keywords_are_written_as_in_the_texts_with_no_broken_words(suggestions):
    _, _, docs, runs = suggestions
    texts = {doc_id: re.sub(r"[^a-z0-9' -]+", " ", text.lower().replace("’", "'")) for doc_id, text in docs}
    for themes in runs:
        for theme in themes:
            members = " | ".join(texts[member] for member in theme.member_ids)
            for keyword in theme.keywords:
                assert re.search(rf"\b{re.escape(keyword)}\b", members), (keyword, theme.label)
                assert not re.search(r"\b(didn|doesn|wasn|isn|couldn|wouldn|don)\b", keyword)


def test_theme_labels_are_used_by_two_members_and_never_a_generic_word_alone(suggestions):
    _, _, docs, runs = suggestions
    texts = {doc_id: flat_lemmas(text) for doc_id, text in docs}
    for themes in runs:
        for theme in themes:
            members = [texts[member] for member in theme.member_ids]
            parts = [part for part in theme.label.split(" · ") if theme.keywords]
            for part in parts:
                lemmas = flat_lemmas(part).strip()
                assert sum(f" {lemmas} " in text for text in members) >= min(2, len(members)), (part, theme.label)
                assert lemmas not in GENERIC_WORDS, theme.label
            assert not any(overlaps(a, b) for a, b in itertools.combinations(parts, 2)), theme.label


@pytest.fixture(scope="module", params=list(DESCRIBED))
def twins(request):
    _, items, docs = load(request.param)
    return request.param, items, duplicates_find(docs)


def _top_three(pairs) -> dict[int, list[int]]:
    ranked: dict[int, list[tuple[float, int]]] = {}
    for pair in pairs:
        ranked.setdefault(pair.a, []).append((pair.score, pair.b))
        ranked.setdefault(pair.b, []).append((pair.score, pair.a))
    return {doc: [other for _, other in sorted(found, reverse=True)[:3]] for doc, found in ranked.items()}


def test_true_twins_are_among_each_others_three_likeliest(twins):
    name, items, pairs = twins
    expected = true_pairs(items)
    top = _top_three(pairs)
    both_ways = [pair for pair in expected if pair[1] in top[pair[0]] and pair[0] in top[pair[1]]]
    either_way = [pair for pair in expected if pair[1] in top[pair[0]] or pair[0] in top[pair[1]]]
    assert len(both_ways) >= DESCRIBED[name].both_ways  # of 44, 30, 23 and 32
    assert len(either_way) >= DESCRIBED[name].either_way


def test_the_default_list_holds_most_twins_and_few_false_pairs(twins):
    name, items, pairs = twins
    expected = true_pairs(items)
    listed = {(pair.a, pair.b) for pair in pairs if pair.listed}
    found = listed & expected
    assert len(found) >= DESCRIBED[name].listed  # of 44, 30, 23 and 32
    assert len(listed - expected) <= DESCRIBED[name].false_listed  # per 155, 120, 96 and 106 nominations


def test_every_listed_pair_says_what_both_wrote(twins):
    _, _, pairs = twins
    assert all(pair.shared for pair in pairs if pair.listed)


@pytest.mark.slow
def test_a_resubmitted_nomination_joins_its_original_in_a_theme_of_its_topic():
    _, _, docs = load()
    text = dict(docs)
    copies = [(1000 + doc_id, f"Resubmitted with a typo fixed. {text[doc_id]}") for doc_id in (5, 40, 90)]
    themes = themes_suggest([*docs, *copies], random_state=0)
    theme_of = {member: index for index, theme in enumerate(themes) for member in theme.member_ids}
    assert [theme_of[1000 + doc_id] == theme_of[doc_id] for doc_id in (5, 40, 90)] == [True, True, True]
    assert min(len(theme.member_ids) for theme in themes) >= 4
