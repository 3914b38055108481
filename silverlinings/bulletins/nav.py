from silverlinings.core.plugins import DashboardPanel, NavItem


def _dashboard(request) -> dict:
    from .models import Issue

    waiting = Issue.objects.filter(status__in=[Issue.Status.DRAFT, Issue.Status.SCHEDULED])
    return {"bulletin_drafts": waiting.select_related("publication")[:5]}


NAV_ITEMS = [
    NavItem("Bulletins", "bulletins:archive", order=60),
    NavItem("Write the bulletin", "bulletins:manage", "bulletins.manage_bulletins", order=65),
]
DASHBOARD_PANELS = [
    DashboardPanel(
        "The bulletin", "bulletins/_dashboard.html", "bulletins.manage_bulletins", order=60, context=_dashboard
    )
]
