"""Returned documents uploaded in the browser, read, and checked as drafts."""

from pathlib import Path

import pytest

from silverlinings.calls.models import Nomination
from tests.accounts.factories import ProgrammeTeamFactory
from tests.browser import axe_violations
from tests.calls.factories import make_call
from tests.e2e.test_calls import sign_in_as

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

RETURNS = Path(__file__).parent.parent / "data" / "returns"


def test_the_team_uploads_two_returns_and_checks_the_drafts_with_what_could_not_be_placed(page, live_server):
    call = make_call()
    sign_in_as(page, live_server, ProgrammeTeamFactory(full_name="Rachel Thorne", email="rachel@seslip.example.org"))
    page.goto(f"/calls/{call.slug}/upload/")
    page.get_by_label("Returned documents").set_input_files(
        [RETURNS / "05-extra-heading.docx", RETURNS / "04-numbered-no-contact.docx"]
    )
    page.get_by_role("button", name="Upload and read").click()
    page.get_by_role("heading", name="Your documents have been read").wait_for()
    assert axe_violations(page) == []
    assert (
        page.get_by_text("Text not placed under a heading: 1").count() == 2
    )  # one is the line above the first heading

    page.get_by_role("link", name="Family time by video for babies in care").click()
    page.get_by_role("heading", name="Check your answers before sending your nomination").wait_for()
    page.get_by_role("heading", name="Also in the document ‘05-extra-heading.docx’").wait_for()
    assert page.get_by_text("Our foster carers deserve the credit for this").count() == 1
    assert axe_violations(page) == []

    page.go_back()
    page.get_by_role("link", name="Remote reparation sessions").click()
    page.get_by_role("heading", name="There is a problem").wait_for()
    assert page.get_by_role("link", name="Enter the contact's name").count() == 1
    assert "rachel@seslip.example.org" not in page.content()
    assert Nomination.objects.filter(title="Remote reparation sessions").get().answers.get("contact") is None
