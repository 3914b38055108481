"""A message from the team to everyone registered at an event, or to the people in one workshop."""

from django.db import transaction

from silverlinings.core.services import audit_record
from silverlinings.mail.services import Recipient, emails_send

from .models import Event, Registration, Session, Status


def message_send(*, event: Event, by, subject: str, message: str, workshop: Session | None = None) -> int:
    registrations = Registration.objects.filter(event=event, status=Status.CONFIRMED)
    if workshop is not None:
        registrations = registrations.filter(workshop_places__session=workshop)
    recipients = [
        Recipient(registration.email, context={"registration": registration})
        for registration in registrations.select_related("event").order_by("pk")
    ]
    with transaction.atomic():
        emails_send(
            template="events/email/message", recipients=recipients, context={"subject": subject, "message": message}
        )
        sent = len(recipients)
        audit_record(
            actor=by,
            action="event.message_sent",
            obj=event,
            data={"to": sent, "workshop": getattr(workshop, "pk", None)},
        )
    return sent
