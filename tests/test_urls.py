"""Addresses are tried in order (silverlinings/urls.py): each pattern's own addresses reach its view, whichever app
comes first."""

import re
import uuid

from django.urls import URLPattern, URLResolver, get_resolver

#: Addresses that another pattern takes over on purpose: the admin's own sign-in page sends staff to ours.
TAKEN_OVER = {"/admin/login/"}
SAMPLES = {"int": "7", "slug": "a-slug", "uuid": str(uuid.UUID(int=5)), "str": "x", "path": "x/y"}


def _patterns(resolver, prefix=""):
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            yield from _patterns(pattern, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern) and not str(pattern.pattern).startswith("^"):
            yield prefix + str(pattern.pattern), pattern


def test_every_address_reaches_its_own_view():
    resolver = get_resolver()
    elsewhere = {}
    for route, pattern in _patterns(resolver):
        path = "/" + re.sub(r"<(?:(\w+):)?\w+>", lambda match: SAMPLES[match.group(1) or "str"], route)
        found = resolver.resolve(path)
        if path not in TAKEN_OVER and found.func is not pattern.callback and found.url_name != pattern.name:
            elsewhere[path] = f"{found.url_name}, not {pattern.name}"

    assert elsewhere == {}
