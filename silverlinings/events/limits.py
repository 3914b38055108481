"""Registrations a client address or an email address may make in a while: enough for a person and a
colleague or two, too few for a script. Counted in the cache (shared by every web process in production)."""

from django.conf import settings
from django.core.cache import cache


class TooManyRegistrations(Exception):
    pass


def registration_count(*, email: str, client: str) -> None:
    """Count one registration attempt, or raise when the client or the address is over its limit."""
    limits = settings.EVENT_REGISTRATION_LIMITS
    for kind, key in (("client", client), ("address", email.strip().lower())):
        limit, minutes = limits[kind]
        name = f"events:registrations:{kind}:{key}"
        cache.add(name, 0, timeout=minutes * 60)
        try:
            count = cache.incr(name)
        except ValueError:  # expired between add and incr
            cache.add(name, 1, timeout=minutes * 60)
            count = 1
        if count > limit:
            raise TooManyRegistrations


def hold_allowed(*, client: str) -> bool:
    """Whether to hold a place for this client's form: a few forms at a time, so nobody holds them all."""
    name = f"events:holds:client:{client}"
    cache.add(name, 0, timeout=10 * 60)
    try:
        return cache.incr(name) <= settings.EVENT_HOLDS_PER_CLIENT
    except ValueError:
        return True
