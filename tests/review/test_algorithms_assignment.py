"""Reviewer assignment: properties over many random panels and calls, checked against a max-flow oracle."""

from collections import Counter

import numpy as np
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from scipy import sparse
from scipy.sparse.csgraph import maximum_flow

from silverlinings.review.algorithms.assignment import (
    AssignmentImpossible,
    Item,
    Reviewer,
    assignment_balance,
    in_conflict,
)

# The suite's autouse fixture only swaps settings, so reusing it across examples is safe.
PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
ADVICE = "Add panel members from other authorities or lower the number of reviewers."


@st.composite
def calls(draw):
    """A panel, a call's nominations, conflicts and existing pairs (some of them conflicted)."""
    authorities = draw(st.integers(1, 4))
    authority = st.one_of(st.none(), st.integers(1, authorities))
    reviewers = [Reviewer(100 + i, a) for i, a in enumerate(draw(st.lists(authority, min_size=1, max_size=9)))]
    shapes = draw(st.lists(st.tuples(authority, st.one_of(st.none(), st.integers(1, 4))), min_size=1, max_size=20))
    items = [Item(i + 1, a, theme, f"SL-2020-{i + 1:04d}") for i, (a, theme) in enumerate(shapes)]
    pair = st.tuples(st.sampled_from([r.id for r in reviewers]), st.sampled_from([i.id for i in items]))
    conflicts, existing = draw(st.sets(pair, max_size=8)), draw(st.sets(pair, max_size=5))
    return items, reviewers, draw(st.integers(1, 3)), conflicts, existing, draw(st.integers(0, 5))


@st.composite
def symmetric_calls(draw):
    """Every authority has the same number of reviewers and of nominations: loads can always be within one."""
    authorities, per_authority, nominations = draw(st.integers(2, 6)), draw(st.integers(1, 3)), draw(st.integers(1, 5))
    per_item = draw(st.integers(1, min(3, (authorities - 1) * per_authority)))
    reviewers = [Reviewer(100 + a * 10 + k, a) for a in range(authorities) for k in range(per_authority)]
    items = [Item(a * 100 + n, a, draw(st.integers(1, 4))) for a in range(authorities) for n in range(nominations)]
    return items, reviewers, per_item, draw(st.integers(0, 5))


def _own_authority(reviewer: Reviewer, item: Item) -> bool:
    return reviewer.authority_id is not None and reviewer.authority_id == item.authority_id


def _eligible(items, reviewers, conflicts, existing):
    return {
        (r.id, i.id)
        for r in reviewers
        for i in items
        if not _own_authority(r, i) and (r.id, i.id) not in conflicts and (r.id, i.id) not in existing
    }


def _flow(items, reviewers, per_item, eligible, existing, capacity: dict[int, int]) -> tuple[int, int]:
    """(max flow, total still needed) with reviewer r able to take capacity[r.id] new items."""
    have = Counter(item_id for _, item_id in existing)
    need = {i.id: max(0, per_item - have[i.id]) for i in items}
    item_node = {i.id: 1 + k for k, i in enumerate(items)}
    reviewer_node = {r.id: 1 + len(items) + k for k, r in enumerate(reviewers)}
    sink = 1 + len(items) + len(reviewers)
    arcs = [(0, item_node[i], need[i]) for i in need]
    arcs += [(item_node[i], reviewer_node[r], 1) for r, i in eligible]
    arcs += [(reviewer_node[r.id], sink, max(0, capacity[r.id])) for r in reviewers]
    tails, heads, caps = (np.array(column, dtype=np.int32) for column in zip(*arcs, strict=True))
    graph = sparse.csr_matrix((caps, (tails, heads)), shape=(sink + 1, sink + 1))
    return maximum_flow(graph, 0, sink).flow_value, sum(need.values())


def _existing_load(reviewers, existing) -> Counter:
    panel = {r.id for r in reviewers}
    return Counter(r for r, _ in existing if r in panel)


