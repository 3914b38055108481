"""The pages, taken the way people take them: the real forms posted with the test client."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from silverlinings.accounts.models import MembershipRole
from silverlinings.accounts.services import membership_grant
from silverlinings.core.formatting import govuk_datetime
from silverlinings.events.models import Allocation, Event, PlaceHold, Registration, Session
from silverlinings.events.selectors import cancelled_at
from tests.accounts.factories import ContributorFactory, authority
from tests.events.factories import add_session, allocated_slot, make_event, register, set_places

pytestmark = pytest.mark.django_db

KENT, SURREY = "E10000016", "E10000030"


def _form(event, **overrides) -> dict:
    data = {
        "full_name": "Sam Kaur",
        "email": "sam.kaur@kent.example.org",
        "authority": str(authority(KENT).pk),
        "organisation": "",
        "job_role": "Team Manager",
        "access_other": "",
        "website": "",
    }
    data.update(overrides)
    return data


def _register_url(event) -> str:
    return reverse("events:register", kwargs={"slug": event.slug})


def test_registering_through_the_form_confirms_and_emails(client, django_capture_on_commit_callbacks):
    event = make_event()
    family = add_session(event, "Family time by video", workshop=True, at_hour=11, capacity=20)
    hybrid = add_session(event, "Hybrid conferences", workshop=True, at_hour=11, capacity=20)
    data = _form(
        event,
        access_needs=["captions"],
        **{f"slot_{family.slot}_1": str(hybrid.pk), f"slot_{family.slot}_2": str(family.pk)},
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(_register_url(event), data)
    registration = Registration.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/registration/{registration.token}/"
    assert (registration.full_name, registration.authority.ons_code, registration.status, registration.place) == (
        "Sam Kaur",
        KENT,
        "confirmed",
        "authority",
    )
    assert registration.access_needs == ["captions"]
    assert list(registration.choices.values_list("session__title", "rank")) == [
        ("Hybrid conferences", 1),
        ("Family time by video", 2),
    ]
    assert [message.subject for message in mail.outbox] == ["You are registered: Silver Linings launch"]
    page = client.get(response["Location"]).content.decode()
    assert "You are registered" in page
    assert "1. Hybrid conferences; 2. Family time by video" in page


def test_the_form_offers_a_workshop_as_soon_as_the_team_adds_or_renames_one(client):
    """The form's workshops are kept between requests, but a change to the programme shows at once."""
    from silverlinings.events.services import events as services

    event = make_event()
    family = add_session(event, "Family time by video", workshop=True, at_hour=11, capacity=20)
    assert "Family time by video" in client.get(_register_url(event)).content.decode()
    add_session(event, "Hybrid conferences", workshop=True, at_hour=11, capacity=20)
    services.session_save(event=event, by=None, session=family, title="Family time online")
    page = client.get(_register_url(event)).content.decode()
    assert "Hybrid conferences" in page
    assert "Family time online" in page


def test_a_form_with_mistakes_says_what_to_fix_and_keeps_what_was_typed(client):
    event = make_event()
    response = client.post(_register_url(event), _form(event, full_name="", email="sam.kaur@", authority="none"))
    page = response.content.decode()
    assert response.status_code == 200
    assert Registration.objects.count() == 0
    assert "There is a problem" in page
    assert "Enter your full name" in page
    assert "Enter an email address in the correct format, like name@example.org" in page
    assert "Enter your organisation, as you are not from one of the authorities" in page
    assert 'value="sam.kaur@"' in page


def test_workshop_choices_in_order_with_no_gaps_and_no_repeats(client):
    event = make_event()
    family = add_session(event, "Family time by video", workshop=True, at_hour=11, capacity=20)
    add_session(event, "Hybrid conferences", workshop=True, at_hour=11, capacity=20)
    gap = client.post(_register_url(event), _form(event, **{f"slot_{family.slot}_2": str(family.pk)}))
    assert "Choose workshops in order, with no gaps" in gap.content.decode()
    twice = client.post(
        _register_url(event),
        _form(event, **{f"slot_{family.slot}_1": str(family.pk), f"slot_{family.slot}_2": str(family.pk)}),
    )
    assert "Choose each workshop only once" in twice.content.decode()
    assert Registration.objects.count() == 0


