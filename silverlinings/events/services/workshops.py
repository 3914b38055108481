"""Workshop places: the allocation (decision 0014), then a line for each workshop (decision 0096).

After the allocation, a workshop's line is everyone registered who ranks it above the workshop they hold in
its slot, or who holds none there, in the order they chose it (`selectors.in_line`). Whenever a place frees
(a cancellation, a change of workshops, a registration the team removes, more places, a workshop taken out
of the programme), `workshop_lines_serve` moves the first in line into it; the place they leave goes to its
own line the same way, and so on, all under the event's pools lock, so no workshop goes over its places and
no place goes to two people. Each person moved gets one email saying what changed.
"""

from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from silverlinings.core.services import audit_record
from silverlinings.mail.services import email_send

from .. import selectors
from ..models import Event, Registration, Session, SessionKind, Status, WorkshopChoice, WorkshopPlace
from ..pools import Places, pools_locked


@dataclass
class Move:
    """What someone held in one slot before places moved (None: nothing), and what they hold now."""

    before: Session | None
    after: Session | None = None
    rank: int = 0


def workshop_lines_serve(*, places: Places, now: datetime | None = None) -> int:
    """Give every free workshop place to the first in its line, and each place they leave to the first in
    its line, until no free place has anyone waiting for it. Call with the pools locked (`pools_locked`) and
    save them afterwards. Returns how many people moved."""
    if not places.event.allocated_at:
        return 0  # before the allocation nobody holds a place: people only rank workshops
    now = now or timezone.now()
    moved: dict[int, dict[str, Move]] = {}
    # Each move gives someone a workshop they rank higher in a slot, so this ends.
    while free := [session_id for session_id in places.workshops if places.workshop_has_room(session_id)]:
        first = (
            selectors.in_line(WorkshopChoice.objects.filter(session_id__in=free, session__starts_at__gt=now))
            .select_related("session")
            .order_by(*selectors.LINE_ORDER, "rank")
            .first()
        )
        if first is None:
            break
        _move(places, first, moved)
    _moves_tell(moved)
    return len(moved)


def _move(places: Places, choice: WorkshopChoice, moved: dict[int, dict[str, Move]]) -> None:
    session = choice.session
    held = (
        WorkshopPlace.objects.filter(registration_id=choice.registration_id, session__starts_at=session.starts_at)
        .select_related("session")
        .first()
    )
    move = moved.setdefault(choice.registration_id, {}).setdefault(session.slot, Move(held.session if held else None))
    if held:
        places.workshop_give_back(held.session_id)
        held.delete()
    WorkshopPlace.objects.create(
        registration_id=choice.registration_id, session=session, slot=session.slot, choice=choice.rank
    )
    places.workshop_take(session.pk)
    move.after, move.rank = session, choice.rank


def _moves_tell(moved: dict[int, dict[str, Move]]) -> None:
    registrations = Registration.objects.filter(pk__in=moved).select_related("event")
    for registration in registrations:
        moves = [moved[registration.pk][slot] for slot in sorted(moved[registration.pk])]
        audit_record(
            actor=None,
            action="event.workshop_moved",
            obj=registration,
            data={"moves": [[m.before.pk if m.before else None, m.after.pk] for m in moves]},
        )
        email_send(
            to=registration.email,
            template="events/email/workshop_moved",
            context={"registration": registration, "moves": moves},
        )


def workshop_take_out(*, places: Places, session: Session, now: datetime) -> dict[int, Move]:
    """Take a workshop out of the programme: the choices of it go (the ones below move up), and everyone who
    held a place in it gets their best choice left with a place in its slot, who chose it first first.
    Returns {registration id: what they held and hold now}. Call with the pools locked."""
    held_by = list(
        WorkshopChoice.objects.filter(session=session, registration__workshop_places__session=session)
        .order_by(*selectors.LINE_ORDER)
        .values_list("registration_id", flat=True)
    )
    held_by += list(session.places.exclude(registration_id__in=held_by).values_list("registration_id", flat=True))
    _ranks_close_up(session)
    places.workshops.pop(session.pk, None)
    session.delete()  # its choices, places and pool go with it
    moves = {registration_id: Move(before=session) for registration_id in held_by}
    for registration_id, move in moves.items():
        left = WorkshopChoice.objects.filter(
            registration_id=registration_id, session__starts_at=session.starts_at, session__starts_at__gt=now
        )
        choices = {choice.session_id: choice for choice in left.select_related("session")}
        ranked = sorted((choice.rank, session_id) for session_id, choice in choices.items())
        place = workshop_place_best(places, registration_id=registration_id, slot=session.slot, ranked=ranked)
        if place is not None:
            place.save()
            move.after, move.rank = choices[place.session_id].session, place.choice
    return moves


