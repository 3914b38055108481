"""Queries about email: the team's outbox and templates, and what other apps ask of the outbox."""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, QuerySet

from . import catalogue
from .models import MailTemplate, Message, OptOut


def message_exists(*, idempotency_key: str) -> bool:
    return Message.objects.filter(idempotency_key=idempotency_key).exists()


def statuses_by_key(keys) -> dict[str, str]:
    """The status of the message made with each idempotency key (keys with no message are left out)."""
    return dict(Message.objects.filter(idempotency_key__in=list(keys)).values_list("idempotency_key", "status"))


def messages_recent_count(*, to: str, template_prefix: str, since: datetime) -> int:
    return Message.objects.filter(to=to, template__startswith=template_prefix, created_at__gte=since).count()


def outbox(*, status: str = "") -> QuerySet[Message]:
    messages = Message.objects.defer("body_text", "body_html")
    return messages.filter(status=status) if status else messages


def outbox_counts() -> dict[str, int]:
    counts = dict(Message.objects.values_list("status").annotate(n=Count("pk")).values_list("status", "n"))
    return {status: counts.get(status, 0) for status in Message.Status.values}


@dataclass
class TemplateRow:
    kind: catalogue.EmailKind
    saved: MailTemplate | None


def templates() -> list[TemplateRow]:
    saved = {template.key: template for template in MailTemplate.objects.select_related("updated_by")}
    return [TemplateRow(kind, saved.get(kind.key)) for kind in catalogue.kinds()]


def messages_failed_since(since: datetime) -> int:
    return Message.objects.filter(status=Message.Status.FAILED, updated_at__gte=since).count()


def templates_saved(kind: catalogue.EmailKind) -> MailTemplate | None:
    return MailTemplate.objects.select_related("updated_by").filter(key=kind.key).first()


def list_left(*, email: str, list_key: str) -> bool:
    return OptOut.objects.filter(email__iexact=email, list_key=list_key).exists()
