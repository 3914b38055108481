import re

import pytest
from django.core import mail

from silverlinings.accounts.models import User
from tests.accounts.factories import ProgrammeTeamFactory
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def sign_in_link(live_server_url: str) -> str:
    body = mail.outbox[-1].body
    path = re.search(r"https?://[^/\s]+(/sign-in/link/\?token=\S+)", body).group(1)
    return live_server_url + path


def test_contributor_signs_in_from_the_link_in_the_email(page, live_server, settings):
    settings.SITE_URL = live_server.url
    page.goto("/sign-in/")
    page.get_by_label("Email address").fill("new.nominator@example.org")
    page.get_by_role("button", name="Send me a sign-in link").click()
    page.get_by_role("heading", name="Check your email").wait_for()
    assert mail.outbox[-1].to == ["new.nominator@example.org"]

    page.goto(sign_in_link(live_server.url))
    page.get_by_role("button", name="Continue").click()
    page.get_by_role("heading", name="Your dashboard").wait_for()
    assert "Signed in as new.nominator@example.org" in page.content()
    assert User.objects.get(email="new.nominator@example.org").last_login is not None


def test_a_used_link_shows_a_clear_message(page, live_server, settings):
    settings.SITE_URL = live_server.url
    page.goto("/sign-in/")
    page.get_by_label("Email address").fill("twice@example.org")
    page.get_by_role("button", name="Send me a sign-in link").click()
    page.get_by_role("heading", name="Check your email").wait_for()
    link = sign_in_link(live_server.url)
    page.goto(link)
    page.get_by_role("button", name="Continue").click()
    page.get_by_role("heading", name="Your dashboard").wait_for()
    page.get_by_role("button", name="Sign out").click()
    page.goto(link)
    page.get_by_role("button", name="Continue").click()
    page.get_by_role("heading", name="This sign-in link has expired or has already been used").wait_for()


def test_sign_in_by_link_works_without_javascript(page_without_javascript, live_server, settings):
    page = page_without_javascript
    settings.SITE_URL = live_server.url
    page.goto("/sign-in/")
    page.get_by_label("Email address").fill("nojs@example.org")
    page.get_by_role("button", name="Send me a sign-in link").click()
    page.get_by_role("heading", name="Check your email").wait_for()
    page.goto(sign_in_link(live_server.url))
    page.get_by_role("button", name="Continue").click()
    page.get_by_role("heading", name="Your dashboard").wait_for()


def test_staff_member_signs_in_with_a_password(page):
    ProgrammeTeamFactory(email="pm@seslip.example.org", full_name="Rachel Thorne")
    page.goto("/staff/sign-in/")
    page.get_by_label("Email address").fill("pm@seslip.example.org")
    page.get_by_label("Password").fill("wrong password")
    page.get_by_role("button", name="Sign in").click()
    summary = page.locator(".govuk-error-summary")
    summary.wait_for()
    assert "Enter a correct email address and password" in summary.inner_text()
    assert page.get_by_label("Email address").input_value() == "pm@seslip.example.org"
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("heading", name="Your dashboard").wait_for()
    assert "Programme team" in page.content()
