"""Reminders to nominators with drafts they have not sent, before the call closes."""

from collections import defaultdict

from django.db import transaction

from silverlinings.mail.services import Recipient, emails_send

from .models import Call, Nomination, NominationStatus


def draft_reminder_send(*, call_id: int) -> str:
    """The scheduled job a few days before the call closes (on the worker). Once per nominator and call."""
    call = Call.objects.filter(pk=call_id).first()
    if call is None or call.is_closed:
        return "Not sent: the call has closed"
    drafts = defaultdict(list)
    drafts_in_order = Nomination.objects.filter(call=call, status=NominationStatus.DRAFT).order_by("created_at", "pk")
    for draft in drafts_in_order.select_related("nominator"):
        if draft.nominator.is_active:
            drafts[draft.nominator].append(draft)
    recipients = [
        Recipient(
            nominator.email,
            context={"nominator": nominator, "drafts": theirs},
            idempotency_key=f"draft-reminder:{call.pk}:{nominator.pk}",
        )
        for nominator, theirs in drafts.items()
    ]
    with transaction.atomic():
        made = emails_send(template="calls/email/draft_reminder", recipients=recipients, context={"call": call})
    sent = sum(message is not None for message in made)
    return f"{sent} nominator{'' if sent == 1 else 's'} with drafts reminded"
