"""‘Last call’: remind the contacts of authorities with no nominations yet. Never twice to one person.

The team sends it from the coverage page, or it goes by itself at the call's `last_call_at` (a scheduled
job, see calls/schedule.py).
"""

from django.db import transaction
from django.utils import timezone

from silverlinings.accounts.models import User
from silverlinings.core.services import audit_record
from silverlinings.directory.models import Contact
from silverlinings.mail.services import email_send, outbox_batch

from .coverage import coverage_for
from .models import Call, LastCallSend


def _last_call_start(*, call: Call, by: User | None) -> LastCallSend:
    without = coverage_for(call).without
    send = LastCallSend.objects.create(call=call, requested_by=by, authorities=[a.pk for a in without])
    audit_record(actor=by, action="call.last_call_requested", obj=call, data={"authorities": send.authorities})
    return send


def last_call_request(*, call: Call, by: User) -> LastCallSend:
    from .tasks import last_call_deliver

    send = _last_call_start(call=call, by=by)
    transaction.on_commit(lambda: last_call_deliver.enqueue(send_id=send.pk))
    return send


def last_call_scheduled(*, call_id: int) -> str:
    """The scheduled job at the call's last call time (on the worker). Says what it did, for the team."""
    call = Call.objects.filter(pk=call_id).first()
    if call is None:
        return "Not sent: the call no longer exists"
    if call.is_closed:
        return "Not sent: the call had closed"
    with transaction.atomic():
        send = last_call_deliver_now(send_id=_last_call_start(call=call, by=None).pk)
    count = len(send.authorities)
    return (
        f"{count} authorit{'y' if count == 1 else 'ies'} with no nominations: "
        f"{send.sent} email{'' if send.sent == 1 else 's'} queued, {send.skipped} already had it"
    )


def last_call_deliver_now(*, send_id: int) -> LastCallSend:
    send = LastCallSend.objects.select_related("call").get(pk=send_id)
    if send.finished_at:
        return send
    call = send.call
    contacts = Contact.objects.filter(authority_id__in=send.authorities).exclude(email="").select_related("authority")
    sent = skipped = 0
    with outbox_batch():
        for contact in contacts:
            message = email_send(
                to=contact.email,
                template="calls/email/last_call",
                context={"contact": contact, "call": call},
                idempotency_key=f"last-call:{call.pk}:{contact.email.lower()}",
            )
            sent, skipped = (sent + 1, skipped) if message else (sent, skipped + 1)
    send.sent, send.skipped, send.finished_at = sent, skipped, timezone.now()
    send.save(update_fields=["sent", "skipped", "finished_at", "updated_at"])
    return send
