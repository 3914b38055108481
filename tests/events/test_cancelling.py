"""Cancelling: the place and workshop places go back and the waiting list is offered them."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from silverlinings.events.models import Registration
from silverlinings.events.services import cancelling
from silverlinings.events.services import workshops as allocating
from silverlinings.jobs.models import Job
from tests.events.factories import add_session, make_event, register, statuses

pytestmark = pytest.mark.django_db


def test_cancelling_offers_the_place_to_the_first_waiting_and_schedules_the_offers_end(
    small, django_capture_on_commit_callbacks
):
    people = [register(small, f"p{n}@example.org") for n in range(5)]
    assert [r.status for r in people[3:]] == ["waiting", "waiting"]
    with django_capture_on_commit_callbacks(execute=True):
        cancelling.registration_cancel(registration=people[0])
    assert statuses(*people) == [
        ("cancelled", ""),
        ("confirmed", "general"),
        ("confirmed", "general"),
        ("offered", "general"),
        ("waiting", ""),
    ]
    offered = Registration.objects.get(pk=people[3].pk)
    assert offered.offer_expires_at - timezone.now() == pytest.approx(timedelta(hours=48), abs=timedelta(seconds=30))
    job = Job.objects.get(key=f"event-offer:{offered.pk}")
    assert (job.kind, job.run_at, job.params) == (
        "events.offer_expire",
        offered.offer_expires_at,
        {"registration_id": offered.pk},
    )
    assert [m.subject for m in mail.outbox if m.to == ["p3@example.org"]][
        -1
    ] == "A place for you: Silver Linings launch"


def test_cancelling_frees_the_workshop_place():
    event = make_event(capacity=100)
    family = add_session(event, "Family time by video", workshop=True, at_hour=11, capacity=1)
    first = register(event, "first@example.org", choices={family.slot: [family.pk]})
    allocating.workshops_allocate(event_id=event.pk)
    cancelling.registration_cancel(registration=first)
    late = register(event, "late@example.org", choices={family.slot: [family.pk]})
    assert [p.session.title for p in late.workshop_places.all()] == ["Family time by video"]
