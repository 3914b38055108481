"""Who may do what in review. Panel membership and conflicts are data; these predicates read them.

A panel member never sees, opens, scores or sees the scores of a nomination from their own
authority or one they declared a conflict on — `can_review_nomination` is the one rule for that.
"""

import rules

from silverlinings.accounts.rules import is_panel_member, is_programme_team


@rules.predicate
def is_on_the_calls_panel(user, nomination) -> bool:
    if nomination is None:
        return False
    return user.panel_memberships.filter(call_id=nomination.call_id).exists()


@rules.predicate
def is_from_the_same_authority(user, nomination) -> bool:
    return nomination is not None and user.authority_id is not None and user.authority_id == nomination.authority_id


@rules.predicate
def has_declared_conflict(user, nomination) -> bool:
    return nomination is not None and user.conflicts.filter(nomination_id=nomination.pk).exists()


@rules.predicate
def is_assigned(user, nomination) -> bool:
    return nomination is not None and user.assignments.filter(nomination_id=nomination.pk).exists()


@rules.predicate
def is_panel_member_of_call(user, call) -> bool:
    return call is not None and user.is_authenticated and user.panel_memberships.filter(call_id=call.pk).exists()


can_see_nomination = is_panel_member & is_on_the_calls_panel & ~is_from_the_same_authority & ~has_declared_conflict

rules.add_perm("review.manage_review", is_programme_team)
rules.add_perm("review.view_panel_home", is_panel_member | is_programme_team)
rules.add_perm("review.review_call", is_programme_team | (is_panel_member & is_panel_member_of_call))
rules.add_perm("review.view_nomination", is_programme_team | can_see_nomination)
rules.add_perm("review.review_nomination", can_see_nomination & is_assigned)
rules.add_perm("review.declare_conflict", is_panel_member & is_on_the_calls_panel & ~has_declared_conflict)
rules.add_perm("review.view_meeting", is_programme_team | (is_panel_member & is_panel_member_of_call))


@rules.predicate
def reviews_are_open(user, nomination) -> bool:
    from .models import ReviewSetup

    if nomination is None:
        return False
    return not ReviewSetup.objects.filter(call_id=nomination.call_id, reviews_open=False).exists()


rules.add_perm("review.list_own_reviews", is_panel_member)
rules.add_perm("review.change_review", can_see_nomination & is_assigned & reviews_are_open)
