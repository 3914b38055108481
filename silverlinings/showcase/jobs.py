"""The scheduled jobs of the showcase (see silverlinings/jobs)."""

from silverlinings.jobs.registry import JobKind, job_kind_add

from . import reminders

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
