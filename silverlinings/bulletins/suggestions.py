"""Items a new weekly update suggests from the programme's own state, for the team to keep, change or remove.

A call opening since the last issue (or within the week ahead), ‘Last call’ for a call that closes within
a week of the issue, a showcase report published since the last issue (or in the week before this one), and
an event whose registration is open (its deadline, the registration closing, carries it forward).
Each suggestion is suggested once per publication: a headline already
used in an earlier issue is not suggested again.
"""

from datetime import datetime, time, timedelta

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from silverlinings.calls.selectors import calls_public
from silverlinings.core.formatting import govuk_date, govuk_datetime
from silverlinings.events.selectors import events_registration_open
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
    return [suggestion for suggestion in found if suggestion["headline"] not in used]
