"""Items a new weekly update suggests from the programme's own state, for the team to keep, change or remove.

So far: a call opening since the last issue (or within the week ahead), and ‘Last call’ for a call that
closes within a week of the issue. Each suggestion is suggested once per publication: a headline already
used in an earlier issue is not suggested again.
"""

from datetime import datetime, time, timedelta

from django.conf import settings
from django.utils import timezone

from silverlinings.calls.selectors import calls_public
from silverlinings.core.formatting import govuk_date, govuk_datetime

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
    return [suggestion for suggestion in found if suggestion["headline"] not in used]
