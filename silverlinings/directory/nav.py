from silverlinings.core.plugins import DashboardPanel, NavItem

NAV_ITEMS = [NavItem("Contact details", "directory:contact_list", order=95)]

DASHBOARD_PANELS = [
    DashboardPanel("The contact directory", "directory/dashboard/contacts.html", "directory.manage_contacts", order=90)
]
