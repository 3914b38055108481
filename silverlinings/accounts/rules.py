"""Who may do what, declared once. Other apps build their permissions from these predicates."""

import rules

from .models import Role


@rules.predicate
def is_programme_team(user) -> bool:
    return bool(user.is_authenticated and user.is_active and (user.role == Role.PROGRAMME_TEAM or user.is_superuser))


@rules.predicate
def is_panel_member(user) -> bool:
    return bool(user.is_authenticated and user.is_active and user.role == Role.PANEL)


@rules.predicate
def is_report_writer(user) -> bool:
    return bool(user.is_authenticated and user.is_active and user.role == Role.WRITER)


@rules.predicate
def is_contributor(user) -> bool:
    return bool(user.is_authenticated and user.is_active and user.role == Role.CONTRIBUTOR)


is_signed_in = rules.is_authenticated & rules.is_active

rules.add_perm("accounts.view_dashboard", is_signed_in)
rules.add_perm("accounts.manage_users", is_programme_team)

# The people pages (the Django admin's, until they have pages of their own): the team adds people
# and gives them roles. Only a superuser may change a superuser (accounts/admin.py).
rules.add_perm("accounts.view_user", is_programme_team)
rules.add_perm("accounts.add_user", is_programme_team)
rules.add_perm("accounts.change_user", is_programme_team)


def holds_role_for(role: str) -> rules.Predicate:
    """A predicate (user, obj): the user holds `role` for `obj` (a call, a commission, an event…)."""

    def check(user, obj) -> bool:
        from .selectors import membership_exists

        return obj is not None and membership_exists(user=user, role=role, scope=obj)

    return rules.predicate(check, name=f"holds_{role}_for")