def _smallest_max_load(items, reviewers, per_item, eligible, existing) -> int:
    start = _existing_load(reviewers, existing)
    for limit in range(max(start.values(), default=0), len(items) + 1):
        flow, needed = _flow(
            items, reviewers, per_item, eligible, existing, {r.id: limit - start[r.id] for r in reviewers}
        )
        if flow == needed:
            return limit
    raise AssertionError("no maximum load works")


def _within_one_possible(items, reviewers, per_item, eligible, existing) -> bool:
    """Loads all in {m, m + 1}, m = floor(average): within the upper and the lower limits (M-convexity)."""
    start = _existing_load(reviewers, existing)
    have = Counter(item_id for _, item_id in existing)
    total = sum(start.values()) + sum(max(0, per_item - have[i.id]) for i in items)
    low = total // len(reviewers)
    upper, needed = _flow(
        items, reviewers, per_item, eligible, existing, {r.id: low + 1 - start[r.id] for r in reviewers}
    )
    lower_wanted = sum(max(0, low - start[r.id]) for r in reviewers)
    lower, _ = _flow(items, reviewers, per_item, eligible, existing, {r.id: low - start[r.id] for r in reviewers})
    return all(start[r.id] <= low + 1 for r in reviewers) and upper == needed and lower == lower_wanted


def _loads(result, reviewers) -> list[int]:
    counts = Counter(r for r, _ in result)
    return [counts[r.id] for r in reviewers]


@PROPERTY
@given(calls())
def test_assignment_balance_properties_hold_or_it_says_which_nomination_is_short(call):
    items, reviewers, per_item, conflicts, existing, seed = call
    eligible = _eligible(items, reviewers, conflicts, existing)
    have = Counter(item_id for _, item_id in existing)
    free = Counter(item_id for _, item_id in eligible)
    short = [i for i in items if free[i.id] < per_item - have[i.id]]
    event("too few reviewers" if short else "assigned")
    if short:
        with pytest.raises(AssignmentImpossible) as raised:
            assignment_balance(items, reviewers, per_item=per_item, conflicts=conflicts, existing=existing)
        assert raised.value.item_ids == [i.id for i in short]
        assert raised.value.message.endswith(ADVICE)
        return
    result = assignment_balance(
        items, reviewers, per_item=per_item, conflicts=conflicts, existing=existing, random_state=seed
    )
    new = result - existing
    by_id = {r.id: r for r in reviewers}
    assert existing <= result
    assert new <= eligible
    assert not any(_own_authority(by_id[r], next(i for i in items if i.id == item)) for r, item in new)
    assert not new & conflicts
    per = Counter(item_id for _, item_id in result)
    assert all(per[i.id] == max(per_item, have[i.id]) for i in items)
    loads = _loads(result, reviewers)
    assert max(loads) == _smallest_max_load(items, reviewers, per_item, eligible, existing)
    balanced = _within_one_possible(items, reviewers, per_item, eligible, existing)
    event("loads within one possible" if balanced else "loads within one impossible")
    if balanced:
        assert max(loads) - min(loads) <= 1


@PROPERTY
@given(symmetric_calls())
def test_assignment_balance_loads_within_one_when_authorities_are_alike(call):
    items, reviewers, per_item, seed = call
    result = assignment_balance(items, reviewers, per_item=per_item, random_state=seed)
    loads = _loads(result, reviewers)
    assert max(loads) - min(loads) <= 1
    assert sum(loads) == len(items) * per_item
    by_id = {r.id: r for r in reviewers}
    items_by_id = {i.id: i for i in items}
    assert not any(_own_authority(by_id[r], items_by_id[i]) for r, i in result)


@PROPERTY
@given(symmetric_calls(), st.integers(0, 5))
def test_assignment_balance_is_deterministic_for_a_random_state(call, seed):
    items, reviewers, per_item, _ = call
    first = assignment_balance(items, reviewers, per_item=per_item, random_state=seed)
    assert assignment_balance(list(items), list(reviewers), per_item=per_item, random_state=seed) == first


def test_assignment_balance_spreads_themes_over_reviewers():
    items = [Item(i, None, theme_id=i % 4) for i in range(1, 49)]
    reviewers = [Reviewer(r, None) for r in range(1, 5)]
    result = assignment_balance(items, reviewers, per_item=1)
    themes = Counter((r, i % 4) for r, i in result)
    assert len(themes) == 16
    assert set(themes.values()) == {3}
    assert _loads(result, reviewers) == [12, 12, 12, 12]


