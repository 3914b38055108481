"""Scheduled reminders to writers: a few days before the due date, and the day after it when overdue."""

from silverlinings.accounts.selectors import members_of
from silverlinings.mail.services import Recipient, emails_send

from .models import Commission, Status

STILL_WRITING = (Status.COMMISSIONED, Status.DRAFTING)


def _remind(commission_id: int, template: str, what: str) -> str:
    commission = Commission.objects.filter(pk=commission_id).first()
    if commission is None or commission.status not in STILL_WRITING:
        return "Not sent: the draft is in"
    recipients = [
        Recipient(
            writer.email,
            context={"user": writer},
            idempotency_key=f"{what}:{commission.pk}:{commission.due_on}:{writer.pk}",
        )
        for writer in members_of(role="writer", scope=commission)
    ]
    made = emails_send(template=template, recipients=recipients, context={"commission": commission})
    sent = sum(message is not None for message in made)
    return f"{sent} writer{'' if sent == 1 else 's'} sent the {what.replace('-', ' ')}"


def due_reminder_send(*, commission_id: int) -> str:
    return _remind(commission_id, "showcase/email/due_reminder", "due-reminder")


def overdue_send(*, commission_id: int) -> str:
    return _remind(commission_id, "showcase/email/overdue", "overdue-note")
