"""Who may do what with email: the outbox and the templates are the programme team's."""

import rules

from silverlinings.accounts.rules import is_programme_team

rules.add_perm("mail.view_outbox", is_programme_team)
rules.add_perm("mail.send_again", is_programme_team)
rules.add_perm("mail.change_templates", is_programme_team)
