"""The writer's and designer's workspace: only their commissions, the evidence beside the report."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from silverlinings.core.permissions import require, require_visible

from .. import evidence, sections, selectors
from ..forms.writing import ReportForm
from ..models import Commission, Status
from ..rules import is_writer
from ..services import commissions as services
from .public import report_context


def _visible(request, pk) -> Commission:
    commission = get_object_or_404(Commission.objects.select_related("call"), pk=pk)
    require_visible(request.user, "showcase.view_commission", commission)
    return commission


@login_required
def my_commissions(request):
    require(request.user, "showcase.list_own_commissions")
    return render(
        request,
        "showcase/workspace/my_commissions.html",
        {
            "commissions": selectors.commissions_of(request.user).select_related("call"),
            "fact_checks": selectors.fact_checks_of(request.user),
            "designed": selectors.calls_designed_by(request.user),
        },
    )


def _report_form(request, commission: Commission) -> ReportForm:
    form = ReportForm(
        request.POST if request.method == "POST" else None,
        initial=ReportForm.initial_from(commission.content),
        supplier_required=evidence.uses_proprietary_product(commission),
        action=reverse("showcase:workspace", kwargs={"pk": commission.pk}),
    )
    form.helper.form_id = "report"
    form.helper.attrs.update(
        {
            "data-autosave-url": reverse("showcase:report_autosave", kwargs={"pk": commission.pk}),
            "data-autosave-saved": "The report was saved at",
            "data-autosave-failed": "The report could not be saved automatically. Press ‘Save a version’ to save it.",
        }
    )
    return form


def _workspace_page(request, commission: Commission, form: ReportForm):
    return render(
        request,
        "showcase/workspace/workspace.html",
        {
            "commission": commission,
            "form": form,
            "may_write": request.user.has_perm("showcase.write_report", commission),
            "is_writer": is_writer(request.user, commission) or request.user.has_perm("showcase.manage_commissions"),
            "may_submit": request.user.has_perm("showcase.submit_report", commission),
            "evidence": evidence.evidence_for(commission),
            "words": sections.words(commission.content),
            "notes": commission.status_changes.exclude(note="").select_related("by"),
            "comments": commission.team_comments.select_related("author"),
            "fact_checks": commission.fact_checks.exclude(corrections={}).select_related("checker"),
            "checked": {s.key: s.title for s in sections.CHECKED},
        },
    )


@login_required
def workspace(request, pk):
    commission = _visible(request, pk)
    form = _report_form(request, commission)
    if request.method == "POST":
        require(request.user, "showcase.write_report", commission)
        if form.is_valid():
            version = services.report_save(commission=commission, content=form.content(), by=request.user)
            messages.success(request, f"Version {version.number} is saved.")
            return redirect("showcase:workspace", pk=commission.pk)
    return _workspace_page(request, commission, form)


@login_required
@require_POST
def report_autosave(request, pk):
    """The report as typed, saved in the background by static/js/autosave.js: a version only when it changed."""
    commission = _visible(request, pk)
    require(request.user, "showcase.write_report", commission)
    form = ReportForm(
        request.POST, supplier_required=evidence.uses_proprietary_product(commission), action=request.path
    )
    if not form.is_valid():
        return JsonResponse({"errors": [str(e) for errors in form.errors.values() for e in errors]}, status=400)
    if form.content() != commission.content:
        services.report_save(commission=commission, content=form.content(), by=request.user, note="Saved automatically")
    return JsonResponse({"saved_at": timezone.localtime().strftime("%H:%M:%S")})


@login_required
@require_POST
def report_submit(request, pk):
    """Send the draft for review. The button sends the report form, so what was typed since the last save is
    saved first; a report with mistakes stays with the writer, with what they typed."""
    commission = _visible(request, pk)
    require(request.user, "showcase.submit_report", commission)
    form = _report_form(request, commission)
    if form.has_changed():
        if not form.is_valid():
            return _workspace_page(request, commission, form)
        if form.content() != commission.content:
            services.report_save(commission=commission, content=form.content(), by=request.user)
            commission.refresh_from_db()
    try:
        if commission.status == Status.COMMISSIONED:
            raise ValidationError("Save a version of the report before sending it for review")
        services.commission_move(commission=commission, to=Status.TEAM_REVIEW, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("showcase:workspace", pk=commission.pk)
    messages.success(request, "Your draft is sent to the programme team for review.")
    return redirect("showcase:workspace", pk=commission.pk)


@login_required
def versions(request, pk):
    commission = _visible(request, pk)
    found = list(selectors.versions_of(commission))
    numbers = {v.number: v for v in found}
    first, second = request.GET.get("from", ""), request.GET.get("to", "")
    compared, error = None, ""
    if first or second:
        older = numbers.get(int(first)) if first.isdigit() else None
        newer = numbers.get(int(second)) if second.isdigit() else None
        if older is None or newer is None:
            error = "Select two versions to compare"
        else:
            compared = {"older": older, "newer": newer, "rows": sections.changed_sections(older.content, newer.content)}
    return render(
        request,
        "showcase/workspace/versions.html",
        {
            "commission": commission,
            "versions": found,
            "compared": compared,
            "error": error,
            "may_write": request.user.has_perm("showcase.write_report", commission),
        },
    )


@login_required
@require_POST
def version_restore(request, pk, number):
    commission = _visible(request, pk)
    require(request.user, "showcase.write_report", commission)
    version = get_object_or_404(commission.versions, number=number)
    restored = services.version_restore(version=version, by=request.user)
    messages.success(request, f"Version {version.number} is restored as version {restored.number}.")
    return redirect("showcase:workspace", pk=commission.pk)


@login_required
def preview(request, pk):
    """Exactly the published page, from the report as last saved."""
    commission = _visible(request, pk)
    return render(request, "showcase/public/report.html", report_context(commission, commission.content, preview=True))
