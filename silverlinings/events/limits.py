"""Registrations a client address or an email address may make in a while: enough for a person and a
colleague or two, too few for a script. Counted in the database (`RegistrationCount`), in fixed windows,
with one statement for both keys; holds of places on the form are counted in the cache."""

import hashlib
from datetime import datetime, timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.utils import timezone

from silverlinings.core.limits import TooMany

from .models import RegistrationCount


class TooManyRegistrations(TooMany):
    pass


def _window_start(now: datetime, minutes: int) -> datetime:
    seconds = minutes * 60
    return datetime.fromtimestamp(now.timestamp() // seconds * seconds, tz=now.tzinfo)


def registration_count(*, email: str, client: str) -> None:
    """Count one registration attempt, or raise when the client or the address is over its limit."""
    limits = settings.EVENT_REGISTRATION_LIMITS
    now = timezone.now()
    keys = {
        _digest(kind, key): (limits[kind][0], _window_start(now, limits[kind][1]))
        for kind, key in (("client", client), ("address", email.strip().lower()))
    }
    counts = _count_one_more({key: start for key, (_, start) in keys.items()})
    if counts[_digest("client", client)] == 1:  # a new window for this client: forget the windows gone by
        RegistrationCount.objects.filter(window_start__lt=now - timedelta(hours=1)).delete()
    if any(counts[key] > limit for key, (limit, _) in keys.items()):
        raise TooManyRegistrations


def _digest(kind: str, key: str) -> str:
    """Keys are kept as digests: the table holds no email or client address."""
    return hashlib.sha256(f"{settings.SECRET_KEY}:registrations:{kind}:{key}".encode()).hexdigest()


def _count_one_more(windows: dict[str, datetime]) -> dict[str, int]:
    """Add one to each key's count in its window (making the row if needed); the counts after, by key.
    INSERT … ON CONFLICT DO UPDATE … RETURNING: PostgreSQL, and SQLite from 3.35."""
    table, key, start, count = map(
        connection.ops.quote_name, (RegistrationCount._meta.db_table, "key", "window_start", "count")
    )
    rows = ", ".join(["(%s, %s, 1)"] * len(windows))
    adapt = connection.ops.adapt_datetimefield_value
    params = [value for name, moment in windows.items() for value in (name, adapt(moment))]
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} ({key}, {start}, {count}) VALUES {rows} "  # noqa: S608 - no input in the SQL
            f"ON CONFLICT ({key}, {start}) DO UPDATE SET {count} = {table}.{count} + 1 RETURNING {key}, {count}",
            params,
        )
        return dict(cursor.fetchall())


def hold_allowed(*, client: str) -> bool:
    """Whether to hold a place for this client's form: a few forms at a time, so nobody holds them all."""
    name = f"events:holds:client:{client}"
    cache.add(name, 0, timeout=10 * 60)
    try:
        return cache.incr(name) <= settings.EVENT_HOLDS_PER_CLIENT
    except ValueError:
        return True
