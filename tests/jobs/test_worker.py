from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from silverlinings.jobs.models import WorkerHeartbeat
from silverlinings.jobs.worker import tasks_recover
from silverlinings.mail.models import Message
from silverlinings.mail.services import email_send


@pytest.fixture
def database_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.WORKER_LEASE_SECONDS = 60


def left_running(*, by: list[str], seconds_ago: float) -> DBTaskResult:
    message = email_send(
        to="a@example.org", template="accounts/email/use_password", context={"user": SimpleNamespace(full_name="")}
    )
    task = DBTaskResult.objects.get(args_kwargs__kwargs__message_ids=[message.pk])
    started = timezone.now() - timedelta(seconds=seconds_ago)
    DBTaskResult.objects.filter(pk=task.pk).update(status="RUNNING", worker_ids=by, started_at=started)
    return task


def beat(worker_id: str, seconds_ago: float) -> None:
    WorkerHeartbeat.objects.create(
        worker_id=worker_id, host="h", pid=1, last_seen=timezone.now() - timedelta(seconds=seconds_ago)
    )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_task_left_running_by_a_stopped_worker_is_run_again_by_the_next_worker(database_tasks):
    beat("stopped", seconds_ago=300)
    task = left_running(by=["stopped"], seconds_ago=300)
    assert mail.outbox == []

    call_command("worker", batch=True, interval=0, worker_id="next")

    task.refresh_from_db()
    assert (task.status, task.worker_ids) == ("SUCCESSFUL", ["stopped", "next"])
    assert [m.to for m in mail.outbox] == [["a@example.org"]]
    assert Message.objects.get().status == Message.Status.SENT
    assert WorkerHeartbeat.objects.get(worker_id="next").stopped_at is not None


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_tasks_of_live_workers_and_of_just_started_ones_are_left_running(database_tasks):
    beat("alive", seconds_ago=5)
    of_the_living = left_running(by=["alive"], seconds_ago=300)
    just_started = left_running(by=["db-worker-never-seen"], seconds_ago=10)
    long_ago = left_running(by=["db-worker-never-seen"], seconds_ago=300)

    assert tasks_recover() == 1

    statuses = dict(DBTaskResult.objects.values_list("pk", "status"))
    assert statuses == {of_the_living.pk: "RUNNING", just_started.pk: "RUNNING", long_ago.pk: "READY"}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_task_whose_workers_keep_dying_is_failed_not_run_for_ever(database_tasks, settings):
    settings.TASK_MAX_CLAIMS = 3
    for name in ("w1", "w2", "w3"):
        beat(name, seconds_ago=300)
    task = left_running(by=["w1", "w2", "w3"], seconds_ago=300)

    assert tasks_recover() == 1

    task.refresh_from_db()
    assert (task.status, task.exception_class_path) == ("FAILED", "silverlinings.jobs.worker.WorkerLost")
    assert "Its worker stopped 3 times" in task.traceback
