import threading
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.utils import timezone

from silverlinings.jobs import leases, registry
from silverlinings.jobs.models import Job, JobRun, WorkerHeartbeat
from silverlinings.jobs.services import job_cancel, job_schedule, jobs_ensure, jobs_run_due, next_run, round_run

LONDON = ZoneInfo("Europe/London")
RAN: list[dict] = []


def _record(**params) -> str:
    RAN.append(params)
    return f"Did {params.get('n', 'it')}"


def _fail(**params) -> str:
    raise RuntimeError("The directory is empty")


@pytest.fixture(autouse=True)
def _kinds(monkeypatch):
    """Kinds of job for these tests only."""
    RAN.clear()
    for kind in (
        registry.JobKind("test.record", "Record", _record),
        registry.JobKind("test.fail", "Fail", _fail),
        registry.JobKind("test.daily", "Daily", _record, repeat="daily", at=time(7, 0)),
    ):
        monkeypatch.setitem(registry._KINDS, kind.key, kind)


def schedule(key="one", at=None, **params) -> Job:
    at = at or timezone.now() - timedelta(seconds=1)
    return job_schedule(key=key, kind="test.record", name="Record it", run_at=at, params=params)


@pytest.mark.django_db
def test_a_job_runs_once_when_due_and_says_what_it_did():
    job = schedule(n=7, at=timezone.now() + timedelta(minutes=5))
    assert jobs_run_due() == 0
    assert jobs_run_due(now=timezone.now() + timedelta(minutes=6)) == 1
    assert jobs_run_due(now=timezone.now() + timedelta(minutes=7)) == 0
    job.refresh_from_db()
    assert RAN == [{"n": 7}]
    assert (job.status, job.last_result) == (Job.Status.DONE, "Did 7")
    run = JobRun.objects.get()
    assert (run.outcome, run.result, run.worker_id) == (JobRun.Outcome.DONE, "Did 7", leases.worker_id())


@pytest.mark.django_db
def test_moving_a_job_moves_it_and_cancelling_it_stops_it():
    later = timezone.now() + timedelta(days=2)
    schedule(at=timezone.now() + timedelta(days=1))
    job = schedule(at=later)
    assert (job.status, job.run_at, Job.objects.count()) == (Job.Status.SCHEDULED, later, 1)
    assert job_cancel(key="one") == 1
    assert jobs_run_due(now=later + timedelta(seconds=1)) == 0
    assert Job.objects.get().status == Job.Status.CANCELLED


@pytest.mark.django_db
def test_a_job_done_stays_done_when_scheduled_again_at_the_same_time():
    job = schedule()
    jobs_run_due()
    schedule(at=job.run_at)
    assert Job.objects.get().status == Job.Status.DONE
    assert jobs_run_due() == 0


@pytest.mark.django_db
def test_a_failing_job_is_shown_failed():
    job_schedule(key="f", kind="test.fail", name="Fail", run_at=timezone.now())
    jobs_run_due()
    job = Job.objects.get()
    assert (job.status, job.last_result) == (Job.Status.FAILED, "RuntimeError: The directory is empty")
    assert JobRun.objects.get().outcome == JobRun.Outcome.FAILED


@pytest.mark.django_db
def test_a_job_whose_worker_stopped_mid_run_is_run_again(settings):
    settings.WORKER_LEASE_SECONDS = 60
    job = schedule(n=1)
    ago = timezone.now() - timedelta(seconds=120)
    WorkerHeartbeat.objects.create(worker_id="dead", host="h", pid=1, last_seen=ago)
    Job.objects.filter(pk=job.pk).update(status=Job.Status.RUNNING, claimed_by="dead", claimed_at=ago)
    JobRun.objects.create(job=job, worker_id="dead", started_at=ago)

    assert jobs_run_due() == 1

    assert list(JobRun.objects.order_by("pk").values_list("worker_id", "outcome")) == [
        ("dead", JobRun.Outcome.LOST),
        (leases.worker_id(), JobRun.Outcome.DONE),
    ]
    assert Job.objects.get().status == Job.Status.DONE


@pytest.mark.django_db
def test_a_running_job_of_a_live_worker_is_left_alone():
    job = schedule()
    WorkerHeartbeat.objects.create(worker_id="alive", host="h", pid=1, last_seen=timezone.now())
    Job.objects.filter(pk=job.pk).update(status=Job.Status.RUNNING, claimed_by="alive", claimed_at=timezone.now())
    assert jobs_run_due() == 0


def test_a_daily_job_keeps_its_wall_clock_time_across_the_clock_change(settings):
    job = Job(repeat=Job.Repeat.DAILY, run_at=datetime(2026, 3, 28, 7, 0, tzinfo=LONDON))
    after = next_run(job, now=datetime(2026, 3, 28, 7, 0, 5, tzinfo=LONDON))
    assert after == datetime(2026, 3, 29, 7, 0, tzinfo=LONDON)
    assert after.astimezone(ZoneInfo("UTC")).hour == 6


