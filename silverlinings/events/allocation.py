"""Workshop places at the launch when more people want a workshop than it has places.

The rule (docs/decisions/0014-workshop-allocation.md), slot by slot:

1. Everyone who ranked workshops in the slot takes a turn, in an order drawn once by lottery from a
   published seed: in the first, third, … slots in the order drawn, in the second, fourth, … slots
   in the reverse order, so that whoever is last in one slot is first in the next and over the day
   everyone's turns average out to the middle.
2. On their turn a person gets the highest workshop on their list for that slot that still has a
   place. If all of them are full, they go on the slot's waiting list, in turn order.

What this guarantees, and the tests check: no workshop over its places; at most one workshop per
person per slot, and only one they ranked; no place left empty while someone who ranked it waits or
has a lower choice; nobody can be made better off without someone being made worse off (so no two
people would both gain by swapping); anyone who got a workshop you ranked above yours came before you
in the slot's order, when it still had a place; and the same seed gives the same result whatever
order the registrations come in. Turns never depend on what anyone asks for, so listing workshops in
your true order of preference is always best for you (the method is strategy-proof).
"""

import random
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

Id = Hashable


@dataclass(frozen=True)
class Workshop:
    id: Id
    slot: Id
    places: int


@dataclass(frozen=True)
class Registrant:
    """`choices[slot]` lists workshop ids, best first. A slot not listed is one they did not ask for."""

    id: Id
    choices: Mapping[Id, Sequence[Id]]


@dataclass(frozen=True)
class Allocation:
    seed: str
    #: registrant id → {slot: workshop id}, for the slots where they got a place.
    places: dict[Id, dict[Id, Id]]
    #: slot → registrant ids waiting for a place in that slot, first in turn first.
    waiting: dict[Id, list[Id]]
    #: slot → registrant ids in the order they took their turns, published so anyone can check.
    order: dict[Id, list[Id]]
    #: slot → registrant id → position of their workshop on their list (1 = first choice).
    choice_received: dict[Id, dict[Id, int]] = field(default_factory=dict)

    def choice_counts(self, slot: Id) -> dict[int, int]:
        """How many people got their 1st, 2nd, … choice in `slot` (0: waiting)."""
        counts: dict[int, int] = {0: len(self.waiting.get(slot, []))}
        for rank in self.choice_received.get(slot, {}).values():
            counts[rank] = counts.get(rank, 0) + 1
        return dict(sorted(counts.items()))


class AllocationInputError(ValueError):
    pass


def _slots_in_order(workshops: Sequence[Workshop]) -> list[Id]:
    return list(dict.fromkeys(workshop.slot for workshop in workshops))


def _check(registrants: Sequence[Registrant], workshops: Sequence[Workshop]) -> None:
    slot_of = {}
    for workshop in workshops:
        if workshop.id in slot_of:
            raise AllocationInputError(f"Workshop {workshop.id!r} is listed twice")
        if workshop.places < 0:
            raise AllocationInputError(f"Workshop {workshop.id!r} has a negative number of places")
        slot_of[workshop.id] = workshop.slot
    seen = set()
    for registrant in registrants:
        if registrant.id in seen:
            raise AllocationInputError(f"Registrant {registrant.id!r} is listed twice")
        seen.add(registrant.id)
        for slot, choices in registrant.choices.items():
            if len(set(choices)) != len(choices):
                raise AllocationInputError(f"Registrant {registrant.id!r} ranks a workshop twice in slot {slot!r}")
            for workshop_id in choices:
                if slot_of.get(workshop_id, object()) != slot:
                    raise AllocationInputError(
                        f"Registrant {registrant.id!r} ranks {workshop_id!r}, which is not a workshop in slot {slot!r}"
                    )


def lottery(registrant_ids: Iterable[Id], seed: str) -> list[Id]:
    """The order drawn from `seed`: the same ids and seed always give the same order, however listed."""
    ids = sorted(registrant_ids, key=repr)
    random.Random(f"silverlinings-allocation:{seed}").shuffle(ids)
    return ids


def turn_order(drawn: Sequence[Id], slot_number: int, asking: set) -> list[Id]:
    """Those `asking` in the slot, in the order drawn (slot_number 0, 2, …) or its reverse (1, 3, …)."""
    ordered = drawn if slot_number % 2 == 0 else list(reversed(drawn))
    return [registrant_id for registrant_id in ordered if registrant_id in asking]


def _serve_slot(order: list[Id], choices: dict[Id, Sequence[Id]], free: dict[Id, int]):
    """Each in turn takes their best workshop with a place: ({id: (workshop, rank)}, [waiting ids])."""
    placed, waiting = {}, []
    for registrant_id in order:
        for rank, workshop_id in enumerate(choices[registrant_id], start=1):
            if free[workshop_id] > 0:
                free[workshop_id] -= 1
                placed[registrant_id] = (workshop_id, rank)
                break
        else:
            waiting.append(registrant_id)
    return placed, waiting


def places_allocate(*, registrants: Sequence[Registrant], workshops: Sequence[Workshop], seed: str) -> Allocation:
    """Allocate places by the rule in this module's docstring. Slots are served in the order their
    first workshop appears in `workshops`. Raises AllocationInputError for inconsistent input."""
    _check(registrants, workshops)
    seed = str(seed)
    drawn = lottery((registrant.id for registrant in registrants), seed)
    places: dict[Id, dict[Id, Id]] = {}
    waiting, order, received = {}, {}, {}
    for slot_number, slot in enumerate(_slots_in_order(workshops)):
        choices = {r.id: r.choices[slot] for r in registrants if r.choices.get(slot)}
        order[slot] = turn_order(drawn, slot_number, set(choices))
        free = {workshop.id: workshop.places for workshop in workshops if workshop.slot == slot}
        placed, waiting[slot] = _serve_slot(order[slot], choices, free)
        received[slot] = {}
        for registrant_id, (workshop_id, rank) in placed.items():
            places.setdefault(registrant_id, {})[slot] = workshop_id
            received[slot][registrant_id] = rank
    return Allocation(seed=seed, places=places, waiting=waiting, order=order, choice_received=received)
