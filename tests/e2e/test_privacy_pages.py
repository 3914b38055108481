"""The team takes a child's personal data out of a held nomination, and erases a person's data, in the
browser at 320 px, with axe."""

import pytest

from silverlinings.calls.models import Nomination
from tests.accounts.factories import ContributorFactory, ProgrammeTeamFactory
from tests.browser import axe_violations
from tests.calls.factories import make_call, submitted_nomination
from tests.e2e.test_calls import sign_in_as

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

CHILD = "We worked with Jack Smith, aged 7, who lives at 12 Acacia Avenue."
FITS = "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"


def test_the_team_redacts_a_held_nomination_in_the_browser(page, live_server):
    call = make_call()
    nomination = submitted_nomination(call, what_you_did=CHILD)
    page.set_viewport_size({"width": 320, "height": 640})
    sign_in_as(page, live_server, ProgrammeTeamFactory())
    page.goto(f"/manage/calls/{call.slug}/nominations/")
    assert page.get_by_text("Held: personal data").is_visible()
    page.get_by_role("link", name=f"Take it out of {nomination.reference}").click()
    assert page.get_by_role("heading", level=1).inner_text().startswith("Personal data in")
    assert page.evaluate(FITS)
    assert axe_violations(page) == []
    answer = page.get_by_label("What you did differently", exact=False)
    answer.fill("")
    page.get_by_role("button", name="Save and release to the panel").click()
    page.locator(".govuk-error-summary").wait_for()
    assert axe_violations(page) == []
    page.get_by_label("What you did differently", exact=False).fill("We worked with a child and their family.")
    page.get_by_role("button", name="Save and release to the panel").click()
    page.get_by_text(f"{nomination.reference} is released to the panel.").wait_for()
    nomination.refresh_from_db()
    assert nomination.answers["what_you_did"] == "We worked with a child and their family."
    assert not nomination.is_held_for_personal_data


def test_the_team_erases_a_person_in_the_browser(page, live_server):
    person = ContributorFactory(email="sam.kaur@kent.example.org", full_name="Sam Kaur")
    nomination = submitted_nomination(make_call(), nominator=person)
    page.set_viewport_size({"width": 320, "height": 640})
    sign_in_as(page, live_server, ProgrammeTeamFactory())
    page.goto("/dashboard/")
    page.get_by_role("link", name="erase a person's data").click()
    assert axe_violations(page) == []
    page.get_by_label("Email address of the person who asked").fill("sam.kaur@kent.example.org")
    page.get_by_role("button", name="Find their data").click()
    page.get_by_text("What we hold on sam.kaur@kent.example.org").wait_for()
    assert page.evaluate(FITS)
    assert axe_violations(page) == []
    page.get_by_role("button", name="Erase their data").click()
    page.get_by_text("Their data is erased").wait_for()
    assert Nomination.objects.get(pk=nomination.pk).answers["contact"]["name"] == "[removed]"
