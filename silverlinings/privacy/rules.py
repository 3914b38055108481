"""Who may erase a person's data: the programme team."""

import rules

from silverlinings.accounts.rules import is_programme_team

rules.add_perm("privacy.erase_person", is_programme_team)
