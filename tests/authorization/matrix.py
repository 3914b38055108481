"""The expected answer of every URL for every role, to a GET and, where the URL takes one, to a POST.

Each app lists its URLs in `tests/<app>/matrix.py` as `ENTRIES = {url_name: Entry(...)}`;
tests/authorization/test_matrix.py collects them all, visits every URL as anonymous and as each
role, and fails when a URL exists without an entry here, or takes a POST without a POST entry: a
GET that answers 405, or a form on any page the matrix visits that posts to it.

    "calls:call_edit": Entry(TEAM, kwargs=call_slug, post=TEAM, post_data={"title": ""}),
    "review:themes_accept": Entry(post_only(), kwargs=call_slug, post=only("programme_team", status=302)),
"""

from collections.abc import Callable
from dataclasses import dataclass, field

# "two_roles": a panel member of one call who writes a commission on another (tests/authorization/two_roles.py).
ROLES = ("anonymous", "contributor", "panel_member", "writer", "two_roles", "programme_team")


def everyone(status: int = 200) -> dict[str, int]:
    return dict.fromkeys(ROLES, status)


def signed_in(status: int = 200) -> dict[str, int]:
    return {"anonymous": 302, **dict.fromkeys(ROLES[1:], status)}


def only(*roles: str, status: int = 200) -> dict[str, int]:
    """Only `roles` get `status`; other signed-in roles get 403 and anonymous is sent to sign in."""
    return {"anonymous": 302, **{role: (status if role in roles else 403) for role in ROLES[1:]}}


def post_only() -> dict[str, int]:
    """The GET answer of a URL that only takes a POST and needs signing in: 405 once signed in."""
    return signed_in(405)


@dataclass
class Entry:
    # What a GET answers, for each role.
    expect: dict[str, int] | None
    # Builds the objects the URL needs and returns the kwargs for reverse(); gets the signed-in user (or None).
    kwargs: Callable[[object], dict] = field(default=lambda user: {})
    query: str = ""
    # What a POST answers, for each role; None when the URL takes no POST.
    post: dict[str, int] | None = None
    # The form data of that POST, or a function of the signed-in user (or None) that returns it.
    post_data: dict | Callable[[object], dict] | None = None
    # The older one-method form (method="post", data=…) is read as a POST entry with no GET answer,
    # which the completeness test then asks for.
    method: str = "get"
    data: dict | None = None

    def __post_init__(self):
        if self.method == "post":
            self.post, self.post_data, self.expect = self.expect, self.data, None

    def form_data(self, user) -> dict:
        return self.post_data(user) if callable(self.post_data) else dict(self.post_data or {})