def test_registering_twice_with_one_email_changes_the_first_and_says_so(client):
    event = make_event()
    client.post(_register_url(event), _form(event, job_role="Social worker"))
    response = client.post(_register_url(event), _form(event, email="SAM.KAUR@kent.example.org"), follow=True)
    assert list(Registration.objects.values_list("email", "job_role")) == [
        ("sam.kaur@kent.example.org", "Team Manager")
    ]
    assert "we have changed your registration, not made a second one" in response.content.decode()


def test_a_full_event_puts_people_on_the_waiting_list(client):
    event = make_event(capacity=1)
    set_places(event, {})
    register(event, "first@example.org")
    response = client.post(_register_url(event), _form(event, authority="none", organisation="Barnardo's"), follow=True)
    assert Registration.objects.get(email="sam.kaur@kent.example.org").status == "waiting"
    assert "You are on the waiting list" in response.content.decode()


def test_a_closed_registration_says_so_and_keeps_nothing(client):
    now = timezone.now()
    event = make_event(registration_opens_at=now - timedelta(days=3), registration_closes_at=now - timedelta(days=1))
    assert "Registration is not open" in client.get(_register_url(event)).content.decode()
    response = client.post(_register_url(event), _form(event))
    assert "closed at" in response.content.decode()
    assert Registration.objects.count() == 0


def test_a_form_filled_in_by_a_script_is_answered_but_not_kept(client):
    event = make_event()
    response = client.post(_register_url(event), _form(event, website="http://spam.example"))
    assert response.status_code == 200
    assert "Registration received" in response.content.decode()
    assert Registration.objects.count() == 0
    assert mail.outbox == []


def test_too_many_registrations_from_one_address_are_refused_with_a_message(client, settings):
    settings.EVENT_REGISTRATION_LIMITS = {"client": (2, 10), "address": (5, 10)}
    event = make_event()
    for n in range(2):
        client.post(_register_url(event), _form(event, email=f"p{n}@example.org"))
    response = client.post(_register_url(event), _form(event, email="p3@example.org"))
    assert response.status_code == 429
    assert "There have been too many registrations from here in the last few minutes" in response.content.decode()
    assert 'value="p3@example.org"' in response.content.decode()
    assert Registration.objects.count() == 2


def test_cancelling_through_the_page_frees_the_place_for_the_waiting_list(client):
    event = make_event(capacity=1)
    set_places(event, {})
    first = register(event, "first@example.org")
    waiting = register(event, "waiting@example.org")
    url = reverse("events:registration_cancel", kwargs={"token": first.token})
    assert "Are you sure you want to cancel your registration?" in client.get(url).content.decode()
    response = client.post(url, follow=True)
    assert "Your registration is cancelled" in response.content.decode()
    waiting.refresh_from_db()
    assert waiting.status == "offered"
    page = client.get(waiting.get_absolute_url()).content.decode()
    assert "A place is free for you" in page
    client.post(reverse("events:offer_accept", kwargs={"token": waiting.token}))
    waiting.refresh_from_db()
    assert waiting.status == "confirmed"


def test_an_expired_offer_says_so(client):
    event = make_event(capacity=1)
    set_places(event, {})
    first, waiting = register(event, "first@example.org"), register(event, "waiting@example.org")
    client.post(reverse("events:registration_cancel", kwargs={"token": first.token}))
    Registration.objects.filter(pk=waiting.pk).update(offer_expires_at=timezone.now() - timedelta(minutes=1))
    response = client.post(reverse("events:offer_accept", kwargs={"token": waiting.token}), follow=True)
    assert "This offer has ended, so the place has gone to the next person waiting" in response.content.decode()
    waiting.refresh_from_db()
    assert waiting.status == "offered"  # the scheduled job passes it on


