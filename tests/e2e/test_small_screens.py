"""On a phone the service navigation folds into a "Menu" button (GOV.UK Frontend's service
navigation), and without JavaScript every link is simply listed."""

import pytest
from playwright.sync_api import expect

from tests.accounts.factories import ProgrammeTeamFactory
from tests.browser import new_page, sign_in_as

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PHONE = {"width": 375, "height": 667}


def test_on_a_phone_the_navigation_folds_into_a_menu_opened_from_the_keyboard(browser, live_server, html_pages):
    page = new_page(browser, live_server, html_pages, viewport=PHONE)
    sign_in_as(page, live_server, ProgrammeTeamFactory())
    page.goto("/dashboard/")
    menu = page.get_by_role("button", name="Menu")
    review = page.get_by_role("navigation", name="Menu").get_by_role("link", name="Review", exact=True)

    expect(menu).to_be_visible()
    expect(menu).to_have_attribute("aria-expanded", "false")
    expect(review).to_be_hidden()
    menu.focus()
    page.keyboard.press("Enter")
    expect(menu).to_have_attribute("aria-expanded", "true")
    expect(review).to_be_visible()
    page.keyboard.press("Tab")
    expect(page.get_by_role("navigation", name="Menu").get_by_role("link", name="Home")).to_be_focused()
    page.context.close()


def test_on_a_phone_without_javascript_every_link_is_listed(browser, live_server, html_pages):
    page = new_page(browser, live_server, html_pages, viewport=PHONE, java_script_enabled=False)
    sign_in_as(page, live_server, ProgrammeTeamFactory())
    page.goto("/dashboard/")

    expect(page.get_by_role("button", name="Menu")).to_have_count(0)
    expect(page.get_by_role("navigation", name="Menu").get_by_role("link", name="Review", exact=True)).to_be_visible()
    page.context.close()


def test_on_a_wide_screen_there_is_no_menu_button(page, live_server):
    sign_in_as(page, live_server, ProgrammeTeamFactory())
    page.goto("/dashboard/")

    expect(page.get_by_role("button", name="Menu")).to_be_hidden()
    expect(page.get_by_role("navigation", name="Menu").get_by_role("link", name="Review", exact=True)).to_be_visible()
