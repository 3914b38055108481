"""What each app adds to the service: menu entries, tabs of a call's workspace, panels of the dashboard.

An app declares them in its own `nav.py` (found the way `demo.py` is), so `core` names no feature app:

    NAV_SECTIONS = [NavSection("things", "Things", order=70)]
    NAV_ITEMS = [NavItem("Manage things", "things:thing_list", "things.manage_things", order=69, section="things")]
    CALL_TABS = [CallTab("Things", "things:call_things", "things.manage_call", order=60)]
    DASHBOARD_PANELS = [DashboardPanel("Things", "things/_dashboard.html", "things.manage_things", context=fn)]
    SCOPED_ROLES = [ScopedRole("thing-keeper", "keeper", "Keeper of a thing", "things.thing", …)]

Entries in a `NavSection` are one link in the menu, named after the section and going to the first entry
(by `order`) the person may use; the section's entries are then listed under the menu on its pages. A
section with one entry someone may use is that entry, in the section's place.
A `CallTab`'s URL takes the call's `slug`; its permission is checked against the call. A `ScopedRole` is
a role held for one record (a call's panel, a commission) that the team gives and removes on a person's
page: the app that owns the record says which records may be chosen and how the role is given and taken
away (its own services, with its own checks).
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import import_module

from django.apps import apps


@dataclass(frozen=True)
class NavSection:
    key: str
    label: str
    order: int = 50


@dataclass(frozen=True)
class NavItem:
    label: str
    url_name: str
    permission: str | None = None  # None: everyone
    order: int = 50
    section: str = ""  # a NavSection's key, or none: a link of its own in the menu


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


@dataclass(frozen=True)
class ScopedRole:
    slug: str  # in the URL of the page that gives it
    role: str  # a MembershipRole value
    label: str  # "Editorial panel member of a call"
    model: str  # "app_label.model_name" of the record it is held for
    question: str  # the label of the choice: "Which call?"
    noun: str  # "call": for "Choose a call"
    # () → the records the team may choose from, in the order shown.
    choices: Callable[[], object]
    # (person=, scope=, by=, authority=) → the Membership; raises ValidationError with a message for the page.
    give: Callable[..., object]
    # (membership=, by=) → None; takes the role away with whatever the app does then.
    remove: Callable[..., None]
    # Said on the page that confirms taking the role away.
    remove_note: str = "They keep their account and any other roles."
    # The role is held for one authority too (a coordinator's places).
    needs_authority: bool = False
    order: int = 50


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


def nav_sections() -> list[NavSection]:
    return _collect("NAV_SECTIONS")


def call_tabs() -> list[CallTab]:
    return _collect("CALL_TABS")


def dashboard_panels() -> list[DashboardPanel]:
    return _collect("DASHBOARD_PANELS")


def scoped_roles() -> list[ScopedRole]:
    return _collect("SCOPED_ROLES")


def scoped_role_for(*, role: str, model: str) -> ScopedRole | None:
    """The declaration of `role` held for a `model` ("app_label.model_name") record, if an app makes one."""
    return next((found for found in scoped_roles() if (found.role, found.model) == (role, model)), None)
