"""Everything that changes the editorial panel: its set-up, members, conflicts, assignments and reviews.

Views and tasks call these; nothing else writes panel data. A panel member only ever reviews a
nomination the visibility rule (`review.visibility`) lets them see: `assignment_add` refuses any
other with the rule's reason, and the automatic assignment passes every pair the rule hides to
`assignment_balance` as a conflict.
"""

from collections.abc import Mapping
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from silverlinings.accounts.models import Membership, MembershipRole, User
from silverlinings.accounts.selectors import holds_role, members_of
from silverlinings.accounts.services import membership_grant, membership_revoke
from silverlinings.calls.models import Call, Nomination
from silverlinings.core.services import audit_record

from .. import visibility
from ..algorithms.assignment import Item, Reviewer, assignment_balance
from ..models import (
    Assignment,
    Conflict,
    Criterion,
    Recommendation,
    Review,
    ReviewSetup,
    Score,
    Theme,
    ThemeMembership,
)

DEFAULT_CRITERIA = [
    (
        "Innovation",
        "How new is this way of working, for the service and for the sector?",
        [
            "Business as usual, or a very small change to it",
            "A modest change that many services already make",
            "New for this service, though others do something similar",
            "A fresh approach that few others have tried",
            "A genuinely new way of working that others can learn from",
        ],
    ),
    (
        "Impact and evidence",
        "What difference did it make for children, families or staff, and how do we know?",
        [
            "No difference shown",
            "A difference is claimed, with little or no evidence",
            "A clear difference, with some evidence such as feedback",
            "A clear difference, with good evidence such as figures or independent feedback",
            "A substantial difference, with strong evidence such as figures before and after",
        ],
    ),
    (
        "Could other authorities adopt it?",
        "Could another authority do this, and what would it take?",
        [
            "Only works in its own setting",
            "Hard to adopt: needs a lot of money, equipment or special conditions",
            "Could be adopted with some effort and resources",
            "Easy to adopt with modest resources",
            "Ready to adopt: clear steps, few resources and no tie to one supplier",
        ],
    ),
    (
        "Will it last?",
        "Is it becoming a permanent part of the service?",
        [
            "A temporary fix that has stopped or will stop",
            "Continuing for now, with no plan to keep it",
            "Meant to continue, but not yet embedded",
            "Being embedded: policy, training or budget in place",
            "Fully embedded and sustained: part of the ‘new normal’",
        ],
    ),
]


def review_setup_get(*, call: Call) -> ReviewSetup:
    """The call's review set-up, made with the default criteria the first time anyone needs it."""
    setup, _ = ReviewSetup.objects.get_or_create(call=call)
    if not call.criteria.exists():
        Criterion.objects.bulk_create(
            Criterion(
                call=call,
                position=position,
                name=name,
                question=question,
                descriptors={str(score): text for score, text in enumerate(descriptors, start=1)},
            )
            for position, (name, question, descriptors) in enumerate(DEFAULT_CRITERIA, start=1)
        )
    return setup


def review_setup_update(
    *, setup: ReviewSetup, by: User, weights: Mapping[int, Decimal] | None = None, **fields
) -> ReviewSetup:
    """Change how the review runs. `weights` maps criterion ids to their new weights."""
    for name, value in fields.items():
        setattr(setup, name, value)
    setup.full_clean()
    setup.save()
    for criterion in setup.call.criteria.filter(pk__in=list(weights or {})):
        criterion.weight = weights[criterion.pk]
        criterion.save(update_fields=["weight"])
    audit_record(actor=by, action="review.setup_changed", obj=setup.call, data={"fields": sorted(fields)})
    return setup


def panel_member_add(*, call: Call, member: User, by: User) -> Membership:
    """Put a panel member on `call`'s panel: a `Membership(panel_member, scope=call)` (decision 0062)."""
    if not (member.is_active and holds_role(user=member, role=MembershipRole.PANEL_MEMBER)):
        raise ValidationError(f"{member.get_full_name()} is not an editorial panel member.")
    membership, _ = membership_grant(user=member, role=MembershipRole.PANEL_MEMBER, scope=call, by=by)
    audit_record(actor=by, action="panel.member_added", obj=call, data={"member": member.pk})
    return membership


