"""Many people posting a form at once, through a real HTTP server (the live server in tests, gunicorn in
the benchmark): one CSRF cookie and token fetched once, then every form posted from a pool of threads."""

import re
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


@dataclass
class Answer:
    status: int
    seconds: float
    location: str = ""


def csrf(base_url: str, path: str) -> tuple[str, str]:
    """(cookie header, form token) from the form's page."""
    with urllib.request.urlopen(base_url + path, timeout=60) as response:  # noqa: S310 - our own test server
        page = response.read().decode()
        cookies = response.headers.get_all("Set-Cookie") or []
    cookie = next(c.split(";")[0] for c in cookies if c.startswith("csrftoken="))
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)[1]
    return cookie, token


def post(base_url: str, path: str, form: dict, cookie: str, token: str) -> Answer:
    body = urllib.parse.urlencode({**form, "csrfmiddlewaretoken": token}, doseq=True).encode()
    request = urllib.request.Request(  # noqa: S310 - our own test server
        base_url + path,
        data=body,
        headers={"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"},
    )
    start = time.perf_counter()
    try:
        with _OPENER.open(request, timeout=120) as response:
            status, location = response.status, ""
            response.read()
    except urllib.error.HTTPError as error:
        status, location = error.code, error.headers.get("Location", "")
        error.read()
    return Answer(status, time.perf_counter() - start, location)


def rush(base_url: str, posts: list[tuple[str, dict]], *, threads: int, form_path: str) -> list[Answer]:
    """Post every (path, form) at once from `threads` threads; the answers in the same order."""
    cookie, token = csrf(base_url, form_path)
    with ThreadPoolExecutor(max_workers=threads) as pool:
        return list(pool.map(lambda item: post(base_url, item[0], item[1], cookie, token), posts))
