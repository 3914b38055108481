"""No overbooking, ever: registrations, cancellations and offers taken at once through the real server.

The full size (1,000 registrations for 300 places) runs on PostgreSQL (DATABASE_URL=postgres://…); the
same test in a smaller form runs on SQLite. Places are counted in the event's pools, locked together
(services.registration, decision 0074), so the invariants hold whatever the order the requests arrive in,
and the counters agree with the rows afterwards.
"""

import pytest
from django.db import connection
from django.db.models import Count

from silverlinings.directory.models import Authority
from silverlinings.events.models import HOLDING, Allocation, Event, Registration, Status, WorkshopPlace
from silverlinings.events.pools import pools_disagreeing
from silverlinings.events.services import workshops as services_workshops
from tests.events.factories import add_session, make_event, set_places
from tests.events.rush import rush

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

POSTGRES = connection.vendor == "postgresql"


@pytest.fixture(autouse=True)
def _no_limits(settings):
    settings.EVENT_REGISTRATION_LIMITS = {"client": (100_000, 10), "address": (100, 10)}
    settings.EVENT_HOLDS_PER_CLIENT = 0  # the one form page fetched for its CSRF token holds no place


def _launch(*, capacity: int, per_authority: int, workshop_places: int):
    """General admission closed to authorities: each authority's people may only use its own places."""
    event = make_event(capacity=capacity, general_open_to_authorities=False)
    set_places(event, {a.ons_code: per_authority for a in Authority.objects.all()})
    workshops = [
        add_session(event, f"Workshop {slot}{letter}", workshop=True, at_hour=11 + slot, capacity=workshop_places)
        for slot in (0, 2)
        for letter in "ABC"
    ]
    # Allocation already done: every confirmed registration takes its best workshop with a place at once.
    services_workshops.workshops_allocate(event_id=event.pk)
    return event, workshops


def _forms(event, workshops, count: int) -> list[tuple[str, dict]]:
    authorities = list(Authority.objects.order_by("pk"))
    path = f"/events/{event.slug}/register/"
    posts = []
    for n in range(count):
        from_authority = n % 5 < 3  # three in five from an authority
        form = {
            "full_name": f"Person {n}",
            "email": f"person{n}@example.org",
            "authority": str(authorities[n % len(authorities)].pk) if from_authority else "none",
            "organisation": "" if from_authority else "A school",
            "job_role": "Teacher",
            "website": "",
        }
        for slot_workshops in (workshops[:3], workshops[3:]):
            ranked = slot_workshops[n % 3 :] + slot_workshops[: n % 3]
            for position, workshop in enumerate(ranked, start=1):
                form[f"slot_{workshop.slot}_{position}"] = str(workshop.pk)
        posts.append((path, form))
    return posts


def _check_invariants(event, workshops, *, emails: int) -> None:
    registrations = Registration.objects.filter(event=event)
    assert registrations.count() == emails  # 0 lost
    assert registrations.values("email").distinct().count() == emails  # 0 duplicated
    assert registrations.filter(status__in=HOLDING).count() <= event.capacity
    allocations = dict(Allocation.objects.filter(event=event).values_list("authority_id", "places"))
    held = (
        registrations.filter(status__in=HOLDING, authority__isnull=False).values("authority_id").annotate(n=Count("pk"))
    )
    over = {row["authority_id"]: row["n"] for row in held if row["n"] > allocations[row["authority_id"]]}
    assert over == {}
    general_pool = event.capacity - sum(allocations.values())
    assert registrations.filter(status__in=HOLDING, place="general").count() <= general_pool
    fill = dict(WorkshopPlace.objects.values_list("session_id").annotate(n=Count("pk")).order_by())
    assert {w.pk: fill.get(w.pk, 0) <= w.capacity for w in workshops} == {w.pk: True for w in workshops}
    assert WorkshopPlace.objects.exclude(registration__status=Status.CONFIRMED).count() == 0
    assert pools_disagreeing(event=event) == {}  # the counters agree with the rows they count


def _rush_registrations(live_server, *, people: int, capacity: int, per_authority: int, workshop_places: int):
    event, workshops = _launch(capacity=capacity, per_authority=per_authority, workshop_places=workshop_places)
    posts = _forms(event, workshops, people)
    answers = rush(live_server.url, posts, threads=16, form_path=posts[0][0])
    assert [answer.status for answer in answers] == [302] * people
    _check_invariants(event, workshops, emails=people)
    return event, workshops


@pytest.mark.skipif(not POSTGRES, reason="the full rush runs on PostgreSQL (DATABASE_URL=postgres://…)")
def test_a_thousand_registrations_at_once_for_300_places_never_overbook(live_server):
    event, _ = _rush_registrations(live_server, people=1000, capacity=300, per_authority=10, workshop_places=40)
    registrations = Registration.objects.filter(event=event)
    # Every pool is oversubscribed, so every place is taken: 190 authority places and 110 general.
    assert registrations.filter(status=Status.CONFIRMED).count() == 300
    assert registrations.filter(status=Status.CONFIRMED, place="general").count() == 110
    assert registrations.filter(status=Status.WAITING).count() == 700
    assert (
        sorted(WorkshopPlace.objects.values_list("session_id").annotate(n=Count("pk")).values_list("n", flat=True))
        == [40] * 6
    )


