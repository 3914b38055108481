"""The letter of recognition every nominator gets with the panel's decision, as a PDF.

Rendered from an HTML template in the system's DejaVu Sans by `core.pdf.pdf_render`: a tagged
PDF/UA-1 document that fetches nothing from the network.
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone

from silverlinings.core.pdf import pdf_render

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

OUTCOME_LINES = {
    Outcome.SELECTED: "Selected for the showcase",
    Outcome.RESERVE: "On the reserve list for the showcase",
    Outcome.NOT_SELECTED: "Recognised for contributing to the call for evidence",
}


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
    title = f"Letter of recognition: {decision.nomination.reference}"
    return pdf_render(letter_html(decision=decision), title=title, css=LETTER_CSS)
