"""Items a new weekly update suggests from the programme's own state, for the team to keep, change or remove.

A call opening since the last issue (or within the week ahead), ‘Last call’ for a call that closes within
a week of the issue, a showcase report published since the last issue (or in the week before this one),
an event whose registration is open (its deadline, the registration closing, carries it forward), and,
while an open event still keeps places for the authorities (until its release date), the places each
authority has left, as of the issue's date (so a new count each week, never carried forward).
Each suggestion is suggested once per publication: a headline already
used in an earlier issue is not suggested again.
"""

from datetime import datetime, time, timedelta

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from silverlinings.calls.selectors import calls_public
from silverlinings.core.formatting import govuk_date, govuk_datetime
from silverlinings.events.selectors import events_registration_open, registrations_by_authority
from silverlinings.showcase.selectors import published_reports_since

from .models import Issue, Item

WEEK = timedelta(days=7)


def _start_of(day) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def items_suggest(*, issue: Issue) -> list[dict]:
    if issue.publication.is_newsletter:
        return []
    previous = issue.publication.issues.filter(date__lt=issue.date).order_by("-date").first()
    since = _start_of(previous.date) if previous else _start_of(issue.date) - WEEK
    start, week_ahead = _start_of(issue.date), _start_of(issue.date) + WEEK
    used = set(Item.objects.filter(issue__publication=issue.publication).values_list("headline", flat=True))
    found = []
    for call in calls_public():
        url = settings.SITE_URL + call.get_absolute_url()
        if since <= call.opens_at < week_ahead:
            found.append(
                {
                    "headline": f"{call.title}: nominations open",
                    "body": f"{call.title} is open for nominations from {govuk_datetime(call.opens_at)}. "
                    f"[Read about the call and nominate]({url}).",
                    "action_required": f"Send your nominations by {govuk_datetime(call.closes_at)}.",
                    "deadline": timezone.localdate(call.closes_at),
                }
            )
        if start <= call.closes_at < week_ahead:
            found.append(
                {
                    "headline": f"Last call for {call.title} suggestions",
                    "body": f"{call.title} closes on {govuk_date(call.closes_at)}. [Nominate now]({url}).",
                    "action_required": f"Send your nominations by {govuk_datetime(call.closes_at)}.",
                    "deadline": timezone.localdate(call.closes_at),
                }
            )
    for report in published_reports_since(since):
        found.append(
            {
                "headline": f"New showcase report: {report.title}",
                "body": f"{report.title} is now in the showcase. "
                f"[Read the report]({settings.SITE_URL + report.get_absolute_url()}).",
            }
        )
    for event in events_registration_open():
        register = settings.SITE_URL + reverse("events:register", kwargs={"slug": event.slug})
        found.append(
            {
                "headline": f"Register for {event.title}",
                "body": f"{event.title} is at {govuk_datetime(event.starts_at)}. [Register for a place]({register}).",
                "action_required": f"Register by {govuk_datetime(event.registration_closes_at)}.",
                "deadline": timezone.localdate(event.registration_closes_at),
            }
        )
        if places_left := _places_left(event, issue=issue, register=register):
            found.append(places_left)
    return [suggestion for suggestion in found if suggestion["headline"] not in used]


def _places_left(event, *, issue: Issue, register: str) -> dict | None:
    """The places each authority has not yet used, while they are still kept for it."""
    if not event.release_at or event.release_at <= max(timezone.now(), _start_of(issue.date)):
        return None
    rows = [row for row in registrations_by_authority(event) if row.allocation and row.left]
    if not rows:
        return None
    lines = "\n".join(f"- {row.authority.short_name}: {row.left} of {row.allocation}" for row in rows)
    return {
        "headline": f"{event.title}: places left for each authority on {govuk_date(issue.date)}",
        "body": f"Places at {event.title} are kept for each authority until {govuk_datetime(event.release_at)}, "
        f"when the places not used go to general admission. Places left:\n\n{lines}",
        "action_required": "Please coordinate local attendance to make the most of your authority's places: "
        f"[register]({register}) by {govuk_datetime(event.release_at)}. If your authority's places are all "
        "taken, choose a general admission place.",
    }
