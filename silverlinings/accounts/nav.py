from silverlinings.core.plugins import DashboardPanel

DASHBOARD_PANELS = [
    DashboardPanel("People and roles", "accounts/dashboard/people.html", "accounts.manage_users", order=95)
]
