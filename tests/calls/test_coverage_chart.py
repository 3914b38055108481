"""Nominations over time on the coverage page: two charts with labelled axes and dates, and a table."""

from datetime import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from silverlinings.calls.coverage import coverage_for
from silverlinings.calls.models import Call, Nomination
from tests.accounts.factories import ProgrammeTeamFactory
from tests.calls.factories import make_call, submitted_nomination

pytestmark = pytest.mark.django_db


def sent_on(nomination, day: int) -> None:
    moment = timezone.make_aware(datetime(2026, 11, day, 10, 0))
    Nomination.objects.filter(pk=nomination.pk).update(submitted_at=moment)


@pytest.fixture
def call_in_november():
    call = make_call()
    for day, ons_code in [(2, "E10000016"), (2, "E06000038"), (4, "E06000035")]:
        sent_on(submitted_nomination(call, ons_code=ons_code), day)
    Call.objects.filter(pk=call.pk).update(
        opens_at=timezone.make_aware(datetime(2026, 11, 1, 9, 0)),
        closes_at=timezone.make_aware(datetime(2026, 11, 5, 17, 0)),
    )
    call.refresh_from_db()
    return call


def test_over_time_has_a_daily_chart_a_running_total_chart_and_the_figures(call_in_november):
    over_time = coverage_for(call_in_november).over_time

    assert over_time.daily.values == [0, 2, 0, 1, 0]
    assert over_time.running.values == [0, 2, 2, 3, 3]
    assert over_time.rows == [("2 November 2026", 2, 2), ("4 November 2026", 1, 3)]
    assert (over_time.max_total, over_time.busiest) == (3, ("2 November 2026", 2))
    assert (over_time.first, over_time.last) == ("1 November 2026", "5 November 2026")


def test_the_coverage_page_labels_both_charts_and_shows_the_figures_as_a_table(call_in_november, client):
    client.force_login(ProgrammeTeamFactory(), backend="django.contrib.auth.backends.ModelBackend")

    page = client.get(reverse("calls:coverage", kwargs={"slug": call_in_november.slug})).content.decode()

    assert (
        "Nominations sent each day, from 1 November 2026 to 5 November 2026. "
        "The most in one day: 2, on 2 November 2026." in page
    )
    assert "Total nominations sent so far: 3 by 5 November 2026." in page
    assert page.count('<text class="sl-chart__axis-title"') == 4
    assert ">1 Nov</text>" in page and ">5 Nov</text>" in page
    assert '<td class="govuk-table__cell">2 November 2026</td>' in page
    assert '<div class="sl-table-scroll" role="region" aria-label="Nominations over time" tabindex="0">' in page
