"""The call's dates and times are GOV.UK date inputs (day, month, year) with a time, in UK time."""

import pytest
from django.urls import reverse

from silverlinings.calls.models import Call
from tests.accounts.factories import ProgrammeTeamFactory
from tests.calls.factories import make_call

pytestmark = pytest.mark.django_db


def when(name: str, day="", month="", year="", time="") -> dict:
    return {f"{name}_0": day, f"{name}_1": month, f"{name}_2": year, f"{name}_3": time}


def call_data(**changes) -> dict:
    return {
        "title": "Silver Linings 2027",
        "slug": "sl-2027",
        "reference_prefix": "SL",
        "introduction": "Tell us.",
        "who_may_respond": "Everyone",
        "closing_soon_days": "7",
        **when("opens_at", "1", "6", "2027", "9:00"),
        **when("closes_at", "30", "6", "2027", "5pm"),
        **when("last_call_at"),
        **changes,
    }


@pytest.fixture
def team_client(client):
    client.force_login(ProgrammeTeamFactory(), backend="django.contrib.auth.backends.ModelBackend")
    return client


def test_a_call_is_made_from_day_month_year_and_time_in_uk_time(team_client):
    response = team_client.post(
        reverse("calls:call_create"), call_data(**when("last_call_at", "23", "6", "2027", "14:30"))
    )

    call = Call.objects.get(slug="sl-2027")
    assert response.status_code == 302
    assert call.opens_at.isoformat() == "2027-06-01T08:00:00+00:00"  # 9:00 British Summer Time
    assert call.closes_at.isoformat() == "2027-06-30T16:00:00+00:00"
    assert call.last_call_at.isoformat() == "2027-06-23T13:30:00+00:00"
    assert call.closing_soon_days == 7


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (when("opens_at", "31", "2", "2027", "9:00"), "The opening date must be a real date"),
        (when("opens_at", "1", "", "2027", "9:00"), "The opening date must include a month"),
        (when("opens_at", "", "", "2027", "9:00"), "The opening date must include a day and month"),
        (when("opens_at", "1", "6", "27", "9:00"), "Year must include 4 numbers"),
        (when("opens_at", "1", "6", "2027", ""), "The opening date must include a time"),
        (when("closes_at", "30", "6", "2027", "25:00"), "Enter the closing time like 9:00, 14:30 or 5pm"),
        (
            when("opens_at", "28", "3", "2027", "1:30"),
            "1:30 on 28 March 2027 does not exist in UK time: the clocks go forward from 1:00 to 2:00",
        ),
        (when("opens_at"), "Enter when the call opens"),
        ({"closing_soon_days": "a week"}, "Enter the number of days as a whole number, like 7"),
    ],
)
def test_a_wrong_date_or_time_is_explained_the_gov_uk_way_and_kept(team_client, changes, message):
    data = call_data(**changes)

    response = team_client.post(reverse("calls:call_create"), data)
    page = response.content.decode()

    assert response.status_code == 200
    assert Call.objects.filter(slug="sl-2027").count() == 0
    assert page.count(message) == 2  # in the error summary and at the field
    for name, value in changes.items():
        if value:
            assert f'name="{name}" value="{value}"' in page


def test_the_call_form_shows_gov_uk_date_inputs_with_the_calls_uk_time(team_client):
    call = make_call()
    Call.objects.filter(pk=call.pk).update(opens_at="2027-06-01T08:00:00+00:00", closes_at="2027-06-30T16:00:00+00:00")

    page = team_client.get(reverse("calls:call_edit", kwargs={"slug": call.slug})).content.decode()

    assert '<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">When the call opens</legend>' in " ".join(
        page.split()
    ).replace("> ", ">").replace(" <", "<")
    assert (
        '<input type="text" name="opens_at_0" value="1" '
        'class="govuk-input govuk-date-input__input govuk-input--width-2" inputmode="numeric"'
    ) in page
    assert '<label class="govuk-label govuk-date-input__label" for="id_opens_at_3">Time</label>' in page
    assert 'name="opens_at_0" value="1"' in page
    assert 'name="opens_at_1" value="6"' in page
    assert 'name="opens_at_2" value="2027"' in page
    assert 'name="opens_at_3" value="9:00"' in page
    assert 'type="text" name="closing_soon_days" value="7" inputmode="numeric"' in page
    assert 'type="datetime-local"' not in page
