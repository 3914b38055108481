"""Who may do what with the bulletins. Issues that were sent and published are public; writing, sending and
the subscriber list are the programme team's. A subscriber's choices are reached only by their own link."""

import rules

from silverlinings.accounts.rules import is_programme_team

rules.add_perm("bulletins.manage_bulletins", is_programme_team)
rules.add_perm("bulletins.manage_subscribers", is_programme_team)
