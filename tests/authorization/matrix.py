"""The expected answer of every URL for every role.

Each app lists its URLs in `tests/<app>/matrix.py` as `ENTRIES = {url_name: Entry(...)}`;
tests/authorization/test_matrix.py collects them all, visits every URL as anonymous and as each
role, and fails when a URL exists without an entry here.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

ROLES = ("anonymous", "contributor", "panel_member", "writer", "programme_team")
SIGNED_IN = {"contributor": 200, "panel_member": 200, "writer": 200, "programme_team": 200}


def everyone(status: int = 200) -> dict[str, int]:
    return dict.fromkeys(ROLES, status)


def signed_in(status: int = 200) -> dict[str, int]:
    return {"anonymous": 302, **dict.fromkeys(ROLES[1:], status)}


def only(*roles: str, status: int = 200) -> dict[str, int]:
    """Only `roles` get `status`; other signed-in roles get 403 and anonymous is sent to sign in."""
    return {"anonymous": 302, **{role: (status if role in roles else 403) for role in ROLES[1:]}}


@dataclass
class Entry:
    expect: dict[str, int]
    # Builds the objects the URL needs and returns the kwargs for reverse(); gets the signed-in user (or None).
    kwargs: Callable[[object], dict] = field(default=lambda user: {})
    method: str = "get"
    data: dict | None = None
    query: str = ""
