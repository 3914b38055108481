"""Registrations a client address or an email address may make in a while: enough for a person and a
colleague or two, too few for a script. Counted in the cache (shared by every web process in production)."""

from django.conf import settings
from django.core.cache import cache

from silverlinings.core.limits import TooMany, count_within


class TooManyRegistrations(TooMany):
    pass


def registration_count(*, email: str, client: str) -> None:
    """Count one registration attempt, or raise when the client or the address is over its limit."""
    try:
        count_within(
            name="events:registrations",
            limits=settings.EVENT_REGISTRATION_LIMITS,
            keys={"client": client, "address": email.strip().lower()},
        )
    except TooMany as over:
        raise TooManyRegistrations from over


def hold_allowed(*, client: str) -> bool:
    """Whether to hold a place for this client's form: a few forms at a time, so nobody holds them all."""
    name = f"events:holds:client:{client}"
    cache.add(name, 0, timeout=10 * 60)
    try:
        return cache.incr(name) <= settings.EVENT_HOLDS_PER_CLIENT
    except ValueError:
        return True
