from silverlinings.core.plugins import DashboardPanel

DASHBOARD_PANELS = [DashboardPanel("Personal data", "privacy/dashboard/erase.html", "privacy.erase_person", order=97)]
