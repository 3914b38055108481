from silverlinings.core.plugins import DashboardPanel, NavItem, NavSection

# The team's pages for running the service; mail puts its Emails here too.
NAV_SECTIONS = [NavSection("running", "People and emails", order=85)]
NAV_ITEMS = [NavItem("People", "accounts:people", "accounts.manage_users", order=85, section="running")]

DASHBOARD_PANELS = [
    DashboardPanel("People and roles", "accounts/dashboard/people.html", "accounts.manage_users", order=95)
]
