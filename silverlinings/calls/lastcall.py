"""‘Last call’: remind the contacts of authorities with no nominations yet. Never twice to one person."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from silverlinings.accounts.models import User
from silverlinings.core.services import audit_record, email_send
from silverlinings.directory.models import Authority, Contact

from .coverage import coverage_for
from .models import Call, LastCallSend


@dataclass
class Recipients:
    """Who the last call would go to: each authority with no nominations and its contacts."""

    authorities: list[tuple[Authority, list[Contact]]]
    unreachable: list[Authority]

    @property
    def silent(self) -> int:
        """How many authorities have sent no nominations."""
        return len(self.authorities) + len(self.unreachable)

    @property
    def contacts(self) -> int:
        return sum(len(contacts) for _, contacts in self.authorities)

    @property
    def refusal(self) -> str:
        """Why the last call cannot go yet, or ""."""
        if not self.unreachable:
            return ""
        names = [authority.short_name for authority in self.unreachable]
        listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        has = "has" if len(names) == 1 else "have"
        return f"{listed} {has} no contact with an email address, so the last call would reach nobody there"


def last_call_recipients(call: Call) -> Recipients:
    without = coverage_for(call).without
    contacts = Contact.objects.filter(authority__in=without).exclude(email="").order_by("position", "name")
    by_authority: dict[int, list[Contact]] = {}
    for contact in contacts:
        by_authority.setdefault(contact.authority_id, []).append(contact)
    return Recipients(
        authorities=[(authority, by_authority[authority.pk]) for authority in without if authority.pk in by_authority],
        unreachable=[authority for authority in without if authority.pk not in by_authority],
    )


def last_call_request(*, call: Call, by: User) -> LastCallSend:
    """Queue the last call. Refuses (ValidationError) while an authority it is for has no contact."""
    from .tasks import last_call_deliver

    recipients = last_call_recipients(call)
    if recipients.refusal:
        raise ValidationError(recipients.refusal)
    without = [authority for authority, _ in recipients.authorities]
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
