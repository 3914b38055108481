from silverlinings.core.plugins import NavItem

NAV_ITEMS = [
    NavItem("Events", "events:event_list", order=30),
    NavItem("Manage events", "events:manage_events", "events.manage_events", order=45),
]
