"""Linked ideas: the same innovation sent twice (or by several authorities), found in the likely
twins or linked by hand from either nomination's page. Every change is audited; nominations
themselves are never changed, merged or deleted here."""

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction

from silverlinings.accounts.models import User
from silverlinings.calls.models import Call, Nomination
from silverlinings.core.services import audit_record

from ..models import DuplicatePair, Idea
from .grouping import nomination_data


def _pair_data(pair: DuplicatePair) -> dict:
    return {"pair": pair.pk, "nominations": [pair.first_id, pair.second_id], "similarity": pair.similarity}


@transaction.atomic
def idea_link(
    *, call: Call, nominations: Iterable[Nomination], by: User, label: str = "", idea: Idea | None = None
) -> Idea:
    """Link nominations as one idea: a new one named `label`, or the existing `idea`. The originals stay."""
    nominations = list(nominations)
    if any(nomination.call_id != call.pk for nomination in nominations) or (idea and idea.call_id != call.pk):
        raise ValidationError("Ideas and nominations must belong to the same call.")
    created = idea is None
    if created:
        if not label.strip():
            raise ValidationError({"label": "Enter a name for the idea"})
        idea = Idea.objects.create(call=call, label=label.strip()[:200], created_by=by)
    idea.nominations.add(*nominations)
    data = {"nominations": [nomination.pk for nomination in nominations], "new": created}
    audit_record(actor=by, action="idea.linked", obj=idea, data=data)
    return idea


def duplicate_pair_link(*, pair: DuplicatePair, by: User, label: str = "", idea: Idea | None = None) -> Idea:
    idea = idea_link(call=pair.call, nominations=[pair.first, pair.second], by=by, label=label, idea=idea)
    audit_record(actor=by, action="duplicate.linked", obj=idea, data=_pair_data(pair))
    return idea


def duplicate_pair_dismiss(*, pair: DuplicatePair, by: User) -> DuplicatePair:
    """Not the same idea: the pair leaves the list, and a new suggestion run does not bring it back."""
    pair.dismissed = True
    pair.save(update_fields=["dismissed"])
    audit_record(actor=by, action="duplicate.dismissed", obj=pair.first, data=_pair_data(pair))
    return pair


def duplicate_pair_restore(*, pair: DuplicatePair, by: User) -> DuplicatePair:
    pair.dismissed = False
    pair.save(update_fields=["dismissed"])
    audit_record(actor=by, action="duplicate.restored", obj=pair.first, data=_pair_data(pair))
    return pair


@transaction.atomic
def idea_nomination_remove(*, idea: Idea, nomination: Nomination, by: User) -> Idea | None:
    """Unlink one nomination. An idea left with fewer than two nominations is unlinked altogether
    (returns None). The nominations themselves are untouched."""
    if not idea.nominations.filter(pk=nomination.pk).exists():
        raise ValidationError(f"‘{nomination.title}’ is not linked to ‘{idea.label}’")
    idea.nominations.remove(nomination)
    audit_record(actor=by, action="idea.nomination_removed", obj=idea, data=nomination_data(nomination))
    if idea.nominations.count() < 2:
        idea_unlink(idea=idea, by=by)
        return None
    return idea


@transaction.atomic
def idea_unlink(*, idea: Idea, by: User) -> None:
    """Unlink every nomination of an idea and delete the idea. The nominations stay as they are."""
    data = {"label": idea.label, "nominations": sorted(idea.nominations.values_list("pk", flat=True))}
    audit_record(actor=by, action="idea.unlinked", obj=idea, data=data)
    idea.delete()