def test_changing_workshops_through_the_page(client):
    event = make_event()
    family = add_session(event, "Family time by video", workshop=True, at_hour=11, capacity=20)
    hybrid = add_session(event, "Hybrid conferences", workshop=True, at_hour=11, capacity=20)
    person = register(event, "p@example.org", choices={family.slot: [family.pk]})
    url = reverse("events:workshops_change", kwargs={"token": person.token})
    response = client.post(url, {f"slot_{family.slot}_1": str(hybrid.pk)})
    assert response.status_code == 302
    assert list(person.choices.values_list("session__title", flat=True)) == ["Hybrid conferences"]


def test_an_unknown_link_is_not_found(client):
    assert client.get(reverse("events:registration", kwargs={"token": "guessed"})).status_code == 404
    assert client.get(reverse("events:join", kwargs={"token": "guessed"})).status_code == 404


def test_joining_details_only_near_the_time_and_the_link_records_attendance(client):
    event = make_event(starts_in_days=1)
    person = register(event, "p@example.org")
    join = reverse("events:join", kwargs={"token": person.joining_token})
    page = client.get(person.get_absolute_url()).content.decode()
    assert join not in page
    assert "https://teams.example.org" not in page
    assert "Joining opens at" in client.get(join).content.decode()
    Event.objects.filter(pk=event.pk).update(starts_at=timezone.now() + timedelta(minutes=30))
    assert f'action="{join}"' in client.get(person.get_absolute_url()).content.decode()
    response = client.post(join)
    assert (response.status_code, response["Location"]) == (302, "https://teams.example.org/meet/launch")
    person.refresh_from_db()
    assert person.attended_at is not None


def test_opening_the_joining_link_shows_a_button_and_records_nothing(client):
    event = make_event(starts_in_days=1)
    person = register(event, "p@example.org", full_name="Sam Kaur")
    Event.objects.filter(pk=event.pk).update(starts_at=timezone.now() + timedelta(minutes=30))
    join = reverse("events:join", kwargs={"token": person.joining_token})
    response = client.get(join)
    assert response.status_code == 200
    assert f'<form method="post" action="{join}"' in response.content.decode()
    assert "https://teams.example.org" not in response.content.decode()
    person.refresh_from_db()
    assert (person.attended_at, person.joined_from) == (None, "")


def test_the_join_button_pressed_twice_records_attendance_once(client):
    event = make_event(starts_in_days=1)
    person = register(event, "p@example.org")
    Event.objects.filter(pk=event.pk).update(starts_at=timezone.now() + timedelta(minutes=30))
    join = reverse("events:join", kwargs={"token": person.joining_token})
    client.post(join)
    first = Registration.objects.get(pk=person.pk).attended_at
    again = client.post(join)
    assert (again.status_code, again["Location"]) == (302, "https://teams.example.org/meet/launch")
    assert Registration.objects.get(pk=person.pk).attended_at == first


def test_the_joining_link_of_someone_not_registered_does_nothing(client):
    event = make_event(capacity=1)
    set_places(event, {})
    register(event, "first@example.org")
    waiting = register(event, "waiting@example.org")
    Event.objects.filter(pk=event.pk).update(starts_at=timezone.now() + timedelta(minutes=30))
    assert client.get(reverse("events:join", kwargs={"token": waiting.joining_token})).status_code == 404
    assert "Join the event" not in client.get(waiting.get_absolute_url()).content.decode()


def test_the_event_and_each_workshop_have_calendar_files(client):
    event = make_event()
    workshop = add_session(event, "Family time by video", workshop=True, at_hour=11, capacity=20)
    whole = client.get(reverse("events:event_ics", kwargs={"slug": event.slug}))
    assert whole["Content-Type"] == "text/calendar; charset=utf-8"
    assert b"SUMMARY:Silver Linings launch" in whole.content
    assert f"UID:event-{event.pk}@testserver".encode() in whole.content
    one = client.get(reverse("events:session_ics", kwargs={"slug": event.slug, "pk": workshop.pk}))
    assert b"SUMMARY:Family time by video (Silver Linings launch)" in one.content
    assert b"DTSTART;TZID=Europe/London:" in one.content


