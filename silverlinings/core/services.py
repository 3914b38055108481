"""Writes shared by every app: the audit log and the one way to send email."""

from collections.abc import Mapping
from typing import Any

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.template.loader import render_to_string

from .models import AuditEntry, OutboundEmail


def audit_record(*, actor, action: str, obj: models.Model | None = None, data: dict | None = None) -> AuditEntry:
    from django.contrib.contenttypes.models import ContentType

    entry = AuditEntry(actor=actor if getattr(actor, "pk", None) else None, action=action, data=data or {})
    if obj is not None:
        entry.content_type = ContentType.objects.get_for_model(obj)
        entry.object_id = str(obj.pk)
        entry.object_repr = str(obj)[:200]
    entry.save()
    return entry


def _render(template: str, context: Mapping[str, Any]) -> tuple[str, str, str]:
    subject = render_to_string(f"{template}_subject.txt", context).strip().replace("\n", " ")
    text = render_to_string(f"{template}.txt", context)
    html = render_to_string(f"{template}.html", context)
    return subject, text, html


def email_send(
    *,
    to: str,
    template: str,
    context: Mapping[str, Any] | None = None,
    secrets: Mapping[str, str] | None = None,
    idempotency_key: str | None = None,
    attachment: tuple[str, bytes, str] | None = None,
) -> OutboundEmail | None:
    """Render `template` (…_subject.txt, .txt, .html), record it and send it from the worker.

    `secrets` are values (a sign-in link) that go into the message but not into the stored copy once
    sent. With `idempotency_key`, a second call with the same key sends nothing and returns None.
    """
    base = {
        "service_name": settings.SERVICE_NAME,
        "partnership_name": settings.PARTNERSHIP_NAME,
        "site_url": settings.SITE_URL,
        "contact_email": settings.CONTACT_EMAIL,
        **(context or {}),
    }
    subject, text, html = _render(template, {**base, **(secrets or {})})
    redacted_text = redacted_html = ""
    if secrets:
        hidden = dict.fromkeys(secrets, "(removed from the stored copy)")
        _, redacted_text, redacted_html = _render(template, {**base, **hidden})
    message = OutboundEmail(
        to=to,
        subject=subject,
        body_text=text,
        body_html=html,
        template=template,
        redacted_text=redacted_text,
        redacted_html=redacted_html,
        idempotency_key=idempotency_key,
    )
    if attachment:
        message.attachment_name, message.attachment, message.attachment_mimetype = attachment
    try:
        with transaction.atomic():
            message.save()
    except IntegrityError:
        if idempotency_key and OutboundEmail.objects.filter(idempotency_key=idempotency_key).exists():
            return None
        raise
    from .tasks import email_deliver

    transaction.on_commit(lambda: email_deliver.enqueue(message_id=message.pk))
    return message


def email_deliver_now(*, message_id: int) -> OutboundEmail:
    """Send one recorded message. A message already sent is not sent again.

    The worker claims each task once, so the send happens outside a transaction: a slow mail server
    never holds a database lock.
    """
    from django.core.mail import EmailMultiAlternatives
    from django.utils import timezone

    message = OutboundEmail.objects.get(pk=message_id)
    if message.status == OutboundEmail.Status.SENT:
        return message
    message.attempts += 1
    email = EmailMultiAlternatives(message.subject, message.body_text, settings.DEFAULT_FROM_EMAIL, [message.to])
    if message.body_html:
        email.attach_alternative(message.body_html, "text/html")
    if message.attachment_name:
        email.attach(message.attachment_name, bytes(message.attachment), message.attachment_mimetype)
    try:
        email.send()
    except Exception as error:
        message.status = OutboundEmail.Status.FAILED
        message.error = f"{type(error).__name__}: {error}"[:2000]
        message.save(update_fields=["status", "error", "attempts", "updated_at"])
        raise
    message.status = OutboundEmail.Status.SENT
    message.sent_at = timezone.now()
    message.error = ""
    if message.redacted_text:
        message.body_text, message.body_html = message.redacted_text, message.redacted_html
        message.redacted_text = message.redacted_html = ""
    message.save()
    return message
