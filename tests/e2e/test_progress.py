"""Progress pages never refresh under the reader: the script updates them in place, and without
JavaScript the "Check progress" button shows the page's own state."""

import re

import pytest
from django.core.files.base import ContentFile
from playwright.sync_api import expect

from silverlinings.calls.models import ReturnedDocument
from silverlinings.review.models import SuggestionRun
from tests.accounts.factories import ContributorFactory, ProgrammeTeamFactory
from tests.browser import axe_violations, focused, sign_in_as
from tests.calls.factories import make_call
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


def test_each_documents_row_follows_the_reading_without_a_reload(page, live_server):
    call, person, batch = make_call(), ContributorFactory(), "0b8e5c56-3b9e-4f0e-9a53-5c1f3f1c2a11"
    first, second = (
        ReturnedDocument(call=call, batch=batch, uploaded_by=person, original_name=name, size=3, sha256="0" * 64)
        for name in ("<b>first</b>.docx", "second.docx")
    )
    for document in (first, second):
        document.file.save("upload", ContentFile(b"abc"))
    sign_in_as(page, live_server, person)
    page.goto(f"/calls/{call.slug}/upload/{batch}/")
    rows = page.locator("tbody tr")
    expect(rows.locator(".govuk-tag")).to_have_text(["Waiting", "Waiting"])
    page.evaluate("() => { window.sameLoad = true; document.querySelector('tbody tr:last-child').kept = true; }")
    page.get_by_role("link", name="<b>first</b>.docx").focus()

    first.status, first.report = "problems", [{"nomination": 1, "title": "Warm Homes", "blank": ["Budget"]}]
    first.save()
    expect(rows.first.locator(".govuk-tag")).to_have_text("Read: check the drafts")

    assert rows.first.get_by_role("link", name="Warm Homes").is_visible()
    assert "Left blank: 1" in rows.first.inner_text()
    assert rows.last.locator(".govuk-tag").inner_text() == "Waiting"
    assert page.evaluate("() => document.querySelector('tbody tr:last-child').kept") is True  # left alone
    assert focused(page)["text"] == "<b>first</b>.docx"  # the same link, in the new row
    assert axe_violations(page) == []

    heading = page.get_by_role("heading", level=1)
    assert heading.inner_text() == "Reading your documents"
    ReturnedDocument.objects.filter(pk=second.pk).update(status="refused", message="Not a Word document")
    page.get_by_role("status").filter(has_text="Your documents have been read").wait_for()

    # The heading and its paragraph say so too, and the end is read out once, politely.
    assert heading.inner_text() == "Your documents have been read"
    assert page.locator("#progress-summary p").inner_text() == (
        "1 draft to check, 1 document not read. The drafts are in your nominations."
    )
    assert (
        page.get_by_role("status").inner_text()
        == "Your documents have been read: 1 draft to check, 1 document not read."
    )
    assert page.locator("[aria-live], [role=status]").count() == 1
    assert rows.locator(".govuk-tag").all_inner_texts() == ["Read: check the drafts", "Not read"]
    assert page.get_by_role("button", name="Show the results").is_visible()
    assert page.evaluate("() => window.sameLoad") is True  # never reloaded
    assert focused(page)["text"] == "<b>first</b>.docx"
    assert axe_violations(page) == []


def test_without_javascript_check_progress_shows_the_documents_have_been_read(page_without_javascript, live_server):
    page = page_without_javascript
    call, person, batch = make_call(), ContributorFactory(), "0b8e5c56-3b9e-4f0e-9a53-5c1f3f1c2a11"
    document = ReturnedDocument(
        call=call, batch=batch, uploaded_by=person, original_name="a.docx", size=3, sha256="0" * 64
    )
    document.file.save("upload", ContentFile(b"abc"))
    sign_in_as(page, live_server, person)
    page.goto(f"/calls/{call.slug}/upload/{batch}/")
    assert page.get_by_role("heading", level=1).inner_text() == "Reading your documents"

    ReturnedDocument.objects.filter(pk=document.pk).update(
        status="read", report=[{"nomination": 1, "title": "Warm Homes"}]
    )
    page.get_by_role("button", name="Check progress").click()

    page.get_by_role("heading", level=1, name="Your documents have been read").wait_for()
    assert page.locator("#progress-summary p").inner_text() == "1 draft to check. The drafts are in your nominations."
    assert page.title().startswith("Your documents have been read – ")