def test_a_rush_of_registrations_on_any_database_never_overbooks(live_server):
    event, _ = _rush_registrations(live_server, people=80, capacity=30, per_authority=1, workshop_places=4)
    registrations = Registration.objects.filter(event=event)
    assert registrations.filter(status=Status.CONFIRMED).count() == 30
    assert registrations.filter(status=Status.CONFIRMED, place="general").count() == 11
    assert (
        sorted(WorkshopPlace.objects.values_list("session_id").annotate(n=Count("pk")).values_list("n", flat=True))
        == [4] * 6
    )


def test_cancellations_new_registrations_and_offers_at_once_never_overbook(live_server):
    """Half the confirmed cancel while newcomers register and every offer is taken twice at once."""
    size = 200 if POSTGRES else 40
    event, workshops = _rush_registrations(
        live_server, people=size, capacity=size // 2, per_authority=2 if POSTGRES else 1, workshop_places=size // 8
    )
    confirmed = list(Registration.objects.filter(event=event, status=Status.CONFIRMED).order_by("pk"))
    cancelling = confirmed[: len(confirmed) // 2]
    newcomers = _forms(event, workshops, size + size // 4)[size:]
    posts = [(f"/registration/{r.token}/cancel/", {}) for r in cancelling] + newcomers
    answers = rush(live_server.url, posts, threads=16, form_path=newcomers[0][0])
    assert [answer.status for answer in answers] == [302] * len(posts)
    _check_invariants(event, workshops, emails=size + len(newcomers))
    registrations = Registration.objects.filter(event=event)
    offered = list(registrations.filter(status=Status.OFFERED))
    assert len(offered) >= 1
    accepts = [(f"/registration/{r.token}/accept/", {}) for r in offered for _ in range(2)]
    rush(live_server.url, accepts, threads=16, form_path=newcomers[0][0])
    _check_invariants(event, workshops, emails=size + len(newcomers))
    assert registrations.filter(status=Status.OFFERED).count() == 0
    assert set(registrations.filter(pk__in=[r.pk for r in offered]).values_list("status", flat=True)) == {"confirmed"}


def test_the_same_person_registering_many_times_at_once_makes_one_registration(live_server):
    event, workshops = _launch(capacity=30, per_authority=1, workshop_places=4)
    posts = _forms(event, workshops, 1) * 12
    answers = rush(live_server.url, posts, threads=12, form_path=posts[0][0])
    assert [answer.status for answer in answers] == [302] * 12
    assert Registration.objects.filter(event=event).count() == 1


def test_cancellations_at_once_pass_workshop_places_down_the_lines_without_overfilling(live_server):
    """Workshop lines (decision 0096): everyone registered, each workshop's places a quarter of the people,
    so every line is long; half cancel at once. No workshop goes over its places, no place is held twice,
    and no workshop keeps a free place while anyone is in its line."""
    from silverlinings.core.models import AuditEntry
    from silverlinings.events.selectors import workshop_lines
    from tests.events.factories import register

    size = 160 if POSTGRES else 40
    event = make_event(capacity=size)
    set_places(event, {})  # every place general admission: the lines are the only limit here
    workshops = [
        add_session(event, f"Workshop {slot}{letter}", workshop=True, at_hour=11 + slot, capacity=size // 4)
        for slot in (0, 2)
        for letter in "ABC"
    ]
    services_workshops.workshops_allocate(event_id=event.pk)
    people = []
    for n in range(size):
        choices = {}
        for slot_workshops in (workshops[:3], workshops[3:]):
            ranked = slot_workshops[n % 3 :] + slot_workshops[: n % 3]
            choices[ranked[0].slot] = [workshop.pk for workshop in ranked]
        people.append(register(event, f"person{n}@example.org", choices=choices))
    assert workshop_lines(Event.objects.get(pk=event.pk))  # people wait for their first choices
    cancelling = people[::2]
    posts = [(f"/registration/{r.token}/cancel/", {}) for r in cancelling]
    answers = rush(live_server.url, posts, threads=16, form_path=f"/events/{event.slug}/register/")
    assert [answer.status for answer in answers] == [302] * len(posts)

    fill = dict(WorkshopPlace.objects.values_list("session_id").annotate(n=Count("pk")).order_by())
    assert {w.pk: fill.get(w.pk, 0) <= w.capacity for w in workshops} == {w.pk: True for w in workshops}
    assert WorkshopPlace.objects.exclude(registration__status=Status.CONFIRMED).count() == 0
    assert pools_disagreeing(event=event) == {}
    lines = workshop_lines(Event.objects.get(pk=event.pk))
    room = {w.pk for w in workshops if fill.get(w.pk, 0) < w.capacity}
    assert {session_id: lines.get(session_id, ()) for session_id in room} == dict.fromkeys(room, ())
    assert AuditEntry.objects.filter(action="event.workshop_moved").count() >= len(workshops)
