"""A new weekly update suggests items from the programme's own state: a call opening, its last call."""

import pytest
from django.utils import timezone

from silverlinings.bulletins.services import issue_create
from tests.bulletins.factories import weekly_update
from tests.calls.factories import make_call

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
