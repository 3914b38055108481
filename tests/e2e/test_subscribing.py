"""Subscribing to the bulletins in the browser: the link in the confirmation email opens a page with a
button, and only the button confirms (a mail scanner that opens the link confirms nothing)."""

import re

import pytest

from silverlinings.bulletins.models import Subscriber
from silverlinings.mail.models import Message
from tests.browser import axe_violations
from tests.bulletins.factories import weekly_update

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def confirm_link(live_server_url: str) -> str:
    message = Message.objects.filter(template="bulletins/email/confirm_subscription").order_by("pk").last()
    return live_server_url + re.search(r"https?://[^/\s]+(/bulletins/subscribe/confirm/\S+/)", message.body_text)[1]


def test_a_reader_confirms_their_subscription_with_the_button_the_link_opens(page, live_server, settings):
    settings.SITE_URL = live_server.url
    weekly_update()
    page.goto("/bulletins/subscribe/")
    page.get_by_label("Email address").fill("reader@example.org")
    page.get_by_label("Weekly update").check()
    page.get_by_role("button", name="Subscribe").click()
    page.get_by_role("heading", name="Check your email").wait_for()

    page.goto(confirm_link(live_server.url))
    page.get_by_role("heading", name="Confirm your subscription").wait_for()
    assert axe_violations(page) == []
    assert Subscriber.objects.get(email="reader@example.org").confirmed_at is None

    page.get_by_role("button", name="Confirm subscription").click()
    page.get_by_role("heading", name="You are subscribed").wait_for()
    assert axe_violations(page) == []
    subscriber = Subscriber.objects.get(email="reader@example.org")
    assert subscriber.is_active
    assert list(subscriber.publications.all()) == [weekly_update()]
