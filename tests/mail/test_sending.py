"""Sending the outbox through Django's SMTP backend to a real SMTP server (or to nothing at all)."""

import time
from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from silverlinings.jobs.models import WorkerHeartbeat
from silverlinings.mail import sending
from silverlinings.mail.models import Message
from silverlinings.mail.sending import messages_send, outbox_send_due
from silverlinings.mail.services import email_send
from tests.accounts.factories import ContributorFactory
from tests.mail.smtp import SmtpSink, free_port

pytestmark = pytest.mark.django_db

NOBODY = SimpleNamespace(full_name="")


@pytest.fixture
def smtp(settings):
    """Django's SMTP backend; `smtp(port)` points it at a port."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_USE_TLS, settings.EMAIL_TIMEOUT = "127.0.0.1", False, 5
    settings.MAIL_RETRY_SECONDS, settings.MAIL_MAX_ATTEMPTS = 60, 3

    def point_at(port: int) -> None:
        settings.EMAIL_PORT = port

    return point_at


def queue(*addresses: str) -> list[Message]:
    """Messages in the outbox; nothing is sent until the test sends (no transaction commits here)."""
    return [
        email_send(to=address, template="accounts/email/use_password", context={"user": NOBODY})
        for address in addresses
    ]


def statuses() -> list[tuple[str, str, int]]:
    return list(Message.objects.order_by("pk").values_list("to", "status", "attempts"))


def test_while_the_mail_server_is_down_messages_wait_and_are_tried_again_later(smtp):
    smtp(free_port())
    queue("a@example.org", "b@example.org", "c@example.org")
    before = timezone.now()

    assert outbox_send_due() == 0

    # One attempt found the server down; the others were not tried and wait just as long.
    assert statuses() == [
        ("a@example.org", "queued", 1),
        ("b@example.org", "queued", 0),
        ("c@example.org", "queued", 0),
    ]
    first = Message.objects.get(to="a@example.org")
    assert "ConnectionRefusedError" in first.error
    waits = {message.next_attempt_at - before for message in Message.objects.all()}
    assert all(timedelta(seconds=59) < wait < timedelta(seconds=61) for wait in waits)
    assert outbox_send_due() == 0  # not yet due: nothing is tried


def test_the_wait_doubles_and_after_the_last_attempt_the_team_sees_it_was_not_sent(smtp):
    smtp(free_port())
    [message] = queue("a@example.org")
    waits = []
    for _attempt in range(3):
        Message.objects.update(next_attempt_at=timezone.now())
        moment = timezone.now()
        outbox_send_due()
        message.refresh_from_db()
        waits.append(round((message.next_attempt_at - moment).total_seconds() / 60))
    assert (message.status, message.attempts) == (Message.Status.FAILED, 3)
    assert waits[:2] == [1, 2]


def test_once_the_server_is_back_every_message_goes_once(smtp):
    port = free_port()
    smtp(port)
    queue("a@example.org", "b@example.org")
    outbox_send_due()
    Message.objects.update(next_attempt_at=timezone.now())
    with SmtpSink(port=port) as sink:
        assert outbox_send_due() == 2
        assert outbox_send_due() == 0
    assert sink.recipients() == {"a@example.org": 1, "b@example.org": 1}
    assert statuses() == [("a@example.org", "sent", 2), ("b@example.org", "sent", 1)]
    assert sink.accepted[0]["Message-ID"] == Message.objects.get(to="a@example.org").message_id


def test_an_address_the_server_refuses_is_not_sent_and_the_others_still_go(smtp):
    def refuse(address):
        return "550 5.1.1 No such mailbox" if address.startswith("gone") else None

    with SmtpSink(refuse=refuse) as sink:
        smtp(sink.port)
        queue("gone@example.org", "here@example.org")
        assert outbox_send_due() == 1
    assert statuses() == [("gone@example.org", "failed", 1), ("here@example.org", "sent", 1)]
    assert "No such mailbox" in Message.objects.get(to="gone@example.org").error
    assert sink.recipients() == {"here@example.org": 1}


def test_an_address_refused_for_now_is_tried_again(smtp):
    with SmtpSink(refuse=lambda address: "451 4.7.1 Greylisted, try later") as sink:
        smtp(sink.port)
        queue("greylisted@example.org")
        outbox_send_due()
    assert statuses() == [("greylisted@example.org", "queued", 1)]


def claim(message: Message, *, by: str, seconds_ago: float) -> None:
    claimed_at = timezone.now() - timedelta(seconds=seconds_ago)
    Message.objects.filter(pk=message.pk).update(status=Message.Status.SENDING, claimed_by=by, claimed_at=claimed_at)


def test_a_message_claimed_by_a_worker_that_stopped_is_sent_and_one_of_a_live_worker_is_left(settings):
    settings.WORKER_LEASE_SECONDS = 60
    now = timezone.now()
    WorkerHeartbeat.objects.create(worker_id="alive", host="h", pid=1, last_seen=now)
    WorkerHeartbeat.objects.create(worker_id="dead", host="h", pid=2, last_seen=now - timedelta(seconds=90))
    of_the_dead, of_the_living, just_claimed, long_ago = queue(*[f"{n}@example.org" for n in "abcd"])
    claim(of_the_dead, by="dead", seconds_ago=100)
    claim(of_the_living, by="alive", seconds_ago=100)
    claim(just_claimed, by="web:123", seconds_ago=5)  # a process that never beats, claimed just now
    claim(long_ago, by="web:123", seconds_ago=100)

    assert outbox_send_due() == 2

    assert statuses() == [
        ("a@example.org", "sent", 1),
        ("b@example.org", "sending", 0),
        ("c@example.org", "sending", 0),
        ("d@example.org", "sent", 1),
    ]


def test_a_task_run_again_sends_nothing_twice(django_capture_on_commit_callbacks):
    from django.core import mail

    [message] = queue("a@example.org")
    assert messages_send(message_ids=[message.pk]) == 1
    assert messages_send(message_ids=[message.pk]) == 0
    assert len(mail.outbox) == 1


def test_a_sign_in_email_for_someone_who_has_since_left_is_not_sent():
    user = ContributorFactory()
    [message] = [
        email_send(
            to=user.email,
            template="accounts/email/sign_in_link",
            context={"user": user, "minutes": 30},
            sign_in_user=user,
        )
    ]
    user.is_active = False
    user.save()
    outbox_send_due()
    message.refresh_from_db()
    assert (message.status, message.error) == (
        Message.Status.FAILED,
        "LookupError: The person this sign-in link was for no longer has an account",
    )


def test_a_worker_sends_no_faster_than_the_configured_rate(settings):
    settings.MAIL_RATE = 20
    queue(*[f"{n}@example.org" for n in range(6)])
    start = time.monotonic()
    assert outbox_send_due() == 6
    assert time.monotonic() - start >= 5 / 20


def test_sending_a_batch_writes_once_a_message_and_reads_nothing_more(settings):
    def queries_to_send(count: int) -> int:
        queue(*[f"{count}-{n}@example.org" for n in range(count)])
        with CaptureQueriesContext(connection) as captured:
            assert outbox_send_due() == count
        return len(captured)

    assert queries_to_send(6) - queries_to_send(1) == 5


def test_a_message_another_worker_took_over_after_half_the_lease_is_not_sent(settings):
    from django.core import mail

    settings.WORKER_LEASE_SECONDS = 0  # the claims are old at once: each message asks whether it is still ours
    _first, taken = queue("a@example.org", "b@example.org")
    claimed = sending._claim(Message.objects.all(), limit=10)
    Message.objects.filter(pk=taken.pk).update(claimed_by="another-worker")
    assert sending._send_claimed(claimed) == 1
    assert [email.to for email in mail.outbox] == [["a@example.org"]]
    assert statuses() == [("a@example.org", "sent", 1), ("b@example.org", "sending", 1)]
