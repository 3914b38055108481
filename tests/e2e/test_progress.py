"""Progress pages never refresh under the reader: the script updates them in place, and without
JavaScript the "Check progress" button shows the page's own state."""

import re

import pytest
from playwright.sync_api import expect

from silverlinings.review.models import SuggestionRun
from tests.accounts.factories import ProgrammeTeamFactory
from tests.browser import axe_violations, focused, sign_in_as
from tests.review.factories import SuggestionRunFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def running(page, live_server):
    team = ProgrammeTeamFactory()
    run = SuggestionRunFactory(requested_by=team, status="running", progress=0.3, message="Finding themes")
    sign_in_as(page, live_server, team)
    return run, f"/manage/calls/{run.call.slug}/themes/suggest/{run.pk}/"


def test_the_progress_updates_in_place_and_keyboard_focus_stays_put(page, running):
    run, path = running
    page.goto(path)
    page.keyboard.press("Tab")  # the skip link
    page.keyboard.press("Enter")  # to #main-content: the address now ends with the fragment
    expect(page).to_have_url(re.compile(r"#main-content$"))  # waits for the jump, which can lag the key press
    page.get_by_role("button", name="Check progress").focus()
    assert axe_violations(page) == []

    SuggestionRun.objects.filter(pk=run.pk).update(status="done", progress=1.0, message="Suggested 3 themes")
    status = page.get_by_role("status").filter(has_text="The themes are suggested")
    status.wait_for()

    bar = page.get_by_role("progressbar")
    assert (bar.get_attribute("aria-valuenow"), bar.get_attribute("aria-valuetext")) == (
        "100",
        "Suggested 3 themes: 100%",
    )
    assert page.locator("#progress-label").inner_text() == "Suggested 3 themes: 100%"
    assert focused(page) == {
        "tag": "button",
        "id": "",
        "classes": "govuk-button govuk-button--secondary",
        "text": "Show the results",
        "visible": True,
    }
    page.keyboard.press("Enter")
    page.get_by_role("heading", name="Themes suggested").wait_for()
    assert page.get_by_role("link", name="See the themes").is_visible()


def test_without_javascript_check_progress_shows_the_pages_own_state(page_without_javascript, live_server):
    page = page_without_javascript
    team = ProgrammeTeamFactory()
    run = SuggestionRunFactory(requested_by=team, status="queued")
    sign_in_as(page, live_server, team)
    page.goto(f"/manage/calls/{run.call.slug}/themes/suggest/{run.pk}/")
    assert page.locator("#progress-label").inner_text() == "Waiting to start: 0%"

    SuggestionRun.objects.filter(pk=run.pk).update(status="done", progress=1.0, message="Suggested 2 themes")
    page.get_by_role("button", name="Check progress").click()

    page.get_by_role("heading", name="Themes suggested").wait_for()
    assert page.locator("#progress-label").inner_text() == "Suggested 2 themes: 100%"
    assert page.get_by_role("button", name="Check progress").count() == 0
