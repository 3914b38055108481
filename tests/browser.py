"""Real-browser tests: Debian's chromium driven by Playwright against the live test server.

One browser for the whole session (the `browser` fixture, made available to every test folder by
tests/conftest.py); each test gets a fresh context. Test modules outside tests/e2e use `in_browser`.

Every HTML page a test here opens is kept, and at the end of the session the Nu Html Checker
(`vnu-jar`, on Debian's Java) validates them all in one run: starting Java for each page would be slow.
"""

import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in this thread; the ORM calls the tests make are still
# synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ROOT = Path(__file__).resolve().parents[1]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
        yield browser
        browser.close()


class HtmlPages:
    """Keeps each distinct HTML page the browser receives, to validate them all at the end."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.addresses: dict[str, str] = {}  # file name → address it came from

    def watch(self, page) -> None:
        page.on("response", self._keep)

    def _keep(self, response) -> None:
        if response.request.resource_type != "document" or response.status >= 500:
            return
        if "text/html" not in response.headers.get("content-type", ""):
            return
        body = response.body()
        name = hashlib.sha256(body).hexdigest()[:16] + ".html"
        if name not in self.addresses:
            (self.folder / name).write_bytes(body)
            self.addresses[name] = response.url

    def errors(self) -> list[str]:
        """The Nu Html Checker's errors, one line each with the page's address."""
        if not self.addresses:
            return []
        java = shutil.which("java")
        assert java, "Install Java (scripts/install-system-packages.sh) to validate the pages' HTML"
        result = subprocess.run(
            [java, "-jar", str(VNU), "--errors-only", "--format", "json", "--exit-zero-always", str(self.folder)],
            capture_output=True,
            text=True,
            check=True,
        )
        messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
        return [
            f"{self.addresses.get(Path(message.get('url', '')).name, message.get('url'))} "
            f"line {message.get('lastLine')}: {message['message']}"
            for message in messages
        ]


@pytest.fixture(scope="session")
def html_pages(tmp_path_factory):
    pages = HtmlPages(tmp_path_factory.mktemp("html-pages"))
    yield pages
    errors = pages.errors()
    assert errors == [], "The Nu Html Checker found errors:\n" + "\n".join(errors)


def new_page(browser, live_server, html_pages, **options):
    context = browser.new_context(base_url=live_server.url, **options)
    page = context.new_page()
    page.set_default_timeout(15_000)
    html_pages.watch(page)
    return page


@pytest.fixture
def page(browser, live_server, html_pages):
    page = new_page(browser, live_server, html_pages)
    yield page
    page.context.close()


@pytest.fixture
def page_without_javascript(browser, live_server, html_pages):
    page = new_page(browser, live_server, html_pages, java_script_enabled=False)
    yield page
    page.context.close()


def axe_violations(page) -> list[dict]:
    """Run axe-core (WCAG 2.0–2.2 A and AA, and best practice) on the page as shown."""
    page.evaluate(AXE.read_text())
    return page.evaluate(
        """async () => {
            const result = await axe.run(document, {
                runOnly: {type: 'tag', values: [
                    'wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']},
            });
            return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}));
        }"""
    )


def session_cookie(live_server, user) -> dict:
    """A signed-in session for `user`, as the sign-in link would make it, as a browser cookie."""
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    return {"name": settings.SESSION_COOKIE_NAME, "value": session.session_key, "url": live_server.url}


def sign_in_as(page, live_server, user) -> None:
    """Sign in through the real session cookie, as the sign-in link would."""
    page.context.clear_cookies()
    page.context.add_cookies([session_cookie(live_server, user)])


def in_browser(browser, live_server, cookie: dict, steps, *, javascript: bool = True) -> list[str]:
    """Run `steps(page)` in a new context of the session's browser, signed in by `cookie`; returns the
    console messages."""
    console: list[str] = []
    context = browser.new_context(base_url=live_server.url, java_script_enabled=javascript)
    try:
        context.add_cookies([cookie])
        page = context.new_page()
        page.set_default_timeout(15_000)
        page.on("console", lambda message: console.append(message.text))
        steps(page)
    finally:
        context.close()
    return console


def focused(page) -> dict:
    """What has keyboard focus: its tag, text or label, and whether it is visible on screen."""
    return page.evaluate(
        """() => {
            const el = document.activeElement;
            const box = el.getBoundingClientRect();
            return {tag: el.tagName.toLowerCase(), id: el.id, classes: el.className,
                    text: (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 80),
                    visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0
                             && box.top < window.innerHeight && box.left < window.innerWidth};
        }"""
    )
