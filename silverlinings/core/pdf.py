"""The one way the service makes a PDF: tagged PDF/UA-1, so a screen reader reads it in order.

Every PDF (letters of recognition, and what comes later: the showcase pack, bulletins) goes through
`pdf_render`. WeasyPrint's `pdf/ua-1` variant writes the structure tags from the HTML (headings,
paragraphs, lists, tables, figures with their alt text), marks the document as tagged, and records
the language and the title, which viewers show instead of the file name.

Nothing is fetched from the network: only `data:` URLs (images embedded in the HTML) are read, so
a PDF never depends on another server and cannot be made to call one.
"""

import logging

# WeasyPrint reports each step of every document at INFO; the worker's log needs none of it.
logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)


def _embedded_only():
    from weasyprint.urls import URLFetcher

    return URLFetcher(allowed_protocols=["data"])


def pdf_render(html: str, *, title: str, lang: str = "en-GB", css: str = "") -> bytes:
    """A tagged PDF/UA-1 document of `html`, titled `title`, in language `lang` (a BCP 47 tag)."""
    from weasyprint import CSS, HTML

    fetcher = _embedded_only()
    document = HTML(string=html, url_fetcher=fetcher, base_url=None).render(
        stylesheets=[CSS(string=css, url_fetcher=fetcher)] if css else None,
        pdf_tags=True,
    )
    document.metadata.title = title
    document.metadata.lang = lang
    return document.write_pdf(pdf_variant="pdf/ua-1", pdf_tags=True)
