"""The demo holds two publications, an imported issue, reminders carried forward and subscribers; twice is safe."""

import io

import pytest
from django.core.management import call_command

from silverlinings.bulletins.models import Issue, Subscriber

pytestmark = pytest.mark.django_db


def test_the_demo_data_loads_twice_without_doubling(settings):
    settings.DEBUG = True
    call_command("demo_data", stdout=io.StringIO())
    call_command("demo_data", stdout=io.StringIO())
    draft = Issue.objects.get(publication__slug="update", number=453)
    assert draft.status == Issue.Status.DRAFT
    headlines = [reminder.item.headline for reminder in draft.reminders.all()]
    # Soonest deadline first, those carried for a number of weeks without a deadline last.
    assert headlines[0] == "Last call for Silver Linings suggestions"
    assert headlines[-1] == "Social Work England: renew your registration"
    assert Issue.objects.get(number=429).imported
    assert Issue.objects.filter(publication__slug="newsletter").count() == 1
    assert Subscriber.objects.count() == 5
