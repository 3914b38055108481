"""A contributor's nomination: start, answer section by section, check, submit, change, withdraw."""

import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from silverlinings.core.permissions import require, require_visible

from .. import selectors
from ..answers import MAX_CHARS, answer_display, answer_too_long, answers_errors
from ..forms.nomination import SectionForm
from ..models import Call, Nomination
from ..services import nominations as services


def _nomination(request, pk) -> Nomination:
    nomination = get_object_or_404(Nomination.objects.select_related("call", "nominator", "authority"), pk=pk)
    require_visible(request.user, "calls.view_nomination", nomination)
    return nomination


@login_required
def nomination_start(request, slug):
    call = get_object_or_404(Call, slug=slug)
    if request.method != "POST":
        # Signing in on the way to the start button lands here with a GET: show the button again.
        return redirect(call)
    require(request.user, "calls.start_nomination", call)
    try:
        token = uuid.UUID(request.POST.get("start_token", ""))
    except ValueError:
        token = None
    nomination = services.nomination_start(call=call, nominator=request.user, by=request.user, start_token=token)
    return redirect(services.reverse_section(nomination, 1))


@login_required
def my_nominations(request):
    require(request.user, "calls.list_own_nominations")
    return render(request, "calls/my_nominations.html", {"nominations": selectors.nominations_of(request.user)})


def _changes_key(nomination: Nomination) -> str:
    return f"changes-{nomination.pk}"


def _answers_shown(request, nomination: Nomination) -> dict:
    """A draft's answers as saved; a sent nomination's with the changes not sent yet (kept in the session)."""
    if nomination.is_draft:
        return nomination.answers
    return {**nomination.answers, **request.session.get(_changes_key(nomination), {})}


@login_required
def nomination_section(request, pk, index):
    nomination = _nomination(request, pk)
    require(request.user, "calls.change_nomination", nomination)
    sections = selectors.call_sections(nomination.call)
    if not 1 <= index <= len(sections):
        raise Http404
    section = sections[index - 1]
    draft = nomination.is_draft
    autosave_url = reverse("calls:nomination_autosave", kwargs={"pk": nomination.pk, "index": index})
    form = SectionForm(
        request.POST or None,
        specs=section.specs,
        answers=_answers_shown(request, nomination),
        autosave_url=autosave_url if request.user.has_perm("calls.autosave_nomination", nomination) else "",
        draft=draft,
    )
    if request.method == "POST":
        if not draft:
            return _section_change(request, nomination, form, section, sections)
        # Save what was typed before checking it, so nothing is lost even when there are errors.
        services.nomination_save_answers(nomination=nomination, answers=form.values(), by=request.user)
        if "save_draft" in request.POST:
            messages.success(
                request, "Your answers are saved. You can come back to them at any time before the call closes."
            )
            return redirect("calls:nomination_detail", pk=nomination.pk)
        if form.is_valid():
            if index < len(sections) and not request.GET.get("check"):
                return redirect(services.reverse_section(nomination, index + 1))
            return redirect("calls:nomination_check", pk=nomination.pk)
    return _section_page(request, nomination, section, sections, form)


def _section_change(request, nomination: Nomination, form: SectionForm, section, sections):
    """A sent nomination: valid answers wait in the session until 'Send your changes' checks them all."""
    if not form.is_valid():
        return _section_page(request, nomination, section, sections, form)
    key = _changes_key(nomination)
    request.session[key] = {**request.session.get(key, {}), **form.values()}
    return redirect("calls:nomination_check", pk=nomination.pk)


def _section_page(request, nomination, section, sections, form):
    return render(
        request,
        "calls/nomination_section.html",
        {"nomination": nomination, "section": section, "sections": sections, "form": form, "call": nomination.call},
    )


@login_required
@require_POST
def nomination_autosave(request, pk, index):
    """The page's answers as typed, saved in the background by static/js/autosave.js. Only into a draft."""
    nomination = _nomination(request, pk)
    require(request.user, "calls.autosave_nomination", nomination)
    sections = selectors.call_sections(nomination.call)
    if not 1 <= index <= len(sections):
        raise Http404
    form = SectionForm(request.POST, specs=sections[index - 1].specs, answers={})
    values = form.values()
    too_long = [spec.text for spec in form.specs if answer_too_long(values[spec.key])]
    try:
        services.nomination_save_answers(nomination=nomination, answers=values, by=request.user)
    except PermissionDenied:
        return JsonResponse({"error": "This nomination is no longer a draft, so nothing was saved."}, status=409)
    if too_long:
        return JsonResponse(
            {"error": f"{too_long[0]} must be {MAX_CHARS:,} characters or fewer, so it was not saved."}, status=400
        )
    return JsonResponse({"saved_at": timezone.localtime().strftime("%H:%M:%S")})


