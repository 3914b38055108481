"""The public showcase pages as the public sees them, kept in Django's cache so that launch day costs little.

Only what an anonymous visitor gets for a plain GET is kept (no query string, no message waiting to be shown,
no session): the page is the same for everyone. The Content-Security-Policy nonce the page was made with is kept
beside it and given back to the CSP middleware, so the header and the page's scripts agree.

`pages_clear` removes exactly the pages a change touches: the report's own page, the index, the feed and the
sitemap, and the pages of the reports that list it as related. The cache is Django's default: in production it
must be one every web process shares (for example Redis), or a page cleared in one process stays in another
until it expires.
"""

from functools import wraps

from django.core.cache import cache
from django.http import HttpResponse
from django.urls import reverse

TIMEOUT = 60 * 60
PREFIX = "showcase:page:"


def _cacheable(request) -> bool:
    if request.method != "GET" or request.GET or request.user.is_authenticated:
        return False
    return not request.session.get("_messages") and not request.COOKIES.get("messages")


def public_page(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not _cacheable(request):
            return view(request, *args, **kwargs)
        key = PREFIX + request.path
        kept = cache.get(key)
        if kept is not None:
            content, content_type, nonce = kept
            if nonce:
                request._csp_nonce = nonce  # the CSP middleware writes the header with the page's own nonce
            response = HttpResponse(content, content_type=content_type)
            response["X-Showcase-Cache"] = "hit"
            return response
        response = view(request, *args, **kwargs)
        if response.status_code == 200 and not response.streaming and not response.cookies:
            nonce = getattr(request, "_csp_nonce", None)
            cache.set(
                key, (response.content, response["Content-Type"], nonce if isinstance(nonce, str) else ""), TIMEOUT
            )
        return response

    return wrapper


def pages_clear(*, commission) -> None:
    from .selectors import related_reports

    paths = [
        reverse("showcase:index"),
        reverse("showcase:feed"),
        reverse("showcase:sitemap"),
        reverse("showcase:report", kwargs={"slug": commission.slug}),
    ]
    paths += [reverse("showcase:report", kwargs={"slug": other.slug}) for other in related_reports(commission, 1000)]
    cache.delete_many([PREFIX + path for path in paths])


def report_page_clear(*, commission) -> None:
    cache.delete(PREFIX + reverse("showcase:report", kwargs={"slug": commission.slug}))