def _date(name: str, moment) -> dict:
    local = timezone.localtime(moment)
    return {f"{name}_0": local.day, f"{name}_1": local.month, f"{name}_2": local.year, f"{name}_3": f"{local:%H:%M}"}


def test_the_team_creates_an_event_and_its_programme_through_the_forms(client_for):
    client = client_for("programme_team")
    starts = (timezone.now() + timedelta(days=40)).replace(hour=10, minute=0, second=0, microsecond=0)
    data = {
        "title": "Silver Linings launch",
        "slug": "launch",
        "summary": "The launch.",
        "description": "Keynotes and workshops.",
        "platform": "Microsoft Teams",
        "joining_url": "https://teams.example.org/meet/launch",
        "capacity": "300",
        "general_open_to_authorities": "on",
        "offer_hours": "48",
        "joining_minutes": "60",
        **_date("starts_at", starts),
        **_date("ends_at", starts + timedelta(hours=4)),
        **_date("registration_opens_at", starts - timedelta(days=30)),
        **_date("registration_closes_at", starts - timedelta(days=1)),
        **_date("allocation_at", starts - timedelta(days=2)),
    }
    response = client.post(reverse("events:event_create"), data)
    assert response.status_code == 302
    event = Event.objects.get()
    assert (event.capacity, event.starts_at, event.allocation_at) == (300, starts, starts - timedelta(days=2))
    assert sum(Allocation.objects.filter(event=event).values_list("places", flat=True)) == 240
    session = {
        "kind": "workshop",
        "title": "Family time by video",
        "speakers": "Sam Kaur; Dawn Ashby",
        "reports": "Family time by video",
        "capacity": "",
        **_date("starts_at", starts + timedelta(hours=1)),
        **_date("ends_at", starts + timedelta(hours=2)),
    }
    url = reverse("events:session_add", kwargs={"slug": event.slug})
    assert "Enter the number of places in the workshop" in client.post(url, session).content.decode()
    assert client.post(url, {**session, "capacity": "40"}).status_code == 302
    assert list(Session.objects.values_list("title", "capacity")) == [("Family time by video", 40)]
    page = client.get(event.get_absolute_url()).content.decode()
    assert "Family time by video" in page and "With Sam Kaur, Dawn Ashby" in page


def test_the_team_shares_places_evenly_then_saves_them(client_for):
    client = client_for("programme_team")
    event = make_event(capacity=300)
    url = reverse("events:allocations", kwargs={"slug": event.slug})
    page = client.post(url, {"general": "110", "suggest": ""}).content.decode()
    assert page.count('value="10"') == 19
    form = {
        "general": "110",
        **{f"authority_{row.authority_id}": "10" for row in Allocation.objects.filter(event=event)},
    }
    form[f"authority_{authority(KENT).pk}"] = "20"
    assert client.post(url, form).status_code == 302
    assert Allocation.objects.get(event=event, authority__ons_code=KENT).places == 20
    too_many = {**form, f"authority_{authority(SURREY).pk}": "200"}
    assert "more than 300" in client.post(url, too_many).content.decode()


def test_a_coordinator_sees_only_their_authoritys_registrations(client):
    event = make_event()
    register(event, "k@kent.example.org", authority=authority(KENT), full_name="Kent Person")
    register(event, "s@surrey.example.org", authority=authority(SURREY), full_name="Surrey Person")
    coordinator = ContributorFactory(email="coordinator@kent.example.org")
    membership_grant(user=coordinator, role=MembershipRole.COORDINATOR, by=None, scope=event, authority=authority(KENT))
    client.force_login(coordinator, backend="django.contrib.auth.backends.ModelBackend")
    page = client.get(reverse("events:coordinate", kwargs={"slug": event.slug})).content.decode()
    assert "Kent Person" in page
    assert "Surrey Person" not in page
    other = make_event(slug="later")
    assert client.get(reverse("events:coordinate", kwargs={"slug": other.slug})).status_code == 403