@transaction.atomic
def panel_seat_give(*, call: Call, member: User, by: User) -> Membership:
    """Put anyone on `call`'s panel from their page in the people pages: a writer on another call may sit on
    this one. Refused once they sit on it, and once the call's decisions are sent (its panel has finished)."""
    from silverlinings.accounts.selectors import membership_exists

    from ..models import Decision

    if membership_exists(user=member, role=MembershipRole.PANEL_MEMBER, scope=call):
        raise ValidationError(f"{member.get_full_name()} is already on the panel of {call}")
    if Decision.objects.filter(nomination__call=call, released_at__isnull=False).exists():
        raise ValidationError(f"The decisions on {call} have been sent: its panel has finished")
    membership, _ = membership_grant(user=member, role=MembershipRole.PANEL_MEMBER, scope=call, by=by)
    audit_record(actor=by, action="panel.member_added", obj=call, data={"member": member.pk})
    return membership


@transaction.atomic
def panel_member_remove(*, membership: Membership, by: User) -> int:
    """Take someone off the panel. Their unsubmitted assignments go; submitted reviews are kept.

    Returns how many submitted reviews were kept.
    """
    call = Call.objects.get(pk=membership.scope_id)
    assignments = Assignment.objects.filter(reviewer_id=membership.user_id, nomination__call_id=call.pk)
    kept = assignments.filter(review__submitted_at__isnull=False).count()
    assignments.exclude(review__submitted_at__isnull=False).delete()
    member_id = membership.user_id
    membership_revoke(membership=membership, by=by)
    audit_record(actor=by, action="panel.member_removed", obj=call, data={"member": member_id})
    return kept


@transaction.atomic
def conflict_declare(*, member: User, nomination: Nomination, reason: str) -> Conflict:
    """Record a conflict of interest. An assignment not yet reviewed goes, with its draft; a submitted
    review is kept, because the panel and perhaps the nominator have already read it (the team sees
    the conflict beside it)."""
    reason = reason.strip()
    if not reason:
        raise ValidationError("Enter why you have a conflict of interest")
    conflict, _ = Conflict.objects.get_or_create(member=member, nomination=nomination, defaults={"reason": reason})
    assignments = Assignment.objects.filter(reviewer=member, nomination=nomination)
    assignments.exclude(review__submitted_at__isnull=False).delete()
    audit_record(actor=member, action="panel.conflict_declared", obj=nomination, data={"reason": reason})
    return conflict


def _check_may_review(assignment: Assignment) -> None:
    reviewer, nomination = assignment.reviewer, assignment.nomination
    reason = visibility.hidden_reason(reviewer, nomination)
    if reason:
        raise ValidationError(f"{reviewer.get_full_name()} cannot review {nomination.reference or 'it'}: {reason}")


def assignment_add(*, nomination: Nomination, reviewer: User, by: User) -> Assignment:
    """A manual assignment by the team, refused with the rule's reason when the reviewer may not see it."""
    _check_may_review(Assignment(reviewer=reviewer, nomination=nomination))
    assignment, _ = Assignment.objects.get_or_create(
        reviewer=reviewer, nomination=nomination, defaults={"assigned_by": by}
    )
    audit_record(actor=by, action="panel.assigned", obj=nomination, data={"reviewer": reviewer.pk, "manual": True})
    return assignment


def assignment_remove(*, assignment: Assignment, by: User) -> None:
    review = Review.objects.filter(assignment=assignment).first()
    if review and review.submitted_at:
        raise ValidationError(
            f"{assignment.reviewer.get_full_name()} has already submitted a review of "
            f"{assignment.nomination.reference}, so the assignment cannot be removed"
        )
    assignment.delete()
    audit_record(
        actor=by, action="panel.unassigned", obj=assignment.nomination, data={"reviewer": assignment.reviewer_id}
    )


def nominations_to_assign(call: Call):
    """What the team may give to the panel: whatever `calls` says is ready for it."""
    return Nomination.objects.ready_for_panel().filter(call=call)


def _first_themes(call: Call) -> dict[int, int]:
    """Each nomination's first accepted theme, so the automatic assignment can spread themes."""
    first: dict[int, int] = {}
    memberships = ThemeMembership.objects.filter(theme__call=call, theme__status=Theme.Status.ACCEPTED).order_by("pk")
    for nomination_id, theme_id in memberships.values_list("nomination_id", "theme_id"):
        first.setdefault(nomination_id, theme_id)
    return first


