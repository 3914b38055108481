"""After the event: the recordings and materials to those who came, their feedback and their certificate."""

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from silverlinings.core.pdf import pdf_render
from silverlinings.core.services import audit_record
from silverlinings.mail.services import Recipient, emails_send

from .models import Event, Feedback, Registration, Status

CERTIFICATE_CSS = """
@page { size: A4 landscape; margin: 20mm; }
body { font-family: "DejaVu Sans", sans-serif; font-size: 13pt; line-height: 1.5; color: #0b0c0c; text-align: center; }
.brand { border-bottom: 4pt solid #0b5563; padding-bottom: 6pt; margin-bottom: 24pt; text-align: left; }
.brand__service { font-size: 20pt; font-weight: bold; color: #073b45; }
.brand__partnership { font-size: 10pt; color: #505a5f; }
h1 { font-size: 28pt; color: #073b45; margin: 18pt 0; }
.name { font-size: 22pt; font-weight: bold; margin: 12pt 0; }
.footer { margin-top: 36pt; font-size: 9pt; color: #505a5f; }
"""


def attended(registration: Registration) -> bool:
    return registration.status == Status.CONFIRMED and registration.attended_at is not None


def materials_send(*, event: Event, by) -> int:
    """Email the recordings, slides and showcase pack (the event's `recordings`) to everyone who came."""
    attendees = Registration.objects.filter(event=event, status=Status.CONFIRMED, attended_at__isnull=False)
    recipients = [
        Recipient(
            registration.email,
            context={"registration": registration},
            idempotency_key=f"event-materials:{registration.pk}",
        )
        for registration in attendees.select_related("event").order_by("pk")
    ]
    with transaction.atomic():
        made = emails_send(template="events/email/materials", recipients=recipients)
        sent = sum(message is not None for message in made)
        audit_record(actor=by, action="event.materials_sent", obj=event, data={"to": sent})
    return sent


def feedback_save(*, registration: Registration, rating: int, useful: str, improve: str) -> Feedback:
    feedback, _ = Feedback.objects.update_or_create(
        registration=registration, defaults={"rating": rating, "useful": useful, "improve": improve}
    )
    return feedback


def certificate_pdf(*, registration: Registration) -> bytes:
    """A certificate of attendance for professional development records (tagged PDF, core.pdf)."""
    event = registration.event
    hours = (event.ends_at - event.starts_at).total_seconds() / 3600
    html = render_to_string(
        "events/certificate_pdf.html",
        {
            "registration": registration,
            "event": event,
            "hours": f"{hours:g}",
            "today": timezone.localdate(),
            "service_name": settings.SERVICE_NAME,
            "partnership_name": settings.PARTNERSHIP_NAME,
            "contact_email": settings.CONTACT_EMAIL,
        },
    )
    return pdf_render(html, title=f"Certificate of attendance: {event.title}", css=CERTIFICATE_CSS)
