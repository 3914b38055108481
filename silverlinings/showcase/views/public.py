"""The public showcase: the index of published reports, each report's page and its tagged PDF."""

from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render

from .. import pdfs, sections, selectors


def report_context(commission, content, *, preview: bool = False) -> dict:
    return {
        "commission": commission,
        "report": sections.rendered(content),
        "images": commission.images.all(),
        "preview": preview,
    }


def index(request):
    reports = selectors.published_reports().select_related("call")
    query = request.GET.get("q", "").strip()
    if query:
        reports = reports.filter(Q(title__icontains=query) | Q(published_content__icontains=query))
    return render(request, "showcase/public/index.html", {"reports": reports, "query": query})


def report(request, slug):
    commission = get_object_or_404(selectors.published_reports(), slug=slug)
    return render(request, "showcase/public/report.html", report_context(commission, commission.published_content))


def report_pdf(request, slug):
    commission = get_object_or_404(selectors.published_reports(), slug=slug)
    response = HttpResponse(pdfs.report_pdf(commission), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{commission.slug}.pdf"'
    return response
