"""Each workshop's line after the allocation (decision 0096): a place that frees goes to whoever chose the
workshop first among those who rank it above what they hold, and the place they leave is passed on."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from silverlinings.core.models import AuditEntry
from silverlinings.events.models import WorkshopPlace
from silverlinings.events.pools import pools_disagreeing
from silverlinings.events.selectors import lines_of, workshop_fill, workshop_lines
from silverlinings.events.services import cancelling
from silverlinings.events.services import events as services
from silverlinings.events.services import registration as registering
from silverlinings.events.services.workshops import workshops_allocate
from tests.events.factories import add_session, allocated_slot, make_event, register

pytestmark = pytest.mark.django_db


@pytest.fixture
def launch():
    """One slot of three workshops: A and B with one place each, C with five; allocated, nobody in yet."""
    event = make_event(capacity=100)
    a, b, c = allocated_slot(event, [("Family time by video", 1), ("Hybrid conferences", 1), ("Virtual school", 5)])
    return event, a, b, c


def _held(*registrations) -> list[str]:
    titles = []
    for registration in registrations:
        place = WorkshopPlace.objects.filter(registration=registration).select_related("session").first()
        titles.append(place.session.title if place else "")
    return titles


def _moved_emails(to: str) -> list[str]:
    return [m.body for m in mail.outbox if m.to == [to] and m.subject.startswith("Your workshops have changed")]


def test_a_cancelled_place_goes_to_the_first_in_line_and_the_place_they_leave_is_passed_on(
    launch, django_capture_on_commit_callbacks
):
    event, a, b, c = launch
    everything = {a.slot: [a.pk, b.pk, c.pk]}
    first, second, third = (register(event, f"p{n}@example.org", choices=everything) for n in range(3))
    assert _held(first, second, third) == ["Family time by video", "Hybrid conferences", "Virtual school"]
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        cancelling.registration_cancel(registration=first)
    # The second chose A first of those in its line; the B they leave goes to the third.
    assert _held(second, third) == ["Family time by video", "Hybrid conferences"]
    assert pools_disagreeing(event=event) == {}
    assert {pool.session_id: pool.taken for pool in event.pools.filter(kind="workshop")} == {a.pk: 1, b.pk: 1, c.pk: 0}
    (to_second,) = _moved_emails("p1@example.org")
    assert "11am: Family time by video, your 1st choice (instead of Hybrid conferences)" in to_second
    assert f"/registration/{second.token}/workshops/" in to_second
    (to_third,) = _moved_emails("p2@example.org")
    assert "11am: Hybrid conferences, your 2nd choice (instead of Virtual school)" in to_third
    assert AuditEntry.objects.filter(action="event.workshop_moved").count() == 2


def test_the_line_is_first_chosen_first_served_and_reordering_keeps_a_place_in_it(launch):
    event, a, _b, c = launch
    holder = register(event, "holder@example.org", choices={a.slot: [a.pk]})
    early = register(event, "early@example.org", choices={a.slot: [c.pk]})  # does not want A yet
    late = register(event, "late@example.org", choices={a.slot: [c.pk, a.pk]})
    # `late` ranked A below what they hold; they put it first, and `early` adds it afterwards.
    registering.workshops_change(registration=late, choices={a.slot: [a.pk, c.pk]})
    registering.workshops_change(registration=early, choices={a.slot: [a.pk, c.pk]})
    # Reordering twice keeps when `late` chose A.
    registering.workshops_change(registration=late, choices={a.slot: [c.pk, a.pk]})
    registering.workshops_change(registration=late, choices={a.slot: [a.pk, c.pk]})
    assert workshop_lines(event) == {a.pk: [late.pk, early.pk]}
    cancelling.registration_cancel(registration=holder)
    assert _held(late, early) == ["Family time by video", "Virtual school"]


def test_a_workshop_not_on_the_list_any_longer_starts_a_new_place_in_line(launch):
    event, a, _b, c = launch
    register(event, "holder@example.org", choices={a.slot: [a.pk]})
    first = register(event, "first@example.org", choices={a.slot: [a.pk, c.pk]})
    second = register(event, "second@example.org", choices={a.slot: [a.pk, c.pk]})
    registering.workshops_change(registration=first, choices={a.slot: [c.pk]})
    registering.workshops_change(registration=first, choices={a.slot: [a.pk, c.pk]})
    assert workshop_lines(event) == {a.pk: [second.pk, first.pk]}


def test_more_places_in_a_workshop_go_to_its_line(launch):
    event, a, _b, c = launch
    people = [register(event, f"p{n}@example.org", choices={a.slot: [a.pk, c.pk]}) for n in range(3)]
    assert _held(*people) == ["Family time by video", "Virtual school", "Virtual school"]
    services.session_save(event=event, by=None, session=a, capacity=3)
    assert _held(*people) == ["Family time by video"] * 3
    assert pools_disagreeing(event=event) == {}


def test_letting_go_of_a_place_by_changing_choices_passes_it_on(launch):
    event, a, _b, c = launch
    holder = register(event, "holder@example.org", choices={a.slot: [a.pk]})
    waiting = register(event, "waiting@example.org", choices={a.slot: [a.pk, c.pk]})
    registering.workshops_change(registration=holder, choices={a.slot: [c.pk]})
    assert _held(holder, waiting) == ["Virtual school", "Family time by video"]


def test_registering_again_with_new_choices_lets_go_of_a_place_no_longer_chosen_and_passes_it_on(launch):
    event, a, _b, c = launch
    holder = register(event, "holder@example.org", choices={a.slot: [a.pk]})
    waiting = register(event, "waiting@example.org", choices={a.slot: [a.pk, c.pk]})
    # The holder fills in the form again with the same address, now wanting only C: the same as changing
    # their workshops on their page.
    again = register(event, "holder@example.org", choices={a.slot: [c.pk]})
    assert again.pk == holder.pk
    assert _held(holder, waiting) == ["Virtual school", "Family time by video"]
    assert pools_disagreeing(event=event) == {}


def test_registering_again_with_a_better_choice_that_has_room_moves_them_into_it(launch):
    event, a, b, c = launch
    holder = register(event, "holder@example.org", choices={a.slot: [c.pk]})
    assert _held(holder) == ["Virtual school"]
    register(event, "holder@example.org", choices={a.slot: [b.pk, c.pk]})
    assert _held(holder) == ["Hybrid conferences"]
    assert {pool.session_id: pool.taken for pool in event.pools.filter(kind="workshop")} == {a.pk: 0, b.pk: 1, c.pk: 0}


def test_someone_moved_twice_in_one_cascade_ends_in_their_best_and_gets_one_email(
    launch, django_capture_on_commit_callbacks
):
    event, a, b, c = launch
    services.session_save(event=event, by=None, session=c, capacity=1)
    in_b = register(event, "in.b@example.org", choices={a.slot: [b.pk]})
    swapper = register(event, "swapper@example.org", choices={a.slot: [a.pk]})
    both = register(event, "both@example.org", choices={a.slot: [a.pk, b.pk, c.pk]})
    registering.workshops_change(registration=swapper, choices={a.slot: [c.pk, a.pk]})  # keeps A, waits for C
    assert _held(in_b, swapper, both) == ["Hybrid conferences", "Family time by video", "Virtual school"]
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        cancelling.registration_cancel(registration=in_b)
    # both: C to B; the swapper: A to C; both again: B to A. B is left free: nobody else wants it.
    assert _held(swapper, both) == ["Virtual school", "Family time by video"]
    (to_both,) = _moved_emails("both@example.org")
    assert "11am: Family time by video, your 1st choice (instead of Virtual school)" in to_both
    (to_swapper,) = _moved_emails("swapper@example.org")
    assert "11am: Virtual school, your 1st choice (instead of Family time by video)" in to_swapper
    assert {pool.session_id: pool.taken for pool in event.pools.filter(kind="workshop")} == {a.pk: 1, b.pk: 0, c.pk: 1}
    assert pools_disagreeing(event=event) == {}


def test_nobody_moves_before_the_allocation_or_into_a_workshop_that_has_started():
    event = make_event(capacity=10)
    a = add_session(event, "Family time by video", workshop=True, at_hour=11, capacity=1)
    c = add_session(event, "Virtual school", workshop=True, at_hour=11, capacity=5)
    people = [register(event, f"p{n}@example.org", choices={a.slot: [a.pk, c.pk]}) for n in range(2)]
    assert workshop_lines(event) == {}
    workshops_allocate(event_id=event.pk)
    holder, waiting = sorted(people, key=lambda r: _held(r) != ["Family time by video"])
    event.refresh_from_db()
    type(event).objects.filter(pk=event.pk).update(
        starts_at=timezone.now() - timedelta(hours=1), ends_at=timezone.now() + timedelta(hours=2)
    )
    type(a).objects.filter(pk__in=[a.pk, c.pk]).update(starts_at=timezone.now() - timedelta(minutes=5))
    cancelling.registration_cancel(registration=holder)
    assert _held(waiting) == ["Virtual school"]


def test_a_registrant_sees_where_they_stand_in_each_line_and_the_team_sees_how_many_wait(launch):
    event, a, b, c = launch
    everything = {a.slot: [a.pk, b.pk, c.pk]}
    people = [register(event, f"p{n}@example.org", choices=everything) for n in range(4)]
    lines = lines_of(people[3])
    assert [(line.choice.session.title, line.choice.rank, line.position) for line in lines[a.slot]] == [
        ("Family time by video", 1, 3),
        ("Hybrid conferences", 2, 2),
    ]
    assert lines_of(people[0]) == {}
    assert {w.title: (w.taken, w.waiting, w.first_choices) for w in workshop_fill(event)} == {
        "Family time by video": (1, 3, 4),
        "Hybrid conferences": (1, 2, 0),
        "Virtual school": (2, 0, 0),
    }


def test_the_workshop_fill_counts_each_first_choice_once_however_many_places_are_taken(launch):
    event, a, _b, c = launch
    for n in range(3):
        register(event, f"c{n}@example.org", choices={a.slot: [c.pk, a.pk]})
    fill = {w.title: (w.taken, w.first_choices) for w in workshop_fill(event)}
    assert fill["Virtual school"] == (3, 3)
    assert fill["Family time by video"] == (0, 0)


def _confirmations(to: str) -> list[str]:
    return [m.body for m in mail.outbox if m.to == [to] and "Your workshops:" in m.body]


def test_the_confirmation_of_someone_in_line_says_where_they_wait_not_that_places_come_later(
    launch, django_capture_on_commit_callbacks
):
    event, a, _b, c = launch
    register(event, "holder@example.org", choices={a.slot: [a.pk]})
    with django_capture_on_commit_callbacks(execute=True):
        register(event, "waiting@example.org", choices={a.slot: [a.pk, c.pk]})
        register(event, "only-full@example.org", choices={a.slot: [a.pk]})

    (holding_c,) = _confirmations("waiting@example.org")
    (holding_none,) = _confirmations("only-full@example.org")
    assert "- Virtual school, " in holding_c
    assert "- Waiting for a place in Family time by video, 1st in line" in holding_c
    assert "- Waiting for a place in Family time by video, 2nd in line" in holding_none
    for body in (holding_c, holding_none):
        assert "given out before the event" not in body
