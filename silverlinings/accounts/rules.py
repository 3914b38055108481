"""Who may do what, declared once. Other apps build their permissions from these predicates."""

import rules

from . import selectors
from .models import MembershipRole


@rules.predicate
def is_programme_team(user) -> bool:
    return selectors.is_programme_team(user)


@rules.predicate
def is_panel_member(user) -> bool:
    """On the panel of any call, or taken on by the team to be put on one."""
    return selectors.holds_role(user=user, role=MembershipRole.PANEL_MEMBER)


@rules.predicate
def is_report_writer(user) -> bool:
    return selectors.holds_role(user=user, role=MembershipRole.WRITER)


@rules.predicate
def is_contributor(user) -> bool:
    """Signed in and holding no other role: everyone may nominate."""
    return bool(user.is_authenticated and user.is_active and not selectors.roles_held(user))


is_signed_in = rules.is_authenticated & rules.is_active

rules.add_perm("accounts.view_dashboard", is_signed_in)
rules.add_perm("accounts.manage_users", is_programme_team)

# The people pages (accounts/views/people.py, and the Django admin's): the team invites people and
# gives or removes their memberships. Only a superuser may change a superuser (accounts/admin.py).
rules.add_perm("accounts.view_user", is_programme_team)
rules.add_perm("accounts.add_user", is_programme_team)
rules.add_perm("accounts.change_user", is_programme_team)


def holds_role_for(role: str) -> rules.Predicate:
    """A predicate (user, obj): the user holds `role` for `obj` (a call, a commission, an event…)."""

    def check(user, obj) -> bool:
        return obj is not None and selectors.membership_exists(user=user, role=role, scope=obj)

    return rules.predicate(check, name=f"holds_{role}_for")
