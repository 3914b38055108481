"""The service navigation: each entry names a URL and the permission that shows it.

Apps add their entries here so that the menu follows the same `rules` permissions as the views.
"""

from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser
from django.urls import reverse


@dataclass(frozen=True)
class NavItem:
    label: str
    url_name: str
    permission: str | None = None  # None: everyone


NAV_ITEMS: list[NavItem] = [
    NavItem("Home", "core:home"),
    NavItem("Calls for evidence", "calls:call_list"),
    NavItem("Your nominations", "calls:my_nominations", "calls.list_own_nominations"),
    NavItem("Your reviews", "review:panel_home", "review.list_own_reviews"),
    NavItem("Manage calls", "calls:manage_calls", "calls.manage_calls"),
    NavItem("Themes and ideas", "review:grouping_calls", "review.manage_review"),
    NavItem("Editorial panel", "review:panel_home", "review.manage_review"),
    NavItem("Emails", "mail:outbox", "mail.view_outbox"),
    NavItem("Dashboard", "core:dashboard", "accounts.view_dashboard"),
    NavItem("Contact details", "directory:contact_list"),
]


def navigation_for(request) -> list[dict]:
    # An error page for a request refused before the middleware ran (a bad Host header) has no user.
    user = getattr(request, "user", None) or AnonymousUser()
    items = []
    for item in NAV_ITEMS:
        if item.permission and not user.has_perm(item.permission):
            continue
        url = reverse(item.url_name)
        active = request.path == url if url == "/" else request.path.startswith(url)
        items.append({"label": item.label, "url": url, "active": active, "current": request.path == url})
    return items
