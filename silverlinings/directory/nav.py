from silverlinings.core.plugins import NavItem

NAV_ITEMS = [NavItem("Contact details", "directory:contact_list", order=95)]
