"""A tagged PDF (PDF/UA-1) per published report, made by `core.pdf` and kept in file storage under a name made
from what it was made from: a changed report makes a new file, an unchanged one is never built twice."""

import base64
import hashlib
import json

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.template.loader import render_to_string

from silverlinings.core.pdf import pdf_render

from . import sections

#: Bump when the PDF template changes, so every cached PDF is made again.
LAYOUT = "1"


def _fingerprint(commission) -> str:
    pictures = list(commission.images.values_list("pk", "alt_text", "caption", "credit"))
    made_from = json.dumps([LAYOUT, commission.title, commission.published_content, pictures], sort_keys=True)
    return hashlib.sha256(made_from.encode()).hexdigest()[:16]


def report_pdf(commission) -> bytes:
    name = f"showcase/pdf/{commission.slug}-{_fingerprint(commission)}.pdf"
    if default_storage.exists(name):
        with default_storage.open(name, "rb") as stored:
            return stored.read()
    html = report_html(commission, commission.published_content)
    data = pdf_render(html, title=commission.published_content.get("headline") or commission.title, css=PDF_CSS)
    default_storage.save(name, ContentFile(data))
    return data


def report_html(commission, content: dict) -> str:
    return render_to_string(
        "showcase/pdf/report.html",
        {
            "commission": commission,
            "report": sections.rendered(content),
            "images": [_embedded(image) for image in commission.images.all()],
        },
    )


def _embedded(image) -> dict:
    """The picture as a data: URL, the only kind of address `core.pdf` reads."""
    with image.web_file.open("rb") as stored:
        data = base64.b64encode(stored.read()).decode()
    kind = "jpeg" if image.web_file.name.endswith(".jpg") else "png"
    return {
        "data_url": f"data:image/{kind};base64,{data}",
        "alt_text": image.alt_text,
        "caption": image.caption,
        "credit": image.credit,
    }


PDF_CSS = """
@page { size: A4; margin: 20mm; }
body { font-family: sans-serif; font-size: 11pt; line-height: 1.45; color: #0b0c0c; }
h1 { font-size: 22pt; margin: 0 0 6mm; }
h2 { font-size: 14pt; margin: 8mm 0 2mm; }
.figures { display: flex; gap: 6mm; }
.figure { border-left: 4px solid #1d70b8; padding-left: 3mm; }
.figure strong { display: block; font-size: 20pt; }
img { max-width: 100%; }
blockquote { border-left: 4px solid #b1b4b6; margin: 0 0 4mm; padding-left: 4mm; }
"""
