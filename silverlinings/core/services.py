"""Writes shared by every app: the audit log (and, while callers move to `silverlinings.mail`, email)."""

from collections.abc import Mapping
from typing import Any

from django.db import models

from .models import AuditEntry


def audit_record(*, actor, action: str, obj: models.Model | None = None, data: dict | None = None) -> AuditEntry:
    from django.contrib.contenttypes.models import ContentType

    entry = AuditEntry(actor=actor if getattr(actor, "pk", None) else None, action=action, data=data or {})
    if obj is not None:
        entry.content_type = ContentType.objects.get_for_model(obj)
        entry.object_id = str(obj.pk)
        entry.object_repr = str(obj)[:200]
    entry.save()
    return entry


def email_send(
    *,
    to: str,
    template: str,
    context: Mapping[str, Any] | None = None,
    secrets: Mapping[str, str] | None = None,
    idempotency_key: str | None = None,
    attachment: tuple[str, bytes, str] | None = None,
    **options,
):
    """Send an email through the outbox: see `silverlinings.mail.services.email_send`, which this calls.

    Kept here while every caller moves to the mail app.
    """
    from silverlinings.mail.services import email_send as outbox_send

    return outbox_send(
        to=to,
        template=template,
        context=context,
        secrets=secrets,
        idempotency_key=idempotency_key,
        attachment=attachment,
        **options,
    )
