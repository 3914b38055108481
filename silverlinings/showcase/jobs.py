"""The scheduled jobs of the showcase (see silverlinings/jobs)."""

from silverlinings.jobs.registry import JobKind, job_kind_add

from . import impact, reminders

job_kind_add(
    JobKind(
        "showcase.due_reminder",
        "Showcase report due soon",
        reminders.due_reminder_send,
        description="Reminds the writer three days before their draft is due, if it is not in yet.",
    )
)
job_kind_add(
    JobKind(
        "showcase.overdue",
        "Showcase report overdue",
        reminders.overdue_send,
        description="Tells the writer the day after their draft was due, if it is not in yet.",
    )
)
job_kind_add(
    JobKind(
        "showcase.impact_ask",
        "Impact later",
        impact.impact_ask,
        description="Asks a published report's contact, six and twelve months on, whether the innovation is still "
        "running and what has changed; the answer appears on the report.",
    )
)
