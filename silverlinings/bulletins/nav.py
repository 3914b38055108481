from silverlinings.core.plugins import DashboardPanel, NavItem, NavSection


def _dashboard(request) -> dict:
    from .models import Issue

    waiting = Issue.objects.filter(status__in=[Issue.Status.DRAFT, Issue.Status.SCHEDULED])
    return {"bulletin_drafts": waiting.select_related("publication")[:5]}


NAV_SECTIONS = [NavSection("bulletins", "Bulletins", order=60)]
NAV_ITEMS = [
    NavItem("Write the bulletin", "bulletins:manage", "bulletins.manage_bulletins", order=59, section="bulletins"),
    NavItem("Bulletins", "bulletins:archive", order=60, section="bulletins"),
]
DASHBOARD_PANELS = [
    DashboardPanel(
        "The bulletin", "bulletins/_dashboard.html", "bulletins.manage_bulletins", order=60, context=_dashboard
    )
]
