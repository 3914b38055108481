"""Everything that writes issues, items, reminders and Tools & Templates. Views and jobs call these.

Subscribers are in `subscriptions.py`, sending in `sending.py`, importing past updates in `imports.py`.
"""

from datetime import date

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.text import slugify

from silverlinings.core.images import ImageRefused, image_clean
from silverlinings.core.richtext import markdown_errors
from silverlinings.core.services import audit_record

from .carry import items_carried
from .models import Issue, Item, ItemAttachment, Publication, Reminder, Resource

ITEM_TEXT_FIELDS = ("body", "action_required")


def issue_next_number(publication: Publication) -> int:
    last = publication.issues.aggregate(last=Max("number"))["last"]
    return (last or 0) + 1


@transaction.atomic
def issue_create(*, publication: Publication, by, on: date | None = None, number: int | None = None, **fields) -> Issue:
    """A draft that writes itself: the next number, the reminders carried forward, the Tools & Templates
    added since the last issue, and items the programme's own state suggests."""
    Publication.objects.select_for_update().get(pk=publication.pk)  # two drafts at once get two numbers
    on = on or timezone.localdate()
    number = number or issue_next_number(publication)
    if publication.issues.filter(number=number).exists():
        raise ValidationError({"number": f"There is already an issue numbered {number}"})
    issue = Issue.objects.create(publication=publication, number=number, date=on, **fields)
    reminders_refresh(issue=issue)
    issue.resources.set(resources_new_for(publication=publication))
    if not fields.get("imported"):
        from .suggestions import items_suggest

        for suggestion in items_suggest(issue=issue):
            item_save(item=Item(issue=issue), by=by, **suggestion)
    audit_record(actor=by, action="bulletins.issue_created", obj=issue, data={"number": number})
    return issue


def resources_new_for(*, publication: Publication):
    """Tools & Templates entries not yet in any issue of this publication."""
    return Resource.objects.exclude(issues__publication=publication)


def reminders_refresh(*, issue: Issue) -> list[Reminder]:
    """Carry forward into a draft the items whose deadline or weeks still apply (and no others)."""
    if not issue.is_editable:
        raise ValidationError("The issue has been sent: its reminders cannot change")
    carried = items_carried(publication=issue.publication, on=issue.date)
    issue.reminders.exclude(item__in=carried).delete()
    have = set(issue.reminders.values_list("item_id", flat=True))
    Reminder.objects.bulk_create(Reminder(issue=issue, item=item) for item in carried if item.pk not in have)
    return list(issue.reminders.all())


def issue_update(*, issue: Issue, by, **fields) -> Issue:
    if not issue.is_editable:
        raise ValidationError("The issue has been sent and can no longer change")
    moved = "date" in fields and fields["date"] != issue.date
    for name, value in fields.items():
        setattr(issue, name, value)
    issue.full_clean()
    issue.save()
    if moved:
        reminders_refresh(issue=issue)
    audit_record(actor=by, action="bulletins.issue_changed", obj=issue, data={"fields": sorted(fields)})
    return issue


def item_errors(fields: dict) -> dict[str, list[str]]:
    """What is wrong with the item's text (links that are not allowed, pictures, HTML)."""
    return {name: found for name in ITEM_TEXT_FIELDS if (found := markdown_errors(fields.get(name) or ""))}


def unique_item_slug(item: Item) -> str:
    base = slugify(item.headline)[:70] or "item"
    slug, count = base, 1
    while Item.objects.filter(issue_id=item.issue_id, slug=slug).exclude(pk=item.pk).exists():
        count += 1
        slug = f"{base}-{count}"
    return slug


@transaction.atomic
def item_save(
    *, item: Item, by, image: bytes | None = None, attachment=None, attachment_title: str = "", **fields
) -> Item:
    """Add an item to an issue or change it. `image` (uploaded bytes) is cleaned by core.images;
    `attachment` (an uploaded file) is added to the item's attachments under `attachment_title`."""
    if not item.issue.is_editable:
        raise ValidationError("The issue has been sent and can no longer change")
    errors = item_errors(fields)
    if errors:
        raise ValidationError(errors)
    for name, value in fields.items():
        setattr(item, name, value)
    if item.pk is None:
        item.position = (item.issue.items.aggregate(last=Max("position"))["last"] or 0) + 1
    if not item.slug:
        item.slug = unique_item_slug(item)
    if image is not None:
        try:
            clean = image_clean(image)
        except ImageRefused as refused:
            raise ValidationError({"image": [refused.message]}) from refused
        item.image.save(f"picture{clean.extension}", ContentFile(clean.data), save=False)
    item.full_clean()
    item.save()
    if attachment is not None:
        added = ItemAttachment(item=item, title=attachment_title)
        added.file.save(attachment.name, attachment, save=False)
        added.save()
    audit_record(actor=by, action="bulletins.item_saved", obj=item, data={"issue": item.issue_id})
    return item


def item_attachment_remove(*, attachment: ItemAttachment, by) -> None:
    """Take one file off an item of an issue not yet sent; the file goes from storage when the
    transaction commits."""
    item = attachment.item
    if not item.issue.is_editable:
        raise ValidationError("The issue has been sent and can no longer change")
    audit_record(actor=by, action="bulletins.item_attachment_removed", obj=item, data={"title": str(attachment)})
    stored, name = attachment.file.storage, attachment.file.name
    attachment.delete()
    transaction.on_commit(lambda: stored.delete(name))


def item_remove(*, item: Item, by) -> None:
    if not item.issue.is_editable:
        raise ValidationError("The issue has been sent and can no longer change")
    audit_record(actor=by, action="bulletins.item_removed", obj=item.issue, data={"headline": item.headline})
    item.delete()


@transaction.atomic
def item_move(*, item: Item, by, up: bool) -> None:
    """Swap the item with the one before (or after) it in its issue."""
    if not item.issue.is_editable:
        raise ValidationError("The issue has been sent and can no longer change")
    items = list(Item.objects.select_for_update().filter(issue=item.issue_id, imported_reminder=False))
    index = next(i for i, other in enumerate(items) if other.pk == item.pk)
    other = index - 1 if up else index + 1
    if not 0 <= other < len(items):
        return
    items[index], items[other] = items[other], items[index]
    for position, each in enumerate(items, start=1):
        each.position = position
    Item.objects.bulk_update(items, ["position"])
    audit_record(actor=by, action="bulletins.item_moved", obj=item.issue, data={"item": item.pk, "up": up})


@transaction.atomic
def reminder_remove(*, reminder: Reminder, by) -> None:
    """Take a reminder out by hand: out of this issue, and it is not carried forward again."""
    if not reminder.issue.is_editable:
        raise ValidationError("The issue has been sent and can no longer change")
    Item.objects.filter(pk=reminder.item_id).update(carry_stopped=True)
    audit_record(actor=by, action="bulletins.reminder_removed", obj=reminder.issue, data={"item": reminder.item_id})
    reminder.delete()


def resource_add(*, by, **fields) -> Resource:
    resource = Resource(**fields)
    resource.full_clean()
    resource.save()
    audit_record(actor=by, action="bulletins.resource_added", obj=resource)
    return resource
