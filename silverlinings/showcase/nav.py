from silverlinings.core.plugins import CallTab, DashboardPanel, NavItem


def _own_commissions(request) -> dict:
    from .selectors import commissions_of

    return {"commissions": list(commissions_of(request.user)[:5])}


NAV_ITEMS = [
    NavItem("Showcase", "showcase:index", order=35),
    NavItem("Your commissions", "showcase:my_commissions", "showcase.show_own_commissions", order=25),
    NavItem("Commissions", "showcase:board", "showcase.manage_commissions", order=47),
]
CALL_TABS = [CallTab("Showcase reports", "showcase:commission_create", "showcase.manage_commissions", order=70)]
DASHBOARD_PANELS = [
    DashboardPanel(
        "Your commissions", "showcase/_dashboard_writer.html", "showcase.show_own_commissions", 30, _own_commissions
    ),
    DashboardPanel("Showcase commissions", "showcase/_dashboard_team.html", "showcase.manage_commissions", 50),
]
