"""The bulletin pages in the real browser: no axe-core violations (the HTML email too, as a page), nothing
refused by the Content-Security-Policy, no sideways scrolling at 320 px, and subscribing and importing a
list done without JavaScript."""

import datetime

import pytest

from silverlinings.bulletins.models import Issue, Reminder, Subscriber
from silverlinings.directory.models import Network, NetworkMeeting
from tests.accounts.factories import ProgrammeTeamFactory
from tests.browser import axe_violations, in_browser, session_cookie
from tests.bulletins.factories import IssueFactory, ItemFactory, ResourceFactory, SubscriberFactory, weekly_update
from tests.directory.factories import ContactFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def world():
    weekly_update()
    sent = IssueFactory(number=429, date=datetime.date(2020, 11, 13), status=Issue.Status.SENT, published=True)
    chased = ItemFactory(
        issue=sent,
        headline="Last Call for Silver Linings suggestions",
        slug="last-call",
        body="Tell us about it.\n\n- small ideas\n- large ideas",
        action_required="Send it [by email](mailto:team@example.org).",
        deadline=datetime.date(2020, 11, 27),
    )
    sent.resources.add(ResourceFactory(title="Keeping children safe in education", url="https://www.gov.uk/kcsie"))
    contact = ContactFactory(name="Sam Kaur", role_title="Programme Manager")
    NetworkMeeting.objects.create(
        network=Network.objects.order_by("name").first(), date=datetime.date(2020, 12, 2), more_information_from=contact
    )
    draft = IssueFactory(number=430, date=datetime.date(2020, 11, 20))
    ItemFactory(issue=draft, headline="DfE writes to directors of public health", deadline=datetime.date(2020, 12, 4))
    Reminder.objects.create(issue=draft, item=chased)
    subscriber = SubscriberFactory()
    return {"team": ProgrammeTeamFactory(), "sent": sent, "draft": draft, "subscriber": subscriber}


def test_the_bulletin_pages_and_the_email_pass_axe_and_fit_a_phone(browser, live_server, world):
    sent, draft = world["sent"], world["draft"]
    paths = [
        "/bulletins/",
        "/bulletins/?q=silver",
        "/bulletins/update/",
        sent.get_absolute_url(),
        sent.items.get().get_share_url(),
        "/bulletins/tools-and-templates/",
        "/bulletins/subscribe/",
        f"/bulletins/preferences/{world['subscriber'].token}/",
        "/manage/bulletins/",
        f"/manage/bulletins/issues/{draft.pk}/",
        f"/manage/bulletins/issues/{draft.pk}/details/",
        f"/manage/bulletins/issues/{draft.pk}/items/add/",
        f"/manage/bulletins/issues/{draft.pk}/send/",
        f"/manage/bulletins/issues/{draft.pk}/preview/",
        "/manage/bulletins/tools-and-templates/",
        "/manage/bulletins/subscribers/",
        "/manage/bulletins/subscribers/import/",
        "/manage/bulletins/update/import/",
    ]
    violations, widths = {}, {}

    def steps(page):
        for path in paths:
            page.goto(path)
            violations[path] = axe_violations(page)
        page.goto(f"/manage/bulletins/issues/{draft.pk}/items/add/")
        page.get_by_role("button", name="Save the item").click()
        page.locator(".govuk-error-summary").wait_for()
        violations["item errors"] = axe_violations(page)
        page.set_viewport_size({"width": 320, "height": 800})
        for path in paths:
            page.goto(path)
            widths[path] = page.evaluate("document.documentElement.scrollWidth")

    console = in_browser(browser, live_server, session_cookie(live_server, world["team"]), steps)

    assert {path: found for path, found in violations.items() if found} == {}
    assert [text for text in console if "Content Security Policy" in text] == []
    assert {path: width for path, width in widths.items() if width > 320} == {}


def test_someone_subscribes_and_the_team_imports_a_list_without_javascript(browser, live_server, world, tmp_path):
    csv = tmp_path / "list.csv"
    csv.write_text("email\nfirst@example.org\nnot an address\n", encoding="utf-8")

    def subscribe(page):
        page.goto("/bulletins/subscribe/")
        page.get_by_label("Email address").fill("reader@example.org")
        page.get_by_label("Weekly update").check()
        page.get_by_role("button", name="Subscribe").click()
        page.get_by_text("Check your email").wait_for()

    def import_list(page):
        page.goto("/manage/bulletins/subscribers/import/")
        page.get_by_label("CSV file").set_input_files(str(csv))
        page.get_by_label("Weekly update").check()
        page.get_by_label("How did they agree to get it?").fill("Old Mailchimp list")
        page.get_by_role("button", name="Import").click()
        page.get_by_text("1 added, 0 already known").wait_for()

    in_browser(browser, live_server, session_cookie(live_server, world["team"]), subscribe, javascript=False)
    in_browser(browser, live_server, session_cookie(live_server, world["team"]), import_list, javascript=False)
    assert Subscriber.objects.get(email="reader@example.org").confirmed_at is None
    assert Subscriber.objects.get(email="first@example.org").consent == "Old Mailchimp list"