def _summary(nomination: Nomination, sections, *, answers: dict | None = None, problems: bool = True) -> list[dict]:
    answers = nomination.answers if answers is None else answers
    errors = answers_errors(nomination.call.heading_specs(), answers) if problems else {}
    rows = []
    for section in sections:
        for spec in section.specs:
            problem = next((message for field, message in errors.items() if field.split("__")[0] == spec.key), "")
            rows.append(
                {
                    "spec": spec,
                    "section": section,
                    "value": answer_display(spec, answers.get(spec.key)),
                    "problem": problem,
                }
            )
    return rows


@login_required
def nomination_check(request, pk):
    nomination = _nomination(request, pk)
    require(request.user, "calls.change_nomination", nomination)
    sections = selectors.call_sections(nomination.call)
    changes = {} if nomination.is_draft else request.session.get(_changes_key(nomination), {})
    rows = _summary(nomination, sections, answers=_answers_shown(request, nomination))
    return render(
        request,
        "calls/nomination_check.html",
        {
            "nomination": nomination,
            "rows": rows,
            "incomplete": any(row["problem"] for row in rows),
            "changes": changes,
            "call": nomination.call,
            "from_document": selectors.nomination_document_report(nomination),
        },
    )


@login_required
@require_POST
def nomination_submit(request, pk):
    nomination = _nomination(request, pk)
    require(request.user, "calls.change_nomination", nomination)
    if not nomination.is_draft:
        return _send_changes(request, nomination)
    try:
        nomination = services.nomination_submit(nomination=nomination, by=request.user)
    except ValidationError:
        messages.error(request, "Some answers are missing or need changing before you can send the nomination.")
        return redirect("calls:nomination_check", pk=nomination.pk)
    request.session[f"submitted-{nomination.pk}"] = True
    return redirect("calls:nomination_detail", pk=nomination.pk)


def _send_changes(request, nomination: Nomination):
    key = _changes_key(nomination)
    try:
        services.nomination_change_send(nomination=nomination, changes=request.session.get(key, {}), by=request.user)
    except ValidationError:
        messages.error(request, "Some answers are missing or need changing before you can send your changes.")
        return redirect("calls:nomination_check", pk=nomination.pk)
    request.session.pop(key, None)
    messages.success(request, "Your changes have been sent. The programme team has been told.")
    return redirect("calls:nomination_detail", pk=nomination.pk)


@login_required
def nomination_detail(request, pk):
    nomination = _nomination(request, pk)
    sections = selectors.call_sections(nomination.call)
    return render(
        request,
        "calls/nomination_detail.html",
        {
            "nomination": nomination,
            # A draft shows what is not answered yet; problems are for the check answers page.
            "rows": _summary(nomination, sections, problems=False),
            "just_submitted": request.session.pop(f"submitted-{nomination.pk}", False),
            "can_change": request.user.has_perm("calls.change_nomination", nomination),
            "can_withdraw": request.user.has_perm("calls.withdraw_nomination", nomination),
            "can_delete": request.user.has_perm("calls.delete_nomination", nomination),
            "outcome": selectors.released_outcome(nomination),
            "changes_waiting": not nomination.is_draft and bool(request.session.get(_changes_key(nomination))),
            "call": nomination.call,
        },
    )


@login_required
def nomination_withdraw(request, pk):
    nomination = _nomination(request, pk)
    require(request.user, "calls.withdraw_nomination", nomination)
    if request.method == "POST":
        services.nomination_withdraw(nomination=nomination, by=request.user)
        messages.success(request, f"You have withdrawn ‘{nomination.title or 'your nomination'}’.")
        return redirect("calls:my_nominations")
    return render(request, "calls/nomination_withdraw.html", {"nomination": nomination})


@login_required
def nomination_delete(request, pk):
    """A draft its nominator no longer wants: a confirmation page, then it is gone."""
    nomination = _nomination(request, pk)
    require(request.user, "calls.delete_nomination", nomination)
    if request.method == "POST":
        services.nomination_delete(nomination=nomination, by=request.user)
        messages.success(request, f"You have deleted the draft ‘{nomination.title or 'Untitled nomination'}’.")
        return redirect("calls:my_nominations")
    return render(request, "calls/nomination_delete.html", {"nomination": nomination})
