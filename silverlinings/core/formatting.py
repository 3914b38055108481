"""Dates and times the GOV.UK way: ‘5pm on 30 November 2020’, always in UK time."""

from datetime import datetime

from django.utils import timezone


def govuk_time(moment: datetime) -> str:
    local = timezone.localtime(moment)
    if local.hour == 12 and local.minute == 0:
        return "midday"
    if local.hour == 0 and local.minute == 0:
        return "midnight"
    hour = local.hour % 12 or 12
    suffix = "am" if local.hour < 12 else "pm"
    return f"{hour}{suffix}" if local.minute == 0 else f"{hour}:{local.minute:02d}{suffix}"


def govuk_date(moment: datetime) -> str:
    local = timezone.localtime(moment) if isinstance(moment, datetime) else moment
    return f"{local.day} {local:%B %Y}"


def govuk_datetime(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return f"{govuk_time(moment)} on {govuk_date(moment)}"
