"""‘Last call’: remind the contacts of authorities with no nominations yet. Never twice to one person.

The team sends it from the coverage page, or it goes by itself at the call's `last_call_at` (a scheduled
job, see calls/schedule.py).
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from silverlinings.accounts.models import User
from silverlinings.core.services import audit_record
from silverlinings.directory.models import Authority, Contact
from silverlinings.mail.services import Recipient, emails_send

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
    send = _last_call_start(call=call, by=by, authorities=[authority for authority, _ in recipients.authorities])
    transaction.on_commit(lambda: last_call_deliver.enqueue(send_id=send.pk))
    return send


def _last_call_start(*, call: Call, by: User | None, authorities: list[Authority]) -> LastCallSend:
    send = LastCallSend.objects.create(call=call, requested_by=by, authorities=[a.pk for a in authorities])
    audit_record(actor=by, action="call.last_call_requested", obj=call, data={"authorities": send.authorities})
    return send


def last_call_scheduled(*, call_id: int) -> str:
    """The scheduled job at the call's last call time (on the worker). Says what it did, for the team."""
    call = Call.objects.filter(pk=call_id).first()
    if call is None:
        return "Not sent: the call no longer exists"
    if call.is_closed:
        return "Not sent: the call had closed"
    recipients = last_call_recipients(call)
    authorities = [authority for authority, _ in recipients.authorities]
    with transaction.atomic():
        send = last_call_deliver_now(send_id=_last_call_start(call=call, by=None, authorities=authorities).pk)
    count = recipients.silent
    result = (
        f"{count} authorit{'y' if count == 1 else 'ies'} with no nominations: "
        f"{send.sent} email{'' if send.sent == 1 else 's'} queued, {send.skipped} already had it"
    )
    # On its own the job cannot ask anyone to add a contact: it sends where it can and says who it missed.
    if recipients.unreachable:
        names = ", ".join(authority.short_name for authority in recipients.unreachable)
        result += f". Not sent to {len(recipients.unreachable)} with no contact email: {names}"
    return result


def last_call_deliver_now(*, send_id: int) -> LastCallSend:
    send = LastCallSend.objects.select_related("call").get(pk=send_id)
    if send.finished_at:
        return send
    call = send.call
    contacts = Contact.objects.filter(authority_id__in=send.authorities).exclude(email="").select_related("authority")
    recipients = [
        Recipient(
            contact.email, context={"contact": contact}, idempotency_key=f"last-call:{call.pk}:{contact.email.lower()}"
        )
        for contact in contacts
    ]
    made = emails_send(template="calls/email/last_call", recipients=recipients, context={"call": call})
    sent = sum(message is not None for message in made)
    skipped = len(made) - sent
    send.sent, send.skipped, send.finished_at = sent, skipped, timezone.now()
    send.save(update_fields=["sent", "skipped", "finished_at", "updated_at"])
    return send
