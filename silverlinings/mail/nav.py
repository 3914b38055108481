from silverlinings.core.plugins import DashboardPanel, NavItem

NAV_ITEMS = [NavItem("Emails", "mail:outbox", "mail.view_outbox", order=86, section="running")]

DASHBOARD_PANELS = [
    DashboardPanel("Emails and scheduled jobs", "mail/dashboard/outbox.html", "mail.view_outbox", order=80)
]
