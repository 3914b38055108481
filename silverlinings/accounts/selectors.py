"""Reads about people and the roles they hold. Apps ask these; they never query memberships themselves."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, Model, OuterRef, QuerySet

from .models import Membership, MembershipRole, User


def _scoped(role: str, scope: Model | None) -> QuerySet[Membership]:
    memberships = Membership.objects.filter(role=role)
    if scope is None:
        return memberships.filter(scope_type__isnull=True)
    return memberships.filter(scope_type=ContentType.objects.get_for_model(scope), scope_id=scope.pk)


def membership_exists(*, user, role: str, scope: Model | None = None) -> bool:
    if not (user.is_authenticated and user.is_active):
        return False
    return _scoped(role, scope).filter(user_id=user.pk).exists()


def members_of(*, role: str, scope: Model | None = None) -> QuerySet[User]:
    """The active people holding `role` for `scope` (or globally, for scope None)."""
    return User.objects.filter(is_active=True, pk__in=_scoped(role, scope).values("user_id"))


def memberships_of(user) -> QuerySet[Membership]:
    return Membership.objects.filter(user=user).select_related("scope_type", "authority")


def scopes_of(*, user, role: str, model: type[Model]) -> QuerySet:
    """The `model` rows (calls, commissions, events…) for which `user` holds `role`."""
    held = Membership.objects.filter(
        user_id=user.pk, role=role, scope_type=ContentType.objects.get_for_model(model)
    ).values("scope_id")
    return model._default_manager.filter(pk__in=held)


def has_role_subquery(*, role: str, model: type[Model], user_ref: str, scope_ref: str = "pk") -> Exists:
    """An Exists() for annotate/filter: does the user at `user_ref` hold `role` for the row at `scope_ref`."""
    return Exists(
        Membership.objects.filter(
            role=role,
            scope_type=ContentType.objects.get_for_model(model),
            scope_id=OuterRef(scope_ref),
            user_id=OuterRef(user_ref),
        )
    )


def is_programme_team(user) -> bool:
    return bool(user.is_authenticated and user.is_active) and (
        user.is_superuser or membership_exists(user=user, role=MembershipRole.PROGRAMME_TEAM)
    )
