"""The team pastes or uploads a past update, sees how it was read, and imports it as an archived issue."""

import datetime
import json
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from silverlinings.bulletins.models import Issue, Item
from silverlinings.directory.models import Contact

pytestmark = pytest.mark.django_db
DATA = Path(__file__).resolve().parent.parent / "data" / "bulletins"
URL = reverse("bulletins:issue_import", kwargs={"slug": "update"})


def text(name: str) -> str:
    return (DATA / f"{name}.txt").read_text(encoding="utf-8")


def expected(name: str) -> dict:
    return json.loads((DATA / f"{name}.expected.json").read_text(encoding="utf-8"))


@pytest.fixture
def team(client_for):
    return client_for("programme_team")


def test_the_reading_is_shown_before_anything_is_imported(team):
    response = team.post(URL, {"text": text("update-429-2020-11-13")})
    page = response.content.decode()
    assert "How it was read" in page
    assert "Last Call for Silver Linings suggestions" in page
    assert "Not understood (" in page
    assert Issue.objects.count() == 0


@pytest.mark.parametrize("name", ["update-368-2019-09-06", "update-429-2020-11-13"])
def test_a_published_update_becomes_an_archived_issue(team, name):
    want = expected(name)
    response = team.post(URL, {"text": text(name), "action": "import"})
    issue = Issue.objects.get()
    assert response["Location"] == reverse("bulletins:issue_manage", kwargs={"pk": issue.pk})
    assert (issue.number, issue.date.isoformat(), issue.status, issue.published) == (
        want["number"],
        want["date"],
        Issue.Status.SENT,
        True,
    )
    items = list(issue.items.filter(imported_reminder=False).values_list("headline", "action_required"))
    assert items == [(item["headline"], item["action_required"]) for item in want["items"]]
    reminders = list(issue.items.filter(imported_reminder=True).values_list("headline", flat=True))
    assert reminders == [item["headline"] for item in want["reminders"]]
    assert issue.resources.count() == len({(r["title"], r["publisher"]) for r in want["resources"]})
    public = team.get(issue.get_absolute_url()).content.decode()
    assert "Reminders from previous weeks" in public


def test_an_uploaded_windows_file_is_read(team):
    data = text("update-429-2020-11-13").encode("cp1252", errors="replace")
    team.post(URL, {"text": "", "file": SimpleUploadedFile("update.txt", data, "text/plain")})
    response = team.post(URL, {"text": text("update-429-2020-11-13"), "action": "import"})
    assert response.status_code == 302
    assert Issue.objects.get().number == 429


def test_contacts_not_in_the_directory_are_added_unlisted(team):
    team.post(URL, {"text": text("update-429-2020-11-13"), "action": "import"})
    names = [contact["name"] for contact in expected("update-429-2020-11-13")["contacts"]]
    added = Contact.objects.filter(name__in=names)
    assert added.count() == len(set(names))
    assert not added.filter(listed=True).exists()


def test_a_reminder_points_to_the_earlier_item_with_its_headline(team):
    first = team.post(URL, {"text": text("update-429-2020-11-13"), "action": "import"})
    assert first.status_code == 302
    earlier = Item.objects.get(headline="New funding for Complex LAC project")
    later = (
        "UPDATE NO 430 20 November 2020\n\n\nA new item\n\nSome news.\n\nAction Required: none\n\n\n"
        "Reminders from previous weeks\n\n\nNew funding for Complex LAC project\n\nListen to it.\n"
    )
    team.post(URL, {"text": later, "action": "import"})
    issue = Issue.objects.get(number=430)
    assert issue.date == datetime.date(2020, 11, 20)
    assert [reminder.item for reminder in issue.reminders.all()] == [earlier]
    assert not issue.items.filter(imported_reminder=True).exists()


def test_the_same_number_twice_is_refused_with_a_message(team):
    team.post(URL, {"text": text("update-429-2020-11-13"), "action": "import"})
    response = team.post(URL, {"text": text("update-429-2020-11-13"), "action": "import"})
    assert "Issue 429 is already in the archive" in response.content.decode()
    assert Issue.objects.count() == 1


def test_text_with_no_masthead_says_what_to_add(team):
    response = team.post(URL, {"text": "Just some words\n\nand more words.", "action": "import"})
    assert "No ‘UPDATE NO’ number was found" in response.content.decode()
    assert Issue.objects.count() == 0


def test_an_empty_paste_asks_for_the_text(team):
    response = team.post(URL, {"text": "   "})
    assert "Paste the text of the update, or upload it as a file" in response.content.decode()


def test_a_huge_paste_is_refused(team):
    response = team.post(URL, {"text": "word " * 60_000})
    assert "The text must be 250,000 characters or fewer" in response.content.decode()
