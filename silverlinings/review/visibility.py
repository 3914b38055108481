"""Who on the editorial panel may see a nomination: the one rule, as one queryset filter.

A panel member sees a nomination when it is ready for the panel (`calls` alone says what holds one
back), they are on its call's panel, it says which authority it comes from and that is not their
own, they did not nominate it, they are not its contact, and they have declared no conflict of
interest on it. The `rules` predicates, the selectors, the assignment and the services all ask
here; nothing else says it again.

A panel member who still owes a review of a nomination does not see the other reviewers' scores
and comments on it until their own is submitted (`nominations_with_scores_for`).
"""

from django.db.models import Exists, OuterRef, Q, QuerySet

from silverlinings.accounts.models import MembershipRole, User
from silverlinings.accounts.rules import is_panel_member, is_programme_team
from silverlinings.accounts.selectors import has_role_for_user
from silverlinings.calls.models import Call, Nomination

from .models import Assignment, Conflict

#: A nomination that does not say which authority it comes from could be anyone's own: nobody on the panel sees it.
AUTHORITY_KNOWN = Q(authority__isnull=False)


def _conditions(member: User) -> dict[str, Q]:
    """Each part of the rule, named by the reason it gives when it fails, in the order they are told."""
    is_contact = Nomination.objects.filter(pk=OuterRef("pk"), answers__contact__email__iexact=member.email)
    return {
        "they are not on this call's panel": Q(
            has_role_for_user(user_id=member.pk, role=MembershipRole.PANEL_MEMBER, model=Call, scope_ref="call_id")
        ),
        "it does not say which authority it comes from": AUTHORITY_KNOWN,
        "it comes from their own authority ({authority})": (
            ~Q(authority_id=member.authority_id) if member.authority_id else Q()
        ),
        "they nominated it": ~Q(nominator_id=member.pk),
        # The contact lives in the answers: the person the team keyed a phoned-in nomination in for,
        # or whoever the nominator named. Exists, so that a nomination with no contact is not lost.
        "they are its contact": ~Q(Exists(is_contact)),
        "they declared a conflict of interest": ~Q(
            Exists(Conflict.objects.filter(nomination_id=OuterRef("pk"), member_id=member.pk))
        ),
    }


def _in_call(nominations: QuerySet[Nomination], call: Call | None) -> QuerySet[Nomination]:
    return nominations if call is None else nominations.filter(call=call)


def nominations_visible_to_panel_member(member: User, call: Call | None = None) -> QuerySet[Nomination]:
    """The nominations the rule lets `member` see (on every call's panel they sit on, or on `call`'s)."""
    nominations = _in_call(Nomination.objects.ready_for_panel(), call)
    if not is_panel_member(member):
        return nominations.none()
    return nominations.filter(*_conditions(member).values())


def nominations_visible_to(user: User, call: Call | None = None) -> QuerySet[Nomination]:
    """What `user` sees in the review: the programme team every sent nomination, a panel member what
    the rule allows, anyone else nothing."""
    if is_programme_team(user):
        return _in_call(Nomination.objects.submitted(), call)
    return nominations_visible_to_panel_member(user, call)


def nominations_of_unknown_authority(call: Call) -> QuerySet[Nomination]:
    """Nominations ready for the panel that no panel member may see until the team sets their authority."""
    return _in_call(Nomination.objects.ready_for_panel(), call).exclude(AUTHORITY_KNOWN)


def may_see(user: User, nomination: Nomination) -> bool:
    return nominations_visible_to_panel_member(user).filter(pk=nomination.pk).exists()


def hidden_reason(member: User, nomination: Nomination) -> str:
    """Why the rule hides `nomination` from `member`, in words for the team; empty when it does not."""
    candidates = Nomination.objects.filter(pk=nomination.pk)
    if not candidates.filter(pk__in=Nomination.objects.ready_for_panel()).exists():
        return "it is not ready for the panel"
    if not is_panel_member(member):
        return "they are not an editorial panel member"
    for reason, condition in _conditions(member).items():
        if not candidates.filter(condition).exists():
            return reason.format(authority=member.authority)
    return ""


def _owes_a_review(member: User) -> Exists:
    unsubmitted = Assignment.objects.filter(reviewer_id=member.pk, review__submitted_at__isnull=True)
    return Exists(unsubmitted.filter(nomination_id=OuterRef("pk")))


def nominations_with_scores_for(user: User, call: Call | None = None) -> QuerySet[Nomination]:
    """The nominations whose reviewers' scores and comments `user` may read: all the team sees; for a
    panel member, those they may see less those still waiting for their own review, so that nobody
    scores with the others' scores in mind."""
    nominations = nominations_visible_to(user, call)
    if is_programme_team(user):
        return nominations
    return nominations.exclude(_owes_a_review(user))


def may_see_scores(user: User, nomination: Nomination) -> bool:
    return nominations_with_scores_for(user).filter(pk=nomination.pk).exists()
