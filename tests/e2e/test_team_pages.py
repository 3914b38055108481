"""The team's pages for headings, the contact directory and the last call, in the browser, with axe."""

import pytest

from silverlinings.directory.models import Authority
from tests.accounts.factories import ProgrammeTeamFactory
from tests.browser import axe_violations
from tests.calls.factories import make_call
from tests.directory.factories import ContactFactory
from tests.e2e.test_calls import sign_in_as

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_the_team_adds_a_heading_in_the_browser_and_the_pages_pass_axe(page, live_server):
    call = make_call()
    sign_in_as(page, live_server, ProgrammeTeamFactory())
    page.goto(f"/manage/calls/{call.slug}/headings/")
    assert axe_violations(page) == []
    page.get_by_role("link", name="Add a heading").click()
    page.get_by_label("Question", exact=True).fill("Which age groups does it serve?")
    page.get_by_label("Key", exact=True).fill("age_groups")
    page.get_by_label("One choice").check()
    page.get_by_role("button", name="Save the heading").click()
    page.locator(".govuk-error-summary").wait_for()
    assert "Enter at least 2 choices, one on each line" in page.locator(".govuk-error-summary").inner_text()
    assert axe_violations(page) == []
    page.get_by_label("Choices", exact=True).fill("Under 5\n5 to 11\n12 to 18")
    page.get_by_role("button", name="Save the heading").click()
    page.get_by_text("The heading is added at the end.").wait_for()
    page.get_by_role("button", name="Up ‘Which age groups does it serve?’").click()
    page.get_by_role("link", name="Remove ‘Which age groups does it serve?’").click()
    assert axe_violations(page) == []
    page.get_by_role("button", name="Remove the heading").click()
    page.get_by_text("‘Which age groups does it serve?’ is removed.").wait_for()
    assert call.questions.filter(key="age_groups").count() == 0


def test_the_team_edits_the_directory_and_checks_the_last_call_in_the_browser(page, live_server):
    call = make_call()
    for place in Authority.objects.exclude(short_name="Medway"):
        ContactFactory(name=f"Lead for {place.short_name}", authority=place)
    sign_in_as(page, live_server, ProgrammeTeamFactory())
    page.goto(f"/manage/calls/{call.slug}/last-call/")
    assert "Medway has no contact with an email address" in page.locator(".govuk-error-summary").inner_text()
    assert axe_violations(page) == []
    page.get_by_role("link", name="Add a contact with an email address").click()
    assert axe_violations(page) == []
    page.get_by_role("link", name="Add a contact").click()
    page.get_by_role("button", name="Save the contact").click()
    page.locator(".govuk-error-summary").wait_for()
    assert axe_violations(page) == []
    page.get_by_label("Name", exact=True).fill("Priya Raman")
    page.get_by_label("Role", exact=True).fill("Data and Information Manager")
    page.get_by_label("Authority", exact=True).select_option("Medway")
    page.get_by_label("Email address").fill("priya.raman@medway.example.org")
    page.get_by_role("button", name="Save the contact").click()
    page.get_by_text("Priya Raman is added.").wait_for()
    page.get_by_role("link", name="Remove Priya Raman").click()
    assert axe_violations(page) == []
    page.goto(f"/manage/calls/{call.slug}/last-call/")
    page.get_by_role("button", name="Send the last call to 19 contacts").wait_for()
    assert axe_violations(page) == []
