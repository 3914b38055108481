"""The public showcase pages as the public sees them, kept in Django's cache so that launch day costs little.

A view marks its page as public with `@public_page`; `PublicPageMiddleware`, placed straight after WhiteNoise,
keeps such a page on its way out (with every header the inner middleware added: the Content-Security-Policy and
its nonce, which match the page's scripts) and answers the next anonymous visitor from the cache before
sessions, CSRF, authentication or the view are reached. Only a plain GET from someone with no session and no
message waiting is answered this way, so the page is the same for everyone who gets it.

`pages_clear` removes exactly the pages a change touches: the report's own page, the index, the feed and the
sitemap, and the pages of the reports that list it as related. The cache is Django's default: in production it
must be one every web process shares (for example Redis), or a page cleared in one process stays in another
until it expires.
"""

from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.urls import reverse

TIMEOUT = 60 * 60
PREFIX = "showcase:page:"
#: The parts of a page that are the same for every visitor (pages.py), kept under the page's address.
PARTS_PREFIX = "showcase:parts:"
_NOT_KEPT = {"set-cookie", "content-length"}


def public_page(view):
    """Mark the view's successful answers as the same for every anonymous visitor."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response.showcase_public = True
        return response

    return wrapper


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

    def __call__(self, request):
        plain = _anonymous_plain_get(request)
        if plain and (kept := cache.get(PREFIX + request.path)) is not None:
            content, headers = kept
            response = HttpResponse(content)
            for name, value in headers:
                response[name] = value
            response["X-Showcase-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if plain and getattr(response, "showcase_public", False) and _keepable(response):
            headers = [(name, value) for name, value in response.items() if name.lower() not in _NOT_KEPT]
            cache.set(PREFIX + request.path, (response.content, headers), TIMEOUT)
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
    cache.delete_many([prefix + path for path in paths for prefix in (PREFIX, PARTS_PREFIX)])
