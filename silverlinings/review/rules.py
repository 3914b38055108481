"""Who may do what in review. Panel membership and conflicts are data; these predicates read them.

Whether a panel member may see a nomination is the one rule in `review.visibility`; the predicates
here only ask it, so a page, a list, the assignment and a service can never disagree.
"""

import rules

from silverlinings.accounts.models import MembershipRole
from silverlinings.accounts.rules import holds_role_for, is_panel_member, is_programme_team

from . import visibility


@rules.predicate
def can_see_nomination(user, nomination) -> bool:
    return nomination is not None and visibility.may_see(user, nomination)


@rules.predicate
def can_see_the_scores(user, nomination) -> bool:
    """Other reviewers' scores and comments: hidden while the member still owes their own review."""
    return nomination is not None and visibility.may_see_scores(user, nomination)


@rules.predicate
def is_assigned(user, nomination) -> bool:
    return nomination is not None and user.assignments.filter(nomination_id=nomination.pk).exists()


#: On this call's panel: a `Membership(panel_member, scope=call)`.
is_panel_member_of_call = holds_role_for(MembershipRole.PANEL_MEMBER)


@rules.predicate
def reviews_are_open(user, nomination) -> bool:
    from .models import ReviewSetup

    if nomination is None:
        return False
    return not ReviewSetup.objects.filter(call_id=nomination.call_id, reviews_open=False).exists()


rules.add_perm("review.manage_review", is_programme_team)
rules.add_perm("review.view_panel_home", is_panel_member | is_programme_team)
rules.add_perm("review.review_call", is_programme_team | (is_panel_member & is_panel_member_of_call))
rules.add_perm("review.view_nomination", is_programme_team | can_see_nomination)
rules.add_perm("review.view_scores", is_programme_team | can_see_the_scores)
rules.add_perm("review.review_nomination", can_see_nomination & is_assigned)
rules.add_perm("review.declare_conflict", can_see_nomination)
rules.add_perm("review.view_meeting", is_programme_team | (is_panel_member & is_panel_member_of_call))
rules.add_perm("review.list_own_reviews", is_panel_member)
rules.add_perm("review.change_review", can_see_nomination & is_assigned & reviews_are_open)
