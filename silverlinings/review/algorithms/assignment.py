"""Share nominations among the panel: conflicts respected, loads balanced, themes spread.

A min-cost flow, solved as a linear programme by HiGHS (scipy). Nominations that are interchangeable
(same theme, same number of reviewers still needed, same reviewers in conflict) form one class, so
the network is source → class (supply: its nominations × reviewers needed) → reviewer (capacity: the
class size, only where there is no conflict) → sink. A flow network's constraint matrix is totally
unimodular, so the simplex method's optimal vertex is whole numbers. A class's flows are then dealt
out to its nominations in a shuffled cycle, which gives every nomination distinct reviewers. The
result is checked before it is returned.

1. Balance. A reviewer's k-th new nomination costs 2(e + k) − 1, where e is their load from existing
   pairs, so the total cost is the sum of squared loads. The possible load vectors form an M-convex
   set, where the least sum of squares also has the smallest possible maximum load and the largest
   possible minimum load (Frank and Murota, "Discrete decreasing minimization"). So loads differ by at
   most one whenever conflicts allow it (the same answer as capacities floor/ceil of the average
   load); when they do not, no reviewer has more than the smallest possible maximum load.
2. Themes. With every reviewer's load fixed to the result of step 1, a second flow adds (reviewer,
   theme) nodes whose k-th nomination costs 2(h + k) − 1, h being the reviewer's existing ones in that
   theme: each reviewer gets nominations from as many themes as the conflicts allow.
3. Ties. Each class–reviewer arc gets a random cost, from `random_state`, below 0.5 in total over the
   whole assignment: it breaks ties reproducibly and never outweighs a unit of steps 1 or 2.
"""

from collections import Counter
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from scipy.optimize import linprog


class AssignmentImpossible(Exception):
    def __init__(self, message: str, item_ids: list[int]):
        super().__init__(message)
        self.message = message
        self.item_ids = item_ids


@dataclass(frozen=True)
class Item:
    id: int
    authority_id: int | None
    theme_id: int | None = None
    label: str = ""


@dataclass(frozen=True)
class Reviewer:
    id: int
    authority_id: int | None


def in_conflict(reviewer: Reviewer, item: Item, conflicts: set[tuple[int, int]] | frozenset) -> bool:
    """Same authority (when both are known), or a declared conflict."""
    same_authority = reviewer.authority_id is not None and reviewer.authority_id == item.authority_id
    return same_authority or (reviewer.id, item.id) in conflicts


def _reviewer_count(count: int) -> str:
    if count == 0:
        return "has no reviewers without a conflict"
    return f"has only {count} reviewer{'' if count == 1 else 's'} without a conflict"


def impossible_message(short: list[tuple[Item, int]], per_item: int) -> str:
    """The error for items with too few reviewers: (item, reviewers without a conflict)."""
    advice = "Add panel members from other authorities or lower the number of reviewers."
    names = [item.label or str(item.id) for item, _ in short]
    if len(short) == 1:
        return f"Nomination {names[0]} {_reviewer_count(short[0][1])}; each nomination needs {per_item}. {advice}"
    listed = ", ".join(names[:3]) if len(names) <= 3 else f"{', '.join(names[:3])} and {len(names) - 3} others"
    return f"Nominations {listed} have fewer than {per_item} reviewers without a conflict each. {advice}"


@dataclass
class _Network:
    """Classes of interchangeable items and the arcs class → reviewer where there is no conflict."""

    members: list[list[int]]  # item indices per class
    need: np.ndarray  # per class, reviewers still needed by each of its items
    theme: list  # per class, theme id or None
    arc_class: np.ndarray
    arc_reviewer: np.ndarray
    load: np.ndarray  # per reviewer, load from existing pairs
    theme_load: Counter  # (reviewer index, theme id) → existing pairs in that theme

    @property
    def size(self) -> np.ndarray:
        return np.array([len(members) for members in self.members], dtype=np.int64)

    @property
    def capacity(self) -> np.ndarray:
        return self.size[self.arc_class]


def _blocked(items, reviewers, conflicts, existing) -> list[frozenset[int]]:
    """Per item, the reviewer indices it cannot have as a new reviewer."""
    reviewer_index = {reviewer.id: index for index, reviewer in enumerate(reviewers)}
    by_authority: dict[int, set[int]] = {}
    for index, reviewer in enumerate(reviewers):
        if reviewer.authority_id is not None:
            by_authority.setdefault(reviewer.authority_id, set()).add(index)
    declared: dict[int, set[int]] = {}
    for reviewer_id, item_id in [*conflicts, *existing]:
        if reviewer_id in reviewer_index:
            declared.setdefault(item_id, set()).add(reviewer_index[reviewer_id])
    return [frozenset(by_authority.get(item.authority_id, set()) | declared.get(item.id, set())) for item in items]


