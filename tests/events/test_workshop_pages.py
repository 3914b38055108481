"""The pages of workshop lines and of taking a session out of the programme, with the real forms."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from silverlinings.events.models import Event, Session, WorkshopPlace
from tests.events.factories import add_session, allocated_slot, make_event, register

pytestmark = pytest.mark.django_db


@pytest.fixture
def launch():
    event = make_event(capacity=100)
    keynote = add_session(event, "Welcome and keynote")
    a, b, c = allocated_slot(event, [("Family time by video", 1), ("Hybrid conferences", 1), ("Virtual school", 5)])
    people = [register(event, f"p{n}@example.org", choices={a.slot: [a.pk, b.pk, c.pk]}) for n in range(4)]
    return event, keynote, (a, b, c), people


def _text(response) -> str:
    return " ".join(response.content.decode().split())


def test_a_registrant_sees_their_workshop_and_where_they_stand_in_each_line_above_it(client, launch):
    _event, _keynote, _workshops, people = launch
    page = _text(client.get(people[3].get_absolute_url()))
    assert "Virtual school" in page
    assert "3rd in line for Family time by video (your 1st choice)" in page
    assert "2nd in line for Hybrid conferences (your 2nd choice)" in page
    page = _text(client.get(people[2].get_absolute_url()))
    assert "1st in line for Hybrid conferences (your 2nd choice): the next place in it is yours" in page
    assert "in line" not in _text(client.get(people[0].get_absolute_url()))


def test_the_team_sees_how_many_wait_for_each_workshop(client_for, launch):
    event, *_ = launch
    page = _text(client_for("programme_team").get(reverse("events:event_manage", kwargs={"slug": event.slug})))
    assert "Waiting for a place" in page
    rows = page.split('<tr class="govuk-table__row">')
    cells = next(row.split("</tr>")[0] for row in rows if "Family time by video</td>" in row)
    assert cells.endswith('numeric">1 of 1</td><td class="govuk-table__cell govuk-table__cell--numeric">3</td>')


def _remove_url(event, session) -> str:
    return reverse("events:session_remove", kwargs={"slug": event.slug, "pk": session.pk})


def test_taking_a_workshop_out_says_whom_it_touches_then_moves_and_tells_them(
    client_for, launch, django_capture_on_commit_callbacks
):
    event, _keynote, (a, _b, _c), _people = launch
    client = client_for("programme_team")
    manage = _text(client.get(reverse("events:event_manage", kwargs={"slug": event.slug})))
    assert _remove_url(event, a) in manage
    page = _text(client.get(_remove_url(event, a)))
    assert "1 person has a place in it." in page
    assert "3 more people ranked it among their choices" in page
    # No answer: a GOV.UK error, nothing removed.
    page = _text(client.post(_remove_url(event, a), {}))
    assert "There is a problem" in page
    assert "Select yes to take the session out of the programme, or no to keep it" in page
    assert client.post(_remove_url(event, a), {"confirm": "no"}).status_code == 302
    assert Session.objects.filter(pk=a.pk).exists()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(_remove_url(event, a), {"confirm": "yes"}, follow=True)
    assert "‘Family time by video’ is no longer in the programme. The 1 person who had a place in it" in _text(response)
    assert not Session.objects.filter(pk=a.pk).exists()
    assert [m.to for m in mail.outbox if m.subject.startswith("A workshop has changed")] == [["p0@example.org"]]
    # B's one place is held: their next choice with room is C.
    assert WorkshopPlace.objects.filter(registration__email="p0@example.org").get().session.title == "Virtual school"


def test_taking_out_a_plenary_says_registrations_do_not_change(client_for, launch):
    event, keynote, *_ = launch
    client = client_for("programme_team")
    page = _text(client.get(_remove_url(event, keynote)))
    assert "Nobody holds a place in a plenary session" in page
    assert client.post(_remove_url(event, keynote), {"confirm": "yes"}).status_code == 302
    assert not Session.objects.filter(pk=keynote.pk).exists()
    assert ": Welcome and keynote</h3>" not in _text(client.get(event.get_absolute_url()))


def test_after_the_event_a_session_cannot_be_taken_out(client_for, launch):
    event, _keynote, (a, _b, _c), _people = launch
    Event.objects.filter(pk=event.pk).update(
        starts_at=timezone.now() - timedelta(hours=5), ends_at=timezone.now() - timedelta(hours=1)
    )
    client = client_for("programme_team")
    page = _text(client.get(_remove_url(event, a)))
    assert "The event is over: its programme can no longer change." in page
    assert 'name="confirm"' not in page
    # A page opened before the end and sent after it.
    page = _text(client.post(_remove_url(event, a), {"confirm": "yes"}))
    assert "There is a problem" in page
    assert "The event is over: its programme can no longer change" in page
    assert Session.objects.filter(pk=a.pk).exists()


def test_the_event_page_says_which_workshops_are_full_once_they_are_given_out(client):
    event = make_event(capacity=100)
    full, _free = allocated_slot(event, [("Family time by video", 1), ("Virtual school", 5)])
    register(event, "holder@example.org", choices={full.slot: [full.pk]})

    page = client.get(reverse("events:event_detail", kwargs={"slug": event.slug})).content.decode()

    assert "1 place, all taken: choose it to join its waiting line." in page
    assert "5 places. <a" in page


def test_the_choices_in_each_slot_are_listed_with_no_stray_separator(client):
    event = make_event(capacity=100)
    first = add_session(event, "Family time by video", workshop=True, at_hour=11, capacity=5)
    second = add_session(event, "Virtual school", workshop=True, at_hour=11, capacity=5)
    later = add_session(event, "Youth justice online", workshop=True, at_hour=13, capacity=5)
    choices = {first.slot: [first.pk, second.pk], later.slot: [later.pk]}
    registration = register(event, "someone@example.org", choices=choices)

    page = client.get(registration.get_absolute_url()).content.decode()

    assert "Your choices: 1. Family time by video; 2. Virtual school (" in page
    assert "Your choices: 1. Youth justice online (" in page
