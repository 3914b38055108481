"""The outer frame of a page (header, menu, phase banner, footer) as a visitor who is not signed in sees it, made
once per process and kept.

For someone not signed in, those parts of `base.html` depend only on the settings (the brand, the static files'
addresses), the URLs and which entry of the visitors' menu the page is in, so every visitor on launch day would
otherwise pay for the same template work on every page made for them (a search, a filtered index, a page not kept
whole). `base.html` marks them with `{% kept_for_visitors "name" %}` (templatetags/frame.py); the context processor
gives `visitor_frame`, the key of what those parts depend on, for a visitor only. For someone signed in it is None
and the parts are made for them on every page: their menu, their name, their sign-out form are never kept, and a
visitor never gets theirs. Nothing that differs between requests may go inside a kept part: the CSP nonce, messages
and each page's own blocks stay outside, and a view that passed its own `navigation`, `section_navigation` or
`user` to the template would not see them used in a kept part (none does; a page that needs its own menu
overrides `{% block navigation %}`, which holds the kept menu).

What is kept is per process and small (a few parts for each menu entry); it is forgotten when a setting changes
(tests) and when a file changes under the development server.
"""

from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.autoreload import file_changed

#: (part's name, visitor_frame) -> the part as rendered.
_kept: dict[tuple, str] = {}
#: More than this many parts means something other than the menu went into the key: stop keeping new ones.
LIMIT = 1000


def visitor_frame(request, menu: list[dict]) -> tuple | None:
    """What a page's frame depends on for a visitor who is not signed in (the menu entry the page is in, and
    whether it is that entry's own page), or None for someone signed in."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return None
    links = [link for entry in menu for link in entry.get("items", [entry])]
    return ("visitor", *sorted((link["url"], bool(link.get("current"))) for link in links if link.get("active")))


def part(name: str, key: tuple, render) -> str:
    """The kept part `name` for `key`, rendered by `render()` the first time."""
    try:
        return _kept[name, key]
    except KeyError:
        rendered = render()
        if len(_kept) < LIMIT:
            _kept[name, key] = rendered
        return rendered


def forget() -> None:
    _kept.clear()


@receiver(setting_changed)
def _setting_changed(**kwargs) -> None:
    forget()


@receiver(file_changed)
def _file_changed(**kwargs) -> None:
    forget()  # returns None: the development server still decides whether to restart
