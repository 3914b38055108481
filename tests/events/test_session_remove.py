"""The team takes a session out of the programme: the people in it get their next choice with a place."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from silverlinings.core.models import AuditEntry
from silverlinings.events.models import Event, Session, WorkshopChoice, WorkshopPlace
from silverlinings.events.pools import pools_disagreeing
from silverlinings.events.selectors import session_removal
from silverlinings.events.services import events as services
from tests.events.factories import add_session, allocated_slot, make_event, register

pytestmark = pytest.mark.django_db


@pytest.fixture
def launch():
    """A keynote, then one slot: the workshop to go (three places), B (one place) and C (five)."""
    event = make_event(capacity=100)
    keynote = add_session(event, "Welcome and keynote")
    going, b, c = allocated_slot(event, [("Paperless working", 3), ("Hybrid conferences", 1), ("Virtual school", 5)])
    return event, keynote, going, b, c


def test_the_people_in_a_workshop_taken_out_get_their_next_choice_with_room_first_chosen_first(
    launch, django_capture_on_commit_callbacks
):
    event, _keynote, going, b, c = launch
    first, second = (register(event, f"p{n}@example.org", choices={b.slot: [going.pk, b.pk, c.pk]}) for n in range(2))
    only_going = register(event, "only@example.org", choices={b.slot: [going.pk]})
    ranked_it_second = register(event, "second.choice@example.org", choices={b.slot: [c.pk, going.pk]})
    assert session_removal(going) == session_removal(going).__class__(held=3, chose=1)
    mail.outbox.clear()
    sequence = event.sequence
    with django_capture_on_commit_callbacks(execute=True):
        assert services.session_remove(session=going, by=None) == 3
    assert not Session.objects.filter(pk=going.pk).exists()
    held = dict(WorkshopPlace.objects.values_list("registration__email", "session__title"))
    # The first to choose it gets B's one place; the second the next with room; one who chose nothing else, none.
    assert held == {
        "p0@example.org": "Hybrid conferences",
        "p1@example.org": "Virtual school",
        "second.choice@example.org": "Virtual school",
    }
    assert list(WorkshopChoice.objects.filter(registration=first).values_list("session__title", "rank")) == [
        ("Hybrid conferences", 1),
        ("Virtual school", 2),
    ]
    assert WorkshopPlace.objects.get(registration=second).choice == 2
    assert pools_disagreeing(event=event) == {}
    assert {m.to[0] for m in mail.outbox if m.subject.startswith("A workshop has changed")} == {
        "p0@example.org",
        "p1@example.org",
        "only@example.org",
    }
    (to_first,) = [m.body for m in mail.outbox if m.to == ["p0@example.org"]]
    assert "‘Paperless working’ is no longer part of Silver Linings launch" in to_first
    assert "11am: Hybrid conferences, your 1st choice (instead of Paperless working)" in to_first
    assert f"/registration/{first.token}/workshops/" in to_first
    (to_only,) = [m.body for m in mail.outbox if m.to == ["only@example.org"]]
    assert (
        "11am: no workshop for now, as none of your other choices then has a place left (instead of Paperless working)"
    ) in to_only
    entry = AuditEntry.objects.get(action="event.session_removed")
    assert (entry.data["title"], entry.data["had_a_place"]) == ("Paperless working", 3)
    assert Event.objects.get(pk=event.pk).sequence == sequence + 1  # calendars update
    assert ranked_it_second and only_going


def test_a_plenary_taken_out_changes_the_programme_and_the_calendar_only(launch):
    event, keynote, _going, _b, _c = launch
    register(event, "p@example.org")
    sequence = event.sequence
    assert services.session_remove(session=keynote, by=None) == 0
    assert list(event.sessions.filter(kind="plenary")) == []
    assert Event.objects.get(pk=event.pk).sequence == sequence + 1
    assert mail.outbox == []


def test_nothing_is_taken_out_once_the_event_is_over(launch):
    event, _keynote, going, _b, _c = launch
    Event.objects.filter(pk=event.pk).update(
        starts_at=timezone.now() - timedelta(hours=5), ends_at=timezone.now() - timedelta(hours=1)
    )
    with pytest.raises(ValidationError, match="The event is over"):
        services.session_remove(session=going, by=None)
    assert Session.objects.filter(pk=going.pk).exists()