def _existing_loads(items, reviewers, existing) -> tuple[np.ndarray, Counter]:
    item_theme = {item.id: item.theme_id for item in items}
    reviewer_index = {reviewer.id: index for index, reviewer in enumerate(reviewers)}
    load = np.zeros(len(reviewers), dtype=np.int64)
    theme_load: Counter = Counter()
    for reviewer_id, item_id in existing:
        if reviewer_id in reviewer_index:
            load[reviewer_index[reviewer_id]] += 1
            if item_theme.get(item_id) is not None:
                theme_load[reviewer_index[reviewer_id], item_theme[item_id]] += 1
    return load, theme_load


def _network(items, reviewers, need: np.ndarray, blocked: list[frozenset[int]], existing) -> _Network:
    groups: dict[tuple, list[int]] = {}
    for index, item in enumerate(items):
        if need[index] > 0:
            groups.setdefault((item.theme_id, int(need[index]), blocked[index]), []).append(index)
    keys = list(groups)
    arcs = [(c, r) for c, key in enumerate(keys) for r in range(len(reviewers)) if r not in key[2]]
    arcs_array = np.array(arcs, dtype=np.int64).reshape(-1, 2)
    load, theme_load = _existing_loads(items, reviewers, existing)
    return _Network(
        members=[groups[key] for key in keys],
        need=np.array([key[1] for key in keys], dtype=np.int64),
        theme=[key[0] for key in keys],
        arc_class=arcs_array[:, 0],
        arc_reviewer=arcs_array[:, 1],
        load=load,
        theme_load=theme_load,
    )


def _check_enough(items, reviewers, need, blocked, have: Counter, per_item: int) -> None:
    free = [len(reviewers) - len(reviewer_set) for reviewer_set in blocked]
    short = [(item, free[i] + have[item.id]) for i, item in enumerate(items) if free[i] < need[i]]
    if short:
        raise AssignmentImpossible(impossible_message(short, per_item), [item.id for item, _ in short])


def _greedy_max_load(network: _Network, reviewers: int) -> int:
    """The largest load of a quick greedy assignment: an upper bound on the best maximum load."""
    load = network.load.astype(np.int64).copy()
    eligible = [network.arc_reviewer[network.arc_class == c] for c in range(len(network.members))]
    for c, members in enumerate(network.members):
        for _ in members:
            picks = eligible[c][np.argsort(load[eligible[c]], kind="stable")[: network.need[c]]]
            load[picks] += 1
    return int(load.max()) if reviewers else 0


