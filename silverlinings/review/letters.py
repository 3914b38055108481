"""The letter of recognition every nominator gets with the panel's decision, as a PDF.

Rendered from an HTML template by WeasyPrint in the system's DejaVu Sans. Nothing is fetched: the
URL fetcher refuses every address, so a letter never depends on the network.
"""

import logging

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone

from .models import Decision, Outcome

LETTER_CSS = """
@page { size: A4; margin: 25mm 22mm; }
body { font-family: "DejaVu Sans", sans-serif; font-size: 11pt; line-height: 1.5; color: #0b0c0c; }
.brand { border-bottom: 4pt solid #0b5563; padding-bottom: 6pt; margin-bottom: 24pt; }
.brand__service { font-size: 20pt; font-weight: bold; color: #073b45; }
.brand__partnership { font-size: 10pt; color: #505a5f; }
h1 { font-size: 22pt; color: #073b45; margin: 24pt 0 12pt; }
.outcome { font-size: 14pt; font-weight: bold; margin: 12pt 0; }
.date { color: #505a5f; }
.signature { margin-top: 36pt; }
.footer { margin-top: 48pt; font-size: 9pt; color: #505a5f; border-top: 1pt solid #b1b4b6; padding-top: 6pt; }
"""

# WeasyPrint reports each step of every letter at INFO; the worker's log needs none of it.
logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)

OUTCOME_LINES = {
    Outcome.SELECTED: "Selected for the showcase",
    Outcome.RESERVE: "On the reserve list for the showcase",
    Outcome.NOT_SELECTED: "Recognised for contributing to the call for evidence",
}


def _refuse(url: str, *args, **kwargs):
    raise ValueError(f"Letters fetch nothing from the network ({url[:60]})")


def letter_html(*, decision: Decision) -> str:
    nomination = decision.nomination
    return render_to_string(
        "review/panel/letter_pdf.html",
        {
            "nomination": nomination,
            "call": nomination.call,
            "outcome_line": OUTCOME_LINES[decision.outcome],
            "outcome": decision.outcome,
            "date": timezone.localdate(decision.released_at or timezone.now()),
            "service_name": settings.SERVICE_NAME,
            "partnership_name": settings.PARTNERSHIP_NAME,
            "contact_email": settings.CONTACT_EMAIL,
        },
    )


def letter_pdf(*, decision: Decision) -> bytes:
    from weasyprint import CSS, HTML

    html = HTML(string=letter_html(decision=decision), url_fetcher=_refuse, base_url=None)
    return html.write_pdf(stylesheets=[CSS(string=LETTER_CSS, url_fetcher=_refuse)])
