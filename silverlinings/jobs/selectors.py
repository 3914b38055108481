"""Queries for the scheduled jobs page."""

from django.db.models import QuerySet
from django.utils import timezone

from . import leases
from .models import Job, JobRun, WorkerHeartbeat

FINISHED_SHOWN = 50


def jobs_coming_up() -> QuerySet[Job]:
    return Job.objects.filter(status__in=[Job.Status.SCHEDULED, Job.Status.RUNNING]).order_by("run_at", "pk")


def jobs_finished() -> QuerySet[Job]:
    finished = Job.objects.exclude(status__in=[Job.Status.SCHEDULED, Job.Status.RUNNING])
    return finished.order_by("-run_at", "-pk")[:FINISHED_SHOWN]


def job_runs(job: Job) -> QuerySet[JobRun]:
    return job.runs.all()[:100]


def workers_alive() -> QuerySet[WorkerHeartbeat]:
    now = timezone.now()
    return WorkerHeartbeat.objects.filter(last_seen__gte=now - leases.lease(), stopped_at__isnull=True)
