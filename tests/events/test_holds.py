"""Places held on forms that expire go to the waiting list, with nobody else visiting (decision 0096)."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from silverlinings.events.models import PlaceHold, Registration
from silverlinings.events.pools import pools_disagreeing
from silverlinings.events.services import registration as registering
from silverlinings.events.services.holds import holds_expired_release
from silverlinings.jobs.registry import worker_rounds
from tests.events.factories import make_event, register, set_places

pytestmark = pytest.mark.django_db


@pytest.fixture
def full_with_a_hold():
    """Two places, both general admission: one registered, one held on someone's form; a person waiting."""
    event = make_event(capacity=2)
    set_places(event, {})
    register(event, "first@example.org")
    hold = registering.place_hold(event=event, minutes=10)
    waiting = register(event, "waiting@example.org")
    assert (hold is not None, waiting.status) == (True, "waiting")
    return event, hold, waiting


def _status(registration) -> str:
    return Registration.objects.get(pk=registration.pk).status


def test_the_worker_offers_a_place_whose_hold_expired_without_anyone_visiting(
    full_with_a_hold, django_capture_on_commit_callbacks
):
    event, hold, waiting = full_with_a_hold
    assert holds_expired_release in worker_rounds()  # the worker runs it on every turn of its loop
    assert holds_expired_release() == 0  # the hold is still running
    assert _status(waiting) == "waiting"
    later = hold.expires_at + timedelta(seconds=1)
    with django_capture_on_commit_callbacks(execute=True):
        assert holds_expired_release(now=later) == 1
    assert _status(waiting) == "offered"
    assert [m.subject for m in mail.outbox if m.to == ["waiting@example.org"]][-1] == (
        "A place for you: Silver Linings launch"
    )
    assert PlaceHold.objects.count() == 0
    assert pools_disagreeing(event=event) == {}
    assert holds_expired_release(now=later) == 0  # nothing left to do


def test_a_new_visitor_does_not_get_the_place_of_an_expired_hold_before_the_waiting_list(full_with_a_hold):
    event, hold, waiting = full_with_a_hold
    later = hold.expires_at + timedelta(seconds=1)
    assert registering.place_hold(event=event, now=later) is None  # the place went to the one waiting
    assert _status(waiting) == "offered"
    assert pools_disagreeing(event=event) == {}


def test_a_newcomer_joins_the_waiting_list_behind_those_already_on_it(full_with_a_hold):
    event, hold, waiting = full_with_a_hold
    later = hold.expires_at + timedelta(seconds=1)
    newcomer = registering.registration_submit(
        event=event,
        email="newcomer@example.org",
        full_name="New Comer",
        authority=None,
        organisation="A school",
        job_role="Teacher",
        access_needs=[],
        access_other="",
        choices={},
        now=later,
    )[0]
    assert (_status(waiting), _status(newcomer)) == ("offered", "waiting")
    assert pools_disagreeing(event=event) == {}


def test_an_expired_hold_is_let_go_even_when_nobody_waits():
    event = make_event(capacity=2)
    hold = registering.place_hold(event=event, minutes=10)
    assert holds_expired_release(now=hold.expires_at + timedelta(seconds=1)) == 1
    assert (PlaceHold.objects.count(), event.pools.get(kind="total").on_form) == (0, 0)
    assert timezone.now() < hold.expires_at
