"""Sending an issue to its subscribers exactly once, on the worker, through the mail outbox.

`issue_send_request` schedules the job `bulletin-issue:<pk>` (now or later); the job runs
`issue_deliver`, which goes through the subscribers in chunks of CHUNK: for each chunk, in one
transaction, the outbox messages (`mail.services.emails_send`, with the idempotency key
`bulletin:<issue>:<subscriber>`) and the `Delivery` rows (unique per issue and subscriber). A
worker killed half way leaves whole chunks done or not done; the job runs again after the lease
(decision 11) and carries on with those who have no delivery yet. The outbox sends each message at most
once per claim (decision 8).
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone

from silverlinings.core.progress import Progress
from silverlinings.core.services import audit_record
from silverlinings.jobs.services import job_cancel, job_schedule
from silverlinings.mail.models import Message, OptOut
from silverlinings.mail.services import Recipient, email_send, emails_send

from .emails import LIST_KEY
from .models import Delivery, Issue, Subscriber
from .rendering import IssueEmail, issue_email_context

CHUNK = 200


def _job_key(issue: Issue) -> str:
    return f"bulletin-issue:{issue.pk}"


def recipients(issue: Issue):
    """Who gets the issue: confirmed subscribers of its publication, still subscribed, not bouncing, who
    did not leave the list from a link, and who have not had it yet."""
    left = OptOut.objects.filter(email__iexact=OuterRef("email"), list_key=LIST_KEY)
    had = Delivery.objects.filter(issue=issue, subscriber=OuterRef("pk"))
    return (
        Subscriber.objects.filter(publications=issue.publication, confirmed_at__isnull=False, unsubscribed_at=None)
        .filter(bounces__lt=settings.BULLETIN_MAX_BOUNCES)
        .exclude(Exists(left))
        .exclude(Exists(had))
        .order_by("pk")
    )


def usual_time(issue: Issue, now: datetime | None = None) -> datetime:
    """The publication's next usual sending time (its weekday and time, UK time)."""
    now = timezone.localtime(now or timezone.now())
    publication = issue.publication
    slot = now.replace(hour=publication.send_time.hour, minute=publication.send_time.minute, second=0, microsecond=0)
    while slot <= now or slot.weekday() != publication.send_weekday:
        slot = timezone.make_aware(slot.replace(tzinfo=None) + timedelta(days=1))
    return slot


@transaction.atomic
def issue_send_request(*, issue: Issue, by, at: datetime | None = None) -> Issue:
    """Send the issue at `at` (or now). A second press, or one after it went, sends nothing twice."""
    issue = Issue.objects.select_for_update().select_related("publication").get(pk=issue.pk)
    if issue.status not in (Issue.Status.DRAFT, Issue.Status.SCHEDULED):
        raise ValidationError(f"{issue.masthead} is already {issue.get_status_display().lower()}")
    if not issue.items.exists():
        raise ValidationError(f"{issue.masthead} has no items yet: add at least one before sending it")
    at = at or timezone.now()
    issue.status, issue.scheduled_for = Issue.Status.SCHEDULED, at
    issue.save(update_fields=["status", "scheduled_for", "updated_at"])
    job_schedule(
        key=_job_key(issue), kind="bulletins.issue_send", name=f"Send {issue}", run_at=at, params={"issue_id": issue.pk}
    )
    audit_record(actor=by, action="bulletins.issue_send_requested", obj=issue, data={"at": at.isoformat()})
    return issue


@transaction.atomic
def issue_send_cancel(*, issue: Issue, by) -> Issue:
    issue = Issue.objects.select_for_update().get(pk=issue.pk)
    if issue.status != Issue.Status.SCHEDULED:
        raise ValidationError("Only a scheduled issue can be stopped")
    issue.status, issue.scheduled_for = Issue.Status.DRAFT, None
    issue.save(update_fields=["status", "scheduled_for", "updated_at"])
    job_cancel(key=_job_key(issue))
    audit_record(actor=by, action="bulletins.issue_send_cancelled", obj=issue)
    return issue


