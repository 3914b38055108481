"""An event's scheduled jobs follow its dates: unused allocations released, workshops allocated, the
reminder a day before and the joining details shortly before the start. Changing a date moves the job."""

from datetime import timedelta

from django.utils import timezone

from silverlinings.jobs.services import job_cancel, job_schedule

from .models import Event

REMINDER_BEFORE = timedelta(days=1)


def event_jobs_schedule(*, event: Event) -> None:
    now = timezone.now()
    moments = {
        "release": ("events.release", f"Release unused places of ‘{event.title}’", event.release_at),
        "allocation": ("events.allocate", f"Allocate the workshops of ‘{event.title}’", event.allocation_at),
        "reminder": ("events.reminder", f"Reminder a day before ‘{event.title}’", event.starts_at - REMINDER_BEFORE),
        "joining": ("events.joining", f"Joining details for ‘{event.title}’", event.joining_opens_at),
    }
    for what, (kind, name, at) in moments.items():
        key = f"event:{event.pk}:{what}"
        if at and at > now:
            job_schedule(key=key, kind=kind, name=name, run_at=at, params={"event_id": event.pk})
        else:
            job_cancel(key=key)


def offer_expiry_schedule(*, registration) -> None:
    job_schedule(
        key=f"event-offer:{registration.pk}",
        kind="events.offer_expire",
        name=f"Offer to {registration.full_name} for ‘{registration.event.title}’ ends",
        run_at=registration.offer_expires_at,
        params={"registration_id": registration.pk},
    )


def events_jobs_ensure() -> None:
    for event in Event.objects.filter(ends_at__gt=timezone.now()):
        event_jobs_schedule(event=event)
