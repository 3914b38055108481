"""The writer in the browser: the report saves itself while they type, and a picture goes in with its alt text."""

import io

import pytest

from silverlinings.showcase.models import ReportVersion
from tests.accounts.factories import WriterFactory
from tests.browser import axe_violations, sign_in_as
from tests.showcase.factories import make_commission

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def _photo() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (1600, 1000), (30, 110, 180)).save(out, format="JPEG")
    return out.getvalue()


def test_the_report_saves_itself_while_the_writer_types(page, live_server):
    writer = WriterFactory(email="morgan@example.org")
    commission = make_commission(writer=writer)
    sign_in_as(page, live_server, writer)
    page.goto(f"/commissions/{commission.pk}/")
    assert axe_violations(page) == []

    page.get_by_label("Headline").fill("Conferences on time rose to 93%")
    page.locator("#autosave-status").filter(has_text="The report was saved at").wait_for()

    version = ReportVersion.objects.get(commission=commission)
    assert (version.note, version.content["headline"]) == ("Saved automatically", "Conferences on time rose to 93%")
    assert "answers" not in page.locator("#autosave-status").text_content()


def test_sending_the_draft_straight_after_typing_keeps_what_was_typed(page, live_server):
    from silverlinings.showcase.models import Commission, Status

    writer = WriterFactory(email="morgan@example.org")
    commission = make_commission(writer=writer)
    sign_in_as(page, live_server, writer)
    page.goto(f"/commissions/{commission.pk}/")

    page.get_by_label("Headline").fill("Conferences on time rose to 93%")
    page.get_by_label("What it took: cost").fill("No extra cost.")
    page.get_by_role("button", name="Send the draft to the programme team for review").click()
    page.get_by_text("Your draft is sent to the programme team for review.").wait_for()

    commission = Commission.objects.get(pk=commission.pk)
    assert (commission.status, commission.content["cost"]) == (Status.TEAM_REVIEW, "No extra cost.")


def test_the_writer_uploads_a_picture_with_alt_text_and_it_is_resized_for_the_web(page, live_server):
    writer = WriterFactory(email="morgan@example.org")
    commission = make_commission(writer=writer)
    sign_in_as(page, live_server, writer)
    page.goto(f"/commissions/{commission.pk}/pictures/")

    page.get_by_label("Picture").set_input_files(
        files=[{"name": "photo.jpg", "mimeType": "image/jpeg", "buffer": _photo()}]
    )
    page.get_by_role("button", name="Add the picture").click()
    page.locator(".govuk-error-summary").wait_for()
    assert (
        "Enter alternative text that says what the picture shows" in page.locator(".govuk-error-summary").inner_text()
    )
    page.get_by_label("Picture").set_input_files(
        files=[{"name": "photo.jpg", "mimeType": "image/jpeg", "buffer": _photo()}]
    )
    page.get_by_label("Alternative text").fill("A chair leads a conference with partners on a screen")
    page.get_by_role("button", name="Add the picture").click()

    page.get_by_role("img", name="A chair leads a conference with partners on a screen").wait_for()
    assert axe_violations(page) == []
    image = commission.images.get()
    assert (image.width, image.height) == (1600, 1000)
    assert page.evaluate("document.querySelector('.sl-figure img').naturalWidth") == 1280
