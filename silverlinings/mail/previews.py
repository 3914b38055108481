"""A template shown as it would be sent, with real data where there is some."""

from dataclasses import dataclass

from django.conf import settings

from . import catalogue, placeholders
from .rendering import Wording, examples_of, fill_wording, values_from

LINK_PREVIEW = "(a sign-in link, made when the email is sent)"


@dataclass(frozen=True)
class Preview:
    subject: str
    text: str
    html: str
    with_real_data: bool


def preview(kind: catalogue.EmailKind, wording: Wording, user) -> Preview | None:
    """None when the wording cannot be filled in (its errors are shown instead)."""
    context = kind.sample(user)
    if context is None:
        text_values = html_values = examples_of(kind)
    else:
        context = {"link": LINK_PREVIEW, "unsubscribe_url": settings.SITE_URL + "/email/unsubscribe/…/", **context}
        text_values, html_values = values_from(kind, context, html=False), values_from(kind, context, html=True)
    try:
        subject, text, html = fill_wording(wording, text_values, html_values)
    except placeholders.TemplateError:
        return None
    return Preview(subject, text, html, with_real_data=context is not None)
