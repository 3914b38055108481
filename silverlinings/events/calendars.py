"""The event's and the workshops' calendar files (core/ics.py)."""

from django.conf import settings

from silverlinings.core.ics import CalendarEvent, calendar_file, calendar_uid

from .models import Event, Registration, Session


def _event_entry(event: Event) -> CalendarEvent:
    where = event.platform + (f" and {event.venue}" if event.venue else "")
    return CalendarEvent(
        uid=calendar_uid("event", event.pk, domain=settings.SITE_URL),
        title=event.title,
        start=event.starts_at,
        end=event.ends_at,
        description=f"{event.summary}\n\nThe joining details come by email before the start, to registered people.",
        location=where,
        url=settings.SITE_URL + event.get_absolute_url(),
        sequence=event.sequence,
    )


def _session_entry(session: Session) -> CalendarEvent:
    speakers = "; ".join(session.speaker_list)
    return CalendarEvent(
        uid=calendar_uid("session", session.pk, domain=settings.SITE_URL),
        title=f"{session.title} ({session.event.title})",
        start=session.starts_at,
        end=session.ends_at,
        description=session.description + (f"\n\nWith {speakers}" if speakers else ""),
        location=session.event.platform,
        url=settings.SITE_URL + session.event.get_absolute_url(),
        sequence=session.event.sequence,
    )


def event_calendar(event: Event) -> bytes:
    return calendar_file([_event_entry(event)], name=event.title)


def session_calendar(session: Session) -> bytes:
    return calendar_file([_session_entry(session)], name=session.event.title)


def registration_calendar(registration: Registration) -> bytes:
    """The event and each workshop the person has a place in."""
    places = registration.workshop_places.select_related("session__event").order_by("session__starts_at")
    entries = [_event_entry(registration.event)] + [_session_entry(place.session) for place in places]
    return calendar_file(entries, name=registration.event.title)
