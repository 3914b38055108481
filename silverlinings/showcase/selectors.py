"""Queries the showcase pages need."""

from dataclasses import dataclass

from django.db.models import Q, QuerySet

from silverlinings.accounts.selectors import holders_of, scopes_of
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


def published_reports_since(moment) -> QuerySet[Commission]:
    """Reports published at or after `moment`, the oldest first."""
    return published_reports().filter(published_at__gte=moment).order_by("published_at", "pk")


def _through_nominations(**lookup) -> Q:
    """Reports whose nomination, or one of whose linked idea's nominations, matches `lookup`."""
    ((key, value),) = lookup.items()
    return Q(**{f"nomination__{key}": value}) | Q(**{f"idea__nominations__{key}": value})


@dataclass
class Filters:
    theme: str = ""
    service_area: str = ""
    authority: str = ""
    scale: str = ""
    query: str = ""

    @property
    def any(self) -> bool:
        return any((self.theme, self.service_area, self.authority, self.scale, self.query))


def published_filtered(filters: Filters) -> QuerySet[Commission]:
    from .search import search

    reports = published_reports()
    chosen = Q()
    if filters.theme.isdigit():
        chosen &= _through_nominations(themes__pk=int(filters.theme))
    if filters.service_area.isdigit():
        chosen &= _through_nominations(service_areas__pk=int(filters.service_area))
    if filters.authority.isdigit():
        chosen &= _through_nominations(authority__pk=int(filters.authority))
    if filters.scale:
        chosen &= _through_nominations(scale=filters.scale)
    if chosen:
        reports = published_reports().filter(pk__in=reports.filter(chosen).values("pk"))
    return search(reports, filters.query)


def _published_q(path: str) -> Q:
    """Rows linked (at `path`, or directly when empty) to a nomination with a published report."""
    prefix = f"{path}__" if path else ""
    published = Status.PUBLISHED
    return Q(**{f"{prefix}commissions__status": published}) | Q(**{f"{prefix}ideas__commissions__status": published})


def showcase_facets() -> dict[str, list[tuple[str, str]]]:
    """What the filters offer: only what at least one published report has."""
    from silverlinings.directory.models import Authority, ServiceArea
    from silverlinings.review.models import Theme

    themes = Theme.objects.filter(_published_q("nominations")).distinct().order_by("label")
    areas = ServiceArea.objects.filter(_published_q("nominations")).distinct().order_by("position", "name")
    authorities = Authority.objects.filter(_published_q("nominations")).distinct().order_by("name")
    scales = Nomination.objects.filter(_published_q("")).exclude(scale="").values_list("scale", flat=True)
    return {
        "theme": [(str(t.pk), t.label) for t in themes],
        "service_area": [(str(a.pk), a.name) for a in areas],
        "authority": [(str(a.pk), str(a)) for a in authorities],
        "scale": [(s, s) for s in sorted(set(scales))],
    }


def related_reports(commission, limit: int = 3) -> list[Commission]:
    """Other published reports that share a service area or a theme with this one.

    Read in small steps (the nominations that share one, then the reports on them) rather than one query
    joining reports, ideas, nominations, service areas and themes, which is many times slower."""
    from silverlinings.review.models import ThemeMembership

    from .evidence import nominations_for

    ids = [n.pk for n in nominations_for(commission)]
    by_area = Nomination.service_areas.through.objects
    areas = by_area.filter(nomination_id__in=ids).values("servicearea_id")
    themes = ThemeMembership.objects.filter(nomination_id__in=ids).values("theme_id")
    near = set(by_area.filter(servicearea_id__in=areas).values_list("nomination_id", flat=True))
    near |= set(ThemeMembership.objects.filter(theme_id__in=themes).values_list("nomination_id", flat=True))
    near -= set(ids)
    others = published_reports().exclude(pk=commission.pk)
    found = list(others.filter(nomination_id__in=near)[:limit])
    if len(found) < limit:
        on_ideas = others.filter(idea__nominations__in=near).exclude(pk__in=[c.pk for c in found]).distinct()
        found += list(on_ideas[: limit - len(found)])
    return found


def commission_people(commission) -> dict[str, list[str]]:
    """Who writes and who designs the report, as the team reads them: name and email address."""

    def named(user) -> str:
        return f"{user.full_name} ({user.email})" if user.full_name else user.email

    return {
        title: [named(m.user) for m in holders_of(role=role, scope=commission).order_by("pk")]
        for title, role in (("Writer", "writer"), ("Designer", "designer"))
    }


def designs_for(*, user, call) -> bool:
    if not (user.is_authenticated and user.is_active):
        return False
    return scopes_of(user=user, role="designer", model=Commission).filter(call=call).exists()


def calls_designed_by(user):
    from silverlinings.calls.models import Call

    return Call.objects.filter(pk__in=scopes_of(user=user, role="designer", model=Commission).values("call_id"))


def published_packs():
    from .models import Pack

    return Pack.objects.filter(published_at__isnull=False).select_related("call")
