"""The service navigation: each app's `nav.py` names its entries (core/plugins.py), each with the permission
that shows it, so that the menu follows the same `rules` permissions as the views.
"""

from functools import cache

from django.contrib.auth.models import AnonymousUser
from django.template.loader import render_to_string
from django.urls import reverse

from .plugins import dashboard_panels, nav_items, nav_sections


def _within(path: str, url: str) -> bool:
    """Is the page at `path` one of the entry at `url`'s pages (the home page is only itself)?"""
    return path == url or (url != "/" and path.startswith(url))


def _may(user, item) -> bool:
    return not item.permission or user.has_perm(item.permission)


def _entry(item) -> dict:
    return {"label": item.label, "url": reverse(item.url_name), "order": item.order, "section": item.section}


@cache
def _for_visitors() -> tuple[dict, ...]:
    """The entries of someone not signed in: the same for every visitor, so worked out once per process (the
    public showcase pages are what everyone opens on launch day). Permissions are about who someone is; a
    visitor is no one in particular."""
    visitor = AnonymousUser()
    return tuple(_entry(item) for item in nav_items() if _may(visitor, item))


def _links(request) -> list[dict]:
    """The entries `request.user` may use; the one whose address starts the page's (longest first) is active."""
    # An error page for a request refused before the middleware ran (a bad Host header) has no user.
    user = getattr(request, "user", None) or AnonymousUser()
    if user.is_authenticated:
        links = [_entry(item) for item in nav_items() if _may(user, item)]
    else:
        links = [dict(entry) for entry in _for_visitors()]
    matching = [link for link in links if _within(request.path, link["url"])]
    if matching:
        active = max(matching, key=lambda link: len(link["url"]))
        active.update(active=True, current=request.path == active["url"])
    return links


def _section(section, links: list[dict]) -> dict:
    """One link for a section's entries: to the first, active when one of them is."""
    active = next((link for link in links if link.get("active")), None)
    return {
        "label": section.label,
        "url": links[0]["url"],
        "order": section.order,
        "items": links,
        "active": active is not None,
        "current": active is links[0] and active["current"],
    }


def navigation_for(request) -> list[dict]:
    """The menu: entries of their own and one link per section (core/plugins.py), in order."""
    links, sections = _links(request), {section.key: section for section in nav_sections()}
    grouped: dict[str, list[dict]] = {}
    for link in links:
        grouped.setdefault(link["section"], []).append(link)
    menu = list(grouped.pop("", []))
    for key, entries in grouped.items():
        if len(entries) == 1:
            menu.append({**entries[0], "order": sections[key].order})
        else:
            menu.append(_section(sections[key], entries))
    return sorted(menu, key=lambda entry: entry["order"])


def section_navigation(menu: list[dict]) -> dict | None:
    """The active section of the menu, whose entries are listed under it, if the page is in one."""
    return next((entry for entry in menu if entry.get("items") and entry["active"]), None)


def dashboard_for(request) -> list[dict]:
    """Every app's dashboard panels (core/plugins.py) that `request.user` may see, each rendered."""
    return [
        {"title": panel.title, "html": render_to_string(panel.template, panel.context(request), request=request)}
        for panel in dashboard_panels()
        if panel.permission is None or request.user.has_perm(panel.permission)
    ]
