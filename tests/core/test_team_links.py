"""Every link the app shows the programme team works for them: the Django admin's and the app's own."""

import re

import pytest
from django.urls import reverse

from silverlinings.accounts.models import User
from silverlinings.review.services import panel as panel_services
from tests.accounts.factories import PanelMemberFactory, ProgrammeTeamFactory
from tests.calls.factories import make_call, submitted_nomination

pytestmark = pytest.mark.django_db

LINKS = re.compile(r'href="([^"#]+)"[^>]*>([^<]+)<')


def team_pages(call) -> list[str]:
    slug = call.slug
    return [
        reverse("core:dashboard"),
        reverse("calls:manage_calls"),
        reverse("calls:call_create"),
        reverse("calls:call_edit", kwargs={"slug": slug}),
        reverse("calls:call_nominations", kwargs={"slug": slug}),
        reverse("calls:coverage", kwargs={"slug": slug}),
        reverse("calls:key_in", kwargs={"slug": slug}),
        reverse("review:panel", kwargs={"slug": slug}),
        reverse("review:panel_home"),
    ]


def links_on(client, path) -> dict[str, str]:
    response = client.get(path)
    assert response.status_code == 200, path
    return {text.strip(): href for href, text in LINKS.findall(response.content.decode())}


def test_every_admin_link_the_team_is_shown_opens_for_them(client):
    call = make_call()
    submitted_nomination(call)
    panel_services.review_setup_get(call=call)
    client.force_login(ProgrammeTeamFactory(), backend="django.contrib.auth.backends.ModelBackend")
    admin_links = {}
    for page in team_pages(call):
        admin_links.update({href: page for href in links_on(client, page).values() if href.startswith("/admin/")})
    for href, page in admin_links.items():
        assert client.get(href).status_code == 200, f"{href} (linked from {page})"


def test_the_teams_links_for_headings_people_and_the_directory_open(client):
    call = make_call()
    client.force_login(ProgrammeTeamFactory(), backend="django.contrib.auth.backends.ModelBackend")
    found = {}
    for page in team_pages(call):
        found.update(links_on(client, page))
    for text in ("Change the headings", "Edit the contact directory", "Manage people and roles"):
        assert client.get(found[text]).status_code == 200, f"{text}: {found[text]}"
    assert not found["Change the headings"].startswith("/admin/")
    assert not found["Edit the contact directory"].startswith("/admin/")


def test_the_team_cannot_make_anyone_a_superuser_or_change_one(client):
    team = ProgrammeTeamFactory()
    superuser = User.objects.create_superuser(email="root@example.org", password="x" * 16)
    panel_member = PanelMemberFactory()
    client.force_login(team, backend="django.contrib.auth.backends.ModelBackend")
    change = reverse("admin:accounts_user_change", args=[superuser.pk])
    assert client.post(change, {"email": "root@example.org", "full_name": "Taken over"}).status_code == 403
    superuser.refresh_from_db()
    assert superuser.full_name == ""
    page = client.get(reverse("admin:accounts_user_change", args=[panel_member.pk])).content.decode()
    assert 'name="is_superuser"' not in page
