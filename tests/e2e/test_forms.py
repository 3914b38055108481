"""Forms post to their own address without a fragment: after the skip link, an error summary still
takes focus; and no page moves focus into a field ahead of the skip link."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser import focused

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.mark.parametrize(
    ("path", "field", "button"),
    [
        ("/sign-in/", "Email address", "Send me a sign-in link"),
        ("/staff/sign-in/", "Email address", "Sign in"),
    ],
)
def test_after_the_skip_link_the_error_summary_takes_focus(page, path, field, button):
    page.goto(path)
    page.keyboard.press("Tab")
    assert focused(page)["text"] == "Skip to main content"
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#main-content$"))  # waits for the jump, which can lag the key press
    page.get_by_label(field).fill("not an email")
    page.get_by_role("button", name=button, exact=True).click()
    page.locator(".govuk-error-summary").wait_for()
    expect(page.locator(".govuk-error-summary")).to_be_focused()

    assert not page.url.endswith("#main-content")
    assert focused(page)["classes"] == "govuk-error-summary"


def test_the_staff_sign_in_page_does_not_focus_a_field_ahead_of_the_skip_link(page):
    page.goto("/staff/sign-in/")
    assert focused(page)["tag"] == "body"
    page.keyboard.press("Tab")
    assert focused(page)["text"] == "Skip to main content"
