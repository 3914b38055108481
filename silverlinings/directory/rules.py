"""Who may do what with the directory."""

import rules

from silverlinings.accounts.rules import is_programme_team

rules.add_perm("directory.manage_contacts", is_programme_team)
