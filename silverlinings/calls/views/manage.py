"""The programme team's pages: calls, every nomination, keyed-in nominations, coverage, exports."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.text import slugify

from silverlinings.core.permissions import require

from .. import exports, lastcall, selectors
from ..coverage import coverage_for
from ..forms.nomination import CallForm, KeyInForm
from ..models import NominationStatus
from ..services import nominations as services
from ..workspace import team_call


@login_required
def manage_calls(request):
    require(request.user, "calls.manage_calls")
    return render(request, "calls/manage/call_list.html", {"calls": selectors.calls_for_team()})


@login_required
def call_create(request):
    require(request.user, "calls.manage_calls")
    form = CallForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        call = services.call_create(by=request.user, **form.cleaned_data)
        messages.success(request, f"‘{call.title}’ is created with the Silver Linings headings.")
        return redirect("calls:call_nominations", slug=call.slug)
    return render(request, "calls/manage/call_form.html", {"form": form, "title": "Create a call"})


@login_required
def call_edit(request, slug):
    call = team_call(request, slug)
    form = CallForm(request.POST or None, instance=call)
    if request.method == "POST" and form.is_valid():
        services.call_update(
            call=call, by=request.user, **{name: form.cleaned_data[name] for name in form.changed_data}
        )
        messages.success(request, "The call is saved.")
        return redirect("calls:call_nominations", slug=form.instance.slug)
    return render(
        request, "calls/manage/call_form.html", {"form": form, "title": f"Change ‘{call.title}’", "call": call}
    )


@login_required
def call_nominations(request, slug):
    call = team_call(request, slug)
    status = request.GET.get("status", NominationStatus.SUBMITTED)
    status = status if status in NominationStatus.values or status == "" else NominationStatus.SUBMITTED
    nominations = selectors.nominations_for_team(
        call,
        status=status,
        authority_id=request.GET.get("authority", "") if request.GET.get("authority", "").isdigit() else "",
        flagged=request.GET.get("flagged") == "1",
    )
    return render(
        request,
        "calls/manage/nominations.html",
        {
            "call": call,
            "nominations": nominations,
            "status": status,
            "statuses": NominationStatus.choices,
            "flagged": request.GET.get("flagged") == "1",
        },
    )


@login_required
def key_in(request, slug):
    call = team_call(request, slug)
    form = KeyInForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        nomination = services.nomination_key_in(call=call, by=request.user, **form.cleaned_data)
        return redirect(services.reverse_section(nomination, 1))
    return render(request, "calls/manage/key_in.html", {"form": form, "call": call})


@login_required
def coverage(request, slug):
    call = team_call(request, slug)
    return render(
        request,
        "calls/manage/coverage.html",
        {
            "call": call,
            "coverage": coverage_for(call),
            "last_call_sends": call.last_call_sends.all()[:5],
            "last_call_ahead": bool(call.last_call_at and call.last_call_at > timezone.now()),
        },
    )


@login_required
def last_call(request, slug):
    """Who gets the last call, then (POST) send it; refused while an authority has no contact."""
    call = team_call(request, slug)
    recipients = lastcall.last_call_recipients(call)
    if request.method == "POST" and not recipients.refusal:
        send = lastcall.last_call_request(call=call, by=request.user)
        count = len(send.authorities)
        messages.success(
            request,
            f"The last call is being sent to {recipients.contacts} contact{'s' if recipients.contacts != 1 else ''} "
            f"in {count} authorit{'y' if count == 1 else 'ies'} with no nominations. Nobody gets it twice.",
        )
        return redirect("calls:coverage", slug=call.slug)
    return render(request, "calls/manage/last_call.html", {"call": call, "recipients": recipients})


@login_required
def export(request, slug, fmt):
    call = team_call(request, slug)
    if fmt not in {"xlsx", "csv"}:
        raise Http404
    if fmt == "xlsx":
        data, content_type = (
            exports.export_xlsx(call),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    else:
        data, content_type = exports.export_csv(call), "text/csv; charset=utf-8"
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{slugify(call.title)}-nominations.{fmt}"'
    return response
