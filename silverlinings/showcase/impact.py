"""Impact later: six and twelve months after a report is published, its contact is asked whether the innovation
is still running and what has changed. The answer appears on the report as a dated update."""

import calendar

from django.conf import settings
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from silverlinings.core.services import audit_record
from silverlinings.jobs.services import job_cancel, job_schedule
from silverlinings.mail.services import email_send

from . import evidence
from .models import Commission, ImpactUpdate, Status

AFTER_MONTHS = (6, 12)


def months_after(moment, months: int):
    """The same day and time `months` later (the month's last day when it is shorter), in UK time."""
    local = timezone.localtime(moment)
    year, month = divmod(local.month - 1 + months, 12)
    year, month = local.year + year, month + 1
    day = min(local.day, calendar.monthrange(year, month)[1])
    return timezone.make_aware(local.replace(tzinfo=None, year=year, month=month, day=day))


def impact_jobs_schedule(*, commission: Commission) -> None:
    """Ask at six and twelve months after publication; a report taken down is not asked about."""
    for months in AFTER_MONTHS:
        key = f"commission:{commission.pk}:impact-{months}"
        if commission.status == Status.PUBLISHED and commission.published_at:
            job_schedule(
                key=key,
                kind="showcase.impact_ask",
                name=f"Ask about ‘{commission.title}’ {months} months on",
                run_at=months_after(commission.published_at, months),
                params={"commission_id": commission.pk, "months": months},
            )
        else:
            job_cancel(key=key)


def impact_ask(*, commission_id: int, months: int) -> str:
    """The scheduled job: email the contact a link to the short form, once."""
    commission = Commission.objects.filter(pk=commission_id, status=Status.PUBLISHED).first()
    if commission is None:
        return "Not asked: the report is not published"
    contact = evidence.contact_of(commission)
    if not contact.get("email"):
        return "Not asked: the report has no contact with an email address"
    update, created = ImpactUpdate.objects.get_or_create(
        commission=commission, months=months, defaults={"asked_to": contact["email"]}
    )
    if not created:
        return "Already asked"
    email_send(
        to=update.asked_to,
        template="showcase/email/impact_ask",
        context={"update": update, "name": contact.get("name", ""), "commission": commission},
        idempotency_key=f"impact-ask:{update.pk}",
    )
    return f"Asked {update.asked_to}"


def impact_form_url(update: ImpactUpdate) -> str:
    return settings.SITE_URL + reverse("showcase:impact_update", kwargs={"token": update.token})


def impact_answer(*, update: ImpactUpdate, still_running: bool, what_changed: str) -> ImpactUpdate:
    if not what_changed.strip():
        raise ValidationError({"what_changed": "Enter what has changed since the report was published"})
    update.still_running, update.what_changed, update.answered_at = still_running, what_changed.strip(), timezone.now()
    update.save()
    audit_record(actor=None, action="showcase.impact_answered", obj=update.commission, data={"months": update.months})
    from .caching import report_page_clear

    report_page_clear(commission=update.commission)
    return update