def test_the_export_has_every_registration(client_for):
    client = client_for("programme_team")
    event = make_event()
    register(event, "k@kent.example.org", authority=authority(KENT), full_name="Kent Person")
    response = client.get(reverse("events:export", kwargs={"slug": event.slug, "fmt": "csv"}))
    lines = response.content.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Name,Email,Authority,Organisation,Role,Status,Place")
    assert lines[1].startswith("Kent Person,k@kent.example.org,Kent,,Team Manager,Registered,Authority place")
    xlsx = client.get(reverse("events:export", kwargs={"slug": event.slug, "fmt": "xlsx"}))
    assert xlsx.content[:2] == b"PK"


def test_a_message_goes_to_the_people_in_one_workshop(client_for, django_capture_on_commit_callbacks):
    client = client_for("programme_team")
    event = make_event()
    family = add_session(event, "Family time by video", workshop=True, at_hour=11, capacity=20)
    register(event, "in@example.org", choices={family.slot: [family.pk]})
    register(event, "out@example.org")
    from silverlinings.events.services.workshops import workshops_allocate

    workshops_allocate(event_id=event.pk)
    mail.outbox.clear()
    url = reverse("events:message", kwargs={"slug": event.slug})
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"subject": "Slides", "message": "Bring a pen.", "workshop": str(family.pk)})
    assert response.status_code == 302
    assert [(m.to, m.subject) for m in mail.outbox] == [(["in@example.org"], "Slides")]
    assert "Bring a pen." in mail.outbox[0].body


def test_a_place_is_held_while_someone_fills_in_the_form(client, settings):
    event = make_event(capacity=1)
    set_places(event, {})
    page = client.get(_register_url(event)).content.decode()
    hold = PlaceHold.objects.get()
    assert "We are holding a place for you until" in page
    assert f'name="hold" value="{hold.token}"' in page
    # Someone quicker, without the held place, waits.
    assert register(event, "quick@example.org").status == "waiting"
    response = client.post(
        _register_url(event), _form(event, authority="none", organisation="A school", hold=hold.token)
    )
    assert response.status_code == 302
    assert Registration.objects.get(email="sam.kaur@kent.example.org").status == "confirmed"
    assert PlaceHold.objects.count() == 0


def test_a_hold_that_has_expired_holds_nothing(client):
    event = make_event(capacity=1)
    set_places(event, {})
    client.get(_register_url(event))
    PlaceHold.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    assert register(event, "quick@example.org").status == "confirmed"


def test_one_client_holds_only_a_few_places(client, settings):
    settings.EVENT_HOLDS_PER_CLIENT = 2
    event = make_event(capacity=10)
    for _ in range(4):
        client.get(_register_url(event))
    assert PlaceHold.objects.count() == 2


def test_a_full_event_holds_no_place(client):
    event = make_event(capacity=1)
    set_places(event, {})
    register(event, "first@example.org")
    assert "We are holding a place" not in client.get(_register_url(event)).content.decode()
    assert PlaceHold.objects.count() == 0


