"""The team writes an issue through its pages; the public reads the archive, an issue and one item."""

import datetime

import pytest
from django.urls import reverse

from silverlinings.bulletins.models import Issue, Item, Resource
from silverlinings.directory.models import Network, NetworkMeeting
from tests.bulletins.factories import (
    IssueFactory,
    ItemAttachmentFactory,
    ItemFactory,
    ResourceFactory,
    sent_issue,
    weekly_update,
)
from tests.directory.factories import ContactFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def team(client_for):
    return client_for("programme_team")


def item_data(**overrides) -> dict:
    data = {
        "headline": "Last Call for Silver Linings suggestions",
        "body": "Tell us about the innovations that will stay.\n\n- small ones\n- large ones",
        "action_required": "Send your nominations by [the form](https://example.org/nominate).",
        "deadline_0": "27",
        "deadline_1": "11",
        "deadline_2": "2020",
        "carry_forward_weeks": "",
        "event_date_0": "",
        "event_date_1": "",
        "event_date_2": "",
        "link_url": "",
        "link_text": "",
        "network": "",
        "service_area": "",
        "image_alt": "",
        "attachment_title": "",
    }
    data.update(overrides)
    return data


def test_the_team_starts_the_next_numbered_issue_and_adds_an_item(team):
    IssueFactory(number=451, date=datetime.date(2021, 2, 25), status=Issue.Status.SENT)
    response = team.post(reverse("bulletins:issue_create", kwargs={"slug": "update"}))
    issue = Issue.objects.get(number=452)
    assert response["Location"] == reverse("bulletins:issue_manage", kwargs={"pk": issue.pk})
    response = team.post(reverse("bulletins:item_add", kwargs={"pk": issue.pk}), item_data())
    assert response.status_code == 302
    item = Item.objects.get(issue=issue)
    assert (item.headline, item.slug, item.deadline) == (
        "Last Call for Silver Linings suggestions",
        "last-call-for-silver-linings-suggestions",
        datetime.date(2020, 11, 27),
    )
    page = team.get(reverse("bulletins:issue_manage", kwargs={"pk": issue.pk})).content.decode()
    assert "UPDATE NO 452" in page
    assert "Last Call for Silver Linings suggestions" in page


