"""A new weekly update suggests items from the programme's own state: a call opening, its last call,
a showcase report published since the previous issue, an event whose registration is open, and the
places each authority has left while they are kept for it."""

from datetime import timedelta

import pytest
from django.utils import timezone

from silverlinings.bulletins.services import issue_create
from silverlinings.core.formatting import govuk_date, govuk_datetime
from silverlinings.directory.models import Authority
from silverlinings.showcase.models import Status
from tests.bulletins.factories import weekly_update
from tests.calls.factories import make_call
from tests.events.factories import make_event, register, set_places
from tests.showcase.factories import make_commission

pytestmark = pytest.mark.django_db


def test_a_call_opening_this_week_is_suggested_with_its_deadline(programme_team):
    call = make_call(opens_in_days=2, closes_in_days=30)
    issue = issue_create(publication=weekly_update(), by=programme_team)
    [item] = issue.items.all()
    assert item.headline == "Silver Linings: nominations open"
    assert item.deadline == timezone.localdate(call.closes_at)
    assert f"[Read about the call and nominate](http://testserver/calls/{call.slug}/)" in item.body


def test_last_call_is_suggested_in_the_week_before_the_call_closes_and_only_once(programme_team):
    make_call(opens_in_days=-30, closes_in_days=5)
    issue = issue_create(publication=weekly_update(), by=programme_team)
    assert list(issue.items.values_list("headline", flat=True)) == ["Last call for Silver Linings suggestions"]
    again = issue_create(publication=weekly_update(), by=programme_team)
    assert again.items.count() == 0


def test_nothing_is_suggested_for_a_call_far_from_its_dates(programme_team):
    make_call(opens_in_days=-30, closes_in_days=30)
    assert issue_create(publication=weekly_update(), by=programme_team).items.count() == 0


def test_a_showcase_report_published_since_the_last_issue_is_suggested_once(programme_team):
    report = make_commission(status=Status.PUBLISHED, title="Hybrid child protection conferences")
    issue = issue_create(publication=weekly_update(), by=programme_team)
    [item] = issue.items.all()
    assert item.headline == "New showcase report: Hybrid child protection conferences"
    assert item.body == (
        "Hybrid child protection conferences is now in the showcase. "
        f"[Read the report](http://testserver/showcase/{report.slug}/)."
    )
    assert item.deadline is None
    again = issue_create(publication=weekly_update(), by=programme_team)
    assert again.items.count() == 0


def test_a_report_published_before_the_previous_issue_is_not_suggested(programme_team):
    make_commission(status=Status.PUBLISHED)
    today = timezone.localdate()
    issue_create(publication=weekly_update(), by=programme_team, on=today + timedelta(days=1), imported=True)
    later = issue_create(publication=weekly_update(), by=programme_team, on=today + timedelta(days=8))
    assert later.items.count() == 0


def test_a_report_not_yet_published_is_not_suggested(programme_team):
    make_commission(status=Status.APPROVED)
    assert issue_create(publication=weekly_update(), by=programme_team).items.count() == 0


def test_an_event_open_for_registration_is_suggested_with_its_date_and_carried_forward(programme_team):
    closes = timezone.now() + timedelta(days=10)
    event = make_event(starts_in_days=20, registration_closes_at=closes)
    issue = issue_create(publication=weekly_update(), by=programme_team)
    [item] = issue.items.all()
    assert item.headline == "Register for Silver Linings launch"
    assert item.body == (
        f"Silver Linings launch is at {govuk_datetime(event.starts_at)}. "
        f"[Register for a place](http://testserver/events/{event.slug}/register/)."
    )
    assert item.action_required == f"Register by {govuk_datetime(closes)}."
    assert item.deadline == timezone.localdate(closes)
    next_week = timezone.localdate() + timedelta(days=7)
    following = issue_create(publication=weekly_update(), by=programme_team, on=next_week)
    assert following.items.count() == 0
    assert [reminder.item for reminder in following.reminders.all()] == [item]


def test_an_event_not_yet_open_or_already_closed_is_not_suggested(programme_team):
    now = timezone.now()
    make_event(slug="later", registration_opens_at=now + timedelta(days=3))
    make_event(
        slug="closed",
        registration_opens_at=now - timedelta(days=9),
        registration_closes_at=now - timedelta(hours=1),
    )
    assert issue_create(publication=weekly_update(), by=programme_team).items.count() == 0


def test_the_places_each_authority_has_left_are_suggested_while_they_are_kept(programme_team):
    release = timezone.now() + timedelta(days=5)
    event = make_event(release_at=release)
    set_places(event, {"E10000016": 3, "E06000035": 2, "E10000030": 1})  # Kent, Medway, Surrey
    kent = Authority.objects.get(ons_code="E10000016")
    surrey = Authority.objects.get(ons_code="E10000030")
    register(event, "one@kent.example.org", authority=kent)
    register(event, "two@surrey.example.org", authority=surrey)
    issue = issue_create(publication=weekly_update(), by=programme_team)
    item = issue.items.get(headline__contains="places left")
    assert item.headline == f"Silver Linings launch: places left for each authority on {govuk_date(issue.date)}"
    assert item.body.endswith("Places left:\n\n- Kent: 2 of 3\n- Medway: 2 of 2")
    assert item.deadline is None
    assert f"by {govuk_datetime(release)}" in item.action_required


def test_no_places_left_are_suggested_once_they_are_released(programme_team):
    make_event(release_at=timezone.now() - timedelta(hours=1))
    headlines = [item.headline for item in issue_create(publication=weekly_update(), by=programme_team).items.all()]
    assert [headline for headline in headlines if "places left" in headline] == []
