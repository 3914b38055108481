"""Returned Word documents uploaded through the page in the browser, read on the worker into drafts."""

import pytest

from silverlinings.calls.models import Nomination
from tests.accounts.factories import ContributorFactory
from tests.browser import axe_violations, sign_in_as
from tests.calls.docs.forms import ANSWERS, blank_form, fill_in
from tests.calls.factories import make_call

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def test_several_word_documents_uploaded_in_the_browser_become_drafts_to_check(page, live_server, tmp_path):
    call = make_call()
    person = ContributorFactory(email="sam.kaur@example.org", full_name="Sam Kaur")
    titles = ["Hybrid conferences", "Family group meetings online", "Virtual school drop-ins"]
    files = []
    for number, title in enumerate(titles, start=1):
        path = tmp_path / f"nomination-{number}.docx"
        path.write_bytes(fill_in(blank_form(), {**ANSWERS, "title": title}))
        files.append(path)
    sign_in_as(page, live_server, person)

    page.goto(f"/calls/{call.slug}/upload/")
    assert axe_violations(page) == []
    page.get_by_label("Returned documents").set_input_files(files)
    page.get_by_role("button", name="Upload and read").click()

    page.get_by_role("heading", name="Your documents have been read").wait_for()
    assert axe_violations(page) == []
    for title in titles:
        assert page.get_by_role("link", name=title).count() == 1
    page.get_by_role("link", name="Family group meetings online").click()
    page.get_by_role("heading", name="Check your answers before sending your nomination").wait_for()
    drafts = Nomination.objects.filter(nominator=person, status="draft")
    assert sorted(drafts.values_list("title", flat=True)) == sorted(titles)


def test_an_upload_with_no_file_chosen_gets_a_gov_uk_error_in_the_browser(page, live_server):
    call = make_call()
    sign_in_as(page, live_server, ContributorFactory())
    page.goto(f"/calls/{call.slug}/upload/")
    page.get_by_role("button", name="Upload and read").click()
    page.locator(".govuk-error-summary").wait_for()
    assert "Select at least one document to upload" in page.locator(".govuk-error-summary").inner_text()
    assert axe_violations(page) == []
