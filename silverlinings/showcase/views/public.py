"""The public showcase: the index of published reports with filters and search, each report's page, its tagged
PDF, an Atom feed and a sitemap. Drafts are never here: every query starts from `published_reports`."""

from django.conf import settings
from django.contrib import messages
from django.contrib.syndication.views import Feed
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.views.decorators.http import require_POST

from silverlinings.core.client import client_address
from silverlinings.core.limits import TooMany
from silverlinings.core.permissions import require

from .. import evidence, pages, pdfs, sections, selectors
from ..caching import public_page
from ..forms.public import AdoptionForm, EnquiryForm
from ..services import commissions as services


def report_context(commission, content, *, preview: bool = False) -> dict:
    report = sections.rendered(content)
    return {
        "commission": commission,
        "report": report,
        "body": pages.report_body(commission, report),
        "preview": preview,
    }


@public_page
def index(request):
    filters = selectors.Filters(
        **{name: request.GET.get(name, "").strip() for name in selectors.Filters.__annotations__}
    )
    if not filters.any:  # the same for everyone
        return render(request, "showcase/public/index.html", {"page_content": pages.index_content()})
    kept = pages.index_parts()
    return render(
        request,
        "showcase/public/index.html",
        {
            "reports": pages.listed(selectors.published_filtered(filters)),
            "filters": filters,
            "facets": kept["facets"],
            "packs": kept["packs"],
        },
    )


def _published(slug):
    return get_object_or_404(selectors.published_reports().select_related("call"), slug=slug)


@public_page
def report(request, slug):
    if not request.user.is_authenticated:  # may record no adoption: the page everyone sees
        main = pages.report_main(slug)
        if main is None:
            raise Http404
        return render(request, "showcase/public/report.html", main.context())
    form = None
    page = pages.report_page(slug)
    if page is not None and request.user.has_perm("showcase.record_adoption", page.commission):
        form = AdoptionForm(action=reverse("showcase:adoption_record", kwargs={"slug": slug}))
    return _report_page(request, page, form)


def _report_page(request, page, form):
    """The report's page for someone signed in, with the form to record an adoption when they may."""
    if page is None:
        raise Http404
    return render(
        request,
        "showcase/public/report.html",
        {**page.context(), "adoption_form": form, "form": form, "page_content": "" if form else page.content},
    )


@require_POST
def adoption_record(request, slug):
    commission = _published(slug)
    if not request.user.is_authenticated:
        return redirect(f"{reverse('accounts:sign_in')}?next={commission.get_absolute_url()}")
    require(request.user, "showcase.record_adoption", commission)
    form = AdoptionForm(request.POST, action=request.path)
    if form.is_valid():
        services.adoption_record(commission=commission, by=request.user, kind=form.cleaned_data["kind"])
        messages.success(request, f"Thank you: {request.user.authority} is counted.")
        return redirect(commission.get_absolute_url())
    return _report_page(request, pages.report_page(slug), form)


ENQUIRIES_OVER_LIMIT = (
    "You cannot send more messages to teams for now: too many have been sent from here or from your email "
    "address in the last hour. Try again in an hour, or email the programme team at {contact_email}."
)


def enquiry(request, slug):
    commission = _published(slug)
    contactable = bool(evidence.contact_for_enquiries(commission))
    form = EnquiryForm(request.POST or None, action=reverse("showcase:enquiry", kwargs={"slug": slug}))
    if request.method == "POST" and contactable and form.is_valid():
        try:
            services.enquiry_count(email=form.cleaned_data["email"], client=client_address(request))
        except TooMany:
            form.add_error(None, ENQUIRIES_OVER_LIMIT.format(contact_email=settings.CONTACT_EMAIL))
        else:
            services.enquiry_send(commission=commission, **form.cleaned_data)
            messages.success(request, "Your message is sent. They will reply to the address you gave.")
            return redirect(commission.get_absolute_url())
    return render(
        request, "showcase/public/enquiry.html", {"commission": commission, "form": form, "contactable": contactable}
    )


def report_pdf(request, slug):
    commission = _published(slug)
    response = HttpResponse(pdfs.report_pdf(commission), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{commission.slug}.pdf"'
    return response


class ReportsFeed(Feed):
    feed_type = Atom1Feed
    title = "Silver Linings showcase"
    subtitle = "New showcase reports of innovations in children's services."

    def link(self):
        return reverse("showcase:index")

    def items(self):
        return selectors.published_reports()[:50]

    def item_title(self, item):
        return item.published_content.get("headline") or item.title

    def item_description(self, item):
        return sections.rendered(item.published_content)["sections"].get("summary", "")

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.published_at


feed = public_page(ReportsFeed())


@public_page
def sitemap(request):
    reports = selectors.published_reports().only("slug", "published_at")
    return render(request, "showcase/public/sitemap.xml", {"reports": reports}, content_type="application/xml")


def impact_update(request, token):
    """The short form the contact reaches from the six- or twelve-month email (the link is the key)."""
    from .. import impact
    from ..forms.public import ImpactForm
    from ..models import ImpactUpdate

    update = get_object_or_404(ImpactUpdate.objects.select_related("commission"), token=token)
    form = ImpactForm(request.POST or None, action=request.path)
    if request.method == "POST" and form.is_valid():
        impact.impact_answer(
            update=update,
            still_running=form.cleaned_data["still_running"] == "yes",
            what_changed=form.cleaned_data["what_changed"],
        )
        messages.success(request, "Thank you. Your update is on the report.")
        return redirect("showcase:impact_update", token=token)
    return render(request, "showcase/public/impact_update.html", {"update": update, "form": form})
