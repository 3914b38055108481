"""Places, the waiting list and workshops, through the services the pages call."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from silverlinings.events.models import Registration, Status, WorkshopPlace
from silverlinings.events.services import cancelling
from silverlinings.events.services import registration as registering
from silverlinings.events.services import workshops as allocating
from tests.accounts.factories import authority
from tests.events.factories import KENT, SURREY, add_session, make_event, register, set_places, statuses

pytestmark = pytest.mark.django_db


def test_authority_people_take_their_authoritys_places_then_general_admission(small):
    kent = authority(KENT)
    people = [register(small, f"k{n}@kent.example.org", authority=kent) for n in range(3)]
    assert statuses(*people) == [("confirmed", "authority"), ("confirmed", "authority"), ("confirmed", "general")]


def test_people_from_no_authority_take_general_admission_then_wait(small):
    people = [register(small, f"p{n}@example.org") for n in range(4)]
    assert statuses(*people) == [("confirmed", "general")] * 3 + [("waiting", "")]
    # The authorities' places are still theirs.
    assert statuses(register(small, "s@surrey.example.org", authority=authority(SURREY))) == [
        ("confirmed", "authority")
    ]


def test_general_admission_closed_to_authorities_sends_them_to_the_waiting_list():
    event = make_event(capacity=6, general_open_to_authorities=False)
    set_places(event, {KENT: 1})
    kent = authority(KENT)
    first, second = (
        register(event, "a@kent.example.org", authority=kent),
        register(event, "b@kent.example.org", authority=kent),
    )
    assert statuses(first, second) == [("confirmed", "authority"), ("waiting", "")]


def test_after_the_release_date_unused_authority_places_are_anyones():
    event = make_event(capacity=3, release_at=timezone.now() - timedelta(minutes=1))
    set_places(event, {KENT: 3})
    people = [register(event, f"p{n}@example.org") for n in range(4)]
    assert statuses(*people) == [("confirmed", "general")] * 3 + [("waiting", "")]


def test_registering_again_with_the_same_email_changes_the_first_registration(small):
    first = register(small, "Sam@Kent.example.org", authority=authority(KENT), job_role="Social worker")
    again = register(small, "sam@kent.example.org ", authority=authority(KENT), job_role="Team Manager")
    assert again.pk == first.pk
    assert list(Registration.objects.values_list("email", "job_role", "status")) == [
        ("sam@kent.example.org", "Team Manager", "confirmed")
    ]


def test_registration_closed_raises_and_keeps_nothing():
    event = make_event(
        registration_closes_at=timezone.now() - timedelta(minutes=1),
        registration_opens_at=timezone.now() - timedelta(days=2),
    )
    with pytest.raises(registering.RegistrationClosed):
        register(event, "late@example.org")
    assert Registration.objects.count() == 0


def test_confirmation_email_carries_the_calendar_and_the_change_or_cancel_link(
    small, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        registration = register(small, "sam@example.org")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject == "You are registered: Silver Linings launch"
    assert f"http://testserver/registration/{registration.token}/" in message.body
    assert [(name, mimetype) for name, _, mimetype in message.attachments] == [("event.ics", "text/calendar")]
    calendar = message.attachments[0][1]
    assert "SUMMARY:Silver Linings launch" in (calendar.decode() if isinstance(calendar, bytes) else calendar)


def test_an_offer_taken_in_time_confirms_the_place(small):
    people = [register(small, f"p{n}@example.org") for n in range(4)]
    cancelling.registration_cancel(registration=people[0])
    registering.offer_accept(registration=people[3])
    assert statuses(people[3]) == [("confirmed", "general")]


def test_an_expired_offer_cannot_be_taken_and_passes_to_the_next(small):
    people = [register(small, f"p{n}@example.org") for n in range(5)]
    cancelling.registration_cancel(registration=people[0])
    later = timezone.now() + timedelta(hours=49)
    with pytest.raises(registering.OfferNotOpen):
        registering.offer_accept(registration=people[3], now=later)
    assert registering.offer_expire(registration_id=people[3].pk, now=later) == "The offer lapsed; 1 new offer made"
    assert statuses(people[3], people[4]) == [("lapsed", ""), ("offered", "general")]


def test_an_offer_is_only_for_someone_a_place_is_open_to(small):
    """A Surrey place freeing up goes to the first Surrey person waiting, not to someone before them."""
    surrey, kent = authority(SURREY), authority(KENT)
    general = [register(small, f"g{n}@example.org") for n in range(3)]
    kents = [register(small, f"k{n}@kent.example.org", authority=kent) for n in range(3)]
    first_surrey = register(small, "s1@surrey.example.org", authority=surrey)
    second_surrey = register(small, "s2@surrey.example.org", authority=surrey)
    assert statuses(kents[2], second_surrey) == [("waiting", ""), ("waiting", "")]
    cancelling.registration_cancel(registration=first_surrey)
    assert statuses(kents[2], second_surrey) == [("waiting", ""), ("offered", "authority")]
    assert general


def test_release_offers_unused_authority_places_to_the_waiting_list():
    event = make_event(capacity=4, release_at=timezone.now() + timedelta(days=1))
    set_places(event, {KENT: 3})
    people = [register(event, f"p{n}@example.org") for n in range(3)]
    assert [p.status for p in people] == ["confirmed", "waiting", "waiting"]
    registering.Event.objects.filter(pk=event.pk).update(release_at=timezone.now() - timedelta(seconds=1))
    assert registering.places_release(event_id=event.pk) == (
        "Unused authority places released; 2 offers made to the waiting list"
    )
    assert statuses(*people[1:]) == [("offered", "general"), ("offered", "general")]


def test_workshops_are_allocated_by_preference_at_the_allocation_time():
    event = make_event(capacity=100)
    family = add_session(event, "Family time by video", workshop=True, at_hour=11, capacity=1)
    hybrid = add_session(event, "Hybrid conferences", workshop=True, at_hour=11, capacity=2)
    slot = family.slot
    people = [register(event, f"p{n}@example.org", choices={slot: [family.pk, hybrid.pk]}) for n in range(3)]
    assert WorkshopPlace.objects.count() == 0  # nothing is given out before the allocation
    assert allocating.workshops_allocate(event_id=event.pk) == "3 workshop places allocated to 3 people"
    fill = {session.title: session.places.count() for session in (family, hybrid)}
    assert fill == {"Family time by video": 1, "Hybrid conferences": 2}
    assert sorted(WorkshopPlace.objects.values_list("choice", flat=True)) == [1, 2, 2]
    assert allocating.workshops_allocate(event_id=event.pk) == "Already allocated"
    assert people


def test_after_the_allocation_newcomers_get_their_best_workshop_with_a_place_left():
    event = make_event(capacity=100)
    family = add_session(event, "Family time by video", workshop=True, at_hour=11, capacity=1)
    hybrid = add_session(event, "Hybrid conferences", workshop=True, at_hour=11, capacity=1)
    register(event, "first@example.org", choices={family.slot: [family.pk]})
    allocating.workshops_allocate(event_id=event.pk)
    late = register(event, "late@example.org", choices={family.slot: [family.pk, hybrid.pk]})
    later = register(event, "later@example.org", choices={family.slot: [family.pk, hybrid.pk]})
    assert [(p.session.title, p.choice) for p in late.workshop_places.all()] == [("Hybrid conferences", 2)]
    assert list(later.workshop_places.all()) == []


def test_changing_workshops_after_the_allocation_moves_to_the_new_first_choice_if_it_has_room():
    event = make_event(capacity=100)
    family = add_session(event, "Family time by video", workshop=True, at_hour=11, capacity=1)
    hybrid = add_session(event, "Hybrid conferences", workshop=True, at_hour=11, capacity=1)
    person = register(event, "p@example.org", choices={family.slot: [family.pk]})
    allocating.workshops_allocate(event_id=event.pk)
    registering.workshops_change(registration=person, choices={family.slot: [hybrid.pk, family.pk]})
    assert [p.session.title for p in person.workshop_places.all()] == ["Hybrid conferences"]


def test_status_labels_read_as_people_say_them():
    assert Status.WAITING.label == "On the waiting list"


def test_the_confirmation_lists_the_workshops_in_text_and_html(django_capture_on_commit_callbacks):
    event = make_event(capacity=100)
    family = add_session(event, "Family time & video", workshop=True, at_hour=11, capacity=5)
    allocating.workshops_allocate(event_id=event.pk)
    with django_capture_on_commit_callbacks(execute=True):
        register(event, "p@example.org", choices={family.slot: [family.pk]})
    message = mail.outbox[-1]
    assert "- Family time & video, 11am on" in message.body
    html = message.alternatives[0][0]
    assert "<ul><li>Family time &amp; video, 11am on" in html


def test_the_confirmation_is_queued_in_the_registrations_own_transaction(small, settings):
    """With a worker's queue, the email's task row is written with the registration: both are kept, or neither."""
    from django.db import transaction
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    with transaction.atomic():
        registration = register(small, "sam@example.org")
        queued = list(DBTaskResult.objects.values_list("task_path", "args_kwargs"))  # before any commit
    assert queued == [
        (
            "silverlinings.events.tasks.registration_email_send",
            {"args": [], "kwargs": {"registration_id": registration.pk, "changed": False}},
        )
    ]
    small.registration_closes_at = timezone.now() - timedelta(minutes=1)
    small.save()
    with pytest.raises(registering.RegistrationClosed):
        register(small, "late@example.org")
    assert DBTaskResult.objects.count() == 1
