"""The designer's pages: the pack's look, its cover, and every PDF as a preview before it is published."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from silverlinings.calls.models import Call
from silverlinings.core.images import ImageRefused
from silverlinings.core.pdf import pdf_render
from silverlinings.core.permissions import require, require_visible
from silverlinings.core.progress import Progress, progress_json, progress_part, progress_requested

from .. import pack as packs
from .. import pdfs, selectors
from ..forms.pack import PackForm
from ..forms.pictures import CoverForm
from ..models import Commission, PackBuild
from ..services import pack as services_pack


def _pack(request, slug):
    call = get_object_or_404(Call, slug=slug)
    found = packs.pack_for(call)
    require_visible(request.user, "showcase.design_pack", found)
    return found


def _commissions(request, pack) -> list[Commission]:
    """The call's commissions, each marked with whether this person may open its PDF (a designer of one
    commission shapes the whole pack, but opens only the reports of the commissions they hold)."""
    commissions = list(Commission.objects.filter(call=pack.call).order_by("title"))
    for commission in commissions:
        commission.may_preview = request.user.has_perm("showcase.view_commission", commission)
    return commissions


@login_required
def pack_design(request, slug):
    pack = _pack(request, slug)
    themes = packs.themes_of(pack.call)
    url = reverse("showcase:pack", kwargs={"slug": slug})
    initial = {name: getattr(pack, name) for name in ("title", "subtitle", "introduction", "foreword", "foreword_by")}
    for position, pk in enumerate(pack.chapter_order, start=1):
        initial[f"position_{pk}"] = position
    form = PackForm(request.POST or None, initial=initial, themes=themes, colours=pack.colours, action=url)
    if request.method == "POST" and form.is_valid():
        services_pack.pack_update(pack=pack, by=request.user, **form.values())
        messages.success(request, "The pack is saved. Make a preview to see it.")
        return redirect(url)
    return render(
        request,
        "showcase/pack/design.html",
        {
            "pack": pack,
            "form": form,
            "cover_form": CoverForm(action=reverse("showcase:pack_cover", kwargs={"slug": slug})),
            "chapters": packs.chapters(pack),
            "commissions": _commissions(request, pack),
            "builds": pack.builds.all()[:5],
        },
    )


@login_required
@require_POST
def pack_cover(request, slug):
    pack = _pack(request, slug)
    form = CoverForm(request.POST, request.FILES, action=request.path)
    if form.is_valid():
        try:
            services_pack.pack_cover_set(
                pack=pack,
                data=form.cleaned_data["image"].read(),
                alt_text=form.cleaned_data["alt_text"],
                by=request.user,
            )
        except ImageRefused as refused:
            form.add_error("image", refused.message)
        else:
            messages.success(request, "The cover picture is saved.")
            return redirect("showcase:pack", slug=slug)
    themes = packs.themes_of(pack.call)
    return render(
        request,
        "showcase/pack/design.html",
        {
            "pack": pack,
            "form": PackForm(
                initial={"title": pack.title},
                themes=themes,
                colours=pack.colours,
                action=reverse("showcase:pack", kwargs={"slug": slug}),
            ),
            "cover_form": form,
            "chapters": packs.chapters(pack),
            "commissions": _commissions(request, pack),
            "builds": pack.builds.all()[:5],
        },
    )


@login_required
@require_POST
def pack_build(request, slug):
    pack = _pack(request, slug)
    build = services_pack.pack_build_request(pack=pack, by=request.user)
    return redirect("showcase:pack_build_detail", slug=slug, pk=build.pk)


def _progress(build: PackBuild) -> Progress:
    finished = build.status in (PackBuild.Status.DONE, PackBuild.Status.FAILED)
    if build.status == PackBuild.Status.FAILED:
        text = "The pack could not be made. Try again; if it fails again, tell the programme team."
    elif build.status == PackBuild.Status.DONE:
        text = "The pack is ready."
    elif build.status == PackBuild.Status.QUEUED:
        text = "Waiting for the worker to start making the pack."
    elif build.done >= build.total - 1:
        laid_out = "The report is" if build.total - 1 == 1 else f"All {build.total - 1} reports are"
        text = f"{laid_out} laid out. Writing the PDF, which takes the longest."
    else:
        text = f"{build.done} of {build.total - 1} reports laid out"
    return Progress(
        done=build.done, total=build.total, text=text, finished=finished, finished_text=text if finished else ""
    )


@login_required
def pack_build_detail(request, slug, pk):
    pack = _pack(request, slug)
    build = get_object_or_404(pack.builds, pk=pk)
    context = {"pack": pack, "build": build, "progress": _progress(build)}
    if progress_requested(request):
        summary = progress_part("showcase/pack/includes/build_summary.html", context, request=request)
        return progress_json(context["progress"], parts=[summary])
    return render(request, "showcase/pack/build.html", context)


@login_required
def pack_build_download(request, slug, pk):
    pack = _pack(request, slug)
    build = get_object_or_404(pack.builds, pk=pk, status=PackBuild.Status.DONE)
    return FileResponse(build.file.open("rb"), content_type="application/pdf", filename=f"{slug}-pack.pdf")


@login_required
@require_POST
def pack_publish(request, slug):
    pack = _pack(request, slug)
    require(request.user, "showcase.publish_pack", pack)
    services_pack.pack_publish(pack=pack, by=request.user)
    messages.success(request, "The pack is published. The newest ready PDF is on the showcase page.")
    return redirect("showcase:pack", slug=slug)


def pack_pdf(request, slug):
    """The published pack, for everyone."""
    pack = get_object_or_404(selectors.published_packs(), call__slug=slug)
    build = services_pack.latest_ready(pack)
    if build is None:
        raise Http404
    return FileResponse(build.file.open("rb"), content_type="application/pdf", filename=f"{slug}-showcase.pdf")


@login_required
def report_pdf_preview(request, pk):
    """A report's PDF from its latest draft, for the writer, the designer and the team before publication."""
    commission = get_object_or_404(Commission, pk=pk)
    require_visible(request.user, "showcase.view_commission", commission)
    html = pdfs.report_html(commission, commission.content)
    data = pdf_render(html, title=commission.content.get("headline") or commission.title, css=pdfs.PDF_CSS)
    return HttpResponse(data, content_type="application/pdf")
