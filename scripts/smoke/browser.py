"""A small browser for the production smoke test: cookies, CSRF, redirects, links and assets.

It speaks plain HTTP to the web process and says, as the README's TLS-terminating proxy would,
that the request came over https from a client address (X-Forwarded-Proto, X-Forwarded-For).
"""

import http.client
import re
import time
from collections import deque
from dataclasses import dataclass
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urljoin, urlsplit


class SmokeFailure(Exception):
    pass


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: bytes
    path: str

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")

    @property
    def is_html(self) -> bool:
        return self.headers.get("content-type", "").startswith("text/html")


LINK = re.compile(r"<a\s[^>]*?href=\"([^\"]+)\"", re.I)
ASSET = re.compile(r"<(?:link|script)\s[^>]*?(?:href|src)=\"(/static/[^\"]+)\"", re.I)
CSS_URL = re.compile(r"url\(\s*[\"']?([^\"')]+)")
CSRF = re.compile(r"name=\"csrfmiddlewaretoken\" value=\"([^\"]+)\"")
TYPES = {".css": "text/css", ".js": "text/javascript", ".svg": "image/svg+xml", ".ico": "image/", ".png": "image/png"}


class Browser:
    def __init__(self, base: str, *, alive=lambda: None, client_address: str = "203.0.113.50"):
        split = urlsplit(base)
        self.host, self.port = split.hostname, split.port
        self.origin = f"https://{self.host}:{self.port}"
        self.alive, self.client_address = alive, client_address
        self.cookies: dict[str, str] = {}
        self.assets: set[str] = set()

    # --- requests -------------------------------------------------------------------------------

    def request(self, method: str, path: str, data: dict | None = None, *, host: str = "") -> Response:
        headers = {
            "Host": host or f"{self.host}:{self.port}",
            "X-Forwarded-Proto": "https",
            "X-Forwarded-For": self.client_address,
            "User-Agent": "silverlinings-production-smoke",
        }
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        body = None
        if method == "POST":
            body = urlencode(data or {}, doseq=True)
            form = "application/x-www-form-urlencoded"
            headers.update({"Content-Type": form, "Origin": self.origin, "Referer": self.origin + path})
        connection = http.client.HTTPConnection(self.host, self.port, timeout=60)
        try:
            connection.request(method, path, body=body, headers=headers)
            raw = connection.getresponse()
            response = Response(raw.status, {k.lower(): v for k, v in raw.getheaders()}, raw.read(), path)
            self._keep_cookies(raw.msg.get_all("Set-Cookie") or [])
        finally:
            connection.close()
        return response

    def _keep_cookies(self, lines: list[str]) -> None:
        for line in lines:
            cookie = SimpleCookie()
            cookie.load(line)
            for name, morsel in cookie.items():
                if morsel["max-age"] == "0" or (morsel["expires"] and "1970" in morsel["expires"]):
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value

    def get(self, path: str, *, follow: bool = True) -> Response:
        response = self.request("GET", path)
        for _ in range(5):
            if not (follow and response.status in (301, 302, 303)):
                break
            response = self.request("GET", self._local(urljoin(path, response.headers["location"])))
        return response

    def post(self, path: str, data: dict) -> Response:
        return self.request("POST", path, data)

    def _local(self, url: str) -> str:
        split = urlsplit(url)
        if split.netloc and split.netloc != f"{self.host}:{self.port}":
            raise SmokeFailure(f"sent away to {url}")
        return split.path + (f"?{split.query}" if split.query else "")

    def expect(self, path: str, status: int, *, host: str = "") -> None:
        response = self.request("GET", path, host=host)
        if response.status != status:
            raise SmokeFailure(f"GET {path} (Host {host or 'ours'}) answered {response.status}, expected {status}")

    def wait_until_up(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while True:
            self.alive()
            try:
                if self.request("GET", "/accessibility/").status == 200:
                    return
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise SmokeFailure(f"the web process did not answer within {timeout:.0f} s")
            time.sleep(0.5)

    # --- pages ----------------------------------------------------------------------------------

    def _links(self, page: Response) -> list[str]:
        self.assets.update(ASSET.findall(page.text))
        links = []
        for href in LINK.findall(page.text):
            href = href.replace("&amp;", "&").split("#")[0]
            if not href or href.startswith(("mailto:", "tel:")) or urlsplit(href).netloc:
                continue
            links.append(urljoin(page.path, href))
        return links

    def crawl(self, start: str, *, limit: int) -> list[str]:
        """Follow every link (breadth first, at most `limit` pages): each must answer 200 in the end.

        Pages of the Django admin are opened but not followed further.
        """
        queue, seen = deque([(start, "")]), {start}
        visited = []
        while queue and len(visited) < limit:
            path, parent = queue.popleft()
            response = self.get(path)
            if response.status != 200:
                raise SmokeFailure(f"GET {path} (linked from {parent or 'the start'}) answered {response.status}")
            visited.append(path)
            if not response.is_html or path.startswith("/admin/"):
                continue
            for link in self._links(response):
                if link not in seen and not link.startswith("/static/"):
                    seen.add(link)
                    queue.append((link, path))
        return visited

    def check_assets(self) -> None:
        """The stylesheets, scripts and icons the pages named, and the files the stylesheets name."""
        queue, seen = deque(sorted(self.assets)), set()
        if not any(asset.endswith(".css") for asset in queue):
            raise SmokeFailure(f"no stylesheet found on the pages: {sorted(self.assets)}")
        while queue:
            asset = queue.popleft()
            if asset in seen:
                continue
            seen.add(asset)
            response = self.get(asset, follow=False)
            expected = next((kind for ending, kind in TYPES.items() if urlsplit(asset).path.endswith(ending)), "")
            content_type = response.headers.get("content-type", "")
            if response.status != 200 or not response.body or not content_type.startswith(expected):
                raise SmokeFailure(f"{asset} answered {response.status} {content_type} ({len(response.body)} bytes)")
            if asset.endswith(".css"):
                for url in CSS_URL.findall(response.text):
                    if not url.startswith("data:"):
                        queue.append(urljoin(asset, url))
        return None

    # --- signing in and out ---------------------------------------------------------------------

    def _token(self, page: Response) -> str:
        match = CSRF.search(page.text)
        if not match:
            raise SmokeFailure(f"no CSRF token on {page.path}")
        return match.group(1)

    def _expect_redirect(self, response: Response, to: str, what: str) -> None:
        if response.status != 302 or urlsplit(response.headers.get("location", "")).path != to:
            where = response.headers.get("location")
            raise SmokeFailure(f"{what}: {response.status} to {where}\n{response.text[:500]}")

    def sign_in_with_password(self, email: str, password: str) -> None:
        form = self.get("/staff/sign-in/")
        data = {"csrfmiddlewaretoken": self._token(form), "username": email, "password": password, "next": ""}
        self._expect_redirect(self.post("/staff/sign-in/", data), "/dashboard/", f"signing in as {email}")

    def sign_in_with_link(self, email: str, mail) -> None:
        form = self.get("/sign-in/")
        asked = self.post("/sign-in/", {"csrfmiddlewaretoken": self._token(form), "email": email, "next": ""})
        self._expect_redirect(asked, "/sign-in/check-your-email/", f"asking for a link for {email}")
        text = mail.wait_for(email)
        link = re.search(rf"{re.escape(self.origin)}(/sign-in/link/\?token=\S+)", text)
        if not link:
            raise SmokeFailure(f"no sign-in link in the email to {email}:\n{text}")
        page = self.get(link.group(1))
        token = re.search(r"name=\"token\" value=\"([^\"]+)\"", page.text)
        data = {"csrfmiddlewaretoken": self._token(page), "token": token.group(1) if token else "", "next": ""}
        self._expect_redirect(self.post("/sign-in/link/", data), "/dashboard/", f"the link for {email}")

    def sign_out(self) -> None:
        page = self.get("/dashboard/")
        self._expect_redirect(self.post("/sign-out/", {"csrfmiddlewaretoken": self._token(page)}), "/", "signing out")
        self.cookies.clear()
