"""Queries the panel's pages need: each list in a fixed number of queries, whatever its length.

`nominations_visible_to` is the list form of the `review.view_nomination` rule: a panel member's
lists, counts and charts leave out their own authority's nominations and those they declared a
conflict on, exactly as the rule refuses to open them.
"""

import csv
import io
import statistics
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Prefetch, Q, QuerySet

from silverlinings.accounts.models import Role, User
from silverlinings.calls.answers import answer_display
from silverlinings.calls.models import Call, Nomination, NominationStatus
from silverlinings.calls.selectors import call_sections
from silverlinings.mail.selectors import statuses_by_key

from .anonymise import anonymise_answers
from .models import (
    Assignment,
    Conflict,
    Decision,
    MeetingNote,
    PanelMembership,
    Recommendation,
    Review,
    ReviewSetup,
    Score,
    Theme,
    ThemeMembership,
)

HIDDEN_KEYS = ("contact", "authority", "organisation")


# --- who sees what -----------------------------------------------------------------------------


def sees_everything(user) -> bool:
    return user.has_perm("review.manage_review")


def nominations_visible_to(user, call: Call) -> QuerySet[Nomination]:
    """The call's sent nominations `user` may see in the review (the `review.view_nomination` rule)."""
    nominations = Nomination.objects.filter(call=call, status=NominationStatus.SUBMITTED)
    if sees_everything(user):
        return nominations
    if not (user.is_authenticated and user.role == Role.PANEL and user.panel_memberships.filter(call=call).exists()):
        return nominations.none()
    nominations = nominations.exclude(conflicts__member=user)
    if user.authority_id:
        nominations = nominations.exclude(authority_id=user.authority_id)
    return nominations


def is_anonymised(call: Call) -> bool:
    try:
        return call.review_setup.anonymised
    except ReviewSetup.DoesNotExist:
        return False


def anonymised_for(user, call: Call) -> bool:
    """Reviewers see anonymised nominations when the call says so; the team always sees who sent them."""
    return is_anonymised(call) and not sees_everything(user)


def nomination_names(nomination: Nomination) -> list[str]:
    """Everything that would say who sent a nomination, to take out of its answers."""
    person = nomination.nominator
    contact = nomination.answers.get("contact") or {}
    names = [person.full_name, *person.full_name.split(), person.email, person.organisation]
    names += [contact.get(part, "") for part in ("name", "email", "phone")]
    names += str(contact.get("name") or "").split()
    names.append(str(nomination.answers.get("organisation") or ""))
    if nomination.authority_id:
        names += [nomination.authority.name, nomination.authority.short_name]
    return sorted({name.strip() for name in names if name and len(name.strip()) > 1}, key=len, reverse=True)


def answers_for(nomination: Nomination, *, anonymised: bool) -> dict:
    if not anonymised:
        return nomination.answers
    return anonymise_answers(nomination.answers, names=nomination_names(nomination), hidden_keys=HIDDEN_KEYS)


def title_for(nomination: Nomination, *, anonymised: bool) -> str:
    title = nomination.title or "Untitled nomination"
    if not anonymised:
        return title
    return str(anonymise_answers({"title": title}, names=nomination_names(nomination), hidden_keys=()).get("title", ""))


def answer_rows(nomination: Nomination, *, anonymised: bool) -> list[dict]:
    """The answers by section, for the review page. Anonymised: who and where are left out."""
    answers = answers_for(nomination, anonymised=anonymised)
    rows = []
    for section in call_sections(nomination.call):
        for spec in section.specs:
            if anonymised and (spec.key in HIDDEN_KEYS or spec.key == "title"):
                continue
            rows.append({"section": section, "spec": spec, "value": answer_display(spec, answers.get(spec.key))})
    return rows


# --- statistics -------------------------------------------------------------------------------


@dataclass
class Stats:
    scores: list[float]
    mean: float | None = None
    median: float | None = None
    spread: float | None = None
    disagreement: bool = False
    recommendations: dict[str, int] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return len(self.scores)

    @property
    def recommendation_counts(self) -> list[tuple[str, int]]:
        return [(label, self.recommendations.get(value, 0)) for value, label in Recommendation.choices]


def score_stats(scores: list[float], recommendations: list[str], *, disagreement_spread: float) -> Stats:
    """Mean, median and spread (highest minus lowest) of the reviewers' weighted scores."""
    counts = {value: recommendations.count(value) for value in Recommendation.values}
    if not scores:
        return Stats(scores=[], recommendations=counts)
    spread = round(max(scores) - min(scores), 2)
    return Stats(
        scores=sorted(scores),
        mean=round(statistics.fmean(scores), 2),
        median=round(statistics.median(scores), 2),
        spread=spread,
        disagreement=len(scores) > 1 and spread >= float(disagreement_spread),
        recommendations=counts,
    )


