"""Reads about people and the roles they hold. Apps ask these; they never query memberships themselves."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, F, Model, OuterRef, QuerySet

from .models import Membership, MembershipRole, User


def _scoped(role: str, scope: Model | None) -> QuerySet[Membership]:
    memberships = Membership.objects.filter(role=role)
    if scope is None:
        return memberships.filter(scope_type__isnull=True)
    return memberships.filter(scope_type=ContentType.objects.get_for_model(scope), scope_id=scope.pk)


CACHE = "_memberships_held"


def _held(user) -> frozenset[tuple[str, int | None, int | None]]:
    """(role, scope type id, scope id) of every membership `user` holds, read once per user object
    (a request's user): pages ask many permissions. `membership_grant`/`_revoke` forget it."""
    if not (user.is_authenticated and user.is_active):
        return frozenset()
    held = getattr(user, CACHE, None)
    if held is None:
        held = frozenset(Membership.objects.filter(user_id=user.pk).values_list("role", "scope_type_id", "scope_id"))
        setattr(user, CACHE, held)
    return held


def forget_held(user) -> None:
    if hasattr(user, CACHE):
        delattr(user, CACHE)


def membership_exists(*, user, role: str, scope: Model | None = None) -> bool:
    """Does `user` hold `role` for `scope` (None: the role held for nothing in particular)?"""
    if scope is None:
        return (role, None, None) in _held(user)
    return (role, ContentType.objects.get_for_model(scope).pk, scope.pk) in _held(user)


def roles_held(user) -> set[str]:
    """Every role `user` holds, for anything."""
    return {role for role, _type, _id in _held(user)}


def holds_role(*, user, role: str) -> bool:
    """Does `user` hold `role` at all: for everything, or for any call, commission or event."""
    return role in roles_held(user)


def members_of(*, role: str, scope: Model | None = None) -> QuerySet[User]:
    """The active people holding `role` for `scope` (or globally, for scope None)."""
    return User.objects.filter(is_active=True, pk__in=_scoped(role, scope).values("user_id"))


#: Each role held for nothing in particular first, then those held for a call, a commission… (on any database).
IN_ORDER = ("role", F("scope_id").asc(nulls_first=True), "pk")


def memberships_of(user) -> QuerySet[Membership]:
    memberships = Membership.objects.filter(user=user).select_related("scope_type", "authority")
    return memberships.prefetch_related("scope").order_by(*IN_ORDER)


def holders_of(*, role: str, scope: Model | None = None) -> QuerySet[Membership]:
    """The memberships of `role` for `scope`, with their people, for lists."""
    return _scoped(role, scope).filter(user__is_active=True).select_related("user__authority")


def has_role_for_user(*, user_id: int, role: str, model: type[Model], scope_ref: str) -> Exists:
    """An Exists() for filter: does the person `user_id` hold `role` for the row at `scope_ref`."""
    return Exists(
        Membership.objects.filter(
            role=role,
            scope_type=ContentType.objects.get_for_model(model),
            scope_id=OuterRef(scope_ref),
            user_id=user_id,
        )
    )


def count_holders(*, role: str, model: type[Model], scope_ref: str = "pk"):
    """A subquery counting the people holding `role` for the row at `scope_ref`, for annotate."""
    from django.db.models import Count, IntegerField, Subquery, Value
    from django.db.models.functions import Coalesce

    counted = (
        Membership.objects.filter(
            role=role, scope_type=ContentType.objects.get_for_model(model), scope_id=OuterRef(scope_ref)
        )
        .order_by()
        .values("scope_id")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def people_with_memberships() -> QuerySet[User]:
    """Everyone, with their memberships, for the team's people list (two queries, whatever the count)."""
    from django.db.models import Prefetch

    return (
        User.objects.order_by("full_name", "email")
        .select_related("authority")
        .prefetch_related(
            Prefetch(
                "memberships",
                queryset=Membership.objects.select_related("scope_type", "authority")
                .prefetch_related("scope")
                .order_by(*IN_ORDER),
            )
        )
    )


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