def _start(issue_id: int) -> Issue | None:
    with transaction.atomic():
        issue = Issue.objects.select_for_update().select_related("publication").filter(pk=issue_id).first()
        if issue is None or issue.status in (Issue.Status.DRAFT, Issue.Status.SENT):
            return None
        if issue.status == Issue.Status.SCHEDULED:
            issue.status, issue.send_started_at = Issue.Status.SENDING, timezone.now()
            issue.recipients_total = recipients(issue).count()
            issue.save(update_fields=["status", "send_started_at", "recipients_total", "updated_at"])
    return issue


def issue_deliver(*, issue_id: int) -> str:
    """The job: queue one copy for each recipient who has none yet, then mark the issue sent. Safe to run again."""
    issue = _start(issue_id)
    if issue is None:
        return "Nothing to send: the issue was stopped, removed or already sent"
    email = IssueEmail(issue)
    queued = 0
    while chunk := list(recipients(issue).prefetch_related("networks")[:CHUNK]):
        queued += _deliver_chunk(issue, chunk, email)
    done = issue.deliveries.count()
    Issue.objects.filter(pk=issue.pk).update(
        status=Issue.Status.SENT, sent_at=timezone.now(), published=True, recipients_total=done
    )
    return f"{issue}: {queued} queued now, {done} subscribers in all"


def _preferences_url(subscriber: Subscriber) -> str:
    return settings.SITE_URL + reverse("bulletins:preferences", kwargs={"token": subscriber.token})


def _deliver_chunk(issue: Issue, chunk: list[Subscriber], email: IssueEmail) -> int:
    """One transaction: the chunk's outbox messages (`emails_send`, the issue rendered once for all) and
    their deliveries, so a worker killed half way leaves the chunk done or not done."""
    recipients = [
        Recipient(
            subscriber.email,
            context={
                "preferences_url": _preferences_url(subscriber),
                **email.own_part(network.pk for network in subscriber.networks.all()),
            },
            idempotency_key=f"bulletin:{issue.pk}:{subscriber.pk}",
        )
        for subscriber in chunk
    ]
    with transaction.atomic():
        messages = emails_send(
            template="bulletins/email/issue", recipients=recipients, context=email.shared, list_key=LIST_KEY
        )
        Delivery.objects.bulk_create(
            Delivery(issue=issue, subscriber=subscriber, message=message)
            for subscriber, message in zip(chunk, messages, strict=True)
        )
    return sum(message is not None for message in messages)


def issue_send_test(*, issue: Issue, user) -> Message | None:
    """The issue exactly as it goes, to the person asking (not recorded as a delivery)."""
    return email_send(
        to=user.email, template="bulletins/email/issue", context=issue_email_context(issue), list_key=LIST_KEY
    )


@dataclass(frozen=True)
class Report:
    sent: int
    waiting: int
    failed: int
    bounced: int
    not_sent: int  # left the list between the count and their turn


def send_report(issue: Issue) -> Report | None:
    if issue.status not in (Issue.Status.SENDING, Issue.Status.SENT) or issue.imported:
        return None
    counts = issue.deliveries.aggregate(
        sent=Count("pk", filter=Q(message__status=Message.Status.SENT)),
        failed=Count("pk", filter=Q(message__status=Message.Status.FAILED)),
        waiting=Count("pk", filter=Q(message__status__in=[Message.Status.QUEUED, Message.Status.SENDING])),
        not_sent=Count("pk", filter=Q(message__isnull=True)),
        bounced=Count("pk", filter=Q(bounced=True)),
    )
    return Report(**counts)


def send_progress(issue: Issue) -> Progress | None:
    if issue.status not in (Issue.Status.SENDING, Issue.Status.SENT) or issue.imported:
        return None
    total = issue.recipients_total or 0
    sent = issue.deliveries.filter(message__status=Message.Status.SENT).count()
    return Progress(
        done=sent,
        total=total,
        text=f"{sent} of {total} subscribers sent",
        finished=issue.status == Issue.Status.SENT and sent >= total,
        finished_text=f"{issue.masthead} is sent.",
    )