def _assignment_network(call: Call) -> tuple[list[Item], list[Reviewer], set, set]:
    """The nominations, the panel, the pairs the visibility rule hides, and the assignments that count.

    A nomination of unknown authority waits for the team (the assignments page lists it). An
    assignment the rule now hides (a review kept after a conflict was declared) does not count
    towards the nomination's reviewers, so it gets another.
    """
    unknown = visibility.nominations_of_unknown_authority(call)
    nominations = nominations_to_assign(call).exclude(pk__in=unknown).order_by("number")
    members = list(members_of(role=MembershipRole.PANEL_MEMBER, scope=call))
    themes = _first_themes(call)
    items = [
        Item(pk, authority_id, themes.get(pk), reference)
        for pk, authority_id, reference in nominations.values_list("pk", "authority_id", "reference")
    ]
    reviewers = [Reviewer(member.pk, member.authority_id) for member in members]
    visible = {
        member.pk: set(visibility.nominations_visible_to_panel_member(member, call).values_list("pk", flat=True))
        for member in members
    }
    hidden = {(r.id, i.id) for r in reviewers for i in items if i.id not in visible[r.id]}
    made = Assignment.objects.filter(reviewer__in=members, nomination__in=nominations)
    existing = set(made.values_list("reviewer_id", "nomination_id")) - hidden
    return items, reviewers, hidden, existing


@transaction.atomic
def assignments_auto(*, call: Call, by: User) -> int:
    """Give every submitted nomination its reviewers, balanced, keeping every assignment already made.

    Raises `AssignmentImpossible` (with a `message` for the team) when a nomination has too few
    panel members who may review it. Returns how many assignments were made.
    """
    setup = review_setup_get(call=call)
    items, reviewers, conflicts, existing = _assignment_network(call)
    pairs = assignment_balance(
        items, reviewers, per_item=setup.reviewers_per_nomination, conflicts=conflicts, existing=existing
    )
    new = sorted(set(pairs) - existing - conflicts)
    Assignment.objects.bulk_create(Assignment(reviewer_id=r, nomination_id=n) for r, n in new)
    audit_record(actor=by, action="panel.assigned_automatically", obj=call, data={"made": len(new)})
    return len(new)


def review_get_or_create(*, assignment: Assignment) -> Review:
    """The reviewer's review, started when they first open it (with the call's criteria made if need be)."""
    review_setup_get(call=assignment.nomination.call)
    review, _ = Review.objects.get_or_create(assignment=assignment)
    return review


def weighted_score(values: Mapping[int, int], criteria: list[Criterion]) -> float | None:
    """The weighted mean of the scores (criterion id → 1–5). None unless every criterion is scored."""
    total_weight = sum(Decimal(criterion.weight) for criterion in criteria)
    if not criteria or not total_weight or any(values.get(criterion.pk) is None for criterion in criteria):
        return None
    total = sum(Decimal(criterion.weight) * values[criterion.pk] for criterion in criteria)
    return float(total / total_weight)


def review_problems(values: Mapping[int, int | None], recommendation: str, criteria: list[Criterion]) -> dict[str, str]:
    """What stops a review being submitted, keyed by form field name."""
    problems = {
        f"criterion_{criterion.pk}": f"Select a score for {criterion.name.rstrip('?').lower()}"
        for criterion in criteria
        if values.get(criterion.pk) is None
    }
    if recommendation not in Recommendation.values:
        problems["recommendation"] = "Select your recommendation"
    return problems


def review_save(
    *,
    review: Review,
    by: User,
    values: Mapping[int, int | None],
    recommendation: str,
    comment_for_team: str,
    comment_for_nominator: str,
    submit: bool,
) -> Review:
    """Save a review as typed. With `submit`, every score and a recommendation are required.

    A submission that is not complete yet is kept as a draft before its problems are raised, so
    nothing chosen is lost. A submitted review stays submitted: a change must meet the same test.
    """
    _check_may_review(review.assignment)
    setup = review_setup_get(call=review.assignment.nomination.call)
    if not setup.reviews_open:
        raise ValidationError("Reviews are closed")
    criteria = list(setup.call.criteria.all())
    problems = review_problems(values, recommendation, criteria) if submit or review.submitted_at else {}
    if problems and review.submitted_at:
        raise ValidationError(problems)
    review.recommendation = recommendation if recommendation in Recommendation.values else ""
    review.comment_for_team, review.comment_for_nominator = comment_for_team.strip(), comment_for_nominator.strip()
    if (submit or review.submitted_at) and not problems:
        review.weighted_score = weighted_score(values, criteria)
        review.submitted_at = review.submitted_at or timezone.now()
    _review_write(review, values, criteria, by=by)
    if problems:
        raise ValidationError(problems)
    return review


@transaction.atomic
def _review_write(review: Review, values: Mapping[int, int | None], criteria: list[Criterion], *, by: User) -> None:
    review.save()
    for criterion in criteria:
        value = values.get(criterion.pk)
        if value is None:
            Score.objects.filter(review=review, criterion=criterion).delete()
        else:
            Score.objects.update_or_create(review=review, criterion=criterion, defaults={"value": value})
    action = "review.submitted" if review.submitted_at else "review.saved"
    audit_record(actor=by, action=action, obj=review.assignment.nomination, data={"review": review.pk})
