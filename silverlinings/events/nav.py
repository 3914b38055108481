from silverlinings.core.plugins import DashboardPanel, NavItem, NavSection, ScopedRole


def _dashboard(request) -> dict:
    from .selectors import events_upcoming

    return {"upcoming_events": list(events_upcoming())}


def _coordinated(request) -> dict:
    from .selectors import events_coordinated_by

    return {"coordinated_events": events_coordinated_by(user=request.user)}


def _events_to_come():
    from django.utils import timezone

    from .models import Event

    return Event.objects.filter(ends_at__gt=timezone.now()).order_by("starts_at", "pk")


def _give(*, person, scope, by, authority=None):
    from .services.events import coordinator_give

    return coordinator_give(event=scope, person=person, authority=authority, by=by)


def _remove(*, membership, by) -> None:
    from .services.events import coordinator_revoke

    coordinator_revoke(membership=membership, by=by)


NAV_SECTIONS = [NavSection("events", "Events", order=30)]
NAV_ITEMS = [
    NavItem("Manage events", "events:manage_events", "events.manage_events", order=29, section="events"),
    NavItem("Events", "events:event_list", order=30, section="events"),
]
DASHBOARD_PANELS = [
    DashboardPanel("Events", "events/dashboard/events.html", "events.manage_events", order=55, context=_dashboard),
    DashboardPanel(
        "Your authority's places",
        "events/dashboard/coordinated.html",
        "events.view_coordinated_events",
        order=56,
        context=_coordinated,
    ),
]
SCOPED_ROLES = [
    ScopedRole(
        "event-coordinator",
        "coordinator",
        "Authority coordinator for an event",
        model="events.event",
        question="Which event?",
        noun="event",
        choices=_events_to_come,
        give=_give,
        remove=_remove,
        remove_note="Their authority’s registrations for the event stay.",
        needs_authority=True,
        order=40,
    )
]