# --- the team's pages ---------------------------------------------------------------------------


def panel_members(call: Call) -> QuerySet[PanelMembership]:
    in_call = Q(member__assignments__nomination__call=call)
    submitted = in_call & Q(member__assignments__review__submitted_at__isnull=False)
    return (
        PanelMembership.objects.filter(call=call)
        .select_related("member__authority")
        .annotate(assigned=Count("member__assignments", filter=in_call, distinct=True))
        .annotate(submitted=Count("member__assignments", filter=submitted, distinct=True))
        .order_by("member__full_name", "member__email")
    )


def panel_candidates(call: Call) -> QuerySet[User]:
    return (
        User.objects.filter(role=Role.PANEL, is_active=True)
        .exclude(panel_memberships__call=call)
        .select_related("authority")
        .order_by("full_name", "email")
    )


def panel_reviewers(call: Call) -> QuerySet[User]:
    return User.objects.filter(panel_memberships__call=call).select_related("authority").order_by("full_name", "email")


def conflicts_for_team(call: Call) -> QuerySet[Conflict]:
    return Conflict.objects.filter(nomination__call=call).select_related("member", "nomination").order_by("-created_at")


def nominations_with_assignments(call: Call) -> QuerySet[Nomination]:
    return (
        Nomination.objects.filter(call=call, status=NominationStatus.SUBMITTED)
        .select_related("authority")
        .prefetch_related(
            Prefetch(
                "assignments",
                queryset=Assignment.objects.select_related("reviewer", "review").order_by("reviewer__full_name"),
            ),
            Prefetch(
                "theme_memberships",
                queryset=ThemeMembership.objects.filter(theme__status=Theme.Status.ACCEPTED)
                .select_related("theme")
                .order_by("pk"),
            ),
        )
        .order_by("number")
    )


@dataclass
class Progress:
    label: str
    submitted: int
    assigned: int

    @property
    def percent(self) -> int:
        return round(100 * self.submitted / self.assigned) if self.assigned else 0

    @property
    def value(self) -> str:
        return f"{self.submitted} of {self.assigned}"


def reviewer_progress(call: Call, *, nominations: QuerySet[Nomination] | None = None) -> list[Progress]:
    """Each panel member's submitted reviews out of those assigned, counting only `nominations` if given."""
    in_call = Q(assignments__nomination__call=call)
    if nominations is not None:
        in_call &= Q(assignments__nomination__in=nominations)
    submitted = in_call & Q(assignments__review__submitted_at__isnull=False)
    members = (
        User.objects.filter(panel_memberships__call=call)
        .annotate(assigned=Count("assignments", filter=in_call, distinct=True))
        .annotate(done=Count("assignments", filter=submitted, distinct=True))
        .order_by("full_name", "email")
    )
    return [Progress(member.get_full_name(), member.done, member.assigned) for member in members]


def decisions_for_team(call: Call) -> list[Decision]:
    decisions = list(
        Decision.objects.filter(nomination__call=call)
        .select_related("nomination__nominator", "nomination__authority", "decided_by")
        .order_by("nomination__number")
    )
    keys = {f"decision:{decision.nomination_id}": decision for decision in decisions}
    for decision in decisions:
        decision.letter_status = ""
    for key, status in statuses_by_key(keys).items():
        keys[key].letter_status = status
    return decisions


def outcome_counts(decisions) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for decision in decisions:
        counts[decision.outcome] += 1
    return dict(counts)


# --- a panel member's pages ---------------------------------------------------------------------


def assignments_of(user) -> QuerySet[Assignment]:
    """The reviewer's assignments they may still see, newest call first."""
    assignments = (
        Assignment.objects.filter(
            reviewer=user,
            nomination__status=NominationStatus.SUBMITTED,
            nomination__call__panel_memberships__member=user,
        )
        .exclude(nomination__conflicts__member=user)
        .select_related("nomination__call__review_setup", "nomination__nominator", "nomination__authority", "review")
        .order_by("-nomination__call__opens_at", "nomination__number")
    )
    if user.authority_id:
        assignments = assignments.exclude(nomination__authority_id=user.authority_id)
    return assignments


@dataclass
class CallAssignments:
    call: Call
    rows: list[dict]

    @property
    def submitted(self) -> int:
        return sum(1 for row in self.rows if row["status"] == "submitted")

    @property
    def percent(self) -> int:
        return round(100 * self.submitted / len(self.rows)) if self.rows else 0


