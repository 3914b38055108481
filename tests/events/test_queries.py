"""Every list page makes the same number of queries for 1 row as for 20."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from silverlinings.directory.models import Authority
from tests.events.factories import add_session, make_event, register

pytestmark = pytest.mark.django_db


def _count(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def _people(event, start: int, count: int) -> None:
    authorities = list(Authority.objects.all())
    workshop = event.sessions.get(kind="workshop")
    for n in range(start, start + count):
        register(event, f"p{n}@example.org", authority=authorities[n % 19], choices={workshop.slot: [workshop.pk]})


@pytest.mark.parametrize("name", ["events:event_manage", "events:coordinate"])
def test_registration_lists_make_the_same_queries_for_1_and_20_people(client_for, name):
    from silverlinings.events.services.workshops import workshops_allocate

    client = client_for("programme_team")
    event = make_event(capacity=10)
    add_session(event, "Family time by video", workshop=True, at_hour=11, capacity=30)
    workshops_allocate(event_id=event.pk)
    url = reverse(name, kwargs={"slug": event.slug})
    _people(event, 0, 1)
    one = _count(client, url)
    _people(event, 1, 19)  # some confirmed, some waiting
    assert _count(client, url) == one


def test_event_lists_make_the_same_queries_for_1_and_20_events(client_for):
    client = client_for("programme_team")
    make_event(slug="event-0")
    one = (_count(client, reverse("events:event_list")), _count(client, reverse("events:manage_events")))
    for n in range(1, 20):
        make_event(slug=f"event-{n}")
    assert (_count(client, reverse("events:event_list")), _count(client, reverse("events:manage_events"))) == one