def test_an_item_that_links_to_javascript_is_refused_and_the_text_kept(team):
    issue = IssueFactory()
    response = team.post(
        reverse("bulletins:item_add", kwargs={"pk": issue.pk}),
        item_data(body="Click [here](javascript:alert(1)) now", deadline_0="31", deadline_1="2"),
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Link 1 uses javascript:, which is not allowed. Use a web address starting https://" in page
    assert "The deadline must be a real date" in page
    assert "Click [here](javascript:alert(1)) now" in page
    assert Item.objects.count() == 0


def test_a_huge_paste_is_refused_with_a_message(team):
    issue = IssueFactory()
    response = team.post(reverse("bulletins:item_add", kwargs={"pk": issue.pk}), item_data(body="word " * 5000))
    assert "Text must be 20,000 characters or fewer" in response.content.decode()
    assert Item.objects.count() == 0


def test_the_team_changes_the_issue_details_through_the_date_inputs(team):
    issue = IssueFactory(number=452)
    response = team.post(
        reverse("bulletins:issue_edit", kwargs={"pk": issue.pk}),
        {
            "number": "452",
            "date_0": "4",
            "date_1": "3",
            "date_2": "2021",
            "title": "",
            "introduction": "",
            "foreword": "",
            "signatory_name": "",
            "signatory_role": "",
        },
    )
    assert response.status_code == 302
    issue.refresh_from_db()
    assert issue.date == datetime.date(2021, 3, 4)


def test_a_sent_issue_cannot_be_changed(team):
    issue = sent_issue()
    response = team.post(reverse("bulletins:item_add", kwargs={"pk": issue.pk}), item_data())
    assert response["Location"] == reverse("bulletins:issue_manage", kwargs={"pk": issue.pk})
    assert issue.items.count() == 1


def test_the_public_issue_page_shows_items_registers_meetings_and_contacts(client):
    issue = sent_issue(number=429, date=datetime.date(2020, 11, 13))
    ItemFactory(issue=issue, headline="Ofsted focused visits", action_required="", slug="ofsted")
    issue.resources.add(ResourceFactory(title="Annual report 2019/20", publisher="Ofsted"))
    contact = ContactFactory(name="Sam Kaur", role_title="SESLIP Programme Manager", email="sam@example.org")
    network = Network.objects.order_by("name").first()
    NetworkMeeting.objects.create(network=network, date=datetime.date(2020, 12, 1), more_information_from=contact)
    page = client.get(issue.get_absolute_url()).content.decode()
    for shown in (
        "UPDATE NO 429",
        "13 November 2020",
        "Last call for Silver Linings suggestions",
        "Tools &amp; Templates",
        "Annual report 2019/20, Ofsted",
        "Future dates for network meetings",
        f"{network.name}",
        "More information from Sam Kaur",
        "Contact Details",
        "SESLIP Programme Manager",
    ):
        assert shown in page


def test_a_draft_is_not_public(client):
    issue = IssueFactory()
    assert client.get(issue.get_absolute_url()).status_code == 404


def test_one_item_has_its_own_page(client):
    issue = sent_issue()
    item = issue.items.get()
    response = client.get(item.get_share_url())
    assert response.status_code == 200
    assert "Last call for Silver Linings suggestions" in response.content.decode()


def test_the_archive_searches_across_items(client):
    sent_issue(number=429)
    other = sent_issue(number=430)
    ItemFactory(issue=other, headline="Youth justice network", slug="yj")
    page = client.get(reverse("bulletins:archive"), {"q": "youth justice"}).content.decode()
    assert "1 item found" in page
    assert "Youth justice network" in page


def test_the_atom_feed_lists_published_issues(client):
    sent_issue(number=429, date=datetime.date(2020, 11, 13))
    IssueFactory(number=430)
    response = client.get(reverse("bulletins:feed", kwargs={"slug": "update"}))
    body = response.content.decode()
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    assert "UPDATE NO 429, 13 November 2020" in body
    assert "UPDATE NO 430" not in body


def test_tools_and_templates_newest_first_with_search(client, client_for):
    team = client_for("programme_team")
    response = team.post(
        reverse("bulletins:resources_manage"),
        {
            "title": "Keeping children safe in education",
            "publisher": "DfE",
            "published_on_0": "1",
            "published_on_1": "9",
            "published_on_2": "2020",
            "url": "https://www.gov.uk/kcsie",
        },
    )
    assert response.status_code == 302
    ResourceFactory(title="Older guidance", published_on=datetime.date(2019, 1, 1))
    page = client.get(reverse("bulletins:resources")).content.decode()
    assert page.index("Keeping children safe in education") < page.index("Older guidance")
    found = client.get(reverse("bulletins:resources"), {"q": "dfe"}).content.decode()
    assert "Keeping children safe" in found
    assert "Older guidance" not in found
    assert Resource.objects.count() == 2


@pytest.mark.parametrize("rows", [1, 20])
def test_the_publication_archive_queries_do_not_grow(client, django_assert_num_queries, rows):
    for number in range(rows):
        sent_issue(number=600 + number)
    with django_assert_num_queries(4):
        client.get(reverse("bulletins:publication", kwargs={"slug": weekly_update().slug}))


@pytest.mark.parametrize("rows", [1, 20])
def test_the_team_list_queries_do_not_grow(client_for, django_assert_num_queries, rows):
    team = client_for("programme_team")
    for number in range(rows):
        sent_issue(number=600 + number)
    with django_assert_num_queries(9):
        team.get(reverse("bulletins:manage"))


def _flyer(name: str, content: bytes):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, content, "application/pdf")


def test_an_item_carries_several_attachments_that_readers_download(team):
    issue = IssueFactory()
    response = team.post(
        reverse("bulletins:item_add", kwargs={"pk": issue.pk}),
        {**item_data(attachment_title="The event flyer"), "attachment_upload": _flyer("flyer.pdf", b"%PDF-1.4 flyer")},
    )
    assert response.status_code == 302
    item = Item.objects.get()
    response = team.post(
        reverse("bulletins:item_edit", kwargs={"pk": item.pk}),
        {
            **item_data(attachment_title="The full report"),
            "attachment_upload": _flyer("report.pdf", b"%PDF-1.4 report"),
        },
    )
    assert response.status_code == 302
    flyer, report = item.attachments.all()
    assert (flyer.title, flyer.file.read(), report.title, report.file.read()) == (
        "The event flyer",
        b"%PDF-1.4 flyer",
        "The full report",
        b"%PDF-1.4 report",
    )
    editing = team.get(reverse("bulletins:item_edit", kwargs={"pk": item.pk})).content.decode()
    assert "The event flyer" in editing and "The full report" in editing
    Issue.objects.filter(pk=issue.pk).update(status=Issue.Status.SENT, published=True)
    page = team.get(issue.get_absolute_url()).content.decode()
    assert f'href="{flyer.file.url}">The event flyer</a>' in page
    assert f'href="{report.file.url}">The full report</a>' in page
    shared = team.get(item.get_share_url()).content.decode()
    assert f'href="{report.file.url}">The full report</a>' in shared


def test_the_team_removes_one_attachment_and_keeps_the_other(team):
    item = ItemFactory()
    for title in ("The event flyer", "The full report"):
        team.post(
            reverse("bulletins:item_edit", kwargs={"pk": item.pk}),
            {
                **item_data(headline=item.headline, attachment_title=title),
                "attachment_upload": _flyer("a.pdf", b"%PDF"),
            },
        )
    flyer, _report = item.attachments.all()
    response = team.post(reverse("bulletins:item_attachment_remove", kwargs={"pk": flyer.pk}))
    assert response["Location"] == reverse("bulletins:item_edit", kwargs={"pk": item.pk})
    assert [a.title for a in item.attachments.all()] == ["The full report"]


