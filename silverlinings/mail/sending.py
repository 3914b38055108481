"""Sending the outbox, on the worker. Every message goes at most once per claim, and a claim dies with its worker.

A worker claims a batch of due messages in one short transaction (status SENDING, `claimed_by` itself),
then, over one connection to the mail server, for each: checks it is still its own (no query while the
claim is younger than half the lease), hands it to the mail server and marks it SENT straight away. A
message is due when it is QUEUED and its `next_attempt_at` has come, or when it is SENDING but claimed by
a worker that has stopped (no heartbeat for WORKER_LEASE_SECONDS): the message that worker was handing
over when it died is sent again, at most once more (see docs/decisions/0008-mail-outbox.md).
"""

import functools
import logging
import smtplib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import DatabaseError, transaction
from django.db import connection as database
from django.db.models import F, Q
from django.utils import timezone
from django.utils.html import escape

from silverlinings.jobs import leases

from .models import Message
from .rendering import link_put_back

logger = logging.getLogger(__name__)


def messages_send(*, message_ids: list[int]) -> int:
    """Send these messages if they are due (a task queued them). Returns how many went."""
    with _commits_not_waiting_for_the_disk():
        return _send_claimed(_claim(Message.objects.filter(pk__in=message_ids), limit=len(message_ids)))


def outbox_send_due(*, limit: int | None = None) -> int:
    """Send the next batch of due messages: retries whose time has come and claims of stopped workers."""
    with _commits_not_waiting_for_the_disk():
        return _send_claimed(_claim(Message.objects.all(), limit=limit or settings.MAIL_BATCH_SIZE))


@contextmanager
def _commits_not_waiting_for_the_disk() -> Iterator[None]:
    """PostgreSQL's `synchronous_commit = off` for the claim and the SENT marks of one batch.

    Each mark still commits at once and every other worker sees it, so a killed worker loses no mark and
    sends again at most the message in flight. What changes is that the commit does not wait for the disk
    (a flush per message was most of the sending time): only a crash of the database server itself may
    forget the marks of its last fraction of a second (3 × wal_writer_delay), and those messages are sent
    again after the lease, never lost (docs/decisions/0095-bulk-mail.md)."""
    if database.vendor != "postgresql":
        yield
        return
    with database.cursor() as cursor:
        cursor.execute("SET synchronous_commit TO OFF")
    try:
        yield
    finally:
        try:
            with database.cursor() as cursor:
                cursor.execute("RESET synchronous_commit")
        except DatabaseError:  # the connection broke: Django closes it, and the setting goes with it
            logger.warning("Could not reset synchronous_commit")


def _due(now) -> Q:
    stale = leases.stale_claim(prefix="claimed", now=now)
    return Q(status=Message.Status.QUEUED, next_attempt_at__lte=now) | (Q(status=Message.Status.SENDING) & stale)


@dataclass
class _Claimed:
    messages: list[Message]
    # Until then (time.monotonic()) no other worker can have taken these claims over: see _attempt_start.
    surely_ours_until: float = 0.0


def _claim(queryset, *, limit: int) -> _Claimed:
    owner, now = leases.worker_id(), timezone.now()
    surely_ours_until = time.monotonic() + min(settings.WORKER_LEASE_SECONDS, settings.WORKER_CLAIM_MAX_SECONDS) / 2
    with transaction.atomic():
        due = queryset.select_for_update(skip_locked=True).filter(_due(now)).order_by("next_attempt_at", "pk")
        ids = list(due.values_list("pk", flat=True)[:limit])
        if ids:
            # The attempt is counted as it is claimed; a message given back untried gives it back too.
            Message.objects.filter(pk__in=ids).update(
                status=Message.Status.SENDING, claimed_by=owner, claimed_at=now, attempts=F("attempts") + 1
            )
    if not ids:
        return _Claimed([])
    claimed = Message.objects.filter(pk__in=ids, claimed_by=owner).select_related("sign_in_user")
    return _Claimed(list(claimed.order_by("next_attempt_at", "pk")), surely_ours_until)


def _send_claimed(claimed: _Claimed) -> int:
    """Hand the claimed messages to the mail server over one connection, marking each SENT as soon as the
    server has accepted it (one write a message: see docs/decisions/0095-bulk-mail.md)."""
    messages = claimed.messages
    if not messages:
        return 0
    connection, opened, sent, index = get_connection(), False, 0, -1
    try:
        for index, message in enumerate(messages):
            if not _attempt_start(message, surely_ours_until=claimed.surely_ours_until):
                continue
            PACER.wait()
            try:
                if not opened:
                    connection.open()
                    opened = True
                connection.send_messages([email_for(message)])
            except Exception as error:
                temporary, whole_server = error_kind(error)
                _attempt_failed(message, error, temporary=temporary)
                if whole_server:
                    _release(messages[index + 1 :], until=_next_attempt(message.attempts))
                    break
                continue
            _mark_sent(message)
            sent += 1
    finally:
        if opened:
            connection.close()
        # Whatever stopped this batch (a database error), nothing not yet tried stays claimed by a live worker.
        _release(messages[index + 1 :], until=timezone.now())
    return sent


def _mine(message: Message):
    return Message.objects.filter(pk=message.pk, claimed_by=message.claimed_by, status=Message.Status.SENDING)