def test_the_team_makes_a_directory_contact_a_coordinator_who_cancels_for_their_authority(client, client_for):
    from tests.directory.factories import ContactFactory

    event = make_event(capacity=2)
    set_places(event, {KENT: 1, SURREY: 1})
    contact = ContactFactory(name="Priya Raman", email="priya.raman@kent.example.org", authority=authority(KENT))
    team = client_for("programme_team")
    url = reverse("events:coordinators", kwargs={"slug": event.slug})
    assert "Choose the contact who will coordinate" in team.post(url, {"contact": ""}).content.decode()
    assert team.post(url, {"contact": str(contact.pk)}).status_code == 302
    assert "Kent: Priya Raman (priya.raman@kent.example.org)" in team.get(url).content.decode()
    kent = register(event, "k@kent.example.org", authority=authority(KENT))
    surrey = register(event, "s@surrey.example.org", authority=authority(SURREY))
    waiting = register(event, "k2@kent.example.org", authority=authority(KENT))
    team.logout()
    from silverlinings.accounts.models import User

    client.force_login(
        User.objects.get(email="priya.raman@kent.example.org"), backend="django.contrib.auth.backends.ModelBackend"
    )
    assert "Your authority's registrations" in client.get(event.get_absolute_url()).content.decode()
    other = reverse("events:coordinator_cancel", kwargs={"slug": event.slug, "pk": surrey.pk})
    assert client.post(other).status_code == 404
    own = reverse("events:coordinator_cancel", kwargs={"slug": event.slug, "pk": kent.pk})
    assert client.post(own).status_code == 302
    assert list(Registration.objects.order_by("pk").values_list("status", flat=True)) == [
        "cancelled",
        "confirmed",
        "offered",
    ]
    assert waiting


def test_a_joining_link_used_from_another_address_asks_first_and_lets_the_person_in(client):
    from django.test import Client

    from silverlinings.core.models import AuditEntry

    event = make_event(starts_in_days=1)
    person = register(event, "p@example.org", full_name="Sam Kaur")
    Event.objects.filter(pk=event.pk).update(starts_at=timezone.now() + timedelta(minutes=30))
    join = reverse("events:join", kwargs={"token": person.joining_token})
    assert Client(REMOTE_ADDR="203.0.113.10").post(join).status_code == 302
    assert Client(REMOTE_ADDR="203.0.113.10").post(join).status_code == 302  # the same machine again
    elsewhere = Client(REMOTE_ADDR="198.51.100.7")
    for page in (elsewhere.get(join), elsewhere.post(join)):  # the plain button, pressed elsewhere, asks too
        assert page.status_code == 200
        assert "This joining link has already been used on another device" in page.content.decode()
    assert not AuditEntry.objects.filter(action="event.joined_elsewhere").exists()
    confirmed = elsewhere.post(join, {"elsewhere": "1"})
    assert (confirmed.status_code, confirmed["Location"]) == (302, "https://teams.example.org/meet/launch")
    assert AuditEntry.objects.filter(action="event.joined_elsewhere").count() == 1


def test_the_team_sees_how_many_need_captions_or_an_interpreter(client_for):
    client = client_for("programme_team")
    event = make_event()
    register(event, "a@example.org", access_needs=["captions", "bsl"])
    register(event, "b@example.org", access_needs=["captions"])
    page = client.get(reverse("events:event_manage", kwargs={"slug": event.slug})).content.decode()
    assert "live captions 2; british sign language interpreter 1; something else 0" in page


def test_the_team_removes_a_coordinator_after_confirming_and_the_removal_is_audited(client, client_for):
    from silverlinings.accounts.models import Membership
    from silverlinings.core.models import AuditEntry

    event = make_event(capacity=2)
    set_places(event, {KENT: 2})
    coordinator = ContributorFactory(email="priya.raman@kent.example.org", full_name="Priya Raman")
    membership, _ = membership_grant(
        user=coordinator, role=MembershipRole.COORDINATOR, by=None, scope=event, authority=authority(KENT)
    )
    kent = register(event, "k@kent.example.org", authority=authority(KENT))
    team = client_for("programme_team")
    listing = team.get(reverse("events:coordinators", kwargs={"slug": event.slug})).content.decode()
    url = reverse("events:coordinator_revoke", kwargs={"slug": event.slug, "pk": membership.pk})
    assert f'href="{url}"' in listing
    page = team.get(url).content.decode()
    assert "Remove Priya Raman as Kent's coordinator?" in page
    assert Membership.objects.filter(pk=membership.pk).exists()  # asking changes nothing
    response = team.post(url, follow=True)
    assert "Priya Raman no longer coordinates Kent" in response.content.decode()
    assert response.redirect_chain == [(reverse("events:coordinators", kwargs={"slug": event.slug}), 302)]
    assert not Membership.objects.filter(pk=membership.pk).exists()
    audit = AuditEntry.objects.get(action="membership.revoked", data__membership=membership.pk)
    assert (audit.data["role"], audit.data["scope"]) == ("coordinator", str(event))
    assert team.post(url).status_code == 404  # already gone
    team.logout()
    client.force_login(coordinator, backend="django.contrib.auth.backends.ModelBackend")
    assert client.get(reverse("events:coordinate", kwargs={"slug": event.slug})).status_code == 403
    assert Registration.objects.get(pk=kent.pk).status == "confirmed"


