"""The outer frame of a page (header, menu, phase banner, footer) is made once per process for visitors who are not
signed in, and never for someone signed in."""

import pytest
from django.template import Context, Template, TemplateSyntaxError
from django.urls import reverse

from silverlinings.core import frame
from tests.accounts.factories import ContributorFactory, ProgrammeTeamFactory

pytestmark = pytest.mark.django_db

MENU = "includes/service_navigation.html"


@pytest.fixture(autouse=True)
def _nothing_kept():
    frame.forget()
    yield
    frame.forget()


def _templates(response) -> list[str]:
    return [template.name for template in response.templates]


def _without_nonce(response) -> bytes:
    nonce = response["Content-Security-Policy"].split("'nonce-")[1].split("'")[0]
    return response.content.replace(nonce.encode(), b"")


def test_a_visitors_frame_is_made_once_and_kept_for_every_page_in_the_same_menu_entry(client):
    index = reverse("showcase:index")

    first = client.get(index, {"fresh": "1"})
    second = client.get(index, {"query": "conferences"})

    assert MENU in _templates(first)
    assert MENU not in _templates(second)
    assert 'aria-current="page"><strong class="govuk-service-navigation__active-fallback">Showcase' in (
        second.content.decode()
    )


def test_the_kept_frame_is_the_frame_made_for_each_visitor(client, monkeypatch):
    index = reverse("showcase:index")
    client.get(index, {"fresh": "1"})
    kept = client.get(index, {"fresh": "1"})

    monkeypatch.setattr(frame, "LIMIT", 0)  # nothing more is kept
    frame.forget()
    made = client.get(index, {"fresh": "1"})

    assert MENU in _templates(made) and MENU not in _templates(kept)
    assert _without_nonce(kept) == _without_nonce(made)


def test_each_menu_entry_has_its_own_frame(client):
    showcase = client.get(reverse("showcase:index"), {"fresh": "1"}).content.decode()
    events = client.get(reverse("events:event_list")).content.decode()
    home = client.get(reverse("core:home")).content.decode()

    assert 'aria-current="page"><strong class="govuk-service-navigation__active-fallback">Showcase' in showcase
    assert 'aria-current="page"><strong class="govuk-service-navigation__active-fallback">Events' in events
    assert 'aria-current="page"><strong class="govuk-service-navigation__active-fallback">Home' in home
    assert showcase.count('aria-current="page">') == events.count('aria-current="page">') == 1


@pytest.mark.parametrize("person", [ProgrammeTeamFactory, ContributorFactory])
def test_someone_signed_in_never_gets_a_visitors_frame_nor_a_visitor_theirs(client, person):
    index = reverse("showcase:index")
    client.get(index, {"fresh": "1"})  # a visitor's frame is kept

    client.force_login(person(), backend="django.contrib.auth.backends.ModelBackend")
    signed_in = [client.get(index, {"fresh": "1"}) for _ in range(2)]
    client.logout()
    visitor = client.get(index, {"fresh": "1"}).content.decode()

    for page in signed_in:
        assert MENU in _templates(page)  # made for them every time
        assert "Sign out" in page.content.decode() and "Your dashboard" in page.content.decode()
        assert ">Sign in<" not in page.content.decode()
    assert "Sign out" not in visitor and "Your dashboard" not in visitor and ">Sign in<" in visitor


def test_the_team_sees_its_own_menu_after_a_visitor_on_the_same_page(client):
    index = reverse("showcase:index")
    visitor = client.get(index, {"fresh": "1"}).content.decode()

    client.force_login(ProgrammeTeamFactory(), backend="django.contrib.auth.backends.ModelBackend")
    team = client.get(index, {"fresh": "1"}).content.decode()

    assert reverse("showcase:board") in team and reverse("showcase:board") not in visitor


def test_a_changed_setting_shows_at_once(client, settings):
    index = reverse("showcase:index")
    client.get(index, {"fresh": "1"})

    settings.PARTNERSHIP_NAME = "Another partnership"
    page = client.get(index, {"fresh": "1"}).content.decode()

    assert '<span class="sl-header__partnership">Another partnership</span>' in page


def test_a_kept_part_cannot_hold_a_block():
    with pytest.raises(TemplateSyntaxError, match="cannot hold a block"):
        Template('{% load frame %}{% kept_for_visitors "x" %}{% block a %}{% endblock %}{% endkept_for_visitors %}')


def test_a_template_rendered_without_a_request_keeps_nothing():
    rendered = Template('{% load frame %}{% kept_for_visitors "x" %}{{ name }}{% endkept_for_visitors %}')

    assert rendered.render(Context({"name": "one"})) == "one"
    assert rendered.render(Context({"name": "two"})) == "two"