def test_an_attachment_needs_a_file_to_have_a_name(team):
    issue = IssueFactory()
    response = team.post(
        reverse("bulletins:item_add", kwargs={"pk": issue.pk}), item_data(attachment_title="The event flyer")
    )
    assert response.status_code == 200
    assert "Choose the file to attach, or leave its name empty" in response.content.decode()


def test_an_attachment_of_a_sent_issue_cannot_be_removed(team):
    item = ItemFactory()
    team.post(
        reverse("bulletins:item_edit", kwargs={"pk": item.pk}),
        {**item_data(headline=item.headline, attachment_title="Flyer"), "attachment_upload": _flyer("a.pdf", b"%PDF")},
    )
    Issue.objects.filter(pk=item.issue_id).update(status=Issue.Status.SENT)
    response = team.post(reverse("bulletins:item_attachment_remove", kwargs={"pk": item.attachments.get().pk}))
    assert response.status_code == 302
    assert item.attachments.count() == 1


def test_the_archive_is_by_year_newest_first(client):
    sent_issue(number=429, date=datetime.date(2020, 11, 13))
    sent_issue(number=452, date=datetime.date(2021, 3, 4))
    url = reverse("bulletins:publication", kwargs={"slug": "update"})
    newest = client.get(url).content.decode()
    assert "UPDATE NO 452" in newest
    assert "UPDATE NO 429" not in newest
    older = client.get(url, {"year": "2020"}).content.decode()
    assert "UPDATE NO 429" in older
    assert "UPDATE NO 452" not in older


def test_two_issues_cannot_share_a_number(team):
    IssueFactory(number=451)
    issue = IssueFactory(number=452)
    response = team.post(
        reverse("bulletins:issue_edit", kwargs={"pk": issue.pk}),
        {"number": "451", "date_0": "4", "date_1": "3", "date_2": "2021"},
    )
    page = response.content.decode()
    assert "There is already an issue numbered 451: choose another number" in page
    issue.refresh_from_db()
    assert issue.number == 452


def test_the_team_moves_an_item_up_and_down(team):
    issue = IssueFactory()
    first, second, third = (ItemFactory(issue=issue, position=n) for n in (1, 2, 3))
    url = reverse("bulletins:item_move", kwargs={"pk": third.pk})
    response = team.post(url, {"direction": "up"})
    assert response["Location"] == reverse("bulletins:issue_manage", kwargs={"pk": issue.pk}) + f"#item-{third.pk}"
    assert list(issue.items.order_by("position").values_list("pk", flat=True)) == [first.pk, third.pk, second.pk]
    team.post(reverse("bulletins:item_move", kwargs={"pk": first.pk}), {"direction": "up"})  # already first
    team.post(reverse("bulletins:item_move", kwargs={"pk": first.pk}), {"direction": "down"})
    assert list(issue.items.order_by("position").values_list("pk", flat=True)) == [third.pk, first.pk, second.pk]


@pytest.mark.parametrize("rows", [1, 20])
def test_the_issue_page_queries_do_not_grow_with_items_and_reminders(team, django_assert_num_queries, rows):
    from silverlinings.bulletins.models import Reminder

    earlier = IssueFactory(number=1, date=datetime.date(2020, 11, 6))
    issue = IssueFactory(number=2, date=datetime.date(2020, 11, 13))
    for _ in range(rows):
        ItemAttachmentFactory(item=ItemFactory(issue=issue))
        Reminder.objects.create(issue=issue, item=ItemAttachmentFactory(item=ItemFactory(issue=earlier)).item)
    with django_assert_num_queries(14):
        team.get(reverse("bulletins:issue_manage", kwargs={"pk": issue.pk}))


@pytest.mark.parametrize("rows", [1, 20])
def test_the_public_issue_page_queries_do_not_grow(client, django_assert_num_queries, rows):
    from silverlinings.bulletins.models import Reminder

    earlier = sent_issue(number=1, date=datetime.date(2020, 11, 6))
    issue = sent_issue(number=2, date=datetime.date(2020, 11, 13))
    network = Network.objects.order_by("name").first()
    for n in range(rows):
        ItemAttachmentFactory(item=ItemFactory(issue=issue, deadline=datetime.date(2020, 12, 1)))
        Reminder.objects.create(issue=issue, item=ItemAttachmentFactory(item=ItemFactory(issue=earlier)).item)
        issue.resources.add(ResourceFactory())
        contact = ContactFactory()
        NetworkMeeting.objects.create(
            network=network,
            date=datetime.date(2020, 11, 14) + datetime.timedelta(days=n),
            more_information_from=contact,
        )
    with django_assert_num_queries(8):
        client.get(issue.get_absolute_url())
