"""The counters of an event's places (decision 0074): one row per pool, locked together in one query.

Every change that takes or gives back a place first calls `pools_locked`, which locks the event's row and
every pool row of the event (in the order of their ids, so two callers never wait for each other in a
circle) and returns them as `Places`. The rule for which pool someone may use lives only in
`Places.place_for`; `Places.save` writes back the counters that changed. A new registration takes the lock
last, after its own rows are written, so the lock is held for a few round trips only.
"""

import functools
from dataclasses import dataclass, field
from datetime import datetime

from django.db import connection
from django.db.models import Case, Count, IntegerField, Value, When

from .models import HOLDING, Allocation, Event, Place, PlaceHold, Pool, PoolKind, Registration, Session, SessionKind


@dataclass
class Places:
    """An event's pools, locked: change them here, then `save()` before the transaction ends."""

    event: Event
    total: Pool
    general: Pool
    authorities: dict[int, Pool]
    workshops: dict[int, Pool]
    _before: dict[int, tuple[int, int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._before = {pool.pk: (pool.taken, pool.on_form) for pool in self._all()}

    def _all(self) -> list[Pool]:
        return [self.total, self.general, *self.authorities.values(), *self.workshops.values()]

    @property
    def full(self) -> bool:
        return self.total.taken + self.total.on_form >= self.total.places

    def place_for(self, authority_id: int | None, now: datetime) -> str:
        """The kind of place someone from `authority_id` (None: not an authority) can have now, or ''."""
        if self.full:
            return ""
        if self.event.release_at and now >= self.event.release_at:
            return Place.GENERAL  # unused allocations have gone to general admission
        own = self.authorities.get(authority_id) if authority_id else None
        if own is not None and own.taken < own.places:
            return Place.AUTHORITY
        if authority_id and not self.event.general_open_to_authorities:
            return ""
        return Place.GENERAL if self.general.taken < self.general.places else ""

    def _pool(self, place: str, authority_id: int | None) -> Pool | None:
        return self.general if place == Place.GENERAL else self.authorities.get(authority_id)

    def take(self, place: str, authority_id: int | None) -> None:
        self.total.taken += 1
        if pool := self._pool(place, authority_id):
            pool.taken += 1

    def give_back(self, place: str, authority_id: int | None) -> None:
        self.total.taken -= 1
        if pool := self._pool(place, authority_id):
            pool.taken -= 1

    def workshop_has_room(self, session_id: int) -> bool:
        pool = self.workshops.get(session_id)
        return pool is not None and pool.taken < pool.places

    def workshop_take(self, session_id: int) -> None:
        self.workshops[session_id].taken += 1

    def workshop_give_back(self, session_id: int) -> None:
        if pool := self.workshops.get(session_id):
            pool.taken -= 1

    def save(self) -> None:
        """One UPDATE for every counter that changed (the rows are locked, so the numbers are exact)."""
        changed = [pool for pool in self._all() if (pool.taken, pool.on_form) != self._before[pool.pk]]
        if not changed:
            return
        Pool.objects.filter(pk__in=[pool.pk for pool in changed]).update(
            taken=Case(*(When(pk=pool.pk, then=Value(pool.taken)) for pool in changed), output_field=IntegerField()),
            on_form=Case(
                *(When(pk=pool.pk, then=Value(pool.on_form)) for pool in changed), output_field=IntegerField()
            ),
        )
        self._before = {pool.pk: (pool.taken, pool.on_form) for pool in self._all()}


def pools_locked(event_id: int) -> Places:
    """Lock the event and its pools (one query) and return them. Call inside a transaction.

    On PostgreSQL the rows are locked in the order of the pools' ids, and the values read are the newest
    committed ones (a locking read). On SQLite a writing transaction already has the database to itself.

    The event's columns come in the first row only (decision 0097): with them in every row, reading and
    making 27 copies of the event cost more than everything else a registration does under the lock."""
    pool_fields, event_fields = Pool._meta.concrete_fields, Event._meta.concrete_fields
    with connection.cursor() as cursor:
        cursor.execute(_locking_query(connection.vendor), [event_id, event_id])
        rows = cursor.fetchall()
    if not rows:  # an event made before the counters: make them, then lock them
        pools_sync(event=Event.objects.select_for_update().get(pk=event_id), recount=True)
        return pools_locked(event_id)
    values = _converted(_converters(Event), rows[0][len(pool_fields) :])
    event = Event.from_db(connection.alias, [f.attname for f in event_fields], values)
    names, converters = [f.attname for f in pool_fields], _converters(Pool)
    pools = [Pool.from_db(connection.alias, names, _converted(converters, row[: len(names)])) for row in rows]
    for pool in pools:
        Pool.event.field.set_cached_value(pool, event)
    return _places(event, pools)


@functools.cache
def _locking_query(vendor: str) -> str:
    """Every pool of the event in the order of their ids, and the event's columns beside the first one only."""
    quote = connection.ops.quote_name
    pool_table, event_table = quote(Pool._meta.db_table), quote(Event._meta.db_table)
    pool_columns = ", ".join(f"p.{quote(f.column)}" for f in Pool._meta.concrete_fields)
    event_columns = ", ".join(
        f"CASE WHEN p.{quote('id')} = first.id THEN e.{quote(f.column)} END" for f in Event._meta.concrete_fields
    )
    lock = " FOR UPDATE OF p, e" if connection.features.has_select_for_update_of else ""
    return (
        f"SELECT {pool_columns}, {event_columns} FROM {pool_table} p "  # noqa: S608 - names from the models only
        f"JOIN {event_table} e ON e.{quote('id')} = p.{quote('event_id')}, "
        f"(SELECT MIN({quote('id')}) AS id FROM {pool_table} WHERE {quote('event_id')} = %s) first "
        f"WHERE p.{quote('event_id')} = %s ORDER BY p.{quote('id')}{lock}"
    )


def _converters(model) -> list[tuple[int, list, object]]:
    """The database's and the fields' converters (e.g. SQLite's dates and booleans), by column: what the ORM
    applies to the values it reads. PostgreSQL has none for these models."""
    fields = model._meta.concrete_fields
    found = []
    for index in _converted_columns(connection.vendor, model):
        expression = fields[index].get_col(model._meta.db_table)
        found.append((index, _field_converters(fields[index], expression), expression))
    return found


@functools.cache
def _converted_columns(vendor: str, model) -> tuple[int, ...]:
    """Which of the model's columns have converters on this kind of database (the same for every connection)."""
    fields = model._meta.concrete_fields
    return tuple(i for i, f in enumerate(fields) if _field_converters(f, f.get_col(model._meta.db_table)))


def _field_converters(model_field, expression) -> list:
    return connection.ops.get_db_converters(expression) + model_field.get_db_converters(connection)


def _converted(converters, values):
    if not converters:
        return values
    values = list(values)
    for index, functions, expression in converters:
        for function in functions:
            values[index] = function(values[index], expression, connection)
    return values


def _places(event: Event, pools: list[Pool]) -> Places:
    by_kind = {kind: [pool for pool in pools if pool.kind == kind] for kind in PoolKind.values}
    return Places(
        event=event,
        total=by_kind[PoolKind.TOTAL][0],
        general=by_kind[PoolKind.GENERAL][0],
        authorities={pool.authority_id: pool for pool in by_kind[PoolKind.AUTHORITY]},
        workshops={pool.session_id: pool for pool in by_kind[PoolKind.WORKSHOP]},
    )


def pools_sync(*, event: Event, recount: bool = False) -> None:
    """Make the event's pools match its capacity, allocations and workshops (call with the event locked,
    after changing any of them). `recount`: also count what is held from the rows, as the counters must."""
    allocations = dict(Allocation.objects.filter(event=event).values_list("authority_id", "places"))
    workshops = dict(Session.objects.filter(event=event, kind=SessionKind.WORKSHOP).values_list("pk", "capacity"))
    wanted = {
        (PoolKind.TOTAL, None, None): event.capacity,
        (PoolKind.GENERAL, None, None): max(event.capacity - sum(allocations.values()), 0),
        **{(PoolKind.AUTHORITY, authority_id, None): places for authority_id, places in allocations.items()},
        **{(PoolKind.WORKSHOP, None, session_id): places or 0 for session_id, places in workshops.items()},
    }
    existing = {(pool.kind, pool.authority_id, pool.session_id): pool for pool in Pool.objects.filter(event=event)}
    Pool.objects.filter(pk__in=[pool.pk for key, pool in existing.items() if key not in wanted]).delete()
    counts = _counted(event) if recount else {}
    for key, places in wanted.items():
        pool = existing.get(key) or Pool(event=event, kind=key[0], authority_id=key[1], session_id=key[2])
        pool.places = places
        if recount:
            pool.taken, pool.on_form = counts.get(key, (0, 0))
        pool.save()


def _counted(event: Event) -> dict[tuple, tuple[int, int]]:
    """(taken, on_form) of every pool, counted from the registrations, workshop places and holds."""
    held = Registration.objects.filter(event=event, status__in=HOLDING)
    by_authority = held.filter(place=Place.AUTHORITY).values_list("authority_id").annotate(n=Count("pk")).order_by()
    workshops = Session.objects.filter(event=event, kind=SessionKind.WORKSHOP).annotate(n=Count("places"))
    return {
        (PoolKind.TOTAL, None, None): (held.count(), PlaceHold.objects.filter(event=event).count()),
        (PoolKind.GENERAL, None, None): (held.filter(place=Place.GENERAL).count(), 0),
        **{(PoolKind.AUTHORITY, authority_id, None): (n, 0) for authority_id, n in by_authority},
        **{(PoolKind.WORKSHOP, None, session.pk): (session.n, 0) for session in workshops},
    }


def pools_disagreeing(*, event: Event) -> dict[str, tuple[int, int]]:
    """Pools whose counter differs from the rows, as {pool: (counter, counted)}; empty when they agree."""
    counts = _counted(event)
    return {
        str(pool): (pool.taken, counts.get((pool.kind, pool.authority_id, pool.session_id), (0, 0))[0])
        for pool in Pool.objects.filter(event=event).select_related("event")
        if (pool.taken, pool.on_form) != counts.get((pool.kind, pool.authority_id, pool.session_id), (0, 0))
    }
