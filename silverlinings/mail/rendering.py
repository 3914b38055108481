"""Turn an email kind (or, for emails not yet declared in a catalogue, template files) and a context into
the subject, plain text and HTML that are stored and sent.

A sign-in link is never rendered: a random marker stands in for it and is cut out, leaving
LINK_REMOVED and the offsets where the worker puts the real link when it sends the message.
"""

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field

from django.conf import settings
from django.template import Context, engines
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from . import catalogue, placeholders
from .models import LINK_REMOVED, MailTemplate


@dataclass(frozen=True)
class Wording:
    subject: str
    text: str
    html: str


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str
    link_offsets: dict = field(default_factory=dict)


def wording_for(kind: catalogue.EmailKind) -> Wording:
    saved = MailTemplate.objects.filter(key=kind.key).first()
    if saved is None:
        return Wording(kind.subject, kind.text, kind.html)
    return Wording(saved.subject, saved.text, saved.html)


def values_from(kind: catalogue.EmailKind, context: Mapping, *, html: bool) -> dict:
    def reader(placeholder):
        if html and placeholder.html is not None:
            return lambda: placeholder.html(context)
        return lambda: placeholder.value(context)

    return {placeholder.name: reader(placeholder) for placeholder in kind.all_placeholders}


def examples_of(kind: catalogue.EmailKind) -> dict:
    return {placeholder.name: (lambda p=placeholder: p.example) for placeholder in kind.all_placeholders}


def fill_wording(wording: Wording, text_values: Mapping, html_values: Mapping) -> tuple[str, str, str]:
    return _Parsed(wording).fill(text_values, html_values, _Layout())


class _Parsed:
    """The team's wording, read once."""

    def __init__(self, wording: Wording):
        self.subject = placeholders.parse(wording.subject)
        self.text = placeholders.parse(wording.text)
        self.html = placeholders.parse(wording.html) if wording.html.strip() else None

    def fill(self, text_values: Mapping, html_values: Mapping, layout: "_Layout") -> tuple[str, str, str]:
        subject = " ".join(placeholders.fill_parsed(self.subject, text_values).split())
        text = placeholders.fill_parsed(self.text, text_values)
        html = ""
        if self.html is not None:
            html = layout.around(placeholders.fill_parsed(self.html, html_values, html=True))
        return subject, text, html


class _Layout:
    """The branded HTML layout, rendered once with a marker where each email's body goes."""

    def __init__(self):
        marker = f"SLBODY{uuid.uuid4().hex}"
        self.parts = _layout_html(marker).split(marker)

    def around(self, body: str) -> str:
        if len(self.parts) != 2:  # a layout that shows the body more than once: render it each time
            return _layout_html(body)
        return self.parts[0] + body + self.parts[1]


def _layout_html(body: str) -> str:
    return render_to_string("mail/email/layout.html", {**_brand(), "body": mark_safe(body)})


class Renderer:
    """Renders one email for many recipients: the team's wording is read and parsed, and the layout
    rendered, once; each recipient's email then only fills in the placeholders (`render(context)`).
    Emails from template files (not in a catalogue) are rendered whole each time."""

    def __init__(self, key: str):
        self.key = key
        self.marker = f"SLLINK{uuid.uuid4().hex}"
        self.kind = catalogue.kind_for(key)
        if self.kind is not None:
            self.wording, self.layout = _Parsed(wording_for(self.kind)), _Layout()

    def render(self, context: Mapping) -> Rendered:
        """The email for `context`, with the sign-in link (if any) cut out."""
        context = {**context, "link": self.marker}
        if self.kind is None:
            subject, text, html = _render_files(self.key, context)
        else:
            text_values = values_from(self.kind, context, html=False)
            subject, text, html = self.wording.fill(
                text_values, values_from(self.kind, context, html=True), self.layout
            )
        text, text_offsets = _cut(text, self.marker)
        html, html_offsets = _cut(html, self.marker)
        offsets = {name: spots for name, spots in (("text", text_offsets), ("html", html_offsets)) if spots}
        return Rendered(subject.replace(self.marker, LINK_REMOVED), text, html, offsets)


def render(key: str, context: Mapping) -> Rendered:
    """Render the email `key` for `context`, with the sign-in link (if any) cut out."""
    return Renderer(key).render(context)


def _cut(body: str, marker: str) -> tuple[str, list[int]]:
    """Replace each marker by LINK_REMOVED and say where each one starts in the result."""
    if marker not in body:
        return body, []
    parts = body.split(marker)
    offsets, position = [], 0
    for part in parts[:-1]:
        position += len(part)
        offsets.append(position)
        position += len(LINK_REMOVED)
    return LINK_REMOVED.join(parts), offsets


def link_put_back(body: str, offsets: list[int], link: str) -> str:
    """The body as sent: the real link where the stored copy says LINK_REMOVED."""
    for offset in sorted(offsets, reverse=True):
        if body[offset : offset + len(LINK_REMOVED)] != LINK_REMOVED:
            raise ValueError("The stored message has changed where its sign-in link goes")
        body = body[:offset] + link + body[offset + len(LINK_REMOVED) :]
    return body


def _brand() -> dict:
    return {
        "service_name": settings.SERVICE_NAME,
        "partnership_name": settings.PARTNERSHIP_NAME,
        "partnership_short_name": settings.PARTNERSHIP_SHORT_NAME,
        "site_url": settings.SITE_URL,
        "contact_email": settings.CONTACT_EMAIL,
    }


def _render_files(template: str, context: Mapping) -> tuple[str, str, str]:
    """Emails from template files (…_subject.txt, .txt, .html). Subject and text are plain text: never
    HTML-escaped, whatever the template says."""
    engine = engines["django"].engine
    values = {**_brand(), **context}
    plain = Context(values, autoescape=False)
    subject = engine.get_template(f"{template}_subject.txt").render(plain).strip()
    text = engine.get_template(f"{template}.txt").render(plain)
    html = render_to_string(f"{template}.html", values)
    return " ".join(subject.split()), text, html