def workshop_place_best(
    places: Places, *, registration_id: int, slot: str, ranked: list[tuple[int, int]]
) -> WorkshopPlace | None:
    """In `slot`, the best of `ranked` ((rank, session id), best first) with a place left: taken from its pool
    and returned unsaved, or None when none has room. Call with the pools locked."""
    for rank, session_id in ranked:
        if places.workshop_has_room(session_id):
            places.workshop_take(session_id)
            return WorkshopPlace(registration_id=registration_id, session_id=session_id, slot=slot, choice=rank)
    return None


def _ranks_close_up(session: Session) -> None:
    """Everyone who ranked `session`: the workshops they ranked below it in its slot move up one."""
    for registration_id, rank in WorkshopChoice.objects.filter(session=session).values_list("registration_id", "rank"):
        in_slot = {"registration_id": registration_id, "session__starts_at": session.starts_at}
        for model, field in ((WorkshopChoice, "rank"), (WorkshopPlace, "choice")):
            below = model.objects.filter(**in_slot, **{f"{field}__gt": rank}).exclude(session=session)
            below.update(**{field: F(field) - 1})


def workshops_allocate(*, event_id: int, now: datetime | None = None) -> str:
    """The scheduled job at the allocation time: every workshop place given by preference, fairly
    (events/allocation.py; decision 0014), with a seed published on the team's page."""
    from .. import allocation

    now = now or timezone.now()
    with transaction.atomic():
        places = pools_locked(event_id)
        event = places.event
        if event.allocated_at:
            return "Already allocated"
        workshops = list(Session.objects.filter(event=event, kind=SessionKind.WORKSHOP).order_by("starts_at", "pk"))
        registrants = _registrants(event)
        event.allocation_seed = event.allocation_seed or f"{event.slug}-{now:%Y%m%d%H%M%S}"
        result = allocation.places_allocate(
            registrants=registrants,
            workshops=[allocation.Workshop(w.pk, w.slot, w.capacity) for w in workshops],
            seed=event.allocation_seed,
        )
        WorkshopPlace.objects.filter(session__event=event).delete()
        WorkshopPlace.objects.bulk_create(
            WorkshopPlace(registration_id=rid, session_id=sid, slot=slot, choice=result.choice_received[slot][rid])
            for rid, places in result.places.items()
            for slot, sid in places.items()
        )
        for session_id, pool in places.workshops.items():
            pool.taken = sum(1 for held in result.places.values() if session_id in held.values())
        places.save()
        event.allocated_at = now
        event.save(update_fields=["allocation_seed", "allocated_at"])
        audit_record(actor=None, action="event.workshops_allocated", obj=event, data={"seed": event.allocation_seed})
    placed = sum(len(places) for places in result.places.values())
    return f"{placed} workshop place{'' if placed == 1 else 's'} allocated to {len(result.places)} people"


def _registrants(event: Event) -> list:
    from .. import allocation

    ranked: dict[int, dict[str, list[int]]] = {}
    choices = WorkshopChoice.objects.filter(registration__event=event, registration__status=Status.CONFIRMED)
    for choice in choices.select_related("session").order_by("registration_id", "session__starts_at", "rank"):
        ranked.setdefault(choice.registration_id, {}).setdefault(choice.session.slot, []).append(choice.session_id)
    return [allocation.Registrant(rid, slots) for rid, slots in ranked.items()]
