"""What the public showcase pages show that is the same for every visitor, made once and kept.

A report's page (its text as HTML, pictures, related innovations, the adoption counts, whether the team can be
contacted, the dated updates) and the index's lists (the unfiltered reports, the filters' choices, the packs)
are kept in Django's cache beside the kept pages of `caching.py`, under the page's own address, so that a page
made fresh (for someone signed in, for a search, or after the kept copy was cleared) costs one cache read and
the outer template instead of eight queries and the report's template. Each page's main part as everyone sees it
is kept on its own (`PARTS_PREFIX`: `ReportMain`, `index_content`), since it is all that most pages need: a
visitor's page reads a few KB, not the report three times over with its database rows. The rest
(`ALL_PARTS_PREFIX`) is read for someone signed in, who may be able to record an adoption, and for a filtered
index. Every change that clears a kept page clears its parts with it (`caching.pages_clear`,
`caching.report_page_clear`): publishing clears exactly what changed, parts included.
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.core.cache import cache
from django.db.models import Count, Q
from django.template.loader import render_to_string
from django.urls import reverse

from . import evidence, sections, selectors
from .caching import ALL_PARTS_PREFIX, PARTS_PREFIX, TIMEOUT
from .models import Adoption, Commission


@dataclass
class ReportPage:
    commission: Commission
    report: dict
    body: str
    related: list[dict] = field(default_factory=list)
    adoptions: dict = field(default_factory=dict)
    contactable: bool = False
    updates: list = field(default_factory=list)
    content: str = ""  # the page's main part as everyone sees it who may not record an adoption

    def context(self) -> dict:
        return {
            "commission": self.commission,
            "report": self.report,
            "body": self.body,
            "related": self.related,
            "adoptions": self.adoptions,
            "contactable": self.contactable,
            "updates": self.updates,
        }


@dataclass
class ReportMain:
    """What a report's page shows everyone who may not record an adoption: its main part, and the title and
    headline its head names (the template reads them as `commission.title` and `report.headline`)."""

    title: str
    headline: str
    content: str

    def context(self) -> dict:
        return {
            "commission": {"title": self.title},
            "report": {"headline": self.headline},
            "page_content": self.content,
        }


@dataclass
class Listed:
    """A published report as the index lists it."""

    slug: str
    title: str
    headline: str
    published_at: datetime


def report_body(commission, report: dict) -> str:
    """The report as a reader sees it (`includes/report_body.html`): the same on the page and in the preview."""
    images = list(commission.images.all())
    return render_to_string("showcase/includes/report_body.html", {"report": report, "images": images})


def report_main(slug: str) -> ReportMain | None:
    """The main part of a published report's page as everyone sees it who may not record an adoption, or None when
    no report is published at `slug`."""
    key = PARTS_PREFIX + reverse("showcase:report", kwargs={"slug": slug})
    main = cache.get(key)
    if main is None:
        page = report_page(slug)
        if page is None:
            return None
        main = ReportMain(title=page.commission.title, headline=page.report.get("headline", ""), content=page.content)
        cache.set(key, main, TIMEOUT)
    return main


def report_page(slug: str) -> ReportPage | None:
    """The parts of a published report's page, or None when no report is published at `slug`."""
    key = ALL_PARTS_PREFIX + reverse("showcase:report", kwargs={"slug": slug})
    page = cache.get(key)
    if page is None:
        page = _report_page_make(slug)
        if page is not None:
            page.content = render_to_string("showcase/public/_report.html", page.context())
            cache.set(key, page, TIMEOUT)
    return page


def _report_page_make(slug: str) -> ReportPage | None:
    published = selectors.published_reports().defer("content", "search_text", "search_vector", "brief")
    commission = published.select_related("call").filter(slug=slug).first()
    if commission is None:
        return None
    report = sections.rendered(commission.published_content)
    return ReportPage(
        commission=commission,
        report=report,
        body=report_body(commission, report),
        related=[_related(other) for other in selectors.related_reports(commission)],
        adoptions=commission.adoptions.aggregate(
            adopted=Count("pk", filter=Q(kind=Adoption.Kind.ADOPTED)),
            trying=Count("pk", filter=Q(kind=Adoption.Kind.TRYING)),
        ),
        contactable=bool(evidence.contact_for_enquiries(commission)),
        updates=list(commission.impact_updates.exclude(answered_at=None).order_by("answered_at")),
    )


def _related(other: Commission) -> dict:
    return {"slug": other.slug, "headline": other.published_content.get("headline") or other.title}


def index_parts() -> dict:
    """The filters' choices and the published packs."""
    key = ALL_PARTS_PREFIX + reverse("showcase:index")
    parts = cache.get(key)
    if parts is None:
        parts = {"facets": selectors.showcase_facets(), "packs": list(selectors.published_packs())}
        cache.set(key, parts, TIMEOUT)
    return parts


def index_content() -> str:
    """The index's main part for someone who has not filtered: every published report, the filters, the packs."""
    key = PARTS_PREFIX + reverse("showcase:index")
    content = cache.get(key)
    if content is None:
        reports = listed(selectors.published_reports())
        context = {**index_parts(), "reports": reports, "filters": selectors.Filters()}
        content = render_to_string("showcase/public/_index.html", context)
        cache.set(key, content, TIMEOUT)
    return content


def listed(reports) -> list[Listed]:
    rows = reports.values_list("slug", "title", "published_content__headline", "published_at")
    return [Listed(slug, title, headline or title, at) for slug, title, headline, at in rows]
