"""Scheduling work and running it when it is due: one mechanism for one-off and recurring jobs.

A worker claims a due job in a short transaction (skipping rows another worker has locked), runs it
outside that transaction, then records what it did. Two workers never run the same job; a job claimed by
a worker that stopped is run again by another (so a job's work must be safe to repeat, as the last call
is: nobody gets it twice).
"""

import logging
from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from . import leases, registry
from .models import Job, JobRun

logger = logging.getLogger(__name__)


def job_schedule(*, key: str, kind: str, name: str, run_at: datetime, params: dict | None = None) -> Job:
    """Schedule (or move) the job `key` to `run_at`. A job that already ran at that very time stays done."""
    with transaction.atomic():
        job = Job.objects.select_for_update().filter(key=key).first()
        if job is None:
            return Job.objects.create(key=key, kind=kind, name=name, params=params or {}, run_at=run_at)
        job.name, job.params = name, params or {}
        done_then = job.status in (Job.Status.DONE, Job.Status.FAILED) and job.run_at == run_at
        if job.status != Job.Status.RUNNING and not done_then:
            job.run_at, job.status = run_at, Job.Status.SCHEDULED
        job.save()
    return job


def job_cancel(*, key: str) -> int:
    """Cancel the job `key` if it has not run yet."""
    return Job.objects.filter(key=key, status=Job.Status.SCHEDULED).update(status=Job.Status.CANCELLED)


def jobs_ensure(*, now: datetime | None = None) -> None:
    """Make the one job of each recurring kind, and let each kind schedule what it needs."""
    now = now or timezone.now()
    for kind in registry.job_kinds():
        if kind.repeat == Job.Repeat.TURN:
            Job.objects.get_or_create(
                key=kind.key, defaults={"kind": kind.key, "name": kind.name, "repeat": kind.repeat}
            )
        elif kind.repeat:
            first = _first_slot(kind, now)
            Job.objects.get_or_create(
                key=kind.key, defaults={"kind": kind.key, "name": kind.name, "repeat": kind.repeat, "run_at": first}
            )
        if kind.ensure:
            kind.ensure()


def _first_slot(kind: registry.JobKind, now: datetime) -> datetime:
    local = timezone.localtime(now)
    slot = local.replace(hour=kind.at.hour, minute=kind.at.minute, second=0, microsecond=0)
    while slot <= local or (kind.weekday is not None and slot.weekday() != kind.weekday):
        slot = _local_days_later(slot, 1)
    return slot


def _local_days_later(moment: datetime, days: int) -> datetime:
    """The same wall-clock time `days` later, whatever the clocks did in between."""
    local = timezone.localtime(moment)
    return timezone.make_aware(local.replace(tzinfo=None) + timedelta(days=days))


def next_run(job: Job, now: datetime) -> datetime:
    """A recurring job's next time after `now`, at the same wall-clock time; missed runs are not made up."""
    step = 7 if job.repeat == Job.Repeat.WEEKLY else 1
    slot = job.run_at
    while slot <= now:
        slot = _local_days_later(slot, step)
    return slot


def jobs_run_due(*, now: datetime | None = None, limit: int = 10) -> int:
    """Run the jobs that are due, one at a time. Returns how many ran."""
    ran = 0
    while ran < limit:
        claimed = _claim(now or timezone.now())
        if claimed is None:
            break
        _run(*claimed)
        ran += 1
    return ran


def _claim(now: datetime) -> tuple[Job, JobRun] | None:
    owner = leases.worker_id()
    due = Q(status=Job.Status.SCHEDULED, run_at__lte=now) | (
        Q(status=Job.Status.RUNNING) & leases.stale_claim(prefix="claimed", now=timezone.now())
    )
    with transaction.atomic():
        job = Job.objects.select_for_update(skip_locked=True).filter(due).order_by("run_at", "pk").first()
        if job is None:
            return None
        if job.status == Job.Status.RUNNING:
            job.runs.filter(outcome=JobRun.Outcome.RUNNING).update(
                outcome=JobRun.Outcome.LOST, finished_at=timezone.now(), result="Its worker stopped; run again"
            )
        job.status, job.claimed_by, job.claimed_at = Job.Status.RUNNING, owner, timezone.now()
        job.save(update_fields=["status", "claimed_by", "claimed_at", "updated_at"])
        run = JobRun.objects.create(job=job, worker_id=owner, started_at=job.claimed_at)
    return job, run


def _run(job: Job, run: JobRun) -> None:
    kind = registry.job_kind(job.kind)
    try:
        if kind is None:
            raise LookupError(f"No job called {job.kind}")
        result, outcome = kind.run(**job.params) or "Done", JobRun.Outcome.DONE
    except Exception as error:
        logger.exception("Job %s failed", job.key)
        result, outcome = f"{type(error).__name__}: {error}", JobRun.Outcome.FAILED
    _finish(job, run, result=result[:5000], outcome=outcome)


def _finish(job: Job, run: JobRun, *, result: str, outcome: str) -> None:
    now = timezone.now()
    with transaction.atomic():
        run.finished_at, run.outcome, run.result = now, outcome, result
        run.save(update_fields=["finished_at", "outcome", "result"])
        changes = {"claimed_by": "", "last_run_at": run.started_at, "last_result": result, "updated_at": now}
        if job.repeat:
            changes.update(status=Job.Status.SCHEDULED, run_at=next_run(job, now))
        else:
            changes.update(status=Job.Status.DONE if outcome == JobRun.Outcome.DONE else Job.Status.FAILED)
        Job.objects.filter(pk=job.pk, claimed_by=run.worker_id).update(**changes)


def round_run(round_) -> int:
    """Run one of the worker's rounds; returns how much it did. A round declared with a kind (its job, made
    by `jobs_ensure`) records a run when it does something or fails, never for the many turns that find
    nothing to do (decision 0096: those would bury the page), so the page shows its last run and failures.
    A failing round is recorded and the worker goes on, as it does after a failing job."""
    kind = registry.round_kind(round_)
    if kind is None:
        return round_()
    started = timezone.now()
    try:
        did = round_()
    except Exception as error:
        logger.exception("Round %s failed", kind.key)
        _round_record(kind, started, result=f"{type(error).__name__}: {error}"[:5000], outcome=JobRun.Outcome.FAILED)
        return 0
    if did:
        said = kind.said(did) if kind.said else f"{did} done"
        _round_record(kind, started, result=said, outcome=JobRun.Outcome.DONE)
    return did


def _round_record(kind: registry.JobKind, started: datetime, *, result: str, outcome: str) -> None:
    """A run of a round, on its job. The same failure turn after turn stays one run (its end moves on), so a
    round that keeps failing writes no row per turn."""
    job = Job.objects.filter(key=kind.key).first()
    if job is None:
        return  # no worker has started since the kind was declared (jobs_ensure makes the job)
    now = timezone.now()
    last = job.runs.first()
    if outcome == JobRun.Outcome.FAILED and last and (last.outcome, last.result) == (outcome, result):
        JobRun.objects.filter(pk=last.pk).update(finished_at=now)
    else:
        JobRun.objects.create(
            job=job, worker_id=leases.worker_id(), started_at=started, finished_at=now, outcome=outcome, result=result
        )
    Job.objects.filter(pk=job.pk).update(last_run_at=started, last_result=result, updated_at=now)
