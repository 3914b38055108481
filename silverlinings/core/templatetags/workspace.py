"""The menu of a call's workspace, made from every app's `CALL_TABS` (core/plugins.py)."""

from django import template
from django.urls import reverse

from silverlinings.core.plugins import call_tabs

register = template.Library()


def workspace_tabs(request, call) -> list[dict]:
    """The tabs `request.user` may use on `call`; the one whose address starts the page's is current."""
    tabs = [
        {"label": tab.label, "url": reverse(tab.url_name, kwargs={"slug": call.slug})}
        for tab in call_tabs()
        if tab.permission is None or request.user.has_perm(tab.permission, call)
    ]
    matching = [tab for tab in tabs if request.path.startswith(tab["url"])]
    if matching:
        current = max(matching, key=lambda tab: len(tab["url"]))
        current["current"] = "page" if request.path == current["url"] else "true"
    return tabs


@register.inclusion_tag("includes/workspace_menu.html", takes_context=True)
def workspace_menu(context, call):
    tabs = workspace_tabs(context["request"], call)
    # One tab alone (a panel member's meeting) is no menu.
    return {"tabs": tabs if len(tabs) > 1 else [], "call": call}
