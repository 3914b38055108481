"""Scheduled reminders to writers: a few days before the due date, and the day after it when overdue."""

from silverlinings.accounts.selectors import members_of
from silverlinings.mail.services import email_send

from .models import Commission, Status

STILL_WRITING = (Status.COMMISSIONED, Status.DRAFTING)


def _remind(commission_id: int, template: str, what: str) -> str:
    commission = Commission.objects.filter(pk=commission_id).first()
    if commission is None or commission.status not in STILL_WRITING:
        return "Not sent: the draft is in"
    sent = 0
    for writer in members_of(role="writer", scope=commission):
        message = email_send(
            to=writer.email,
            template=template,
            context={"commission": commission, "user": writer},
            idempotency_key=f"{what}:{commission.pk}:{commission.due_on}:{writer.pk}",
        )
        sent += message is not None
    return f"{sent} writer{'' if sent == 1 else 's'} sent the {what.replace('-', ' ')}"


def due_reminder_send(*, commission_id: int) -> str:
    return _remind(commission_id, "showcase/email/due_reminder", "due-reminder")


def overdue_send(*, commission_id: int) -> str:
    return _remind(commission_id, "showcase/email/overdue", "overdue-note")
