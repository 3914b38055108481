"""How often one client address, or one email address, may do something in a while: enough for a person and a
colleague or two, too few for a script. Counted in the cache, which every web process shares in production
(settings.CACHES). Used by messages to the teams behind showcase innovations; event registrations, which
come in a rush on launch day, count in a table of their own with one statement (events/limits.py)."""

from django.core.cache import cache


class TooMany(Exception):
    """A client or an address is over its limit."""


def count_within(*, name: str, limits: dict[str, tuple[int, int]], keys: dict[str, str]) -> None:
    """Count one attempt for each kind of key (e.g. "client" and "address"), or raise TooMany when one of them is
    over its limit. `limits` gives each kind's (attempts, minutes)."""
    for kind, key in keys.items():
        limit, minutes = limits[kind]
        counter = f"{name}:{kind}:{key}"
        cache.add(counter, 0, timeout=minutes * 60)
        try:
            count = cache.incr(counter)
        except ValueError:  # expired between add and incr
            cache.add(counter, 1, timeout=minutes * 60)
            count = 1
        if count > limit:
            raise TooMany
