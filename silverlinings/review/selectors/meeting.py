"""Queries the panel meeting needs: each theme's nominations with their scores' statistics, the
themes' summary, the notes, and the scores export, each in a fixed number of queries.

A panel member's rows, themes, counts and charts come from `review.visibility`: a nomination they
may not see is left out, a theme none of whose nominations they may see is left out with its label,
and scores they may not read yet (their own review is still to come) stay blank.
"""

import statistics
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Exists, OuterRef, QuerySet

from silverlinings.calls.models import Call, Nomination
from silverlinings.core.spreadsheets import csv_bytes

from ..models import Decision, MeetingNote, Recommendation, Review, ReviewSetup, Theme, ThemeMembership
from ..visibility import nominations_visible_to, nominations_with_scores_for
from .panel import Stats, anonymised_for, score_stats, sees_everything, title_for


@dataclass
class MeetingRow:
    nomination: Nomination
    title: str
    stats: Stats
    comments: list[tuple[str, str]]
    decision: Decision | None
    scores_hidden: bool = False


def _scored(user, call: Call) -> set[int]:
    """The call's nominations whose reviewers' scores and comments `user` may read."""
    return set(nominations_with_scores_for(user, call).values_list("pk", flat=True))


def _submitted_reviews(nomination_ids) -> dict[int, list[Review]]:
    by_nomination: dict[int, list[Review]] = defaultdict(list)
    reviews = (
        Review.objects.filter(assignment__nomination_id__in=nomination_ids, submitted_at__isnull=False)
        .select_related("assignment__reviewer")
        .order_by("submitted_at", "pk")
    )
    for review in reviews:
        by_nomination[review.assignment.nomination_id].append(review)
    return by_nomination


def meeting_rows(user, call: Call, *, theme: Theme | None, every_theme: bool = False) -> list[MeetingRow]:
    """The nominations of one theme (or of none, or with `every_theme` all) that `user` may see, with statistics."""
    setup_spread = _spread(call)
    nominations = nominations_visible_to(user, call).select_related("nominator", "authority", "decision")
    if theme is not None:
        nominations = nominations.filter(theme_memberships__theme=theme)
    elif not every_theme:
        nominations = nominations.exclude(theme_memberships__theme__status=Theme.Status.ACCEPTED)
    nominations = list(nominations.order_by("number"))
    scored = _scored(user, call)
    reviews = _submitted_reviews([nomination.pk for nomination in nominations if nomination.pk in scored])
    anonymised = anonymised_for(user, call)
    rows = []
    for nomination in nominations:
        mine = reviews.get(nomination.pk, [])
        stats = score_stats(
            [review.weighted_score for review in mine if review.weighted_score is not None],
            [review.recommendation for review in mine],
            disagreement_spread=setup_spread,
        )
        comments = [
            (review.assignment.reviewer.get_full_name(), review.comment_for_team)
            for review in mine
            if review.comment_for_team
        ]
        decision = getattr(nomination, "decision", None)
        title = title_for(nomination, anonymised=anonymised)
        rows.append(MeetingRow(nomination, title, stats, comments, decision, nomination.pk not in scored))
    return rows


def _spread(call: Call) -> float:
    try:
        return float(call.review_setup.disagreement_spread)
    except ReviewSetup.DoesNotExist:
        return float(ReviewSetup._meta.get_field("disagreement_spread").default)


@dataclass
class ThemeSummary:
    theme: Theme | None
    label: str
    nominations: int
    reviewed: int
    decided: int
    mean: float | None

    @property
    def percent(self) -> int:
        return round(100 * self.mean / 5) if self.mean else 0

    @property
    def value(self) -> str:
        return f"{self.mean:.2f}" if self.mean is not None else "–"


def themes_for_meeting(user, call: Call) -> QuerySet[Theme]:
    """The call's accepted themes; for a panel member, only those holding a nomination they may see."""
    themes = Theme.objects.filter(call=call, status=Theme.Status.ACCEPTED)
    if sees_everything(user):
        return themes
    visible = nominations_visible_to(user, call)
    return themes.filter(Exists(ThemeMembership.objects.filter(theme=OuterRef("pk"), nomination__in=visible)))


def meeting_themes(user, call: Call) -> list[ThemeSummary]:
    """Each accepted theme `user` may see, then ‘Not in a theme’, counting only the nominations they may
    see and averaging only the scores they may read.

    A theme's mean is the mean of its nominations' mean scores, so each nomination counts once.
    """
    visible = dict(nominations_visible_to(user, call).values_list("pk", "decision__pk"))
    memberships = ThemeMembership.objects.filter(
        theme__call=call, theme__status=Theme.Status.ACCEPTED, nomination__in=nominations_visible_to(user, call)
    )
    members: dict[int, set[int]] = defaultdict(set)
    for theme_id, nomination_id in memberships.values_list("theme_id", "nomination_id"):
        members[theme_id].add(nomination_id)
    means = _nomination_means(nominations_with_scores_for(user, call))
    themed = set().union(*members.values()) if members else set()
    themes = themes_for_meeting(user, call).order_by("label")
    groups = [(theme, theme.label, members.get(theme.pk, set())) for theme in themes]
    groups.append((None, "Not in a theme", set(visible) - themed))
    return [_summary(theme, label, ids, means, visible) for theme, label, ids in groups]


def _nomination_means(nominations: QuerySet[Nomination]) -> dict[int, float]:
    scores: dict[int, list[float]] = defaultdict(list)
    reviews = Review.objects.filter(
        assignment__nomination__in=nominations, submitted_at__isnull=False, weighted_score__isnull=False
    )
    for nomination_id, score in reviews.values_list("assignment__nomination_id", "weighted_score"):
        scores[nomination_id].append(score)
    return {pk: statistics.fmean(values) for pk, values in scores.items()}


def _summary(theme, label, ids, means, visible) -> ThemeSummary:
    scored = [means[pk] for pk in ids if pk in means]
    mean = round(statistics.fmean(scored), 2) if scored else None
    decided = sum(1 for pk in ids if visible.get(pk))
    return ThemeSummary(theme, label, len(ids), len(scored), decided, mean)


def meeting_notes(call: Call, theme: Theme | None) -> QuerySet[MeetingNote]:
    notes = MeetingNote.objects.filter(call=call).select_related("author")
    return notes.filter(theme=theme) if theme else notes.filter(theme__isnull=True)


def first_theme_id(nomination: Nomination) -> int | None:
    memberships = nomination.theme_memberships.filter(theme__status=Theme.Status.ACCEPTED).order_by("pk")
    return memberships.values_list("theme_id", flat=True).first()


def scores_csv(user, call: Call) -> bytes:
    """Every nomination `user` may see with its scores' statistics, recommendations and decision."""
    header = [
        "Reference",
        "Title",
        "Authority",
        "Reviews submitted",
        "Mean",
        "Median",
        "Spread",
        "Disagreement",
        *[label for _, label in Recommendation.choices],
        "Decision",
        "Released",
    ]
    rows = (
        [
            row.nomination.reference,
            row.nomination.title,
            row.nomination.authority or "",
            row.stats.count,
            row.stats.mean,
            row.stats.median,
            row.stats.spread,
            "Yes" if row.stats.disagreement else "No",
            *[count for _, count in row.stats.recommendation_counts],
            row.decision.get_outcome_display() if row.decision else "",
            "Yes" if row.decision and row.decision.released_at else "No",
        ]
        for row in meeting_rows(user, call, theme=None, every_theme=True)
    )
    return csv_bytes(header, rows)
