"""An old weekly update, pasted or uploaded, becomes an archived issue (decision 16 reads it; this keeps it).

The reading is shown to the person importing first (`update_parse`): what went where, and every line
that was not understood. Importing then makes a published issue with its number and date, its items,
its reminders (pointing to the earlier item with the same headline, or kept as imported reminders),
its Tools & Templates entries, its network meeting dates and any contact not yet in the directory
(unlisted, for the team to check). Nothing is dropped: what could not be placed is returned.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction

from silverlinings.core.services import audit_record
from silverlinings.directory.models import Contact, Network, NetworkMeeting

from .models import Issue, Item, Publication, Reminder, Resource
from .parsing import ParsedIssue, ParsedItem
from .services import unique_item_slug


@dataclass
class ImportResult:
    issue: Issue
    reminders_linked: int = 0
    contacts_added: list[str] = field(default_factory=list)
    networks_unknown: list[str] = field(default_factory=list)


def import_problems(parsed: ParsedIssue, publication: Publication) -> list[str]:
    """Why the reading cannot become an issue yet (the person importing fixes the text and reads it again)."""
    problems = []
    if parsed.number is None:
        problems.append("No ‘UPDATE NO’ number was found. Add the masthead line, like ‘UPDATE NO 429 13 November 2020’")
    elif publication.issues.filter(number=parsed.number).exists():
        problems.append(f"Issue {parsed.number} is already in the archive")
    if parsed.date is None:
        problems.append("No date was found. Add it after the number, like ‘UPDATE NO 429 13 November 2020’")
    if not parsed.items and not parsed.reminders:
        problems.append("No items were found. Check that each headline is on a line of its own")
    return problems


def _item(issue: Issue, parsed: ParsedItem, position: int, *, reminder: bool = False) -> Item:
    item = Item(
        issue=issue,
        headline=parsed.headline[:250],
        body=parsed.body,
        action_required=parsed.action_required,
        position=position,
        imported_reminder=reminder,
        carry_stopped=True,  # an archived issue's reminders were decided when it went out
    )
    item.slug = unique_item_slug(item)
    item.save()
    return item


@transaction.atomic
def issue_import(*, publication: Publication, parsed: ParsedIssue, by) -> ImportResult:
    if problems := import_problems(parsed, publication):
        raise ValidationError(problems)
    issue = Issue.objects.create(
        publication=publication,
        number=parsed.number,
        date=parsed.date,
        status=Issue.Status.SENT,
        published=True,
        imported=True,
    )
    result = ImportResult(issue=issue)
    for position, parsed_item in enumerate(parsed.items, start=1):
        _item(issue, parsed_item, position)
    _reminders(issue, parsed.reminders, result)
    _resources(issue, parsed)
    _meetings(parsed, result)
    _contacts(parsed, result)
    audit_record(actor=by, action="bulletins.issue_imported", obj=issue, data={"unplaced": len(parsed.unplaced)})
    return result


def _reminders(issue: Issue, reminders: list[ParsedItem], result: ImportResult) -> None:
    for position, parsed in enumerate(reminders, start=1000):
        earlier = (
            Item.objects.filter(
                issue__publication=issue.publication,
                issue__date__lt=issue.date,
                headline__iexact=parsed.headline,
                imported_reminder=False,
            )
            .order_by("-issue__date")
            .first()
        )
        if earlier:
            Reminder.objects.create(issue=issue, item=earlier)
            result.reminders_linked += 1
        else:
            _item(issue, parsed, position, reminder=True)


def _resources(issue: Issue, parsed: ParsedIssue) -> None:
    for entry in parsed.resources:
        resource, _ = Resource.objects.get_or_create(
            title=entry.title[:300], publisher=entry.publisher[:200], defaults={"published_on": entry.published}
        )
        issue.resources.add(resource)


def _meetings(parsed: ParsedIssue, result: ImportResult) -> None:
    for meeting in parsed.network_meetings:
        network = Network.objects.filter(name__iexact=meeting.network.strip()).first()
        if network is None:
            result.networks_unknown.append(meeting.network)
            continue
        contact = Contact.objects.filter(name__iexact=meeting.contact.strip()).first() if meeting.contact else None
        for day in meeting.dates:
            NetworkMeeting.objects.get_or_create(network=network, date=day, defaults={"more_information_from": contact})


def _contacts(parsed: ParsedIssue, result: ImportResult) -> None:
    for entry in parsed.contacts:
        known = Contact.objects.filter(email__iexact=entry.email).exists() if entry.email else False
        if known or Contact.objects.filter(name__iexact=entry.name).exists():
            continue
        Contact.objects.create(
            name=entry.name[:150],
            role_title=(entry.role or "Contact")[:200],
            organisation=entry.organisation[:200],
            email=entry.email[:254],
            phone=entry.phone[:40],
            listed=False,
        )
        result.contacts_added.append(entry.name)
