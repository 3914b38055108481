"""What each app adds to the service: menu entries, tabs of a call's workspace, panels of the dashboard.

An app declares them in its own `nav.py` (found the way `demo.py` is), so `core` names no feature app:

    NAV_ITEMS = [NavItem("Things", "things:thing_list", "things.manage_things", order=70)]
    CALL_TABS = [CallTab("Things", "things:call_things", "things.manage_call", order=60)]
    DASHBOARD_PANELS = [DashboardPanel("Things", "things/_dashboard.html", "things.manage_things", context=fn)]

A `CallTab`'s URL takes the call's `slug`; its permission is checked against the call.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import import_module

from django.apps import apps


@dataclass(frozen=True)
class NavItem:
    label: str
    url_name: str
    permission: str | None = None  # None: everyone
    order: int = 50


@dataclass(frozen=True)
class CallTab:
    label: str
    url_name: str  # takes the call's slug
    permission: str | None = None  # checked against the call
    order: int = 50


@dataclass(frozen=True)
class DashboardPanel:
    title: str
    template: str
    permission: str | None = None
    order: int = 50
    # Builds the panel's template context from the request.
    context: Callable[[object], dict] = field(default=lambda request: {})


@cache
def _modules() -> tuple:
    found = []
    for config in apps.get_app_configs():
        if not config.name.startswith("silverlinings."):
            continue
        try:
            found.append(import_module(f"{config.name}.nav"))
        except ModuleNotFoundError as error:
            if error.name != f"{config.name}.nav":
                raise
    return tuple(found)


def _collect(attribute: str) -> list:
    return sorted(
        (item for module in _modules() for item in getattr(module, attribute, [])),
        key=lambda item: item.order,
    )


def nav_items() -> list[NavItem]:
    return _collect("NAV_ITEMS")


def call_tabs() -> list[CallTab]:
    return _collect("CALL_TABS")


def dashboard_panels() -> list[DashboardPanel]:
    return _collect("DASHBOARD_PANELS")
