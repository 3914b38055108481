"""‘Last call’: remind the contacts of authorities with no nominations yet. Never twice to one person."""

from django.db import transaction
from django.utils import timezone

from silverlinings.accounts.models import User
from silverlinings.core.services import audit_record, email_send
from silverlinings.directory.models import Contact

from .coverage import coverage_for
from .models import Call, LastCallSend


def last_call_request(*, call: Call, by: User) -> LastCallSend:
    from .tasks import last_call_deliver

    without = coverage_for(call).without
    send = LastCallSend.objects.create(call=call, requested_by=by, authorities=[a.pk for a in without])
    audit_record(actor=by, action="call.last_call_requested", obj=call, data={"authorities": send.authorities})
    transaction.on_commit(lambda: last_call_deliver.enqueue(send_id=send.pk))
    return send


def last_call_deliver_now(*, send_id: int) -> LastCallSend:
    send = LastCallSend.objects.select_related("call").get(pk=send_id)
    if send.finished_at:
        return send
    call = send.call
    contacts = Contact.objects.filter(authority_id__in=send.authorities).exclude(email="").select_related("authority")
    sent = skipped = 0
    for contact in contacts:
        message = email_send(
            to=contact.email,
            template="calls/email/last_call",
            context={"contact": contact, "call": call, "call_url": call.get_absolute_url()},
            idempotency_key=f"last-call:{call.pk}:{contact.email.lower()}",
        )
        sent, skipped = (sent + 1, skipped) if message else (sent, skipped + 1)
    send.sent, send.skipped, send.finished_at = sent, skipped, timezone.now()
    send.save(update_fields=["sent", "skipped", "finished_at", "updated_at"])
    return send
