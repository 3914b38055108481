"""The team invites a new person in the browser, puts them on a call's panel from their page, and the person
follows the emailed link, chooses a password, signs in and holds both roles. Axe checks every page on the way."""

import re

import pytest
from django.core import mail

from silverlinings.accounts.models import Membership, User
from tests.accounts.factories import ProgrammeTeamFactory
from tests.browser import axe_violations, new_page, sign_in_as
from tests.calls.factories import make_call

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASSWORD = "copper kettle harbour lantern"


def invitation_link(live_server_url: str, to: str) -> str:
    sent = [message for message in mail.outbox if message.to == [to]]
    assert [message.subject for message in sent] == ["You are invited to Silver Linings"]
    return live_server_url + re.search(r"https?://[^/\s]+(/set-password/\S+/)", sent[0].body).group(1)


def the_team_invites_a_writer(page) -> None:
    page.goto("/manage/people/")
    assert axe_violations(page) == []
    page.get_by_role("link", name="Invite someone").click()
    page.get_by_role("button", name="Send the invitation").click()
    summary = page.locator(".govuk-error-summary")
    summary.wait_for()
    assert "Enter their email address" in summary.inner_text()
    assert axe_violations(page) == []
    page.get_by_label("Email address").fill("Nia.Brooks@Example.org")
    page.get_by_label("Full name").fill("Nia Brooks")
    page.get_by_label("Report writer").check()
    page.get_by_role("button", name="Send the invitation").click()
    page.get_by_text("Nia Brooks is invited: we have emailed them a link to start.").wait_for()
    assert axe_violations(page) == []


def the_team_puts_them_on_a_panel(page) -> None:
    page.get_by_role("link", name="Editorial panel member of a call").click()
    page.get_by_role("button", name="Give the role").click()
    page.locator(".govuk-error-summary").wait_for()
    assert "Choose a call" in page.locator(".govuk-error-summary").inner_text()
    assert axe_violations(page) == []
    page.get_by_label("Which call’s panel?").select_option(label="Silver Linings 2026")
    page.get_by_role("button", name="Give the role").click()
    page.get_by_text("Nia Brooks is now editorial panel member of a call: Silver Linings 2026.").wait_for()
    assert axe_violations(page) == []


@pytest.mark.slow
def test_an_invited_person_signs_in_from_the_email_and_holds_their_roles(browser, live_server, html_pages, settings):
    settings.SITE_URL = live_server.url
    call = make_call(title="Silver Linings 2026")
    team = new_page(browser, live_server, html_pages)
    sign_in_as(team, live_server, ProgrammeTeamFactory())
    the_team_invites_a_writer(team)
    the_team_puts_them_on_a_panel(team)
    team.context.close()

    page = new_page(browser, live_server, html_pages)
    page.goto(invitation_link(live_server.url, "nia.brooks@example.org"))
    page.get_by_role("heading", name="Choose your password").wait_for()
    assert axe_violations(page) == []
    page.get_by_label("New password", exact=True).fill(PASSWORD)
    page.get_by_label("Confirm the new password").fill(PASSWORD)
    page.get_by_role("button", name="Set your password").click()
    page.get_by_text("Your password is set.").wait_for()
    assert axe_violations(page) == []
    page.get_by_label("Email address").fill("nia.brooks@example.org")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("heading", name="Your dashboard").wait_for()
    assert "Your roles: Editorial panel member, Report writer." in page.locator("main").inner_text()
    assert axe_violations(page) == []
    page.context.close()

    person = User.objects.get(email="nia.brooks@example.org")
    held = sorted((m.role, m.scope_id) for m in Membership.objects.filter(user=person))
    assert (held, person.last_login is not None) == ([("panel_member", call.pk), ("writer", None)], True)
