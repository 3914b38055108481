"""Calendar files (.ics, RFC 5545) for the launch event and its workshops, in UK time.

Times are written with TZID=Europe/London and the file carries that time zone's rules (a VTIMEZONE
with the yearly changes on the last Sundays of March and October, in force since 1996), so a calendar
shows the right hour on either side of a clock change without knowing the zone itself. Each event's
UID comes from the object it describes (`calendar_uid`), so downloading the file again, or getting an
updated one with a higher `sequence`, updates the entry instead of adding a second one.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

UK = ZoneInfo("Europe/London")
PRODUCT_ID = "-//Silver Linings//Silver Linings//EN"
_DOMAIN = re.compile(r"^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$")


@dataclass(frozen=True)
class CalendarEvent:
    """One entry in a calendar. `start` and `end` are timezone-aware; `sequence` goes up on each change."""

    uid: str
    title: str
    start: datetime
    end: datetime
    description: str = ""
    location: str = ""
    url: str = ""
    sequence: int = 0
    cancelled: bool = False


def calendar_uid(kind: str, pk: int, *, domain: str) -> str:
    """A UID that stays the same for the same object: ‘event-12@silverlinings.example.org’."""
    domain = domain.lower().removeprefix("https://").removeprefix("http://").split("/")[0].split(":")[0]
    if not _DOMAIN.match(domain):
        raise ValueError(f"Not a domain name: {domain!r}")
    if not re.fullmatch(r"[a-z][a-z0-9-]*", kind):
        raise ValueError(f"Not a kind of object: {kind!r}")
    return f"{kind}-{int(pk)}@{domain}"


def _uk_timezone():
    """Europe/London as a VTIMEZONE with yearly rules, the form Outlook and Google Calendar write."""
    from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

    zone = Timezone()
    zone.add("tzid", "Europe/London")
    daylight = TimezoneDaylight()
    daylight.add("dtstart", datetime(1970, 3, 29, 1, 0))
    daylight.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1su"})
    daylight.add("tzname", "BST")
    daylight.add("tzoffsetfrom", UK.utcoffset(datetime(2020, 1, 1)))
    daylight.add("tzoffsetto", UK.utcoffset(datetime(2020, 7, 1)))
    standard = TimezoneStandard()
    standard.add("dtstart", datetime(1970, 10, 25, 2, 0))
    standard.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1su"})
    standard.add("tzname", "GMT")
    standard.add("tzoffsetfrom", UK.utcoffset(datetime(2020, 7, 1)))
    standard.add("tzoffsetto", UK.utcoffset(datetime(2020, 1, 1)))
    zone.add_component(daylight)
    zone.add_component(standard)
    return zone


def _check(event: CalendarEvent) -> None:
    if event.start.tzinfo is None or event.end.tzinfo is None:
        raise ValueError(f"{event.uid}: start and end must be timezone-aware")
    if event.end <= event.start:
        raise ValueError(f"{event.uid}: the end must be after the start")


def _vevent(event: CalendarEvent, stamp: datetime):
    from icalendar import Event

    _check(event)
    vevent = Event()
    vevent.add("uid", event.uid)
    vevent.add("dtstamp", stamp)
    vevent.add("sequence", event.sequence)
    vevent.add("summary", event.title)
    vevent.add("dtstart", event.start.astimezone(UK))
    vevent.add("dtend", event.end.astimezone(UK))
    vevent.add("status", "CANCELLED" if event.cancelled else "CONFIRMED")
    for name, value in (("description", event.description), ("location", event.location), ("url", event.url)):
        if value:
            vevent.add(name, value)
    return vevent


def calendar_file(events: Iterable[CalendarEvent], *, name: str = "", now: datetime | None = None) -> bytes:
    """The .ics file for `events`: one VCALENDAR with the UK time zone and a VEVENT each (CRLF, folded)."""
    from icalendar import Calendar

    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", name)
    calendar.add_component(_uk_timezone())
    for event in events:
        calendar.add_component(_vevent(event, stamp))
    return calendar.to_ical()
