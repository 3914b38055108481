"""Reminders to nominators with drafts they have not sent, before the call closes."""

from collections import defaultdict

from django.db import transaction

from silverlinings.mail.services import email_send, outbox_batch

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
    sent = 0
    with transaction.atomic(), outbox_batch():
        for nominator, theirs in drafts.items():
            message = email_send(
                to=nominator.email,
                template="calls/email/draft_reminder",
                context={"call": call, "nominator": nominator, "drafts": theirs},
                idempotency_key=f"draft-reminder:{call.pk}:{nominator.pk}",
            )
            sent += message is not None
    return f"{sent} nominator{'' if sent == 1 else 's'} with drafts reminded"
