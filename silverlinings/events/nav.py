from silverlinings.core.plugins import DashboardPanel, NavItem


def _dashboard(request) -> dict:
    from .selectors import events_upcoming

    return {"upcoming_events": list(events_upcoming())}


NAV_ITEMS = [
    NavItem("Events", "events:event_list", order=30),
    NavItem("Manage events", "events:manage_events", "events.manage_events", order=45),
]
DASHBOARD_PANELS = [
    DashboardPanel("Events", "events/dashboard/events.html", "events.manage_events", order=55, context=_dashboard)
]