def test_a_weekly_job_missed_for_weeks_runs_next_at_its_time_not_again_and_again():
    job = Job(repeat=Job.Repeat.WEEKLY, run_at=datetime(2026, 1, 5, 9, 0, tzinfo=LONDON))
    assert next_run(job, now=datetime(2026, 2, 3, 12, 0, tzinfo=LONDON)) == datetime(2026, 2, 9, 9, 0, tzinfo=LONDON)


@pytest.mark.django_db
def test_a_recurring_kind_gets_one_job_at_its_next_time_and_runs_again_after(settings):
    now = datetime(2026, 6, 1, 8, 0, tzinfo=LONDON)
    jobs_ensure(now=now)
    jobs_ensure(now=now)
    job = Job.objects.get(key="test.daily")
    assert (job.repeat, job.run_at) == ("daily", datetime(2026, 6, 2, 7, 0, tzinfo=LONDON))
    Job.objects.filter(pk=job.pk).update(run_at=timezone.now() - timedelta(minutes=1))
    jobs_run_due()
    job.refresh_from_db()
    assert job.status == Job.Status.SCHEDULED
    assert timezone.now() < job.run_at <= timezone.now() + timedelta(days=1)
    assert job.last_result == "Did it"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_workers_at_once_run_a_due_job_once():
    if connection.vendor != "postgresql":
        pytest.skip("SQLite runs one writer at a time; real processes test this in test_worker_processes.py")
    for n in range(6):
        schedule(key=f"job{n}", n=n)
    ran = []
    start = threading.Barrier(2)

    def worker(name):
        start.wait()
        ran.append(jobs_run_due())
        connection.close()

    threads = [threading.Thread(target=worker, args=(f"w{n}",)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(ran) == 6
    assert sorted(params["n"] for params in RAN) == list(range(6))
    assert JobRun.objects.count() == 6


ROUND_DOES: list = []


def _round() -> int:
    """A round for these tests: does what ROUND_DOES says next (a number, or an error to raise)."""
    outcome = ROUND_DOES.pop(0)
    if isinstance(outcome, Exception):
        raise outcome
    return outcome


@pytest.fixture
def a_round_with_a_kind(monkeypatch):
    kind = registry.JobKind("test.round", "Tidy up", _round, repeat="turn", said=lambda n: f"Tidied {n}")
    monkeypatch.setattr(registry, "_ROUNDS", [])
    monkeypatch.setattr(registry, "_ROUND_KINDS", {})
    monkeypatch.setitem(registry._KINDS, kind.key, kind)
    registry.worker_round_add(_round, kind=kind)
    ROUND_DOES.clear()
    jobs_ensure()
    return Job.objects.get(key="test.round")


def _runs(job: Job) -> list[tuple[str, str]]:
    return list(job.runs.order_by("pk").values_list("outcome", "result"))


@pytest.mark.django_db
def test_a_round_with_a_kind_is_a_job_that_records_only_the_turns_that_did_something(a_round_with_a_kind):
    job = a_round_with_a_kind
    assert (job.kind, job.name, job.repeat, job.run_at) == ("test.round", "Tidy up", "turn", None)
    ROUND_DOES.extend([0, 0, 2, 0])
    assert [round_run(_round) for _ in range(4)] == [0, 0, 2, 0]
    assert _runs(job) == [("done", "Tidied 2")]
    job.refresh_from_db()
    assert (job.status, job.last_result, job.last_run_at is not None) == ("scheduled", "Tidied 2", True)
    Job.objects.exclude(pk=job.pk).delete()  # the other apps' recurring jobs, made by jobs_ensure
    assert jobs_run_due(now=timezone.now() + timedelta(days=1)) == 0  # never due as a scheduled job
    jobs_ensure()
    assert Job.objects.filter(kind="test.round").count() == 1


@pytest.mark.django_db
def test_a_failing_round_is_recorded_once_while_it_keeps_failing_and_the_worker_goes_on(a_round_with_a_kind):
    job = a_round_with_a_kind
    ROUND_DOES.extend([RuntimeError("The disk is full"), RuntimeError("The disk is full"), 1])
    assert [round_run(_round) for _ in range(3)] == [0, 0, 1]
    assert _runs(job) == [("failed", "RuntimeError: The disk is full"), ("done", "Tidied 1")]


@pytest.mark.django_db
def test_a_round_without_a_kind_records_nothing(monkeypatch):
    monkeypatch.setattr(registry, "_ROUNDS", [])
    registry.worker_round_add(_round)
    ROUND_DOES[:] = [3]
    assert round_run(_round) == 3
    assert JobRun.objects.count() == 0
