"""The counters of places (decision 0074): they follow the event, its allocations and workshops, and they
always agree with the registrations, workshop places and holds they count."""

from datetime import timedelta

import pytest
from django.db import transaction
from django.utils import timezone

from silverlinings.events.limits import registration_count
from silverlinings.events.models import Pool, Registration, RegistrationCount, Session, SessionKind, Status
from silverlinings.events.pools import pools_disagreeing, pools_locked
from silverlinings.events.services import cancelling
from silverlinings.events.services import events as services
from silverlinings.events.services import registration as registering
from silverlinings.events.services import workshops as allocating
from tests.accounts.factories import authority
from tests.events.factories import add_session, make_event, register, set_places

pytestmark = pytest.mark.django_db

KENT, SURREY = "E10000016", "E10000030"


def _pools(event) -> dict[tuple, tuple[int, int]]:
    pools = Pool.objects.filter(event=event).select_related("authority", "session")
    return {
        (pool.kind, pool.authority.ons_code if pool.authority else pool.session.title if pool.session else ""): (
            pool.places,
            pool.taken,
        )
        for pool in pools
        if pool.kind != "authority" or pool.places or pool.taken
    }


def test_an_event_has_a_pool_for_its_total_general_admission_each_authority_and_each_workshop():
    event = make_event(capacity=10)
    set_places(event, {KENT: 3, SURREY: 2})
    add_session(event, "Keynote")
    add_session(event, "Family time", workshop=True, at_hour=11, capacity=4)
    assert _pools(event) == {
        ("total", ""): (10, 0),
        ("general", ""): (5, 0),
        ("authority", KENT): (3, 0),
        ("authority", SURREY): (2, 0),
        ("workshop", "Family time"): (4, 0),
    }
    assert Pool.objects.filter(event=event, kind="authority").count() == 19  # one for every authority


def test_changing_the_capacity_allocations_or_a_workshop_changes_its_pool():
    event = make_event(capacity=10)
    set_places(event, {KENT: 3})
    workshop = add_session(event, "Family time", workshop=True, at_hour=11, capacity=4)
    services.event_update(event=event, by=None, capacity=12)
    set_places(event, {KENT: 5})
    fields = {"kind": SessionKind.WORKSHOP, "title": "Family time", "starts_at": workshop.starts_at}
    services.session_save(event=event, by=None, session=workshop, ends_at=workshop.ends_at, capacity=6, **fields)
    assert _pools(event) == {
        ("total", ""): (12, 0),
        ("general", ""): (7, 0),
        ("authority", KENT): (5, 0),
        ("workshop", "Family time"): (6, 0),
    }
    services.session_save(event=event, by=None, session=workshop, kind=SessionKind.PLENARY)
    assert ("workshop", "Family time") not in _pools(event)


def test_the_counters_agree_with_the_rows_after_every_kind_of_change():
    event = make_event(capacity=4, allocation_at=timezone.now() + timedelta(days=1))
    set_places(event, {KENT: 1})
    workshops = [add_session(event, f"Workshop {n}", workshop=True, at_hour=11, capacity=1) for n in range(2)]
    slot = workshops[0].slot
    allocating.workshops_allocate(event_id=event.pk)
    kent = authority(KENT)
    ranked = {slot: [workshop.pk for workshop in workshops]}
    people = [register(event, f"p{n}@example.org", authority=kent if n < 2 else None, choices=ranked) for n in range(6)]
    assert pools_disagreeing(event=event) == {}
    cancelling.registration_cancel(registration=people[2])  # offered to the first waiting
    registering.workshops_change(registration=people[1], choices={slot: [workshops[1].pk]})
    registering.offer_accept(registration=people[4])
    cancelling.registration_cancel(registration=people[3])  # offered to the next
    registering.offer_expire(registration_id=people[5].pk, now=timezone.now() + timedelta(days=3))
    registering.place_hold(event=event, now=timezone.now() - timedelta(hours=1))  # a hold that has expired
    hold = registering.place_hold(event=event)  # lets the expired one go and holds the last place
    assert registering.place_hold(event=event) is None
    register(event, "p2@example.org", hold=hold.token)  # registering again after cancelling, on the held place
    assert pools_disagreeing(event=event) == {}
    assert _status(people) == ["confirmed", "confirmed", "confirmed", "cancelled", "confirmed", "lapsed"]
    total = Pool.objects.get(event=event, kind="total")
    assert (total.places, total.taken, total.on_form) == (4, 4, 0)


def _status(people) -> list[str]:
    return [Registration.objects.get(pk=person.pk).status for person in people]


def test_an_event_made_before_the_counters_gets_them_counted_from_its_rows():
    event = make_event(capacity=3)
    set_places(event, {})  # every place for general admission
    people = [register(event, f"p{n}@example.org") for n in range(4)]
    Pool.objects.filter(event=event).delete()
    with transaction.atomic():
        places = pools_locked(event.pk)
    assert (places.total.places, places.total.taken, places.general.taken) == (3, 3, 3)
    assert pools_disagreeing(event=event) == {}
    assert Registration.objects.get(pk=people[3].pk).status == Status.WAITING


def test_a_workshop_pool_goes_with_its_session():
    event = make_event(capacity=3)
    workshop = add_session(event, "Family time", workshop=True, at_hour=11, capacity=4)
    Session.objects.filter(pk=workshop.pk).delete()
    assert Pool.objects.filter(event=event, kind="workshop").count() == 0


def test_registration_limits_keep_digests_not_addresses(settings):
    settings.EVENT_REGISTRATION_LIMITS = {"client": (3, 10), "address": (2, 10)}
    registration_count(email="Sam@Example.org", client="203.0.113.9")
    registration_count(email="sam@example.org", client="203.0.113.9")
    assert sorted(RegistrationCount.objects.values_list("count", flat=True)) == [2, 2]
    assert RegistrationCount.objects.filter(key__contains="example").count() == 0


def test_the_locked_event_is_the_event_as_the_orm_reads_it():
    """pools_locked reads the event's columns itself (beside the first pool only): every field comes back as
    the ORM gives it, dates and flags included, and each pool knows its event."""
    from django.forms.models import model_to_dict

    event = make_event(capacity=10, release_at=timezone.now() + timedelta(days=3), general_open_to_authorities=False)
    set_places(event, {KENT: 3})
    add_session(event, "Family time", workshop=True, at_hour=11, capacity=4)
    with transaction.atomic():
        places = pools_locked(event.pk)
    fresh = type(event).objects.get(pk=event.pk)
    assert model_to_dict(places.event) == model_to_dict(fresh)
    assert (places.event.created_at, places.event.updated_at) == (fresh.created_at, fresh.updated_at)
    assert places.event.general_open_to_authorities is False
    assert {(pool.pk, pool.places, pool.taken) for pool in places._all()} == set(
        Pool.objects.filter(event=event).values_list("pk", "places", "taken")
    )
    assert all(pool.event is places.event for pool in places._all())


def test_registration_counts_are_kept_without_waiting_for_the_disk_on_postgresql():
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only: SQLite has no unlogged tables")
    with connection.cursor() as cursor:
        cursor.execute("SELECT relpersistence FROM pg_class WHERE relname = %s", [RegistrationCount._meta.db_table])
        assert cursor.fetchone() == ("u",)
