from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from silverlinings.jobs.models import Job, JobRun, WorkerHeartbeat
from tests.accounts.factories import ProgrammeTeamFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def team(client):
    client.force_login(ProgrammeTeamFactory(), backend="django.contrib.auth.backends.ModelBackend")
    return client


def make_job(n: int, status=Job.Status.SCHEDULED, **fields) -> Job:
    return Job.objects.create(
        key=f"job-{n}",
        kind="calls.last_call",
        name=f"Last call for call {n}",
        run_at=timezone.now() + timedelta(days=n),
        status=status,
        **fields,
    )


def test_the_team_sees_what_is_scheduled_what_ran_and_whether_a_worker_is_running(team):
    make_job(1)
    make_job(2, Job.Status.DONE, last_run_at=timezone.now(), last_result="3 emails queued")
    page = team.get(reverse("jobs:job_list")).content.decode()
    assert "Last call for call 1" in page
    assert "3 emails queued" in page
    assert "No worker is running" in page

    WorkerHeartbeat.objects.create(worker_id="w", host="worker-1.internal", pid=42, last_seen=timezone.now())
    page = team.get(reverse("jobs:job_list")).content.decode()
    assert "worker-1.internal (process 42)" in page
    assert "No worker is running" not in page


def test_a_job_page_lists_its_runs(team):
    job = make_job(1, Job.Status.DONE)
    JobRun.objects.create(
        job=job, worker_id="w", started_at=timezone.now(), outcome="lost", result="Its worker stopped"
    )
    JobRun.objects.create(job=job, worker_id="w", started_at=timezone.now(), outcome="done", result="2 emails queued")
    page = team.get(reverse("jobs:job_detail", kwargs={"pk": job.pk})).content.decode()
    assert "Stopped with its worker" in page
    assert "2 emails queued" in page


def test_the_jobs_page_query_count_does_not_grow_with_rows(team):
    make_job(0)
    make_job(100, Job.Status.DONE)
    url = reverse("jobs:job_list")
    with CaptureQueriesContext(connection) as one:
        team.get(url)
    for n in range(1, 20):
        make_job(n)
        make_job(100 + n, Job.Status.DONE)
    with CaptureQueriesContext(connection) as twenty:
        response = team.get(url)
    assert len(response.context["coming_up"]) == 20
    assert len(twenty) == len(one)
