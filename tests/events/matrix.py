from tests.authorization.matrix import Entry, everyone, only, post_only
from tests.events.factories import add_session, make_event, register

TEAM = only("programme_team")
TEAM_REDIRECTED = only("programme_team", status=302)


def _launch():
    """The launch with a plenary and a workshop, made once (the crawl asks for it for many pages)."""
    from silverlinings.events.models import Event

    event = Event.objects.filter(slug="launch").first()
    if event is None:
        event = make_event()
        add_session(event, "Welcome and keynote")
        add_session(event, "Family time by video", workshop=True, at_hour=11, capacity=20)
    return event


def event_slug(user):
    return {"slug": _launch().slug}


def workshop(user):
    event = _launch()
    return {"slug": event.slug, "pk": event.sessions.get(kind="workshop").pk}


def _registration():
    event = _launch()
    workshop = event.sessions.get(kind="workshop")
    return register(event, "sam.kaur@kent.example.org", choices={workshop.slot: [workshop.pk]})


def registration_token(user):
    return {"token": _registration().token}


def attended_token(user):
    """Someone who came: their feedback form and certificate exist (for anyone else they answer 404)."""
    from django.utils import timezone

    registration = _registration()
    type(registration).objects.filter(pk=registration.pk).update(attended_at=timezone.now())
    return {"token": registration.token}


def joining_token(user):
    return {"token": _registration().joining_token}


def registration_in_event(user):
    registration = _registration()
    return {"slug": registration.event.slug, "pk": registration.pk}


def coordinator(user):
    """Kent's coordinator for the launch (appointed again whenever a test took the role away)."""
    from silverlinings.accounts.models import MembershipRole
    from silverlinings.accounts.services import membership_grant
    from tests.accounts.factories import ContributorFactory, authority

    event = _launch()
    from silverlinings.accounts.models import User

    person = User.objects.filter(email="priya.raman@kent.example.org").first() or ContributorFactory(
        email="priya.raman@kent.example.org", full_name="Priya Raman"
    )
    membership, _ = membership_grant(
        user=person, role=MembershipRole.COORDINATOR, by=None, scope=event, authority=authority("E10000016")
    )
    return {"slug": event.slug, "pk": membership.pk}


ENTRIES = {
    "events:event_list": Entry(everyone()),
    "events:event_detail": Entry(everyone(), kwargs=event_slug),
    "events:event_ics": Entry(everyone(), kwargs=event_slug),
    "events:session_ics": Entry(everyone(), kwargs=workshop),
    # An empty form comes back with its errors; nothing is registered.
    "events:register": Entry(everyone(), kwargs=event_slug, post=everyone()),
    # The secret link is the permission: whoever holds it sees the registration, signed in or not.
    "events:registration": Entry(everyone(), kwargs=registration_token),
    "events:workshops_change": Entry(everyone(), kwargs=registration_token, post=everyone(302)),
    "events:registration_cancel": Entry(everyone(), kwargs=registration_token, post=everyone(302)),
    "events:offer_accept": Entry(everyone(405), kwargs=registration_token, post=everyone(302)),
    # Before the joining time the link says when it opens (tests/events/test_views.py: at the time it forwards).
    "events:feedback": Entry(everyone(), kwargs=attended_token, post=everyone()),
    "events:certificate": Entry(everyone(), kwargs=attended_token),
    "events:materials_send": Entry(post_only(), kwargs=event_slug, post=TEAM_REDIRECTED),
    "events:join": Entry(everyone(), kwargs=joining_token, post=everyone()),
    # Coordinators (a membership for the event, not a role of the matrix) see their own authority:
    # tests/events/test_views.py.
    "events:coordinate": Entry(TEAM, kwargs=event_slug),
    "events:coordinator_cancel": Entry(post_only(), kwargs=registration_in_event, post=TEAM_REDIRECTED),
    "events:coordinators": Entry(TEAM, kwargs=event_slug, post=TEAM, post_data={"contact": ""}),
    "events:coordinator_revoke": Entry(TEAM, kwargs=coordinator, post=TEAM_REDIRECTED),
    "events:manage_events": Entry(TEAM),
    "events:event_create": Entry(TEAM, post=TEAM, post_data={"title": ""}),
    "events:event_manage": Entry(TEAM, kwargs=event_slug),
    "events:event_edit": Entry(TEAM, kwargs=event_slug, post=TEAM, post_data={"title": ""}),
    "events:session_add": Entry(TEAM, kwargs=event_slug, post=TEAM, post_data={"title": ""}),
    "events:session_edit": Entry(TEAM, kwargs=workshop, post=TEAM, post_data={"title": ""}),
    # Sent without an answer, the confirmation comes back with its error and nothing is taken out.
    "events:session_remove": Entry(TEAM, kwargs=workshop, post=TEAM, post_data={}),
    "events:allocations": Entry(TEAM, kwargs=event_slug, post=TEAM, post_data={"general": ""}),
    "events:message": Entry(TEAM, kwargs=event_slug, post=TEAM, post_data={"subject": ""}),
    "events:export": Entry(TEAM, kwargs=lambda user: {**event_slug(user), "fmt": "csv"}),
}
