"""Calendar files: valid RFC 5545, UK time on both sides of a clock change, the same UID every time."""

from datetime import UTC, datetime, timedelta

import pytest
from icalendar import Calendar

from silverlinings.core.ics import UK, CalendarEvent, calendar_file, calendar_uid

NOW = datetime(2026, 9, 1, 12, 0, tzinfo=UK)


def launch(**changes) -> CalendarEvent:
    fields = {
        "uid": calendar_uid("event", 7, domain="silverlinings.example.org"),
        "title": "Silver Linings launch: keynote, workshops; questions",
        "start": datetime(2026, 10, 23, 10, 0, tzinfo=UK),
        "end": datetime(2026, 10, 23, 12, 30, tzinfo=UK),
        "description": "Join online from 9:45am. The link is in your confirmation email.\nBring a colleague.",
        "location": "Online (Microsoft Teams)",
        "url": "https://silverlinings.example.org/launch/",
    }
    return CalendarEvent(**(fields | changes))


def parsed(data: bytes):
    calendar = Calendar.from_ical(data)
    return calendar, calendar.walk("VEVENT")


def test_calendar_file_has_the_required_properties():
    data = calendar_file([launch()], name="Silver Linings launch", now=NOW)
    calendar, (event,) = parsed(data)
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"] == "-//Silver Linings//Silver Linings//EN"
    assert calendar["METHOD"] == "PUBLISH"
    assert calendar["X-WR-CALNAME"] == "Silver Linings launch"
    assert str(event["UID"]) == "event-7@silverlinings.example.org"
    assert event.decoded("DTSTAMP") == datetime(2026, 9, 1, 11, 0, tzinfo=UTC)
    assert str(event["SUMMARY"]) == "Silver Linings launch: keynote, workshops; questions"
    assert str(event["DESCRIPTION"]) == launch().description
    assert str(event["LOCATION"]) == "Online (Microsoft Teams)"
    assert str(event["URL"]) == "https://silverlinings.example.org/launch/"
    assert str(event["STATUS"]) == "CONFIRMED"
    assert event["SEQUENCE"] == 0


def test_calendar_file_lines_are_crlf_and_folded_to_75_octets():
    data = calendar_file([launch(description="Workshop on children’s services " * 20)], now=NOW)
    assert data.endswith(b"\r\n")
    lines = data.split(b"\r\n")[:-1]
    assert b"\n" not in b"".join(lines)
    assert max(len(line) for line in lines) <= 75
    assert lines[0] == b"BEGIN:VCALENDAR"
    assert lines[-1] == b"END:VCALENDAR"
    assert b"SUMMARY:Silver Linings launch: keynote\\, workshops\\; questions" in lines


def test_times_are_written_in_uk_time_with_the_zone():
    data = calendar_file([launch()], now=NOW)
    assert b"DTSTART;TZID=Europe/London:20261023T100000\r\n" in data
    assert b"DTEND;TZID=Europe/London:20261023T123000\r\n" in data
    assert b"DTSTAMP:20260901T110000Z\r\n" in data


def test_time_given_in_utc_is_written_in_uk_time():
    start = datetime(2026, 7, 1, 9, 0, tzinfo=UTC)
    data = calendar_file([launch(start=start, end=start + timedelta(hours=1))], now=NOW)
    assert b"DTSTART;TZID=Europe/London:20260701T100000\r\n" in data


