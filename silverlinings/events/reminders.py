"""Scheduled emails to everyone registered: the reminder a day before, the joining details shortly before."""

from django.db import transaction

from silverlinings.mail.services import Recipient, emails_send

from .models import Event, Registration, Status


def _send_all(event_id: int, template: str, key: str) -> int:
    event = Event.objects.filter(pk=event_id).first()
    if event is None:
        return 0
    registrations = Registration.objects.filter(event=event, status=Status.CONFIRMED).order_by("pk")
    recipients = [
        Recipient(
            registration.email, context={"registration": registration}, idempotency_key=f"{key}:{registration.pk}"
        )
        for registration in registrations.select_related("event")
    ]
    with transaction.atomic():
        made = emails_send(template=template, recipients=recipients)
    return sum(message is not None for message in made)


def reminder_send(*, event_id: int) -> str:
    sent = _send_all(event_id, "events/email/reminder", "event-reminder")
    return f"{sent} registered {'person' if sent == 1 else 'people'} reminded"


def joining_details_send(*, event_id: int) -> str:
    sent = _send_all(event_id, "events/email/joining", "event-joining")
    return f"Joining details sent to {sent} registered {'person' if sent == 1 else 'people'}"
