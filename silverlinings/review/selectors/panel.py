"""Queries the panel's pages need: each list in a fixed number of queries, whatever its length.

Every list, count and chart a panel member sees is built on `review.visibility`, the same rule that
refuses to open a nomination; pages show other reviewers' scores only where `review.view_scores` allows.
"""

import statistics
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet

from silverlinings.accounts.models import Membership, MembershipRole, User
from silverlinings.accounts.selectors import count_holders, holders_of, members_of, scopes_of
from silverlinings.calls.answers import answer_display
from silverlinings.calls.headings import Purpose
from silverlinings.calls.models import Call, Nomination, NominationStatus
from silverlinings.calls.selectors import call_sections
from silverlinings.mail.selectors import statuses_by_key

from ..anonymise import anonymise_answers
from ..models import (
    Assignment,
    Conflict,
    Decision,
    Recommendation,
    Review,
    ReviewSetup,
    Score,
    Theme,
    ThemeMembership,
)
from ..visibility import (
    nominations_visible_to,
    nominations_visible_to_panel_member,
)


def _hidden_keys(call: Call) -> set[str]:
    """The keys of the answers that say who sent a nomination."""
    return {spec.key for spec in call.specs_for(*Purpose.IDENTIFYING)}


# --- who sees what -----------------------------------------------------------------------------


def sees_everything(user) -> bool:
    return user.has_perm("review.manage_review")


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
    contact = nomination.answer_for(Purpose.CONTACT) or {}
    names = [person.full_name, *person.full_name.split(), person.email, person.organisation]
    names += [contact.get(part, "") for part in ("name", "email", "phone")]
    names += str(contact.get("name") or "").split()
    names.append(str(nomination.answer_for(Purpose.ORGANISATION) or ""))
    if nomination.authority_id:
        names += [nomination.authority.name, nomination.authority.short_name]
    return sorted({name.strip() for name in names if name and len(name.strip()) > 1}, key=len, reverse=True)


def answers_for(nomination: Nomination, *, anonymised: bool) -> dict:
    if not anonymised:
        return nomination.answers
    return anonymise_answers(
        nomination.answers, names=nomination_names(nomination), hidden_keys=_hidden_keys(nomination.call)
    )


def title_for(nomination: Nomination, *, anonymised: bool) -> str:
    title = nomination.title or "Untitled nomination"
    if not anonymised:
        return title
    return str(anonymise_answers({"title": title}, names=nomination_names(nomination), hidden_keys=()).get("title", ""))


def answer_rows(nomination: Nomination, *, anonymised: bool) -> list[dict]:
    """The answers by section, for the review page. Anonymised: who and where are left out."""
    answers = answers_for(nomination, anonymised=anonymised)
    rows, left_out = [], {spec.key for spec in nomination.call.specs_for(*Purpose.IDENTIFYING, Purpose.TITLE)}
    for section in call_sections(nomination.call):
        for spec in section.specs:
            if anonymised and spec.key in left_out:
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


def panel_members(call: Call) -> QuerySet[Membership]:
    """The call's panel: each `Membership(panel_member, scope=call)`, with the member's review counts."""
    in_call = Q(user__assignments__nomination__call=call)
    submitted = in_call & Q(user__assignments__review__submitted_at__isnull=False)
    return (
        holders_of(role=MembershipRole.PANEL_MEMBER, scope=call)
        .annotate(assigned=Count("user__assignments", filter=in_call, distinct=True))
        .annotate(submitted=Count("user__assignments", filter=submitted, distinct=True))
        .order_by("user__full_name", "user__email")
    )


def panel_candidates(call: Call) -> QuerySet[User]:
    """Panel members the team has taken on (on any panel, or on none yet) who are not on this call's."""
    return (
        User.objects.filter(is_active=True, memberships__role=MembershipRole.PANEL_MEMBER)
        .exclude(pk__in=members_of(role=MembershipRole.PANEL_MEMBER, scope=call).values("pk"))
        .distinct()
        .select_related("authority")
        .order_by("full_name", "email")
    )


def panel_reviewers(call: Call) -> QuerySet[User]:
    return (
        members_of(role=MembershipRole.PANEL_MEMBER, scope=call)
        .select_related("authority")
        .order_by("full_name", "email")
    )


def conflicts_for_team(call: Call) -> QuerySet[Conflict]:
    """Each declared conflict, with `review_kept` when the member had already submitted a review of it."""
    submitted = Assignment.objects.filter(
        reviewer_id=OuterRef("member_id"), nomination_id=OuterRef("nomination_id"), review__submitted_at__isnull=False
    )
    return (
        Conflict.objects.filter(nomination__call=call)
        .select_related("member", "nomination")
        .annotate(review_kept=Exists(submitted))
        .order_by("-created_at")
    )


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
        members_of(role=MembershipRole.PANEL_MEMBER, scope=call)
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
    return (
        Assignment.objects.filter(reviewer=user, nomination__in=nominations_visible_to_panel_member(user))
        .select_related("nomination__call__review_setup", "nomination__nominator", "nomination__authority", "review")
        .order_by("-nomination__call__opens_at", "nomination__number")
    )


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
    members = count_holders(role=MembershipRole.PANEL_MEMBER, model=Call)
    calls = (
        Call.objects.all()
        if sees_everything(user)
        else scopes_of(user=user, role=MembershipRole.PANEL_MEMBER, model=Call)
    )
    return calls.annotate(members=members).order_by("-opens_at")


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


def has_submitted_review(user, nomination: Nomination) -> bool:
    return Review.objects.filter(
        assignment__reviewer=user, assignment__nomination=nomination, submitted_at__isnull=False
    ).exists()


def reviews_of(nomination: Nomination) -> list[Review]:
    """Every review of a nomination, submitted first, with its scores in criterion order and
    `conflict_declared` when its reviewer declared a conflict after submitting it."""
    conflict = Conflict.objects.filter(member_id=OuterRef("assignment__reviewer_id"), nomination=nomination)
    return list(
        Review.objects.filter(assignment__nomination=nomination)
        .select_related("assignment__reviewer")
        .annotate(conflict_declared=Exists(conflict))
        .prefetch_related(
            Prefetch("scores", queryset=Score.objects.select_related("criterion").order_by("criterion__position"))
        )
        .order_by("submitted_at", "pk")
    )
