from importlib import import_module
from pathlib import Path

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.authorization.matrix import ROLES

# URLs outside the matrix on purpose: the Django admin checks is_staff itself (one entry below covers it).
EXEMPT_NAMESPACES = {"admin"}


def collected_entries() -> dict:
    entries = {}
    for path in sorted(Path(__file__).resolve().parent.parent.glob("*/matrix.py")):
        if path.parent.name == "authorization":
            continue
        module = import_module(f"tests.{path.parent.name}.matrix")
        duplicated = entries.keys() & module.ENTRIES.keys()
        assert not duplicated, f"URLs listed twice: {duplicated}"
        entries.update(module.ENTRIES)
    return entries


def url_names(patterns=None, prefix="") -> set[str]:
    names = set()
    for pattern in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(pattern, URLResolver):
            namespace = pattern.namespace
            if namespace in EXEMPT_NAMESPACES:
                continue
            names |= url_names(pattern.url_patterns, f"{prefix}{namespace}:" if namespace else prefix)
        elif isinstance(pattern, URLPattern) and pattern.name:
            names.add(prefix + pattern.name)
    return names


ENTRIES = collected_entries()


def test_every_url_has_an_expected_answer_for_every_role():
    missing = url_names() - ENTRIES.keys()
    assert not missing, f"Add these URLs to a tests/<app>/matrix.py: {sorted(missing)}"
    stale = ENTRIES.keys() - url_names() - {"admin:index"}
    assert not stale, f"These matrix entries name no URL: {sorted(stale)}"
    for name, entry in ENTRIES.items():
        assert set(entry.expect) == set(ROLES), f"{name} must say what each role gets"


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(ENTRIES))
def test_url_answers_each_role_as_expected(name, role, client_for):
    entry = ENTRIES[name]
    client = client_for(role)
    user = getattr(client, "user", None)
    url = reverse(name, kwargs=entry.kwargs(user)) + entry.query
    response = getattr(client, entry.method)(url, entry.data or {})
    expected = entry.expect[role]
    assert response.status_code == expected, f"{role} {entry.method.upper()} {url}"
    if expected == 302 and role == "anonymous" and entry.method == "get":
        assert response["Location"].startswith((reverse("accounts:sign_in"), "/admin/login/")), response["Location"]
