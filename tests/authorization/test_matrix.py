from html.parser import HTMLParser
from importlib import import_module
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.urls import Resolver404, URLPattern, URLResolver, get_resolver, resolve, reverse

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


class _PostForms(HTMLParser):
    """The actions of a page's forms that post (an empty action posts to the page itself)."""

    def __init__(self):
        super().__init__()
        self.actions: list[str] = []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "form" and (values.get("method") or "get").lower() == "post":
            self.actions.append(values.get("action") or "")


def post_targets(html: str, page_url: str) -> set[str]:
    """The URL names the page's forms post to (outside the exempt namespaces)."""
    parser = _PostForms()
    parser.feed(html)
    names = set()
    for action in parser.actions:
        try:
            match = resolve(urlsplit(action).path or urlsplit(page_url).path)
        except Resolver404:
            continue
        if match.namespace not in EXEMPT_NAMESPACES:
            names.add(match.view_name)
    return names


ENTRIES = collected_entries()
POST_ENTRIES = sorted(name for name, entry in ENTRIES.items() if entry.post is not None)


def test_every_url_has_an_expected_answer_for_every_role():
    missing = url_names() - ENTRIES.keys()
    assert not missing, f"Add these URLs to a tests/<app>/matrix.py: {sorted(missing)}"
    stale = ENTRIES.keys() - url_names() - {"admin:index"}
    assert not stale, f"These matrix entries name no URL: {sorted(stale)}"
    for name, entry in ENTRIES.items():
        assert entry.expect is not None, f"{name}: say what a GET answers too (Entry(expect, …, post=…))"
        assert set(entry.expect) == set(ROLES), f"{name} must say what each role gets"
        assert entry.post is None or set(entry.post) == set(ROLES), f"{name} must say what each role's POST gets"


def _signed_in_first(response, role, expect) -> None:
    if response.status_code == 302 and role == "anonymous" and expect.get("anonymous") == 302:
        assert response["Location"].startswith((reverse("accounts:sign_in"), "/admin/login/")), response["Location"]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(ENTRIES))
def test_url_answers_each_role_as_expected(name, role, client_for):
    entry = ENTRIES[name]
    client = client_for(role)
    user = getattr(client, "user", None)
    url = reverse(name, kwargs=entry.kwargs(user)) + entry.query
    response = client.get(url)
    expected = entry.expect[role]
    assert response.status_code == expected, f"{role} GET {url}"
    _signed_in_first(response, role, entry.expect)
    # A URL that takes a POST says what the POST answers.
    if response.status_code == 405:
        assert entry.post is not None, f"{name} answers a GET with 405: add post={{role: status}} to its entry"
    if response.status_code == 200 and response.get("Content-Type", "").startswith("text/html"):
        for target in post_targets(response.content.decode(), url):
            assert ENTRIES[target].post is not None, f"A form on {url} posts to {target}: add post=… to its entry"


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", POST_ENTRIES)
def test_post_answers_each_role_as_expected(name, role, client_for):
    entry = ENTRIES[name]
    client = client_for(role)
    user = getattr(client, "user", None)
    url = reverse(name, kwargs=entry.kwargs(user)) + entry.query
    response = client.post(url, entry.form_data(user))
    assert response.status_code == entry.post[role], f"{role} POST {url}"
    _signed_in_first(response, role, entry.expect or {})
