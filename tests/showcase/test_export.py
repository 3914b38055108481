"""`manage.py export_showcase DIR`: the public showcase as a static site, served by a plain static server."""

import re
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from urllib.error import HTTPError
from urllib.parse import urljoin, urlsplit
from urllib.request import urlopen

import pytest
from django.core.management import call_command

from silverlinings.showcase.models import Status
from silverlinings.showcase.pack import pack_build_now, pack_for
from silverlinings.showcase.services import commissions as services
from silverlinings.showcase.services import pack as services_pack
from tests.showcase.factories import jpeg, make_commission, selected_nomination, team

pytestmark = [pytest.mark.django_db, pytest.mark.slow]
LINK = re.compile(r"""(?:href|src)="([^"]+)\"""")


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def _crawl(base: str, start: str) -> dict[str, int]:
    """Every address reachable from `start` on the static server, with its status."""
    seen, queue = {}, [start]
    while queue:
        path = queue.pop()
        if path in seen:
            continue
        try:
            with urlopen(base + path) as response:  # noqa: S310 - our own local server
                seen[path], body, kind = response.status, response.read(), response.headers["Content-Type"]
        except HTTPError as error:
            seen[path] = error.code
            continue
        if kind.startswith("text/html"):
            for link in LINK.findall(body.decode()):
                address = urlsplit(urljoin(base + path, link))
                if address.scheme in ("http", "https") and address.netloc == urlsplit(base).netloc:
                    queue.append(address.path)
    return seen


def test_the_exported_showcase_works_from_a_plain_static_server_and_every_link_leads_somewhere(tmp_path):
    report = make_commission(status=Status.PUBLISHED, title="Kent conferences")
    services.report_image_add(commission=report, data=jpeg(), alt_text="A chair", caption="", credit="", by=team())
    make_commission(
        status=Status.PUBLISHED, title="Surrey", nomination=selected_nomination(title="Surrey", ons_code="E10000030")
    )
    make_commission(status=Status.APPROVED, title="Secret draft", nomination=selected_nomination(title="Draft"))
    pack = services_pack.pack_publish(pack=pack_for(report.call), by=team())
    pack_build_now(build_id=pack.builds.get().pk)

    call_command("export_showcase", str(tmp_path / "site"))
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(tmp_path / "site")))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        found = _crawl(f"http://127.0.0.1:{server.server_port}", "/showcase/")
    finally:
        server.shutdown()

    assert {path: status for path, status in found.items() if status != 200} == {}
    assert not any("secret-draft" in path for path in found)
    assert {
        "/showcase/kent-conferences/",
        "/showcase/kent-conferences.pdf",
        "/showcase/surrey/",
        "/showcase/packs/silver-linings.pdf",
        "/static/css/app.css",
        "/showcase/feed.atom",
    } <= set(found)
    assert any(path.startswith("/showcase/pictures/") and path.endswith(".jpg") for path in found)
    index = (tmp_path / "site" / "showcase" / "index.html").read_text()
    assert 'href="http://testserver/calls/"' in index  # the rest of the service stays on the live site
