"""Queries the showcase pages need."""

from dataclasses import dataclass

from django.db.models import Q, QuerySet

from silverlinings.accounts.selectors import scopes_of
from silverlinings.calls.models import Nomination

from .models import Commission, FactCheck, ReportVersion, Status


@dataclass
class Column:
    status: str
    label: str
    commissions: list


def commissions_board() -> list[Column]:
    """Every commission, by status, in due order."""
    commissions = Commission.objects.select_related("call").order_by("due_on", "pk")
    by_status: dict[str, list] = {value: [] for value in Status.values}
    for commission in commissions:
        by_status[commission.status].append(commission)
    return [Column(value, label, by_status[value]) for value, label in Status.choices]


def commissions_of(user) -> QuerySet[Commission]:
    """What a writer or designer was commissioned for."""
    written = scopes_of(user=user, role="writer", model=Commission)
    designed = scopes_of(user=user, role="designer", model=Commission)
    return Commission.objects.filter(Q(pk__in=written.values("pk")) | Q(pk__in=designed.values("pk"))).order_by(
        "due_on", "pk"
    )


def selected_innovations(call) -> tuple[list[Nomination], list]:
    """The nominations the panel selected that are not yet commissioned and not part of a linked idea,
    and the linked ideas with a selected nomination that are not yet commissioned."""
    from silverlinings.review.models import Idea, Outcome

    commissioned = Commission.objects.filter(call=call)
    ideas = (
        Idea.objects.filter(call=call, nominations__decision__outcome=Outcome.SELECTED)
        .exclude(pk__in=commissioned.exclude(idea=None).values("idea_id"))
        .distinct()
        .order_by("label")
    )
    nominations = (
        Nomination.objects.filter(call=call, decision__outcome=Outcome.SELECTED, ideas=None)
        .exclude(pk__in=commissioned.exclude(nomination=None).values("nomination_id"))
        .select_related("authority")
        .order_by("reference")
    )
    return list(nominations), list(ideas)


def versions_of(commission) -> QuerySet[ReportVersion]:
    return commission.versions.select_related("saved_by").order_by("-number")


def fact_check_for(*, user, commission) -> FactCheck | None:
    if not (user.is_authenticated and user.is_active):
        return None
    return FactCheck.objects.filter(commission=commission, checker=user).first()


def fact_checks_of(user) -> QuerySet[FactCheck]:
    return FactCheck.objects.filter(checker=user).select_related("commission").order_by("-created_at")


def published_reports() -> QuerySet[Commission]:
    return Commission.objects.filter(status=Status.PUBLISHED).order_by("-published_at", "pk")
