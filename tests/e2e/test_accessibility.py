import pytest

from tests.browser import axe_violations

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# Every page the public can reach. Later parts of the service add theirs here.
PUBLIC_PAGES = [
    "/",
    "/accessibility/",
    "/privacy/",
    "/contact-details/",
    "/sign-in/",
    "/sign-in/check-your-email/",
    "/sign-in/link/?token=expired",
    "/staff/sign-in/",
    "/a-page-that-does-not-exist/",
]


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_page_has_no_axe_violations(page, path):
    page.goto(path)
    assert axe_violations(page) == []


def test_form_errors_have_no_axe_violations(page):
    page.goto("/sign-in/")
    page.get_by_label("Email address").fill("not an email")
    page.get_by_role("button", name="Send me a sign-in link").click()
    page.locator(".govuk-error-summary").wait_for()
    assert page.title().startswith("Error: ")
    assert axe_violations(page) == []