def test_only_a_coordinator_membership_of_this_event_can_be_removed_here(client_for):
    event = make_event(slug="launch")
    other = make_event(slug="autumn", title="Autumn workshop")
    person = ContributorFactory()
    elsewhere, _ = membership_grant(
        user=person, role=MembershipRole.COORDINATOR, by=None, scope=other, authority=authority(KENT)
    )
    team = client_for("programme_team")
    url = reverse("events:coordinator_revoke", kwargs={"slug": event.slug, "pk": elsewhere.pk})
    assert (team.get(url).status_code, team.post(url).status_code) == (404, 404)


def test_a_coordinators_dashboard_links_to_the_events_they_coordinate_only(client):
    event = make_event()
    other = make_event(slug="later")
    coordinator = ContributorFactory(email="coordinator@kent.example.org")
    membership_grant(user=coordinator, role=MembershipRole.COORDINATOR, by=None, scope=event, authority=authority(KENT))
    client.force_login(coordinator, backend="django.contrib.auth.backends.ModelBackend")

    page = client.get(reverse("core:dashboard")).content.decode()

    assert f'href="{reverse("events:coordinate", kwargs={"slug": event.slug})}"' in page
    assert reverse("events:coordinate", kwargs={"slug": other.slug}) not in page


def _cancellation_emails(registration) -> list[str]:
    from silverlinings.mail.models import Message

    return [
        message.subject + "\n" + message.body_text
        for message in Message.objects.filter(template="events/email/cancelled", to=registration.email)
    ]


def test_cancelling_yourself_emails_you_once_how_to_register_again(client, settings):
    event = make_event(title="Launch")
    person = register(event, "p@example.org", full_name="Sam Kaur")
    url = reverse("events:registration_cancel", kwargs={"token": person.token})
    client.post(url)
    client.post(url)  # a second press changes nothing and sends nothing
    register_url = settings.SITE_URL + reverse("events:register", kwargs={"slug": event.slug})
    [email] = _cancellation_emails(person)
    subject, body = email.split("\n", 1)
    assert subject == "Your registration is cancelled: Launch"
    assert body.startswith("Hello Sam Kaur,\n\nYou cancelled your registration for Launch (")
    assert body.endswith(
        ").\n\nIf you can come after all, register again with the same email address: registration is open and "
        f"there is a place for you now. {register_url}\n\nSouth East Sector-Led Improvement Programme\n"
    )


def test_a_cancellation_while_others_wait_says_registering_again_joins_the_waiting_list(client, settings):
    event = make_event(title="Launch", capacity=1)
    set_places(event, {})
    person = register(event, "p@example.org")
    waiting = register(event, "waiting@example.org")
    client.post(reverse("events:registration_cancel", kwargs={"token": person.token}))
    register_url = settings.SITE_URL + reverse("events:register", kwargs={"slug": event.slug})
    [email] = _cancellation_emails(person)
    assert (
        "If you can come after all, register again with the same email address: registration is open, but no place "
        f"is free for you now, so you would join the waiting list. {register_url}\n"
    ) in email
    assert Registration.objects.get(pk=waiting.pk).status == "offered"


