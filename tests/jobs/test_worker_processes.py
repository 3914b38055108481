"""Real worker processes against the real database and a real SMTP server: killed, restarted, two at once."""

from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.db import transaction
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from silverlinings.calls.models import LastCallSend
from silverlinings.jobs.models import Job, JobRun, WorkerHeartbeat
from silverlinings.mail.models import Message
from silverlinings.mail.services import email_send, outbox_batch
from tests.accounts.factories import authority
from tests.calls.factories import make_call
from tests.directory.factories import ContactFactory
from tests.jobs.processes import WorkerProcess, on_postgres
from tests.mail.smtp import SmtpSink, free_port, wait_until

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def database_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.MAIL_BATCH_SIZE = 20


def queue(count: int) -> list[str]:
    """`count` emails to different people, queued together (tasks of MAIL_BATCH_SIZE)."""
    people = [f"person{index:04d}@example.org" for index in range(count)]
    with transaction.atomic(), outbox_batch():
        for email in people:
            email_send(
                to=email, template="accounts/email/use_password", context={"user": SimpleNamespace(full_name="")}
            )
    return people


def all_sent(count: int):
    return lambda: Message.objects.filter(status=Message.Status.SENT).count() == count


def test_a_worker_killed_mid_batch_loses_nothing_and_sends_nothing_twice(database_tasks, tmp_path):
    count = 120 if on_postgres() else 60
    kill_at = count // 2
    first = WorkerProcess(tmp_path / "first.log", smtp_port=0, worker_id="first")

    def kill_the_first_worker(number, message):
        # The first worker dies while the mail server has this message's data but has not accepted it.
        if number == kill_at:
            first.kill()
            return "451 Try again later"
        return None

    with SmtpSink(before_accept=kill_the_first_worker) as sink:
        first.env["EMAIL_PORT"] = str(sink.port)
        people = queue(count)
        first.start()
        assert first.process.wait(timeout=120) == -9
        # What the dead worker left behind: the task it was running, and the messages it had claimed.
        assert len(sink.accepted) == kill_at - 1
        running = DBTaskResult.objects.running().get()
        assert running.worker_ids == ["first"]
        assert Message.objects.filter(status=Message.Status.SENDING, claimed_by="first").exists()

        others = [WorkerProcess(tmp_path / f"{name}.log", smtp_port=sink.port).start() for name in ("second", "third")]
        try:
            wait_until(all_sent(count), timeout=180, what=f"all {count} messages to be sent")
        finally:
            for worker in others:
                worker.stop()

        assert sink.recipients() == dict.fromkeys(people, 1)
        running.refresh_from_db()
        assert running.status == "SUCCESSFUL"
        assert running.worker_ids[0] == "first"
        assert running.worker_ids[1] in {"second", "third"}
        assert not DBTaskResult.objects.exclude(status="SUCCESSFUL").exists()


def test_email_that_failed_while_the_mail_server_was_down_goes_once_it_is_back(database_tasks, tmp_path):
    port = free_port()  # nothing listens here yet
    worker = WorkerProcess(
        tmp_path / "worker.log", smtp_port=port, MAIL_RETRY_SECONDS="0.2", MAIL_RETRY_MAX_SECONDS="0.5"
    ).start()
    try:
        people = queue(10)
        wait_until(
            lambda: Message.objects.filter(status=Message.Status.QUEUED, attempts__gte=2).exists(),
            what="two failed attempts",
        )
        assert Message.objects.filter(status=Message.Status.SENT).count() == 0
        failed = Message.objects.filter(attempts__gte=1).first()
        assert "Connection refused" in failed.error or "ConnectionRefused" in failed.error

        with SmtpSink(port=port) as sink:
            wait_until(all_sent(10), what="every message to go once the server is back")
            assert sink.recipients() == dict.fromkeys(people, 1)
    finally:
        assert worker.stop() == 0, worker.output()
    assert WorkerHeartbeat.objects.get(worker_id="worker").stopped_at is not None


def test_the_scheduled_last_call_goes_once_at_its_time_with_two_workers_running(database_tasks, tmp_path):
    silent = ["E06000035", "E06000039", "E06000036"]  # Medway, Slough, Bracknell Forest: no nominations
    contacts = [
        ContactFactory(email=f"lead{index}@example.org", authority=authority(ons)) for index, ons in enumerate(silent)
    ]
    with SmtpSink() as sink:
        workers = [WorkerProcess(tmp_path / f"w{index}.log", smtp_port=sink.port).start() for index in (1, 2)]
        try:
            wait_until(lambda: WorkerHeartbeat.objects.count() == 2, what="both workers to start")
            last_call_at = timezone.now() + timedelta(seconds=5)
            call = make_call(last_call_at=last_call_at)
            job = Job.objects.get(key=f"call:{call.pk}:last-call")
            assert (job.status, job.run_at) == (Job.Status.SCHEDULED, last_call_at)

            wait_until(lambda: Job.objects.get(pk=job.pk).status == Job.Status.DONE, what="the last call to run")
            sink.wait_for(len(contacts))
            wait_until(all_sent(len(contacts)), what="the last call emails to be marked sent")
        finally:
            for worker in workers:
                worker.stop()

    run = JobRun.objects.get(job=job)
    assert last_call_at <= run.started_at < last_call_at + timedelta(seconds=15)
    assert run.outcome == JobRun.Outcome.DONE
    assert sink.recipients() == {contact.email: 1 for contact in contacts}
    assert LastCallSend.objects.get(call=call).requested_by is None
