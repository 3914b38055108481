from silverlinings.core.plugins import CallTab, DashboardPanel, NavItem, NavSection, ScopedRole


def _calls_still_reviewing():
    from silverlinings.calls.models import Call

    from .models import Decision

    sent = Decision.objects.filter(released_at__isnull=False).values("nomination__call_id")
    return Call.objects.exclude(pk__in=sent)


def _seat_give(*, person, scope, by, authority=None):
    from .services.panel import panel_seat_give

    return panel_seat_give(call=scope, member=person, by=by)


def _seat_remove(*, membership, by) -> None:
    from .services.panel import panel_member_remove

    panel_member_remove(membership=membership, by=by)


NAV_SECTIONS = [NavSection("review", "Review", order=15)]
NAV_ITEMS = [
    NavItem("Your reviews", "review:panel_home", "review.list_own_reviews", order=30),
    NavItem("Themes and ideas", "review:grouping_calls", "review.manage_review", order=45, section="review"),
    NavItem("Editorial panel", "review:panel_home", "review.manage_review", order=46, section="review"),
]

CALL_TABS = [
    CallTab("Themes", "review:themes", "review.manage_review", order=20),
    CallTab("Duplicates", "review:duplicates", "review.manage_review", order=22),
    CallTab("Linked ideas", "review:ideas", "review.manage_review", order=24),
    CallTab("Panel", "review:panel", "review.manage_review", order=30),
    CallTab("Review settings", "review:panel_settings", "review.manage_review", order=32),
    CallTab("Assignments and progress", "review:assignments", "review.manage_review", order=34),
    CallTab("Panel meeting", "review:meeting", "review.view_meeting", order=36),
    CallTab("Decisions", "review:decisions", "review.manage_review", order=38),
    CallTab("Letters", "review:letters", "review.manage_review", order=40),
]

DASHBOARD_PANELS = [
    DashboardPanel("Your reviews", "review/dashboard/reviews.html", "review.list_own_reviews", order=20),
    DashboardPanel("The editorial panel", "review/dashboard/panel.html", "review.manage_review", order=21),
]

SCOPED_ROLES = [
    ScopedRole(
        "call-panel",
        "panel_member",
        "Editorial panel member of a call",
        model="calls.call",
        question="Which call’s panel?",
        noun="call",
        choices=_calls_still_reviewing,
        give=_seat_give,
        remove=_seat_remove,
        remove_note="Reviews they have sent are kept; nominations they have not reviewed yet go back to be assigned.",
        order=10,
    )
]