def test_a_cancellation_after_registration_closed_says_it_has_closed(client, settings):
    event = make_event(title="Launch")
    person = register(event, "p@example.org")
    Event.objects.filter(pk=event.pk).update(registration_closes_at=timezone.now() - timedelta(minutes=1))
    client.post(reverse("events:registration_cancel", kwargs={"token": person.token}))
    [email] = _cancellation_emails(person)
    assert (
        "Registration has closed, so you cannot register again. If you can come after all, email the programme "
        f"team at {settings.CONTACT_EMAIL}.\n"
    ) in email
    assert reverse("events:register", kwargs={"slug": event.slug}) not in email


def test_a_coordinator_cancelling_is_named_in_the_email(client):
    event = make_event(title="Launch")
    coordinator = ContributorFactory(full_name="Priya Raman")
    membership_grant(user=coordinator, role=MembershipRole.COORDINATOR, by=None, scope=event, authority=authority(KENT))
    kent = register(event, "k@kent.example.org", authority=authority(KENT))
    client.force_login(coordinator, backend="django.contrib.auth.backends.ModelBackend")
    client.post(reverse("events:coordinator_cancel", kwargs={"slug": event.slug, "pk": kent.pk}))
    [email] = _cancellation_emails(kent)
    assert "Priya Raman, who coordinates Kent's places, cancelled your registration for Launch" in email


def test_the_team_cancelling_is_named_in_the_email(client_for):
    event = make_event(title="Launch")
    kent = register(event, "k@kent.example.org", authority=authority(KENT))
    team = client_for("programme_team")
    team.post(reverse("events:coordinator_cancel", kwargs={"slug": event.slug, "pk": kent.pk}))
    [email] = _cancellation_emails(kent)
    assert "The programme team cancelled your registration for Launch" in email


def test_a_cancelled_registrations_page_says_when_and_shows_no_workshops_or_calendar(client):
    event = make_event()
    family = add_session(event, "Family time by video", workshop=True, at_hour=11, capacity=20)
    person = register(event, "p@example.org", choices={family.slot: [family.pk]})
    page = client.get(person.get_absolute_url()).content.decode()
    assert "Family time by video" in page and "Add the event to your calendar" in page
    client.post(reverse("events:registration_cancel", kwargs={"token": person.token}))
    page = client.get(person.get_absolute_url()).content.decode()
    assert "Family time by video" not in page
    assert "Your workshops" not in page
    assert "Add the event to your calendar" not in page
    assert "add to your calendar" not in page
    when = cancelled_at(person)
    assert when is not None
    assert f"Your registration was cancelled at {govuk_datetime(when)}." in page


def test_a_cancelled_registrations_page_offers_to_register_again_only_while_registration_is_open(client):
    event = make_event()
    person = register(event, "p@example.org")
    client.post(reverse("events:registration_cancel", kwargs={"token": person.token}))
    page = client.get(person.get_absolute_url()).content.decode()
    assert "Changed your mind?" in page and reverse("events:register", kwargs={"slug": event.slug}) in page
    event.registration_closes_at = timezone.now() - timedelta(minutes=1)
    event.save(update_fields=["registration_closes_at"])
    page = client.get(person.get_absolute_url()).content.decode()
    assert "Changed your mind?" not in page
    assert "Registration for this event has closed." in page


def test_after_the_allocation_a_page_says_full_only_where_workshops_were_chosen(client):
    event = make_event()
    [small] = allocated_slot(event, [("Family time by video", 1)], at_hour=11)
    register(event, "first@example.org", choices={small.slot: [small.pk]})
    late = register(event, "late@example.org", choices={small.slot: [small.pk]})
    chose_none = register(event, "none@example.org")
    page = client.get(late.get_absolute_url()).content.decode()
    assert "No place: the workshops you chose are full." in page
    page = client.get(chose_none.get_absolute_url()).content.decode()
    assert "You chose no workshop at this time." in page
    assert "the workshops you chose are full" not in page
