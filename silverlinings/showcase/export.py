"""The public showcase as a static site: every published report's page, PDF and pictures, the index, the feed,
the sitemap, the published packs and the styles, scripts and fonts they use, written into a folder that any web
server can host. Pages are made by the service itself (the same views, as an anonymous visitor sees them); links
to the rest of the service (signing in, the calls) point at the live service's address."""

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.test import Client, override_settings
from django.urls import reverse

_LINK = re.compile(r"""(?:href|src)="(/[^"#?]*)[^"]*\"""")
_CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)""")


@dataclass
class Exported:
    pages: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)


def _target(folder: Path, path: str) -> Path:
    """Where an address is written: a folder address gets an index.html inside it."""
    relative = path.lstrip("/")
    return folder / (relative + "index.html" if path.endswith("/") else relative)


def _exported_paths() -> list[str]:
    from .selectors import published_packs, published_reports

    paths = [reverse("showcase:index"), reverse("showcase:feed"), reverse("showcase:sitemap")]
    for commission in published_reports().prefetch_related("images"):
        paths += [commission.get_absolute_url(), reverse("showcase:report_pdf", kwargs={"slug": commission.slug})]
        paths += [image.get_absolute_url() for image in commission.images.all()]
    for pack in published_packs():
        paths.append(reverse("showcase:pack_pdf", kwargs={"slug": pack.call.slug}))
    return paths


def _static_file(path: str) -> bytes | None:
    from django.contrib.staticfiles import finders

    name = path.removeprefix(settings.STATIC_URL)
    found = finders.find(name) or (Path(settings.STATIC_ROOT) / name)
    return Path(found).read_bytes() if found and Path(found).is_file() else None


def _rewrite_outside_links(html: str, inside: set[str]) -> str:
    """Links to pages that are not exported go to the live service instead."""

    def rewrite(match):
        path = match.group(1)
        if path in inside or path.startswith(settings.STATIC_URL):
            return match.group(0)
        return match.group(0).replace(f'"{path}', f'"{settings.SITE_URL}{path}', 1)

    return _LINK.sub(rewrite, html)


def showcase_export(folder: Path) -> Exported:
    folder.mkdir(parents=True, exist_ok=True)
    host = urlsplit(settings.SITE_URL).hostname or "localhost"
    done = Exported()
    with override_settings(ALLOWED_HOSTS=[host, "testserver", "localhost"]):
        client = Client(HTTP_HOST=host)
        paths = _exported_paths()
        inside = set(paths)
        static: set[str] = set()
        for path in paths:
            response = client.get(path)
            if response.status_code != 200:
                continue
            body = b"".join(response.streaming_content) if response.streaming else response.content
            if response["Content-Type"].startswith("text/html"):
                html = body.decode()
                static |= {p for p in _LINK.findall(html) if p.startswith(settings.STATIC_URL)}
                body = _rewrite_outside_links(html, inside).encode()
                done.pages.append(path)
            else:
                done.files.append(path)
            target = _target(folder, path)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(body)
    _copy_static(folder, static, done)
    return done


def _copy_static(folder: Path, wanted: set[str], done: Exported) -> None:
    """The styles, scripts, fonts and pictures the pages name, and those the styles name in turn."""
    seen: set[str] = set()
    while wanted:
        path = wanted.pop()
        if path in seen:
            continue
        seen.add(path)
        data = _static_file(path)
        if data is None:
            continue
        target = _target(folder, path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        done.files.append(path)
        if path.endswith(".css"):
            for url in _CSS_URL.findall(data.decode("utf-8", "replace")):
                if not url.startswith(("data:", "http:", "https:", "#")):
                    wanted.add(urlsplit(urljoin(path, url)).path)