def assignments_by_call(user) -> list[CallAssignments]:
    grouped: dict[int, CallAssignments] = {}
    for assignment in assignments_of(user):
        call = assignment.nomination.call
        review = getattr(assignment, "review", None)
        status = "submitted" if review and review.submitted_at else ("draft" if review else "not_started")
        anonymised = is_anonymised(call)
        grouped.setdefault(call.pk, CallAssignments(call, [])).rows.append(
            {
                "assignment": assignment,
                "nomination": assignment.nomination,
                "status": status,
                "title": title_for(assignment.nomination, anonymised=anonymised),
            }
        )
    return list(grouped.values())


def calls_on_panel(user) -> QuerySet[Call]:
    if sees_everything(user):
        return Call.objects.annotate(members=Count("panel_memberships", distinct=True)).order_by("-opens_at")
    return (
        Call.objects.filter(panel_memberships__member=user)
        .annotate(members=Count("panel_memberships", distinct=True))
        .order_by("-opens_at")
    )


def visible_nominations_list(user, call: Call) -> list[dict]:
    anonymised = anonymised_for(user, call)
    assigned = set(
        Assignment.objects.filter(reviewer=user, nomination__call=call).values_list("nomination_id", flat=True)
    )
    nominations = nominations_visible_to(user, call).select_related("nominator", "authority").order_by("number")
    return [
        {
            "nomination": nomination,
            "title": title_for(nomination, anonymised=anonymised),
            "assigned": nomination.pk in assigned,
        }
        for nomination in nominations
    ]


def reviews_of(nomination: Nomination) -> list[Review]:
    """Every review of a nomination, submitted first, with its scores in criterion order."""
    return list(
        Review.objects.filter(assignment__nomination=nomination)
        .select_related("assignment__reviewer")
        .prefetch_related(
            Prefetch("scores", queryset=Score.objects.select_related("criterion").order_by("criterion__position"))
        )
        .order_by("submitted_at", "pk")
    )


# --- the meeting ------------------------------------------------------------------------------


@dataclass
class MeetingRow:
    nomination: Nomination
    title: str
    stats: Stats
    comments: list[tuple[str, str]]
    decision: Decision | None


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
    reviews = _submitted_reviews([nomination.pk for nomination in nominations])
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
        rows.append(MeetingRow(nomination, title_for(nomination, anonymised=anonymised), stats, comments, decision))
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


def meeting_themes(user, call: Call) -> list[ThemeSummary]:
    """Each accepted theme, then ‘Not in a theme’, counting only the nominations `user` may see.

    A theme's mean is the mean of its nominations' mean scores, so each nomination counts once.
    """
    visible = dict(nominations_visible_to(user, call).values_list("pk", "decision__pk"))
    memberships = ThemeMembership.objects.filter(
        theme__call=call, theme__status=Theme.Status.ACCEPTED, nomination_id__in=list(visible)
    )
    members: dict[int, set[int]] = defaultdict(set)
    for theme_id, nomination_id in memberships.values_list("theme_id", "nomination_id"):
        members[theme_id].add(nomination_id)
    means = _nomination_means(list(visible))
    themed = set().union(*members.values()) if members else set()
    themes = list(Theme.objects.filter(call=call, status=Theme.Status.ACCEPTED).order_by("label"))
    groups = [(theme, theme.label, members.get(theme.pk, set())) for theme in themes]
    groups.append((None, "Not in a theme", set(visible) - themed))
    return [_summary(theme, label, ids, means, visible) for theme, label, ids in groups]


def _nomination_means(nomination_ids) -> dict[int, float]:
    scores: dict[int, list[float]] = defaultdict(list)
    reviews = Review.objects.filter(
        assignment__nomination_id__in=nomination_ids, submitted_at__isnull=False, weighted_score__isnull=False
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


def _csv_safe(value) -> str:
    """Stop a spreadsheet treating typed text as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


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
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    for row in meeting_rows(user, call, theme=None, every_theme=True):
        stats, decision = row.stats, row.decision
        writer.writerow(
            [
                _csv_safe(cell)
                for cell in [
                    row.nomination.reference,
                    row.nomination.title,
                    row.nomination.authority or "",
                    stats.count,
                    stats.mean,
                    stats.median,
                    stats.spread,
                    "Yes" if stats.disagreement else "No",
                    *[count for _, count in stats.recommendation_counts],
                    decision.get_outcome_display() if decision else "",
                    "Yes" if decision and decision.released_at else "No",
                ]
            ]
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
