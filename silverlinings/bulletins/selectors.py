"""What the bulletin pages read: the public archive, an issue with everything it shows, the team's lists."""

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet
from django.db.models.functions import ExtractYear

from silverlinings.directory.models import Contact, NetworkMeeting

from .models import Issue, Item, Publication, Reminder, Resource, Subscriber

#: How far ahead "Future dates for network meetings" looks from the issue's date.
MEETINGS_AHEAD = timedelta(weeks=13)


def publications() -> QuerySet[Publication]:
    return Publication.objects.all()


def issues_public(publication: Publication | None = None) -> QuerySet[Issue]:
    issues = Issue.objects.filter(published=True).select_related("publication")
    return issues.filter(publication=publication) if publication else issues


def archive_years(publication: Publication) -> list[int]:
    years = issues_public(publication).annotate(year=ExtractYear("date")).values_list("year", flat=True)
    return sorted(set(years), reverse=True)


def archive_issues(publication: Publication, *, year: int | None, query: str) -> QuerySet[Issue]:
    issues = issues_public(publication).annotate(item_count=Count("items"))
    if year:
        issues = issues.filter(date__year=year)
    return issues


def items_search(*, query: str, publication: Publication | None = None) -> QuerySet[Item]:
    """Items of public issues whose headline, body or action required has every word of `query`."""
    items = Item.objects.filter(issue__published=True).select_related("issue__publication")
    if publication:
        items = items.filter(issue__publication=publication)
    for word in query.split()[:10]:
        items = items.filter(Q(headline__icontains=word) | Q(body__icontains=word) | Q(action_required__icontains=word))
    return items.order_by("-issue__date", "position")[:100]


def issue_public(*, slug: str, number: int) -> Issue | None:
    return issues_public().filter(publication__slug=slug, number=number).first()


@dataclass
class IssueContent:
    """Everything an issue shows, on its page and in its email, read once."""

    issue: Issue
    items: list[Item]
    sections: list[tuple[str, list[Item]]]
    reminders: list[Item]
    resources: list[Resource]
    meetings: list[NetworkMeeting] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    #: Listed first under "For your networks" in one subscriber's copy (decision 94); empty on the web.
    for_you: list[Item] = field(default_factory=list)


def issue_content(issue: Issue, *, networks: Collection[int] = ()) -> IssueContent:
    """What the issue shows; with `networks` (a subscriber's networks of interest), also the items about
    them, to list first."""
    everything = list(issue.items.select_related("section", "network", "service_area").prefetch_related("attachments"))
    items = [item for item in everything if not item.imported_reminder]
    sections: dict[str, list[Item]] = {}
    for item in sorted(items, key=lambda item: (item.section.position if item.section else -1, item.position)):
        sections.setdefault(item.section.name if item.section else "", []).append(item)
    reminders = [
        reminder.item
        for reminder in Reminder.objects.filter(issue=issue)
        .select_related("item__issue__publication")
        .prefetch_related("item__attachments")
    ] + [item for item in everything if item.imported_reminder]
    return IssueContent(
        issue=issue,
        items=items,
        sections=list(sections.items()),
        reminders=reminders,
        resources=list(issue.resources.all()),
        meetings=meetings_upcoming(on=issue.date) if not issue.publication.is_newsletter else [],
        contacts=contacts_listed() if not issue.publication.is_newsletter else [],
        for_you=[item for item in items if item.network_id in networks],
    )


def meetings_upcoming(*, on: date) -> list[NetworkMeeting]:
    return list(
        NetworkMeeting.objects.filter(date__gte=on, date__lte=on + MEETINGS_AHEAD).select_related(
            "network", "more_information_from"
        )
    )


def contacts_listed() -> list[Contact]:
    return list(Contact.objects.filter(listed=True).select_related("authority"))


def issues_for_team() -> QuerySet[Issue]:
    return Issue.objects.select_related("publication").annotate(item_count=Count("items", distinct=True))


def resources_search(query: str) -> QuerySet[Resource]:
    resources = Resource.objects.all()
    for word in query.split()[:10]:
        resources = resources.filter(Q(title__icontains=word) | Q(publisher__icontains=word))
    return resources


def subscribers_for_team(query: str = "") -> QuerySet[Subscriber]:
    """Every subscriber with their publications, and `left`: they left the list from a link in an email."""
    from silverlinings.mail.models import OptOut

    from .emails import LIST_KEY

    left = OptOut.objects.filter(email__iexact=OuterRef("email"), list_key=LIST_KEY)
    subscribers = Subscriber.objects.prefetch_related(
        Prefetch("publications", queryset=Publication.objects.all())
    ).annotate(left=Exists(left))
    if query:
        subscribers = subscribers.filter(email__icontains=query.strip())
    return subscribers
