"""A real worker killed half way through sending an issue, and another started: every subscriber has one copy."""

import datetime

import pytest

from silverlinings.bulletins import sending
from silverlinings.bulletins.models import Issue
from silverlinings.mail.models import Message
from tests.bulletins.factories import IssueFactory, ItemFactory, SubscriberFactory, weekly_update
from tests.jobs.processes import WorkerProcess, on_postgres
from tests.mail.smtp import SmtpSink, wait_until

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def database_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.MAIL_BATCH_SIZE = 20


def test_a_worker_killed_mid_send_and_restarted_gives_every_subscriber_exactly_one_copy(database_tasks, tmp_path):
    count = 120 if on_postgres() else 60
    kill_at = count // 2
    readers = [SubscriberFactory(publications=[weekly_update()]).email for _ in range(count)]
    issue = IssueFactory(number=452, date=datetime.date(2021, 3, 4))
    ItemFactory(issue=issue, headline="Last call for Silver Linings suggestions")
    first = WorkerProcess(tmp_path / "first.log", smtp_port=0, worker_id="first")

    def kill_the_first_worker(number, message):
        if number == kill_at:
            first.kill()
            return "451 Try again later"
        return None

    with SmtpSink(before_accept=kill_the_first_worker) as sink:
        first.env["EMAIL_PORT"] = str(sink.port)
        sending.issue_send_request(issue=issue, by=None)
        first.start()
        assert first.process.wait(timeout=120) == -9
        assert len(sink.accepted) == kill_at - 1
        second = WorkerProcess(tmp_path / "second.log", smtp_port=sink.port).start()
        try:
            wait_until(
                lambda: Message.objects.filter(status=Message.Status.SENT).count() == count,
                timeout=180,
                what=f"all {count} copies to be sent",
            )
        finally:
            second.stop()
        assert sink.recipients() == dict.fromkeys(readers, 1)
    issue.refresh_from_db()
    assert (issue.status, issue.recipients_total) == (Issue.Status.SENT, count)
    assert sending.send_report(issue) == sending.Report(sent=count, waiting=0, failed=0, bounced=0, not_sent=0)