def test_times_read_back_across_the_change_from_bst_to_gmt():
    """Clocks go back at 2am BST on Sunday 25 October 2026: a session either side keeps its UK hour."""
    before = launch(uid="session-1@x.org", start=datetime(2026, 10, 23, 10, tzinfo=UK))
    after = launch(
        uid="session-2@x.org", start=datetime(2026, 10, 30, 10, tzinfo=UK), end=datetime(2026, 10, 30, 12, tzinfo=UK)
    )
    across = launch(
        uid="session-3@x.org",
        start=datetime(2026, 10, 25, 0, 30, tzinfo=UK),
        end=datetime(2026, 10, 25, 3, 30, tzinfo=UK),
    )
    _, events = parsed(calendar_file([before, after, across], now=NOW))
    starts = {str(e["UID"]): e.decoded("DTSTART") for e in events}
    ends = {str(e["UID"]): e.decoded("DTEND") for e in events}
    assert starts["session-1@x.org"].astimezone(UTC) == datetime(2026, 10, 23, 9, tzinfo=UTC)
    assert starts["session-2@x.org"].astimezone(UTC) == datetime(2026, 10, 30, 10, tzinfo=UTC)
    assert starts["session-3@x.org"].astimezone(UTC) == datetime(2026, 10, 24, 23, 30, tzinfo=UTC)
    assert ends["session-3@x.org"].astimezone(UTC) == datetime(2026, 10, 25, 3, 30, tzinfo=UTC)
    # three hours on the clock, four in fact: the hour from 1am to 2am happens twice
    assert ends["session-3@x.org"].astimezone(UTC) - starts["session-3@x.org"].astimezone(UTC) == timedelta(hours=4)


def test_the_files_own_time_zone_rules_give_the_uk_offsets():
    """A calendar that knows no zone names reads the VTIMEZONE: check it alone gives the right offsets."""
    calendar, _ = parsed(calendar_file([launch()], now=NOW))
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/London"
    rules = zone.to_tz()
    for moment, hours in [
        (datetime(2020, 3, 29, 0, 59), 0),
        (datetime(2020, 3, 29, 3, 0), 1),
        (datetime(2020, 10, 25, 0, 59), 1),
        (datetime(2020, 10, 25, 3, 0), 0),
        (datetime(2026, 3, 29, 3, 0), 1),
        (datetime(2026, 10, 23, 10, 0), 1),
        (datetime(2026, 10, 30, 10, 0), 0),
        (datetime(2031, 3, 30, 12, 0), 1),
        (datetime(2031, 12, 25, 12, 0), 0),
    ]:
        assert rules.utcoffset(moment) == timedelta(hours=hours), moment
        assert UK.utcoffset(moment) == timedelta(hours=hours), moment


def test_calendar_uid_is_stable_and_normalised():
    assert calendar_uid("workshop", 12, domain="https://SilverLinings.example.org:8000/launch/") == (
        "workshop-12@silverlinings.example.org"
    )
    assert calendar_uid("workshop", 12, domain="silverlinings.example.org") == "workshop-12@silverlinings.example.org"
    first, second = (calendar_file([launch()], now=NOW + timedelta(days=d)) for d in (0, 3))
    assert parsed(first)[1][0]["UID"] == parsed(second)[1][0]["UID"]


@pytest.mark.parametrize(("kind", "domain"), [("Event", "x.org"), ("event", "not a domain"), ("event 1", "x.org")])
def test_calendar_uid_refuses_odd_parts(kind, domain):
    with pytest.raises(ValueError):
        calendar_uid(kind, 1, domain=domain)


def test_changed_and_cancelled_event_keeps_its_uid_with_a_higher_sequence():
    _, (event,) = parsed(calendar_file([launch(sequence=2, cancelled=True)], now=NOW))
    assert str(event["UID"]) == "event-7@silverlinings.example.org"
    assert event["SEQUENCE"] == 2
    assert str(event["STATUS"]) == "CANCELLED"


def test_optional_fields_are_left_out_when_empty():
    data = calendar_file([launch(description="", location="", url="")], now=NOW)
    assert b"DESCRIPTION" not in data
    assert b"LOCATION" not in data
    assert b"URL" not in data


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (datetime(2026, 10, 23, 10), datetime(2026, 10, 23, 11), "timezone-aware"),
        (datetime(2026, 10, 23, 10, tzinfo=UK), datetime(2026, 10, 23, 10, tzinfo=UK), "after the start"),
    ],
)
def test_calendar_file_refuses_naive_or_backwards_times(start, end, message):
    with pytest.raises(ValueError, match=message):
        calendar_file([launch(start=start, end=end)], now=NOW)