def _convex_steps(start: np.ndarray, limit: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each group g, unit steps k = 1..limit[g] costing 2(start[g] + k) − 1: (group, cost) per step."""
    group = np.repeat(np.arange(len(limit)), limit)
    offsets = np.arange(len(group)) - np.repeat(np.cumsum(limit) - limit, limit) + 1
    return group, 2.0 * (start[group] + offsets) - 1.0


def _rows(row_of: np.ndarray, column_of: np.ndarray, values: np.ndarray, shape) -> sparse.csr_matrix:
    return sparse.csr_matrix((values, (row_of, column_of)), shape=shape)


def _solve(costs, equalities, targets, upper: np.ndarray) -> np.ndarray:
    bounds = np.column_stack([np.zeros(len(upper)), upper])
    result = linprog(costs, A_eq=equalities, b_eq=targets, bounds=bounds, method="highs-ds")
    if result.status != 0:
        raise RuntimeError(f"Assignment solver failed: {result.message}")
    return np.rint(result.x).astype(np.int64)


def _flow_rows(network: _Network, reviewers: int, columns: int) -> sparse.csr_matrix:
    """Class supply rows, then reviewer rows, over the arc columns (the first len(arcs) columns)."""
    arcs = np.arange(len(network.arc_class))
    ones = np.ones(len(arcs))
    class_rows = _rows(network.arc_class, arcs, ones, (len(network.members), columns))
    reviewer_rows = _rows(network.arc_reviewer, arcs, ones, (reviewers, columns))
    return sparse.vstack([class_rows, reviewer_rows], format="csr")


def _balance(network: _Network, reviewers: int, ties: np.ndarray) -> np.ndarray:
    """Stage 1: the flow on each arc that minimises the sum of squared reviewer loads."""
    arcs = len(network.arc_class)
    degree = np.bincount(network.arc_reviewer, weights=network.capacity, minlength=reviewers).astype(np.int64)
    limit = np.clip(_greedy_max_load(network, reviewers) - network.load, 0, degree)
    step_group, step_cost = _convex_steps(network.load, limit)
    columns = arcs + len(step_group)
    flows = _flow_rows(network, reviewers, columns)
    steps = _rows(step_group, arcs + np.arange(len(step_group)), -np.ones(len(step_group)), (reviewers, columns))
    equalities = sparse.vstack([flows[: len(network.members)], flows[len(network.members) :] + steps], format="csr")
    targets = np.concatenate([network.need * network.size, np.zeros(reviewers)])
    upper = np.concatenate([network.capacity, np.ones(len(step_group))])
    return _solve(np.concatenate([ties, step_cost]), equalities, targets, upper)[:arcs]


def _spread(network: _Network, new_load: np.ndarray, ties: np.ndarray) -> np.ndarray:
    """Stage 2: with loads fixed, spread each reviewer's items over themes. Returns the arc flows."""
    arcs, reviewers = len(network.arc_class), len(new_load)
    pairs = [(int(r), network.theme[c]) for c, r in zip(network.arc_class, network.arc_reviewer, strict=True)]
    themed = np.array([theme is not None for _, theme in pairs], dtype=bool)
    keys = sorted({pair for pair in pairs if pair[1] is not None})
    key_index = {key: k for k, key in enumerate(keys)}
    arc_key = np.array([key_index.get(pair, -1) for pair in pairs], dtype=np.int64)
    available = np.bincount(arc_key[themed], weights=network.capacity[themed], minlength=len(keys)).astype(np.int64)
    limit = np.minimum(available, new_load[np.array([r for r, _ in keys], dtype=np.int64)])
    start = np.array([network.theme_load[key] for key in keys], dtype=np.float64)
    step_group, step_cost = _convex_steps(start, limit)
    columns = arcs + len(step_group)
    theme_rows = _rows(
        np.concatenate([arc_key[themed], step_group]),
        np.concatenate([np.flatnonzero(themed), arcs + np.arange(len(step_group))]),
        np.concatenate([np.ones(int(themed.sum())), -np.ones(len(step_group))]),
        (len(keys), columns),
    )
    equalities = sparse.vstack([_flow_rows(network, reviewers, columns), theme_rows], format="csr")
    targets = np.concatenate([network.need * network.size, new_load, np.zeros(len(keys))])
    upper = np.concatenate([network.capacity, np.ones(len(step_group))])
    return _solve(np.concatenate([ties, step_cost]), equalities, targets, upper)[:arcs]


def _deal(network: _Network, flow: np.ndarray, rng: np.random.Generator) -> list[tuple[int, int]]:
    """(reviewer index, item index) pairs: each class's reviewers dealt round its shuffled items."""
    pairs = []
    for c, members in enumerate(network.members):
        order = rng.permutation(members)
        slot = 0
        for arc in np.flatnonzero((network.arc_class == c) & (flow > 0)):
            for _ in range(int(flow[arc])):
                pairs.append((int(network.arc_reviewer[arc]), int(order[slot % len(order)])))
                slot += 1
    return pairs


def _verify(pairs, need: np.ndarray, blocked: list[frozenset[int]], new_load: np.ndarray) -> None:
    per_item = Counter(i for _, i in pairs)
    per_reviewer = np.bincount([r for r, _ in pairs], minlength=len(new_load))
    wrong = len(set(pairs)) != len(pairs) or any(r in blocked[i] for r, i in pairs)
    wrong = wrong or any(per_item[i] != need[i] for i in range(len(need))) or not np.array_equal(per_reviewer, new_load)
    if wrong:
        raise RuntimeError("Assignment solver returned an inconsistent solution")


def assignment_balance(
    items: list[Item],
    reviewers: list[Reviewer],
    *,
    per_item: int,
    conflicts: set[tuple[int, int]] | frozenset = frozenset(),
    existing: set[tuple[int, int]] | frozenset = frozenset(),
    random_state: int = 0,
) -> set[tuple[int, int]]:
    """(reviewer id, item id) pairs: `existing` ones kept, plus new ones so each item has `per_item`."""
    if per_item < 0:
        raise ValueError("per_item must not be negative")
    have = Counter(item_id for _, item_id in existing)
    need = np.array([max(0, per_item - have[item.id]) for item in items], dtype=np.int64)
    blocked = _blocked(items, reviewers, conflicts, existing)
    _check_enough(items, reviewers, need, blocked, have, per_item)
    result = set(existing)
    if need.sum() == 0:
        return result
    network = _network(items, reviewers, need, blocked, existing)
    rng = np.random.default_rng(random_state)
    ties = rng.random(len(network.arc_class)) * (0.5 / int(need.sum()))
    flow = _balance(network, len(reviewers), ties)
    new_load = np.bincount(network.arc_reviewer, weights=flow, minlength=len(reviewers)).astype(np.int64)
    if any(theme is not None for theme in network.theme):
        flow = _spread(network, new_load, ties)
    pairs = _deal(network, flow, rng)
    _verify(pairs, need, blocked, new_load)
    result.update((reviewers[r].id, items[i].id) for r, i in pairs)
    return result
