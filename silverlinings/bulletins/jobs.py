"""The scheduled send of an issue (see silverlinings/jobs): one job per issue, at the time the team chose."""

from silverlinings.jobs.registry import JobKind, job_kind_add

from .sending import issue_deliver

job_kind_add(
    JobKind(
        "bulletins.issue_send",
        "Send a bulletin issue",
        issue_deliver,
        description="Sends an issue to every subscriber of its publication, once each; carries on after a restart.",
    )
)
