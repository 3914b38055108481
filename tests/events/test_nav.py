"""The Events panel of the team's dashboard: the next events, their places and waiting lists."""

import pytest

from tests.accounts.factories import ProgrammeTeamFactory
from tests.events.factories import make_event, register, set_places

pytestmark = pytest.mark.django_db


def _panel(page: str) -> str:
    return page.split('<h2 class="govuk-heading-m">Events</h2>', 1)[1].split("<h2", 1)[0]


def test_the_dashboard_shows_the_next_events_with_places_taken_and_the_waiting_list(client):
    full = make_event(slug="launch", capacity=1, title="Silver Linings launch")
    set_places(full, {})
    register(full, "first@example.org")
    register(full, "second@example.org")
    register(full, "third@example.org")
    make_event(slug="past", title="Last year's launch", starts_in_days=-30)
    make_event(slug="later", title="Autumn workshop", starts_in_days=60, capacity=40)
    client.force_login(ProgrammeTeamFactory())
    panel = _panel(client.get("/dashboard/").content.decode())
    assert "Last year" not in panel
    assert panel.index("Silver Linings launch") < panel.index("Autumn workshop")
    assert "1 of 1 place taken, 2 on the waiting list" in panel
    assert "0 of 40 places taken, 0 on the waiting list" in panel
    assert 'href="/manage/events/launch/"' in panel
    assert 'href="/manage/events/"' in panel


def test_with_no_events_coming_the_panel_says_so(client):
    client.force_login(ProgrammeTeamFactory())
    assert "No events coming up." in _panel(client.get("/dashboard/").content.decode())


def test_the_panel_asks_the_same_number_of_queries_for_1_and_5_events(client, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(ProgrammeTeamFactory())
    register(make_event(slug="event-0", starts_in_days=10), "person0@example.org")
    client.get("/dashboard/")  # the person's roles are cached the way every later request finds them
    with CaptureQueriesContext(connection) as one:
        page = client.get("/dashboard/").content.decode()
    queries = len(one)  # read now: the query log is a bounded queue
    assert _panel(page).count("<li>") == 1
    for number in range(1, 5):
        register(make_event(slug=f"event-{number}", starts_in_days=10 + number), f"person{number}@example.org")
    client.get("/dashboard/")
    with django_assert_num_queries(queries):
        page = client.get("/dashboard/").content.decode()
    assert _panel(page).count("<li>") == 5
