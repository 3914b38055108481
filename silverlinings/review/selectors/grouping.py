"""Queries the grouping pages need: suggestion runs, themes, near-duplicates and linked ideas.

Every list here is fetched in a fixed number of queries, whatever the number of rows.
"""

from django.db.models import Count, Exists, IntegerField, OuterRef, Prefetch, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce

from silverlinings.calls.answers import answers_as_text
from silverlinings.calls.headings import Purpose
from silverlinings.calls.models import Call, Nomination, NominationStatus

from ..models import DuplicatePair, Idea, SuggestionRun, Theme, ThemeMembership

#: The answers that say what an innovation is; the others (authority, contact, consent) would only add noise.
GROUPED_BY = (Purpose.TITLE, Purpose.FREE_TEXT)


def _count(queryset: QuerySet, field: str = "call") -> Coalesce:
    """A correlated COUNT, so that several counts on one row never multiply each other."""
    counted = queryset.filter(**{field: OuterRef("pk")}).order_by().values(field).annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def submitted_nominations(call: Call) -> QuerySet[Nomination]:
    return Nomination.objects.filter(call=call, status=NominationStatus.SUBMITTED)


def suggestion_docs(call: Call) -> list[tuple[int, str]]:
    """(nomination id, text) for each submitted nomination: the free-text answers, one paragraph each."""
    specs = call.specs_for(*GROUPED_BY)
    docs = []
    for pk, answers in submitted_nominations(call).order_by("pk").values_list("pk", "answers"):
        texts = answers_as_text(specs, answers or {})
        docs.append((pk, "\n\n".join(text for text in texts.values() if text)))
    return docs


def calls_for_grouping() -> QuerySet[Call]:
    """Every call with what the team needs to see before grouping it."""
    submitted = Nomination.objects.filter(status=NominationStatus.SUBMITTED)
    return Call.objects.annotate(
        submitted=_count(submitted),
        accepted_themes=_count(Theme.objects.filter(status=Theme.Status.ACCEPTED)),
        suggested_themes=_count(Theme.objects.filter(status=Theme.Status.SUGGESTED)),
        open_pairs=_count(DuplicatePair.objects.filter(dismissed=False, listed=True)),
        idea_count=_count(Idea.objects.all()),
    ).order_by("-opens_at")


def suggestion_run_latest(call: Call) -> SuggestionRun | None:
    return SuggestionRun.objects.filter(call=call).select_related("requested_by").first()


def suggestion_run_active(call: Call) -> SuggestionRun | None:
    """A run still waiting or running, if there is one."""
    active = [SuggestionRun.Status.QUEUED, SuggestionRun.Status.RUNNING]
    return SuggestionRun.objects.filter(call=call, status__in=active).first()


def themes_for_call(call: Call) -> QuerySet[Theme]:
    """Accepted themes first, then the largest; each with `size` and its `exemplars` (memberships)."""
    exemplars = ThemeMembership.objects.filter(exemplar=True).select_related("nomination__authority")
    return (
        Theme.objects.filter(call=call)
        .annotate(size=Count("memberships"))
        .prefetch_related(Prefetch("memberships", queryset=exemplars.order_by("pk"), to_attr="exemplars"))
        .order_by("status", "-size", "label", "pk")
    )


def theme_memberships(theme: Theme) -> QuerySet[ThemeMembership]:
    """The theme's nominations, exemplars first, each with the other themes it is in (`nomination.themes`)."""
    return (
        ThemeMembership.objects.filter(theme=theme)
        .select_related("nomination__authority")
        .prefetch_related(Prefetch("nomination__themes", queryset=Theme.objects.order_by("label")))
        .order_by("-exemplar", "nomination__reference", "pk")
    )


def nominations_without_theme(call: Call) -> QuerySet[Nomination]:
    in_a_theme = ThemeMembership.objects.filter(nomination=OuterRef("pk"))
    return (
        submitted_nominations(call).filter(~Exists(in_a_theme)).select_related("authority").order_by("reference", "pk")
    )


def nominations_in_accepted_themes(call: Call) -> set[int]:
    return set(
        ThemeMembership.objects.filter(theme__call=call, theme__status=Theme.Status.ACCEPTED).values_list(
            "nomination_id", flat=True
        )
    )


def _with_idea(pairs: QuerySet[DuplicatePair]) -> QuerySet[DuplicatePair]:
    both = Idea.objects.filter(nominations=OuterRef("first_id")).filter(nominations=OuterRef("second_id"))
    return pairs.select_related("first__authority", "second__authority").annotate(
        idea_id=Subquery(both.values("pk")[:1]), idea_label=Subquery(both.values("label")[:1])
    )


def duplicate_pairs_for_call(call: Call, *, dismissed: bool = False) -> QuerySet[DuplicatePair]:
    """The pairs to check (the default list: mutual likeliest twins), likeliest first, with
    `idea_id`/`idea_label` set when both are already linked as one idea. Dismissed: every dismissed pair."""
    pairs = DuplicatePair.objects.filter(call=call, dismissed=dismissed)
    if not dismissed:
        pairs = pairs.filter(listed=True)
    return _with_idea(pairs).order_by("-score", "-similarity", "pk")


def nomination_twins(nomination: Nomination) -> QuerySet[DuplicatePair]:
    """The nomination's likely twins, likeliest first (pairs it is in, dismissed ones left out)."""
    pairs = DuplicatePair.objects.filter(call_id=nomination.call_id, dismissed=False).filter(
        Q(first=nomination) | Q(second=nomination)
    )
    return _with_idea(pairs).order_by("-score", "-similarity", "pk")


def ideas_of(nomination: Nomination) -> QuerySet[Idea]:
    return Idea.objects.filter(nominations=nomination).order_by("label", "pk")


def themes_for_export(call: Call) -> QuerySet[Theme]:
    nominations = Nomination.objects.select_related("authority").order_by("reference", "pk")
    return (
        Theme.objects.filter(call=call)
        .prefetch_related(Prefetch("nominations", queryset=nominations, to_attr="members"))
        .order_by("status", "label", "pk")
    )


def duplicate_pair_get(call: Call, pk: int) -> DuplicatePair:
    return DuplicatePair.objects.select_related("first__authority", "second__authority").get(call=call, pk=pk)


def ideas_for_call(call: Call) -> QuerySet[Idea]:
    nominations = Nomination.objects.select_related("authority").order_by("reference", "pk")
    return (
        Idea.objects.filter(call=call)
        .annotate(size=Count("nominations"))
        .prefetch_related(Prefetch("nominations", queryset=nominations, to_attr="members"))
        .order_by("label", "pk")
    )


def ideas_holding_either(pair: DuplicatePair) -> QuerySet[Idea]:
    """Ideas that already hold one of the pair: the natural ones to add the other to."""
    return Idea.objects.filter(Q(nominations=pair.first_id) | Q(nominations=pair.second_id)).distinct()


def idea_nominations(idea: Idea) -> QuerySet[Nomination]:
    return idea.nominations.select_related("authority").order_by("reference", "pk")
