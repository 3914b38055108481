from silverlinings.core.plugins import CallTab, DashboardPanel, NavItem, NavSection, ScopedRole


def _unpublished():
    from .models import Commission, Status

    return Commission.objects.exclude(status=Status.PUBLISHED).order_by("title", "pk")


def _give(role: str):
    def give(*, person, scope, by, authority=None):
        from .services.commissions import commission_role_give

        return commission_role_give(commission=scope, user=person, role=role, by=by)

    return give


def _remove(*, membership, by) -> None:
    from .services.commissions import commission_role_remove

    commission_role_remove(membership=membership, by=by)


def _commission_role(slug: str, role: str, label: str, order: int) -> ScopedRole:
    return ScopedRole(
        slug,
        role,
        label,
        model="showcase.commission",
        question="Which commission?",
        noun="commission",
        choices=_unpublished,
        give=_give(role),
        remove=_remove,
        remove_note="They keep their account and any other roles; what they wrote stays with the commission.",
        order=order,
    )


def _own_commissions(request) -> dict:
    from .selectors import commissions_of

    return {"commissions": list(commissions_of(request.user)[:5])}


def _own_fact_checks(request) -> dict:
    from .selectors import fact_checks_of

    return {"fact_checks": list(fact_checks_of(request.user)[:5])}


NAV_SECTIONS = [NavSection("showcase", "Showcase", order=35)]
NAV_ITEMS = [
    NavItem("Commissions", "showcase:board", "showcase.manage_commissions", order=34, section="showcase"),
    NavItem("Showcase", "showcase:index", order=35, section="showcase"),
    NavItem("Your commissions", "showcase:my_commissions", "showcase.show_own_commissions", order=25),
]
CALL_TABS = [CallTab("Showcase reports", "showcase:commission_create", "showcase.manage_commissions", order=70)]
DASHBOARD_PANELS = [
    DashboardPanel(
        "Your commissions", "showcase/_dashboard_writer.html", "showcase.show_own_commissions", 30, _own_commissions
    ),
    DashboardPanel(
        "Reports to check",
        "showcase/_dashboard_fact_checks.html",
        "showcase.show_own_fact_checks",
        31,
        _own_fact_checks,
    ),
    DashboardPanel("Showcase commissions", "showcase/_dashboard_team.html", "showcase.manage_commissions", 50),
]
SCOPED_ROLES = [
    _commission_role("commission-writer", "writer", "Report writer of a commission", 20),
    _commission_role("commission-designer", "designer", "Report designer of a commission", 30),
]
