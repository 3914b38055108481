"""The scheduled jobs of calls (see silverlinings/jobs)."""

from datetime import time

from silverlinings.jobs.registry import JobKind, job_kind_add

from . import digest, lastcall, reminders, schedule

job_kind_add(
    JobKind(
        "calls.last_call",
        "Last call",
        lastcall.last_call_scheduled,
        description="Emails the contacts of authorities with no nominations yet, at the call's last call time.",
        ensure=schedule.calls_jobs_ensure,
    )
)
job_kind_add(
    JobKind(
        "calls.draft_reminder",
        "Draft reminder",
        reminders.draft_reminder_send,
        description="Reminds everyone with a draft not yet sent, three days before the call closes.",
    )
)
job_kind_add(
    JobKind(
        "calls.daily_digest",
        "Daily digest for the programme team",
        digest.daily_digest_send,
        description="What came in to each call since yesterday, and any email that could not be sent.",
        repeat="daily",
        at=time(7, 0),
    )
)
