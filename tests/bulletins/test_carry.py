"""Items with a deadline, or a number of weeks, are carried into ‘Reminders from previous weeks’."""

import datetime

import pytest

from silverlinings.bulletins.carry import items_carried
from silverlinings.bulletins.services import issue_create, reminder_remove
from tests.bulletins.factories import IssueFactory, ItemFactory, weekly_update

pytestmark = pytest.mark.django_db
NOV_13 = datetime.date(2020, 11, 13)


def day(n: int) -> datetime.date:
    return NOV_13 + datetime.timedelta(days=n)


def test_an_item_is_carried_until_its_deadline_passes():
    item = ItemFactory(issue=IssueFactory(date=NOV_13, number=429), deadline=day(14))
    assert items_carried(publication=weekly_update(), on=day(7)) == [item]
    assert items_carried(publication=weekly_update(), on=day(14)) == [item]
    assert items_carried(publication=weekly_update(), on=day(21)) == []


def test_an_item_is_carried_for_the_weeks_the_team_set_even_before_its_deadline():
    item = ItemFactory(issue=IssueFactory(date=NOV_13, number=429), deadline=day(60), carry_forward_weeks=2)
    assert items_carried(publication=weekly_update(), on=day(14)) == [item]
    assert items_carried(publication=weekly_update(), on=day(21)) == []


def test_an_item_with_weeks_and_no_deadline_is_carried_for_those_weeks():
    item = ItemFactory(issue=IssueFactory(date=NOV_13, number=429), carry_forward_weeks=1)
    assert items_carried(publication=weekly_update(), on=day(7)) == [item]
    assert items_carried(publication=weekly_update(), on=day(8)) == []


def test_an_item_with_neither_is_not_carried():
    ItemFactory(issue=IssueFactory(date=NOV_13, number=429))
    assert items_carried(publication=weekly_update(), on=day(7)) == []


def test_a_new_issue_starts_with_its_reminders_and_the_next_number(programme_team):
    first = IssueFactory(date=NOV_13, number=429)
    chased = ItemFactory(issue=first, headline="Silver Linings call", deadline=day(20))
    ItemFactory(issue=first, headline="Done with", deadline=day(3))
    issue = issue_create(publication=weekly_update(), by=programme_team, on=day(7))
    assert (issue.number, issue.date) == (430, day(7))
    assert [reminder.item for reminder in issue.reminders.all()] == [chased]


def test_a_reminder_taken_out_by_hand_does_not_come_back(programme_team):
    ItemFactory(issue=IssueFactory(date=NOV_13, number=429), deadline=day(30))
    issue = issue_create(publication=weekly_update(), by=programme_team, on=day(7))
    reminder_remove(reminder=issue.reminders.get(), by=programme_team)
    assert issue.reminders.count() == 0
    later = issue_create(publication=weekly_update(), by=programme_team, on=day(14))
    assert later.reminders.count() == 0
