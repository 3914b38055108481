"""Which items of earlier issues are carried forward into ‘Reminders from previous weeks’.

The rule, in one place: an item of an earlier issue of the same publication is carried into an issue
dated `on` while its deadline has not passed (`deadline >= on`) and, when the team set a number of weeks,
for no more than that many weeks after its own issue; an item with weeks but no deadline is carried for
those weeks. An item with neither is never carried, nor one the team took out by hand.
"""

from datetime import date, timedelta

from django.db.models import Q

from .models import Item, Publication

#: No item is carried for longer than this, whatever its deadline.
LONGEST = timedelta(weeks=26)


def is_carried(item: Item, *, issue_date: date, on: date) -> bool:
    if item.carry_stopped or issue_date >= on:
        return False
    if item.deadline is None and not item.carry_forward_weeks:
        return False
    if item.deadline is not None and item.deadline < on:
        return False
    if item.carry_forward_weeks and on > issue_date + timedelta(weeks=item.carry_forward_weeks):
        return False
    return on <= issue_date + LONGEST


def items_carried(*, publication: Publication, on: date) -> list[Item]:
    """The items carried into an issue of `publication` dated `on`, soonest deadline first."""
    candidates = (
        Item.objects.filter(issue__publication=publication, issue__date__lt=on, issue__date__gte=on - LONGEST)
        .filter(carry_stopped=False)
        .filter(Q(deadline__gte=on) | Q(deadline__isnull=True, carry_forward_weeks__gt=0))
        .select_related("issue")
        .order_by("deadline", "issue__date", "position", "pk")
    )
    return [item for item in candidates if is_carried(item, issue_date=item.issue.date, on=on)]
