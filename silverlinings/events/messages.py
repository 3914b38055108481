"""A message from the team to everyone registered at an event, or to the people in one workshop."""

from django.db import transaction

from silverlinings.core.services import audit_record
from silverlinings.mail.services import email_send, outbox_batch

from .models import Event, Registration, Session, Status


def message_send(*, event: Event, by, subject: str, message: str, workshop: Session | None = None) -> int:
    registrations = Registration.objects.filter(event=event, status=Status.CONFIRMED)
    if workshop is not None:
        registrations = registrations.filter(workshop_places__session=workshop)
    sent = 0
    with transaction.atomic(), outbox_batch():
        for registration in registrations.select_related("event").order_by("pk"):
            email_send(
                to=registration.email,
                template="events/email/message",
                context={"registration": registration, "subject": subject, "message": message},
            )
            sent += 1
        audit_record(
            actor=by,
            action="event.message_sent",
            obj=event,
            data={"to": sent, "workshop": getattr(workshop, "pk", None)},
        )
    return sent
