"""The scheduled jobs of an event, run by the worker the way it runs them (jobs_run_due)."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from silverlinings.events.models import PlaceHold, Registration, Status
from silverlinings.events.services import events as services
from silverlinings.events.services import registration as registering
from silverlinings.events.services.holds import holds_expired_release
from silverlinings.jobs.models import Job
from silverlinings.jobs.services import jobs_ensure, jobs_run_due, round_run
from tests.accounts.factories import ProgrammeTeamFactory
from tests.events.factories import make_event, register, set_places

pytestmark = pytest.mark.django_db


def _jobs(event) -> dict[str, tuple[str, object]]:
    return {job.key: (job.kind, job.run_at) for job in Job.objects.filter(key__startswith=f"event:{event.pk}:")}


def test_an_event_schedules_its_release_allocation_reminder_and_joining_details():
    event = make_event(
        release_at=timezone.now() + timedelta(days=20), allocation_at=timezone.now() + timedelta(days=25)
    )
    assert _jobs(event) == {
        f"event:{event.pk}:release": ("events.release", event.release_at),
        f"event:{event.pk}:allocation": ("events.allocate", event.allocation_at),
        f"event:{event.pk}:reminder": ("events.reminder", event.starts_at - timedelta(days=1)),
        f"event:{event.pk}:joining": ("events.joining", event.starts_at - timedelta(minutes=60)),
    }


def test_moving_the_event_moves_its_jobs():
    event = make_event()
    later = event.starts_at + timedelta(days=7)
    services.event_update(event=event, by=None, starts_at=later, ends_at=later + timedelta(hours=3))
    assert _jobs(event)[f"event:{event.pk}:joining"] == ("events.joining", later - timedelta(minutes=60))


def test_the_reminder_and_the_joining_details_go_to_those_registered_once(django_capture_on_commit_callbacks):
    event = make_event(capacity=1)
    set_places(event, {})
    register(event, "in@example.org")
    register(event, "waiting@example.org")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert jobs_run_due(now=event.starts_at - timedelta(minutes=59)) == 2
    assert sorted((m.to[0], m.subject) for m in mail.outbox) == [
        ("in@example.org", "Joining details: Silver Linings launch"),
        ("in@example.org", "Tomorrow: Silver Linings launch"),
    ]
    registration = Registration.objects.get(email="in@example.org")
    assert f"http://testserver/join/{registration.joining_token}/" in mail.outbox[0].body + mail.outbox[1].body
    assert Job.objects.get(key=f"event:{event.pk}:joining").last_result == "Joining details sent to 1 registered person"


def test_an_offer_not_taken_in_time_passes_to_the_next_when_its_job_runs():
    event = make_event(capacity=1)
    set_places(event, {})
    first = register(event, "first@example.org")
    second, third = register(event, "second@example.org"), register(event, "third@example.org")
    from silverlinings.events.services.cancelling import registration_cancel

    registration_cancel(registration=first)
    # The offer's time runs out: its job is due.
    past = timezone.now() - timedelta(seconds=1)
    Registration.objects.filter(pk=second.pk).update(offer_expires_at=past)
    Job.objects.filter(key=f"event-offer:{second.pk}").update(run_at=past)
    assert jobs_run_due() == 1
    assert list(Registration.objects.order_by("pk").values_list("status", flat=True)) == [
        Status.CANCELLED,
        Status.LAPSED,
        Status.OFFERED,
    ]
    assert third


def test_the_release_of_expired_holds_is_on_the_jobs_page_with_its_last_run(client):
    event = make_event(capacity=1)
    set_places(event, {})
    hold = registering.place_hold(event=event, minutes=10)
    waiting = register(event, "waiting@example.org")
    jobs_ensure()  # as a worker does when it starts
    client.force_login(ProgrammeTeamFactory(), backend="django.contrib.auth.backends.ModelBackend")
    job = Job.objects.get(key="events.holds_release")
    assert (job.repeat, job.run_at) == ("turn", None)
    assert round_run(holds_expired_release) == 0  # the hold is still running: no run recorded
    page = client.get(reverse("jobs:job_list")).content.decode()
    assert "Release expired place holds" in page
    assert "Within seconds" in page

    PlaceHold.objects.filter(pk=hold.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    assert round_run(holds_expired_release) == 1
    assert Registration.objects.get(pk=waiting.pk).status == Status.OFFERED
    said = "Expired holds released at 1 event; their places offered to the waiting list"
    assert list(job.runs.values_list("outcome", "result")) == [("done", said)]
    assert said in client.get(reverse("jobs:job_list")).content.decode()
    assert said in client.get(reverse("jobs:job_detail", kwargs={"pk": job.pk})).content.decode()
