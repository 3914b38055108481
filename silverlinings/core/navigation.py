"""The service navigation: each app's `nav.py` names its entries (core/plugins.py), each with the permission
that shows it, so that the menu follows the same `rules` permissions as the views.
"""

from django.contrib.auth.models import AnonymousUser
from django.template.loader import render_to_string
from django.urls import reverse

from .plugins import dashboard_panels, nav_items


def navigation_for(request) -> list[dict]:
    # An error page for a request refused before the middleware ran (a bad Host header) has no user.
    user = getattr(request, "user", None) or AnonymousUser()
    items = []
    for item in nav_items():
        if item.permission and not user.has_perm(item.permission):
            continue
        url = reverse(item.url_name)
        active = request.path == url if url == "/" else request.path.startswith(url)
        items.append({"label": item.label, "url": url, "active": active, "current": request.path == url})
    return items


def dashboard_for(request) -> list[dict]:
    """Every app's dashboard panels (core/plugins.py) that `request.user` may see, each rendered."""
    return [
        {"title": panel.title, "html": render_to_string(panel.template, panel.context(request), request=request)}
        for panel in dashboard_panels()
        if panel.permission is None or request.user.has_perm(panel.permission)
    ]