def test_assignment_balance_counts_existing_pairs_toward_load_and_reviewers_needed():
    items = [Item(i, None) for i in range(1, 7)]
    reviewers = [Reviewer(1, None), Reviewer(2, None), Reviewer(3, None)]
    existing = {(1, 1), (1, 2), (1, 3)}
    result = assignment_balance(items, reviewers, per_item=1, existing=existing)
    assert result >= existing
    assert len(result) == 6
    assert _loads(result, reviewers)[0] == 3
    assert sorted(_loads(result, reviewers)) == [1, 2, 3]


def test_assignment_balance_keeps_a_conflicted_pair_the_team_made_by_hand():
    items = [Item(1, 7), Item(2, 8)]
    reviewers = [Reviewer(1, 7), Reviewer(2, 9)]
    result = assignment_balance(items, reviewers, per_item=1, existing={(1, 1)})
    assert result == {(1, 1), (2, 2)}


def test_assignment_balance_falls_back_to_the_smallest_possible_maximum_load():
    items = [Item(i, 1) for i in range(1, 9)] + [Item(9, 2)]
    reviewers = [Reviewer(1, 1), Reviewer(2, 2), Reviewer(3, 3)]
    result = assignment_balance(items, reviewers, per_item=1)
    assert sorted(_loads(result, reviewers)) == [1, 4, 4]


def test_assignment_balance_with_nothing_to_assign_returns_the_existing_pairs():
    assert assignment_balance([], [Reviewer(1, 1)], per_item=2, existing={(1, 5)}) == {(1, 5)}
    assert assignment_balance([Item(1, 1)], [Reviewer(2, 2)], per_item=0) == set()


def test_assignment_balance_message_names_the_nomination_and_the_count():
    items = [Item(42, 1, label="SL-2020-0042"), Item(43, 3, label="SL-2020-0043")]
    reviewers = [Reviewer(1, 1), Reviewer(2, 2), Reviewer(3, 4)]
    with pytest.raises(AssignmentImpossible) as raised:
        assignment_balance(items, reviewers, per_item=2, conflicts={(3, 42)})
    assert raised.value.message == (
        "Nomination SL-2020-0042 has only 1 reviewer without a conflict; each nomination needs 2. " + ADVICE
    )
    assert str(raised.value) == raised.value.message
    assert raised.value.item_ids == [42]


def test_assignment_balance_message_when_no_reviewer_is_free():
    with pytest.raises(AssignmentImpossible) as raised:
        assignment_balance([Item(7, 1)], [Reviewer(1, 1)], per_item=1)
    assert (
        raised.value.message == "Nomination 7 has no reviewers without a conflict; each nomination needs 1. " + ADVICE
    )


def test_assignment_balance_message_lists_several_short_nominations():
    items = [Item(i, 1, label=f"SL-2020-{i:04d}") for i in range(1, 6)]
    with pytest.raises(AssignmentImpossible) as raised:
        assignment_balance(items, [Reviewer(1, 1), Reviewer(2, 2)], per_item=2)
    assert raised.value.message == (
        "Nominations SL-2020-0001, SL-2020-0002, SL-2020-0003 and 2 others have fewer than 2 reviewers "
        "without a conflict each. " + ADVICE
    )
    assert raised.value.item_ids == [1, 2, 3, 4, 5]


def test_assignment_balance_refuses_a_negative_number_of_reviewers():
    with pytest.raises(ValueError, match="per_item must not be negative"):
        assignment_balance([Item(1, 1)], [Reviewer(2, 2)], per_item=-1)


def test_in_conflict_by_authority_or_declaration_but_not_unknown_authority():
    assert in_conflict(Reviewer(1, 5), Item(9, 5), frozenset())
    assert in_conflict(Reviewer(1, 5), Item(9, 6), {(1, 9)})
    assert not in_conflict(Reviewer(1, None), Item(9, None), frozenset())
    assert not in_conflict(Reviewer(1, 5), Item(9, 6), {(9, 1)})
