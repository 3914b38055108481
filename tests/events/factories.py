from datetime import timedelta

from django.utils import timezone

from silverlinings.events.models import Event, Session, SessionKind
from silverlinings.events.services import events as services
from tests.accounts.factories import ProgrammeTeamFactory


def make_event(*, slug: str = "launch", capacity: int = 100, starts_in_days: int = 30, **fields) -> Event:
    """An event made the way the team makes one, with registration open now."""
    now = timezone.now()
    starts = (now + timedelta(days=starts_in_days)).replace(hour=10, minute=0, second=0, microsecond=0)
    values = {
        "title": "Silver Linings launch",
        "slug": slug,
        "summary": "The online launch of the Silver Linings showcase.",
        "description": "Keynotes and workshops on the innovations that stay.",
        "starts_at": starts,
        "ends_at": starts + timedelta(hours=4),
        "platform": "Microsoft Teams",
        "joining_url": "https://teams.example.org/meet/launch",
        "capacity": capacity,
        "registration_opens_at": now - timedelta(days=1),
        # A day before it starts, but never already past when the test runs late in the day.
        "registration_closes_at": max(starts - timedelta(days=1), min(now + timedelta(hours=1), starts)),
        **fields,
    }
    return services.event_create(by=ProgrammeTeamFactory(email="event-maker@seslip.example.org"), **values)


def add_session(event: Event, title: str, *, workshop: bool = False, at_hour: int = 10, capacity=None) -> Session:
    start = event.starts_at.replace(hour=at_hour)
    return services.session_save(
        event=event,
        by=None,
        kind=SessionKind.WORKSHOP if workshop else SessionKind.PLENARY,
        title=title,
        description="",
        speakers="Dawn Ashby, Director; Sam Kaur",
        reports="",
        starts_at=start,
        ends_at=start + timedelta(minutes=50),
        capacity=capacity if workshop else None,
    )


def allocated_slot(event: Event, workshops: list[tuple[str, int]], *, at_hour: int = 11) -> list[Session]:
    """One slot of workshops (title, places) at `at_hour`, allocated while nobody has registered, so that later
    registrations take their best choice with room and places move along the workshops' lines."""
    from silverlinings.events.services.workshops import workshops_allocate

    sessions = [
        add_session(event, title, workshop=True, at_hour=at_hour, capacity=places) for title, places in workshops
    ]
    workshops_allocate(event_id=event.pk)
    event.refresh_from_db()
    return sessions


def set_places(event: Event, places: dict[str, int]) -> None:
    """Places by ONS code; every other authority gets 0."""
    from silverlinings.directory.models import Authority

    by_code = {a.ons_code: a.pk for a in Authority.objects.all()}
    services.allocations_save(event=event, by=None, places={pk: places.get(code, 0) for code, pk in by_code.items()})


def register(event: Event, email: str, *, authority=None, choices=None, **fields):
    from silverlinings.events.services.registration import registration_submit

    values = {
        "full_name": email.split("@")[0].replace(".", " ").title(),
        "authority": authority,
        "organisation": "" if authority else "Family Rights Group",
        "job_role": "Team Manager",
        "access_needs": [],
        "access_other": "",
        "choices": choices or {},
        **fields,
    }
    registration, _ = registration_submit(event=event, email=email, **values)
    return registration


#: ONS codes of two authorities the tests give places to.
KENT, SURREY = "E10000016", "E10000030"


def statuses(*registrations) -> list[tuple[str, str]]:
    """Each registration's status and place, as stored now."""
    from silverlinings.events.models import Registration

    return [tuple(Registration.objects.values_list("status", "place").get(pk=r.pk)) for r in registrations]
