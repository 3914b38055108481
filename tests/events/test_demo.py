import io

import pytest

from silverlinings.accounts import demo as accounts_demo
from silverlinings.events import demo
from silverlinings.events.models import Event, Status
from silverlinings.events.selectors import places_summary, registrations_by_authority, workshop_fill

pytestmark = pytest.mark.django_db


def test_the_demo_launch_has_a_programme_part_used_allocations_and_a_waiting_list():
    accounts_demo.load(stdout=io.StringIO(), password="x")
    out = io.StringIO()
    demo.load(stdout=out, password="x")
    event = Event.objects.get(slug=demo.SLUG)
    assert event.sessions.count() == 8
    rows = registrations_by_authority(event)
    assert {row.authority_places for row in rows} == {3}
    assert all(row.left > 0 for row in rows)  # part-used
    places = places_summary(event)
    assert (places.general_held, places.general_pool, places.waiting) == (24, 24, 4)
    assert event.registrations.filter(status=Status.WAITING).count() == 4
    # Workshops allocated, each full with a line waiting for it.
    assert {(w.taken, w.capacity, w.waiting > 0) for w in workshop_fill(event)} == {(25, 25, True)}
    assert "coordinator.kent@example.org" in out.getvalue()
    demo.load(stdout=out, password="x")  # again: nothing made twice
    assert Event.objects.count() == 1


def test_the_demo_coordinator_signs_in_with_the_demo_password():
    from silverlinings.accounts.models import User

    accounts_demo.load(stdout=io.StringIO(), password="demo-password")
    out = io.StringIO()
    demo.load(stdout=out, password="demo-password")

    coordinator = User.objects.get(email="coordinator.kent@example.org")

    assert coordinator.check_password("demo-password")
    assert coordinator.authority.short_name == "Kent"  # the dashboard names the authority she signs in for
    assert "password 'demo-password' at /staff/sign-in/" in out.getvalue()


def test_the_demo_panel_member_coordinates_kents_places_at_the_launch_and_sees_its_registrants():
    from silverlinings.accounts.models import Membership, User
    from silverlinings.events.selectors import coordinated_authority_ids, events_coordinated_by, registrations_for

    accounts_demo.load(stdout=io.StringIO(), password="x")
    demo.load(stdout=io.StringIO(), password="x")
    dawn = User.objects.get(email="panel.kent@example.org")
    event = Event.objects.get(slug=demo.SLUG)

    assert events_coordinated_by(user=dawn) == [event]
    assert [dawn.authority.short_name] == [
        row.authority.short_name
        for row in registrations_by_authority(event)
        if row.authority.pk in coordinated_authority_ids(user=dawn, event=event)
    ]
    kent = registrations_for(event, authority_ids=coordinated_authority_ids(user=dawn, event=event))
    assert {registration.authority.short_name for registration in kent} == {"Kent"}
    assert len(kent) == 3
    held = sorted((m.role, m.scope_id is None) for m in Membership.objects.filter(user=dawn))
    assert held == [("coordinator", False), ("panel_member", True)]

    accounts_demo.load(stdout=io.StringIO(), password="x")  # again: nothing given twice
    demo.load(stdout=io.StringIO(), password="x")
    assert sorted((m.role, m.scope_id is None) for m in Membership.objects.filter(user=dawn)) == held


def test_loading_the_demo_again_moves_an_earlier_coordinator_role_for_no_event_to_the_launch():
    from silverlinings.accounts.models import Membership, MembershipRole, User
    from silverlinings.accounts.services import membership_grant

    accounts_demo.load(stdout=io.StringIO(), password="x")
    demo.load(stdout=io.StringIO(), password="x")
    dawn = User.objects.get(email="panel.kent@example.org")
    membership_grant(user=dawn, role=MembershipRole.COORDINATOR, by=None, authority=dawn.authority)  # as before

    demo.load(stdout=io.StringIO(), password="x")

    coordinating = Membership.objects.filter(user=dawn, role=MembershipRole.COORDINATOR)
    assert [(m.scope, m.authority.short_name) for m in coordinating] == [(Event.objects.get(slug=demo.SLUG), "Kent")]
