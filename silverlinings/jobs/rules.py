"""Who may see the scheduled jobs and the workers: the programme team."""

import rules

from silverlinings.accounts.rules import is_programme_team

rules.add_perm("jobs.view_jobs", is_programme_team)
