"""The public showcase pages as the public sees them, kept in Django's cache so that launch day costs little.

A view marks its page as public with `@public_page`; `PublicPageMiddleware`, placed straight after WhiteNoise,
keeps such a page on its way out (with every header the inner middleware added) and answers the next anonymous
visitor from the cache before sessions, CSRF, authentication or the view are reached. Only a plain GET from
someone with no session and no message waiting is answered this way, so the page is the same for everyone who
gets it, except its Content-Security-Policy nonce: a nonce is worth something only if nobody can know it in
advance, so the kept page holds a placeholder and every answer from the cache gets a fresh nonce, in the header
and in the page's scripts alike.

What a page's address holds in the cache is only a short name for that version of the page (`PREFIX`); the page
itself (split at the placeholder, with its headers) is kept under that name (`BODY_PREFIX`) and, once read, in the
process's memory. An answer from a kept page then reads a row of a few bytes instead of decoding the whole page
from the cache's base64 and pickle, and joins the pieces around its nonce instead of searching the page for the
placeholder. The short name is new every time a page is kept, so clearing the address is enough: no process
answers from the version it remembers once the address names another version, or none.

`pages_clear` removes exactly the pages a change touches: the report's own page, the index, the feed and the
sitemap, and the pages of the reports that list it as related. The cache is Django's default: in production it
must be one every web process shares (the database by default, or Redis), or a page cleared in one process stays
in another until it expires.
"""

import base64
import os
import secrets
import threading
from collections import OrderedDict
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.urls import URLResolver, get_resolver, reverse

TIMEOUT = 60 * 60
#: (New with decision 98's second round, so that a page kept whole under "showcase:page:" by an earlier version is
#: never read; it expires within the hour.)
PREFIX = "showcase:kept-page:"
#: A kept page's version, named by what its address holds under PREFIX: the page split at the nonce placeholder and
#: its headers.
BODY_PREFIX = "showcase:kept-version:"
#: How many versions of kept pages a process remembers (the most recently used; a page is tens of KB).
REMEMBERED = 256
#: The main part of a page as every visitor sees it, and its title (pages.py), kept under the page's address: all
#: that a page made for most people reads, a few KB. (Both names are new with decision 98, so that what an earlier
#: version kept in another shape under "showcase:parts:" is never read; it expires within the hour.)
PARTS_PREFIX = "showcase:main:"
#: Everything else a page is made of that is the same for everyone (pages.py): for someone who may record an
#: adoption, and for a filtered index.
ALL_PARTS_PREFIX = "showcase:all-parts:"
_NOT_KEPT = {"set-cookie", "content-length"}
#: Stands for the nonce in a kept page: a NUL never reaches a page from a form or a template.
NONCE_PLACEHOLDER = "\x00csp-nonce\x00"


def public_page(view):
    """Mark the view's successful answers as the same for every anonymous visitor."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response.showcase_public = True
        return response

    wrapper.showcase_public = True  # PublicPageMiddleware looks for kept pages only at such views' addresses
    return wrapper


def _public_prefixes(resolver, prefix: str = "") -> list[str]:
    """How the addresses of `@public_page` views start: each one's route up to its first parameter."""
    found = []
    for pattern in resolver.url_patterns:
        route = str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            found += _public_prefixes(pattern, prefix + route)
        elif getattr(pattern.callback, "showcase_public", False):
            found.append("/" + (prefix + route).split("<", 1)[0])
    return found


def _anonymous_plain_get(request) -> bool:
    return (
        request.method == "GET"
        and not request.META.get("QUERY_STRING")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
    )


class PublicPageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        #: How the addresses of public pages start (read from the URLs on the first request). Only such addresses
        #: are looked for in the cache, so that a visitor's other pages (the home page, signing in, an event's
        #: registration) cost no cache query.
        self.public_prefixes: tuple[str, ...] | None = None

    def __call__(self, request):
        plain = _anonymous_plain_get(request)
        if self.public_prefixes is None:
            self.public_prefixes = tuple(_public_prefixes(get_resolver()))
        if (
            plain
            and request.path_info.startswith(self.public_prefixes)
            and (version := cache.get(PREFIX + request.path)) is not None
            and (kept := _kept_version(version)) is not None
        ):
            return _from_kept(*kept)
        response = self.get_response(request)
        if plain and getattr(response, "showcase_public", False) and _keepable(response):
            version = secrets.token_urlsafe(12)
            kept = _to_keep(response, getattr(request, "_csp_nonce", None))
            cache.set(BODY_PREFIX + version, kept, TIMEOUT)
            cache.set(PREFIX + request.path, version, TIMEOUT)
            _remember(version, kept)
        return response


#: The versions of kept pages this process has read, most recently used last.
_remembered: OrderedDict = OrderedDict()
_remembering = threading.Lock()  # gunicorn's threads share a process's memory


def _remember(version: str, kept) -> None:
    with _remembering:
        _remembered[version] = kept
        while len(_remembered) > REMEMBERED:
            _remembered.popitem(last=False)


def _kept_version(version: str):
    try:
        kept = _remembered[version]
    except KeyError:
        if (kept := cache.get(BODY_PREFIX + version)) is None:
            return None
        _remember(version, kept)
        return kept
    with _remembering:
        if version in _remembered:
            _remembered.move_to_end(version)
    return kept


def _to_keep(response, nonce: str | None) -> tuple[tuple[bytes, ...], list[tuple[str, str]]]:
    """The page split where the nonce (if the page used one) was, and its headers with the nonce replaced by the
    placeholder."""
    content = response.content
    headers = [(name, value) for name, value in response.items() if name.lower() not in _NOT_KEPT]
    if nonce:
        content = content.replace(nonce.encode(), NONCE_PLACEHOLDER.encode())
        headers = [(name, value.replace(nonce, NONCE_PLACEHOLDER)) for name, value in headers]
    return tuple(content.split(NONCE_PLACEHOLDER.encode())), headers


def _from_kept(pieces: tuple[bytes, ...], headers: list[tuple[str, str]]) -> HttpResponse:
    nonce = base64.b64encode(os.urandom(16)).decode("ascii")  # as django-csp makes them
    content = nonce.encode().join(pieces)
    response = HttpResponse(content)
    # As CommonMiddleware gives a page made for the request: without it gunicorn sends the page to an HTTP/1.1
    # client in chunks, with one more write for the closing chunk.
    response["Content-Length"] = str(len(content))
    for name, value in headers:
        response[name] = value.replace(NONCE_PLACEHOLDER, nonce) if NONCE_PLACEHOLDER in value else value
    response["X-Showcase-Cache"] = "hit"
    return response


def _keepable(response) -> bool:
    return response.status_code == 200 and not response.streaming and not response.cookies


def pages_clear(*, commission) -> None:
    from .selectors import related_reports

    paths = [
        reverse("showcase:index"),
        reverse("showcase:feed"),
        reverse("showcase:sitemap"),
        reverse("showcase:report", kwargs={"slug": commission.slug}),
    ]
    paths += [reverse("showcase:report", kwargs={"slug": other.slug}) for other in related_reports(commission, 1000)]
    _clear(paths)


def report_page_clear(*, commission) -> None:
    _clear([reverse("showcase:report", kwargs={"slug": commission.slug})])


def index_clear() -> None:
    """The index lists the published packs: publishing one clears it."""
    _clear([reverse("showcase:index")])


def _clear(paths: list[str]) -> None:
    cache.delete_many([prefix + path for path in paths for prefix in (PREFIX, PARTS_PREFIX, ALL_PARTS_PREFIX)])
