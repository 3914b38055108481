"""Who may do what with events. Registrants need no account: their secret links are their permission."""

import rules

from silverlinings.accounts.models import MembershipRole
from silverlinings.accounts.rules import holds_role_for, is_programme_team

is_coordinator = holds_role_for(MembershipRole.COORDINATOR)

rules.add_perm("events.manage_events", is_programme_team)
rules.add_perm("events.coordinate_event", is_programme_team | is_coordinator)
