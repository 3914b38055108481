"""A call's scheduled jobs follow its dates: the last call at `last_call_at`, the draft reminder a few days
before it closes. Changing a date moves the job; a date in the past cancels a job that has not run."""

from datetime import timedelta

from django.utils import timezone

from silverlinings.jobs.services import job_cancel, job_schedule

from .models import Call

DRAFT_REMINDER_BEFORE = timedelta(days=3)


def call_jobs_schedule(*, call: Call) -> None:
    now = timezone.now()
    reminder_at = call.closes_at - DRAFT_REMINDER_BEFORE
    _keep(call, "last-call", "calls.last_call", f"Last call for ‘{call.title}’", call.last_call_at, now)
    _keep(call, "draft-reminder", "calls.draft_reminder", f"Draft reminder for ‘{call.title}’", reminder_at, now)


def _keep(call: Call, what: str, kind: str, name: str, at, now) -> None:
    key = f"call:{call.pk}:{what}"
    if at and at > now:
        job_schedule(key=key, kind=kind, name=name, run_at=at, params={"call_id": call.pk})
    else:
        job_cancel(key=key)


def calls_jobs_ensure() -> None:
    """When a worker starts: every call still open has its jobs (calls made before there were jobs too)."""
    for call in Call.objects.filter(closes_at__gt=timezone.now()):
        call_jobs_schedule(call=call)
