"""How views name a permission: one call, never re-deriving the rule."""

from django.core.exceptions import PermissionDenied
from django.http import Http404


def require(user, permission: str, obj=None) -> None:
    """Raise PermissionDenied (403) unless `user` has `permission` on `obj`."""
    if not user.has_perm(permission, obj):
        raise PermissionDenied


def require_visible(user, permission: str, obj) -> None:
    """Like `require`, but answer 404: a record you may not see does not exist as far as you know."""
    if not user.has_perm(permission, obj):
        raise Http404
