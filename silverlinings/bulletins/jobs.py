"""The scheduled send of an issue (see silverlinings/jobs): one job per issue, at the time the team chose."""

from silverlinings.jobs.registry import JobKind, job_kind_add, worker_round_add

from .sending import issue_deliver
from .subscriptions import bounces_record

job_kind_add(
    JobKind(
        "bulletins.issue_send",
        "Send a bulletin issue",
        issue_deliver,
        description="Sends an issue to every subscriber of its publication, once each; carries on after a restart.",
    )
)
# Refusals the mail server gave for a copy count as bounces as soon as the outbox records them.
worker_round_add(bounces_record)
