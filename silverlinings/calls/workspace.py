"""The team's view of one call: every page of a call's workspace, from any app, starts here."""

from django.shortcuts import get_object_or_404

from silverlinings.core.permissions import require

from .models import Call


def team_call(request, slug: str, permission: str = "calls.manage_calls") -> Call:
    """The call at `slug` (404 if there is none), once `request.user` has `permission` on it (403 if not).

    Pages that extend `calls/workspace.html` show the call's title and the workspace menu made from
    every app's `CALL_TABS` (core/plugins.py).
    """
    call = get_object_or_404(Call, slug=slug)
    require(request.user, permission, call)
    return call
