"""The scheduled jobs of events (see silverlinings/jobs)."""

from silverlinings.jobs.registry import JobKind, job_kind_add, worker_round_add

from . import reminders, schedule
from .services import holds as services_holds
from .services import registration as services_registration
from .services import workshops as services_workshops

job_kind_add(
    JobKind(
        "events.release",
        "Release unused places",
        services_registration.places_release,
        description="At the release date, places authorities have not used go to general admission and the "
        "waiting list is offered them.",
        ensure=schedule.events_jobs_ensure,
    )
)
job_kind_add(
    JobKind(
        "events.allocate",
        "Allocate workshop places",
        services_workshops.workshops_allocate,
        description="At the allocation time, every workshop place is given by preference (fairly, by a "
        "published lottery).",
    )
)
job_kind_add(
    JobKind(
        "events.reminder",
        "Event reminder",
        reminders.reminder_send,
        description="Reminds everyone registered, a day before the event.",
    )
)
job_kind_add(
    JobKind(
        "events.joining",
        "Joining details",
        reminders.joining_details_send,
        description="Sends everyone registered their personal joining link, shortly before the start.",
    )
)
job_kind_add(
    JobKind(
        "events.offer_expire",
        "Waiting-list offer ends",
        services_registration.offer_expire,
        description="An offered place not taken in time goes to the next person on the waiting list.",
    )
)
# Places held on forms that expired go to the waiting list within a turn of the worker, visitors or not; on
# the jobs page as a job that runs every few seconds (its runs: the turns that let holds go, and failures).
worker_round_add(
    services_holds.holds_expired_release,
    kind=JobKind(
        "events.holds_release",
        "Release expired place holds",
        services_holds.holds_expired_release,
        description="A place held while someone fills in the registration form, and not used in time, goes to "
        "the waiting list.",
        repeat="turn",
        said=lambda events: (
            f"Expired holds released at {events} event{'' if events == 1 else 's'}; "
            "their places offered to the waiting list"
        ),
    ),
)
