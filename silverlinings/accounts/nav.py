from silverlinings.core.plugins import DashboardPanel, NavItem

NAV_ITEMS = [NavItem("People", "accounts:people", "accounts.manage_users", order=85)]

DASHBOARD_PANELS = [
    DashboardPanel("People and roles", "accounts/dashboard/people.html", "accounts.manage_users", order=95)
]
