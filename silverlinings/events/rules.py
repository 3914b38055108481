"""Who may do what with events. Registrants need no account: their secret links are their permission."""

import rules

from silverlinings.accounts import selectors as accounts_selectors
from silverlinings.accounts.models import MembershipRole
from silverlinings.accounts.rules import holds_role_for, is_programme_team

is_coordinator = holds_role_for(MembershipRole.COORDINATOR)


@rules.predicate
def coordinates_an_event(user) -> bool:
    return accounts_selectors.holds_role(user=user, role=MembershipRole.COORDINATOR)


rules.add_perm("events.manage_events", is_programme_team)
rules.add_perm("events.coordinate_event", is_programme_team | is_coordinator)
rules.add_perm("events.view_coordinated_events", coordinates_an_event)
