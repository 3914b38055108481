"""axe finds nothing on any showcase page, public or staff, filled with real content and with errors showing."""

import pytest

from silverlinings.showcase.impact import impact_ask
from silverlinings.showcase.models import Status
from silverlinings.showcase.pack import pack_build_now, pack_for
from silverlinings.showcase.services import commissions as services
from silverlinings.showcase.services import pack as services_pack
from tests.accounts.factories import ContributorFactory, ProgrammeTeamFactory, WriterFactory
from tests.browser import axe_violations, sign_in_as
from tests.showcase.factories import CONTENT, jpeg, make_commission, selected_nomination, team

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def _check(page, path: str) -> list:
    response = page.goto(path)
    assert response.status == 200, path
    return [(path, violation["id"]) for violation in axe_violations(page)]


def test_every_showcase_page_passes_axe(page, live_server):
    writer = WriterFactory(email="morgan@example.org")
    nominator = ContributorFactory(email="nominator.kent@example.org")
    published = make_commission(status=Status.PUBLISHED, title="Kent conferences")
    services.report_image_add(
        commission=published, data=jpeg(), alt_text="A chair", caption="Caption", credit="Kent", by=team()
    )
    impact_ask(commission_id=published.pk, months=6)
    drafting = make_commission(
        writer=writer, status=Status.DRAFTING, title="Drafting", nomination=selected_nomination(title="Drafting")
    )
    services.report_save(commission=drafting, content={**CONTENT, "headline": "Second"}, by=team())
    checking = make_commission(nominator=nominator, status=Status.FACT_CHECK, title="Checking")
    selected_nomination(title="Not commissioned yet")
    build = services_pack.pack_build_request(pack=pack_for(published.call), by=team())
    pack_build_now(build_id=build.pk)
    slug = published.call.slug
    found = []

    for path in (
        "/showcase/",
        f"/showcase/{published.slug}/",
        f"/showcase/{published.slug}/contact/",
        f"/showcase/updates/{published.impact_updates.get().token}/",
        "/showcase/?query=zzz",
    ):
        found += _check(page, path)
    page.get_by_role("button", name="Show reports").click()
    sign_in_as(page, live_server, writer)
    for path in (
        "/commissions/",
        f"/commissions/{drafting.pk}/",
        f"/commissions/{drafting.pk}/versions/?from=1&to=2",
        f"/commissions/{drafting.pk}/preview/",
        f"/commissions/{drafting.pk}/pictures/",
    ):
        found += _check(page, path)
    page.get_by_role("button", name="Add the picture").click()  # nothing chosen: errors
    page.locator(".govuk-error-summary").wait_for()
    found += [("pictures with errors", v["id"]) for v in axe_violations(page)]
    sign_in_as(page, live_server, nominator)
    found += _check(page, f"/fact-check/{checking.pk}/")
    sign_in_as(page, live_server, ProgrammeTeamFactory())
    for path in (
        "/manage/showcase/",
        f"/manage/showcase/calls/{slug}/commission/",
        f"/manage/showcase/{checking.pk}/",
        f"/packs/{slug}/",
        f"/packs/{slug}/makes/{build.pk}/",
    ):
        found += _check(page, path)
    page.goto(f"/manage/showcase/calls/{slug}/commission/")
    page.get_by_role("button", name="Commission the report").click()
    page.locator(".govuk-error-summary").wait_for()
    found += [("commission form with errors", v["id"]) for v in axe_violations(page)]

    assert found == []


def test_the_adoption_forms_error_summary_takes_focus_and_its_link_lands_on_the_first_radio(page, live_server):
    """The form sits far below the top of a long report: the summary at the top of the main content takes
    focus, its link moves focus to the first radio, and the message is shown by the radios too."""
    from playwright.sync_api import expect

    from tests.accounts.factories import UserFactory, authority
    from tests.browser import focused

    commission = make_commission(
        title="Kent conferences", nomination=selected_nomination(title="Kent conferences"), status=Status.PUBLISHED
    )
    sign_in_as(page, live_server, UserFactory(authority=authority("E06000035")))
    page.goto(live_server.url + commission.get_absolute_url())
    page.get_by_role("button", name="Tell us").click()
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_be_focused()
    assert summary.bounding_box()["y"] < page.locator("h1").bounding_box()["y"]
    summary.get_by_role("link", name="Select whether your authority has adopted this or is trying it").click()
    expect(page.locator("#id_kind_1")).to_be_focused()
    assert focused(page)["visible"]
    expect(page.locator("#id_kind_1_error")).to_be_visible()
    assert "Select whether your authority has adopted this or is trying it" in page.locator("#div_id_kind").inner_text()
