"""Dates, times and lengths of time the GOV.UK way: ‘5pm on 30 November 2020’, always in UK time; ‘1 hour’."""

from datetime import datetime, timedelta

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


def govuk_duration(length: timedelta | int) -> str:
    """A length of time in words, as GOV.UK writes it: ‘30 minutes’, ‘1 hour’, ‘1 hour and 30 minutes’,
    ‘2 days’. `length` is a timedelta or a number of seconds; seconds are shown only under a minute."""
    seconds = max(0, int(length.total_seconds() if isinstance(length, timedelta) else length))
    if seconds < 60:
        return _count(seconds, "second")
    days, rest = divmod(seconds // 60, 24 * 60)
    hours, minutes = divmod(rest, 60)
    parts = [_count(n, unit) for n, unit in ((days, "day"), (hours, "hour"), (minutes, "minute")) if n]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _count(n: int, unit: str) -> str:
    return f"{n} {unit}" if n == 1 else f"{n} {unit}s"
