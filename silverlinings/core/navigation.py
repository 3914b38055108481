"""The service navigation: each app's `nav.py` names its entries (core/plugins.py), each with the permission
that shows it, so that the menu follows the same `rules` permissions as the views.
"""

from functools import cache

from django.contrib.auth.models import AnonymousUser
from django.template.loader import render_to_string
from django.urls import reverse

from .plugins import dashboard_panels, nav_items


def navigation_for(request) -> list[dict]:
    # An error page for a request refused before the middleware ran (a bad Host header) has no user.
    user = getattr(request, "user", None) or AnonymousUser()
    if user.is_authenticated:
        entries = [(item.label, reverse(item.url_name)) for item in nav_items() if _may(user, item)]
    else:
        entries = _for_visitors()
    return [
        {
            "label": label,
            "url": url,
            "active": request.path == url if url == "/" else request.path.startswith(url),
            "current": request.path == url,
        }
        for label, url in entries
    ]


def _may(user, item) -> bool:
    return not item.permission or user.has_perm(item.permission)


@cache
def _for_visitors() -> tuple[tuple[str, str], ...]:
    """The menu of someone not signed in: the same for every visitor, so worked out once per process (the public
    showcase pages are what everyone opens on launch day). Permissions are about who someone is; a visitor is
    no one in particular."""
    visitor = AnonymousUser()
    return tuple((item.label, reverse(item.url_name)) for item in nav_items() if _may(visitor, item))


def dashboard_for(request) -> list[dict]:
    """Every app's dashboard panels (core/plugins.py) that `request.user` may see, each rendered."""
    return [
        {"title": panel.title, "html": render_to_string(panel.template, panel.context(request), request=request)}
        for panel in dashboard_panels()
        if panel.permission is None or request.user.has_perm(panel.permission)
    ]
