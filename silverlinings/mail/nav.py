from silverlinings.core.plugins import NavItem

NAV_ITEMS = [NavItem("Emails", "mail:outbox", "mail.view_outbox", order=80)]