def _attempt_start(message: Message, *, surely_ours_until: float) -> bool:
    """Is the message still ours? Another worker takes a claim over only once the claim is older than the
    lease (and its worker unseen for as long, or the claim older than WORKER_CLAIM_MAX_SECONDS), so for
    half the lease after claiming it surely is, and only after that does each message ask the database."""
    if time.monotonic() < surely_ours_until:
        return True
    return _mine(message).exists()


def _mark_sent(message: Message) -> None:
    """The one write a message, right after the server's 250. A worker killed between the 250 and this
    statement reaching the database is the one case in which a message goes twice (decision 8), so the
    statement is plain SQL made once: a few microseconds pass, not the ORM's few hundred."""
    now = database.ops.adapt_datetimefield_value(timezone.now())
    with database.cursor() as cursor:
        cursor.execute(
            _mark_sent_sql(), [Message.Status.SENT, now, message.pk, message.claimed_by, Message.Status.SENDING]
        )
        marked = cursor.rowcount
    if not marked:
        logger.warning("Message %s was sent, but another worker had taken it over", message.pk)


@functools.cache
def _mark_sent_sql() -> str:
    """What `_mine(message).update(status=SENT, sent_at=now, claimed_by="", error="")` says, as SQL."""
    table, column = database.ops.quote_name(Message._meta.db_table), Message._meta.get_field
    name = {
        field: database.ops.quote_name(column(field).column)
        for field in ("status", "sent_at", "claimed_by", "error", "id")
    }
    # Only quoted names from the model go into the text; every value is a parameter.
    return (
        f"UPDATE {table} SET {name['status']} = %s, {name['sent_at']} = %s, {name['claimed_by']} = '', "  # noqa: S608
        f"{name['error']} = '' WHERE {name['id']} = %s AND {name['claimed_by']} = %s AND {name['status']} = %s"
    )


def _attempt_failed(message: Message, error: Exception, *, temporary: bool) -> None:
    retry = temporary and message.attempts < settings.MAIL_MAX_ATTEMPTS
    _mine(message).update(
        status=Message.Status.QUEUED if retry else Message.Status.FAILED,
        next_attempt_at=_next_attempt(message.attempts),
        claimed_by="",
        error=f"{type(error).__name__}: {error}"[:2000],
    )
    logger.warning("Message %s not sent (attempt %s): %s", message.pk, message.attempts, error)


def _release(messages: list[Message], *, until) -> None:
    """Give back messages not tried because the mail server is out of reach; they wait like the one tried."""
    Message.objects.filter(
        pk__in=[m.pk for m in messages], claimed_by=leases.worker_id(), status=Message.Status.SENDING
    ).update(status=Message.Status.QUEUED, claimed_by="", next_attempt_at=until, attempts=F("attempts") - 1)


def _next_attempt(attempts: int):
    delay = min(settings.MAIL_RETRY_SECONDS * 2 ** max(attempts - 1, 0), settings.MAIL_RETRY_MAX_SECONDS)
    return timezone.now() + timedelta(seconds=delay)


def error_kind(error: Exception) -> tuple[bool, bool]:
    """(worth trying again, the whole mail server is out of reach) for a sending error."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _text in error.recipients.values()]
        return all(400 <= code < 500 for code in codes), False
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return True, True
    if isinstance(error, smtplib.SMTPResponseException):
        return 400 <= error.smtp_code < 500, error.smtp_code == 421
    status = getattr(error, "status_code", None)  # HTTP APIs such as GOV.UK Notify
    if isinstance(status, int):
        busy = status == 429 or status >= 500
        return busy, busy
    if isinstance(error, OSError):  # refused, unreachable, timed out, disconnected
        return True, True
    return False, False


def email_for(message: Message) -> EmailMultiAlternatives:
    """The email as it goes: the stored copy, with a fresh sign-in link where the copy says it was removed."""
    text, html = message.body_text, message.body_html
    if message.link_offsets:
        link = _sign_in_link(message)
        text = link_put_back(text, message.link_offsets.get("text", []), link)
        html = link_put_back(html, message.link_offsets.get("html", []), escape(link))
    headers = {"Message-ID": message.message_id} if message.message_id else {}
    if message.list_key:
        from .services import unsubscribe_url

        headers["List-Unsubscribe"] = f"<{unsubscribe_url(email=message.to, list_key=message.list_key)}>"
        headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    email = EmailMultiAlternatives(message.subject, text, settings.DEFAULT_FROM_EMAIL, [message.to], headers=headers)
    if html:
        email.attach_alternative(html, "text/html")
    if message.attachment:
        with message.attachment.open("rb") as stored:
            email.attach(message.attachment_name, stored.read(), message.attachment_mimetype)
    return email


def _sign_in_link(message: Message) -> str:
    from silverlinings.accounts.services import sign_in_link_url

    user = message.sign_in_user
    if user is None or not user.is_active:
        raise LookupError("The person this sign-in link was for no longer has an account")
    return sign_in_link_url(user=user, next_url=message.sign_in_next)


class Pacer:
    """At most MAIL_RATE messages a second from this process (0: as fast as the mail server takes them)."""

    def __init__(self):
        self._next = 0.0
        self._lock = threading.Lock()

    def wait(self) -> None:
        rate = settings.MAIL_RATE
        if not rate:
            return
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next)
            self._next = start + 1 / rate
        if start > now:
            time.sleep(start - now)


PACER = Pacer()
