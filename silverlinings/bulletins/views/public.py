"""The public pages: the archive, an issue, one item, the Atom feed, Tools & Templates."""

from datetime import datetime, time

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.timezone import make_aware

from .. import selectors
from ..models import Publication


def _query(request) -> str:
    return request.GET.get("q", "").strip()[:200]


def archive(request):
    query = _query(request)
    publications = [
        (publication, selectors.issues_public(publication).first()) for publication in selectors.publications()
    ]
    context = {"publications": publications, "query": query}
    if query:
        context["results"] = selectors.items_search(query=query)
    return render(request, "bulletins/archive.html", context)


def publication(request, slug):
    found = get_object_or_404(Publication, slug=slug)
    query, years = _query(request), selectors.archive_years(found)
    year = request.GET.get("year", "")
    year = int(year) if year.isdigit() and int(year) in years else (years[0] if years else None)
    context = {"publication": found, "years": years, "year": year, "query": query}
    if query:
        context["results"] = selectors.items_search(query=query, publication=found)
    else:
        context["issues"] = selectors.archive_issues(found, year=year, query="")
    return render(request, "bulletins/publication.html", context)


def issue_detail(request, slug, number):
    issue = selectors.issue_public(slug=slug, number=number)
    if issue is None:
        raise Http404
    return render(request, "bulletins/issue_detail.html", {"issue": issue, "content": selectors.issue_content(issue)})


def item_detail(request, slug, number, item):
    issue = selectors.issue_public(slug=slug, number=number)
    if issue is None:
        raise Http404
    found = get_object_or_404(issue.items, slug=item)
    return render(request, "bulletins/item_detail.html", {"issue": issue, "item": found})


def feed(request, slug):
    found = get_object_or_404(Publication, slug=slug)
    atom = Atom1Feed(
        title=found.name,
        link=settings.SITE_URL + reverse("bulletins:publication", kwargs={"slug": found.slug}),
        description=found.description,
        language="en-gb",
        feed_url=settings.SITE_URL + request.path,
    )
    for issue in selectors.issues_public(found).prefetch_related("items")[:20]:
        headlines = ", ".join(item.headline for item in issue.items.all())
        atom.add_item(
            title=f"{issue.masthead}, {issue.date:%-d %B %Y}",
            link=settings.SITE_URL + issue.get_absolute_url(),
            description=headlines,
            pubdate=make_aware(datetime.combine(issue.date, time(9))),
            unique_id=settings.SITE_URL + issue.get_absolute_url(),
        )
    return HttpResponse(atom.writeString("utf-8"), content_type="application/atom+xml; charset=utf-8")


def resources(request):
    query = _query(request)
    return render(
        request, "bulletins/resources.html", {"resources": selectors.resources_search(query)[:200], "query": query}
    )
