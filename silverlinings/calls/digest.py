"""The daily digest for the programme team: what came in to each call since yesterday's."""

from dataclasses import dataclass, field
from datetime import timedelta

from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from silverlinings.accounts.models import MembershipRole
from silverlinings.accounts.selectors import members_of
from silverlinings.mail.selectors import messages_failed_since
from silverlinings.mail.services import Recipient, emails_send

from .models import Call, Nomination, NominationStatus

DIGEST_LIST = "daily-digest"


@dataclass
class CallDigest:
    call: Call
    submitted: int
    drafts: int
    new: list[Nomination] = field(default_factory=list)


def digest_for(*, since) -> list[CallDigest]:
    """Calls open at some point since `since`, with what was sent to them since then (three queries)."""
    calls = Call.objects.filter(opens_at__lte=timezone.now(), closes_at__gt=since).annotate(
        submitted=Count("nominations", filter=Q(nominations__status=NominationStatus.SUBMITTED)),
        drafts=Count("nominations", filter=Q(nominations__status=NominationStatus.DRAFT)),
    )
    digests = {call.pk: CallDigest(call, call.submitted, call.drafts) for call in calls.order_by("closes_at")}
    new = Nomination.objects.submitted().filter(call__in=list(digests), submitted_at__gte=since)
    for nomination in new.select_related("authority").order_by("submitted_at"):
        digests[nomination.call_id].new.append(nomination)
    return list(digests.values())


def daily_digest_send() -> str:
    """The recurring job each morning (on the worker). Sends nothing on a day with nothing to say."""
    now = timezone.now()
    since = now - timedelta(days=1)
    calls, failed = digest_for(since=since), messages_failed_since(since)
    if not any(digest.new for digest in calls) and not failed:
        return "Nothing new since yesterday: no digest sent"
    team = members_of(role=MembershipRole.PROGRAMME_TEAM)
    recipients = [
        Recipient(
            person.email,
            context={"person": person},
            idempotency_key=f"daily-digest:{timezone.localdate(now)}:{person.pk}",
        )
        for person in team
    ]
    with transaction.atomic():
        made = emails_send(
            template="calls/email/daily_digest",
            recipients=recipients,
            context={"calls": calls, "failed_emails": failed, "date": now},
            list_key=DIGEST_LIST,
        )
    sent = sum(message is not None for message in made)
    return f"Sent to {sent} member{'' if sent == 1 else 's'} of the programme team"
