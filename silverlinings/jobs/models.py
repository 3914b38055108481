from django.db import models

from silverlinings.core.models import TimeStampedModel


class WorkerHeartbeat(models.Model):
    """A worker process that is (or was) running. While `last_seen` is fresh, what it claimed is its own."""

    worker_id = models.CharField(max_length=100, unique=True)
    host = models.CharField(max_length=200)
    pid = models.PositiveIntegerField()
    started_at = models.DateTimeField(auto_now_add=True)
    last_seen = models.DateTimeField(db_index=True)
    stopped_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-last_seen"]

    def __str__(self) -> str:
        return self.worker_id


class Job(TimeStampedModel):
    """Work to do at a time: once (the last call of a call) or again and again (the daily digest).

    Scheduled with `jobs.services.job_schedule` and run by a worker, which claims it first, so two workers
    never run it at the same time and a job claimed by a worker that stopped is run again.
    """

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", "Scheduled"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"
        CANCELLED = "cancelled", "Cancelled"

    class Repeat(models.TextChoices):
        ONCE = "", "Once"
        DAILY = "daily", "Every day"
        WEEKLY = "weekly", "Every week"
        # A worker round (registry.worker_round_add): it runs every few seconds and has no run_at.
        TURN = "turn", "Every few seconds, while a worker runs"

    key = models.CharField(max_length=100, unique=True)
    kind = models.CharField(max_length=100)
    name = models.CharField(max_length=300)
    params = models.JSONField(default=dict, blank=True)
    run_at = models.DateTimeField(null=True, blank=True, db_index=True)
    repeat = models.CharField(max_length=10, choices=Repeat.choices, blank=True, default=Repeat.ONCE)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.SCHEDULED, db_index=True)
    claimed_by = models.CharField(max_length=100, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    last_run_at = models.DateTimeField(null=True, blank=True)
    last_result = models.TextField(blank=True)

    class Meta:
        ordering = ["run_at", "pk"]

    def __str__(self) -> str:
        return self.name


class JobRun(models.Model):
    """One run of a job: when, on which worker, and what it did."""

    class Outcome(models.TextChoices):
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"
        LOST = "lost", "Stopped with its worker"

    job = models.ForeignKey(Job, on_delete=models.CASCADE, related_name="runs")
    worker_id = models.CharField(max_length=100)
    started_at = models.DateTimeField()
    finished_at = models.DateTimeField(null=True, blank=True)
    outcome = models.CharField(max_length=10, choices=Outcome.choices, default=Outcome.RUNNING)
    result = models.TextField(blank=True)

    class Meta:
        ordering = ["-started_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.job} at {self.started_at:%Y-%m-%d %H:%M}"
