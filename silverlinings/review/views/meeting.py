"""The panel meeting, the decisions and the letters.

A panel member sees the meeting only for the nominations and themes the visibility rule lets them
see (review/selectors/meeting.py); decisions, letters and the scores export are the team's alone.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse

from silverlinings.calls.models import Nomination
from silverlinings.calls.workspace import team_call
from silverlinings.core.permissions import require
from silverlinings.core.progress import progress_json, progress_requested, progress_rows

from .. import visibility
from ..forms.panel import DecisionForm, DecisionsReleaseForm, LetterTemplateForm, MeetingNoteForm
from ..letters import letter_pdf
from ..models import Decision, Outcome
from ..progress import letters_progress
from ..selectors import meeting as selectors_meeting
from ..selectors import panel as selectors_panel
from ..services import decisions as decision_services
from ..services import panel as services
from .panel import _nomination

# --- the meeting -------------------------------------------------------------------------------


@login_required
def meeting(request, slug):
    call = team_call(request, slug, permission="review.view_meeting")
    visible = visibility.nominations_visible_to(request.user, call)
    return render(
        request,
        "review/panel/meeting.html",
        {
            "call": call,
            "themes": selectors_meeting.meeting_themes(request.user, call),
            "progress": selectors_panel.reviewer_progress(call, nominations=visible),
            "is_team": request.user.has_perm("review.manage_review"),
        },
    )


@login_required
def meeting_theme(request, slug, theme_id=None):
    call = team_call(request, slug, permission="review.view_meeting")
    themes = selectors_meeting.themes_for_meeting(request.user, call)
    theme = None if theme_id is None else get_object_or_404(themes, pk=theme_id)
    is_team = request.user.has_perm("review.manage_review")
    form = MeetingNoteForm(request.POST or None) if is_team else None
    if request.method == "POST":
        require(request.user, "review.manage_review")
        if form.is_valid():
            decision_services.meeting_note_add(call=call, theme=theme, by=request.user, text=form.cleaned_data["text"])
            messages.success(request, "The note is added.")
            return redirect(request.path)
    setup = services.review_setup_get(call=call)
    return render(
        request,
        "review/panel/meeting_theme.html",
        {
            "call": call,
            "theme": theme,
            "label": theme.label if theme else "Not in a theme",
            "setup": setup,
            "rows": selectors_meeting.meeting_rows(request.user, call, theme=theme),
            "form": form,
            "is_team": is_team,
            "notes": selectors_meeting.meeting_notes(call, theme),
            "anonymised": selectors_panel.anonymised_for(request.user, call),
        },
    )


# --- decisions and letters ----------------------------------------------------------------------


@login_required
def decision(request, pk):
    require(request.user, "review.manage_review")
    nomination = _nomination(pk)
    current = Decision.objects.filter(nomination=nomination).first()
    initial = {"outcome": current.outcome, "reason": current.reason} if current else None
    form = DecisionForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            decision_services.decision_record(nomination=nomination, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error("outcome", error.messages[0])
        else:
            messages.success(
                request,
                f"The decision on {nomination.reference} is saved. It stays pending until you release the decisions.",
            )
            return redirect(_theme_url(nomination))
    return render(
        request,
        "review/panel/decision_form.html",
        {
            "nomination": nomination,
            "call": nomination.call,
            "form": form,
            "current": current,
            "back": _theme_url(nomination),
        },
    )


def _theme_url(nomination: Nomination) -> str:
    theme_id = selectors_meeting.first_theme_id(nomination)
    if theme_id:
        return reverse("review:meeting_theme", kwargs={"slug": nomination.call.slug, "theme_id": theme_id})
    return reverse("review:meeting_unthemed", kwargs={"slug": nomination.call.slug})


@login_required
def decisions(request, slug):
    call = team_call(request, slug, permission="review.manage_review")
    rows = selectors_panel.decisions_for_team(call)
    progress = letters_progress(rows)
    if progress_requested(request):
        row = "review/panel/includes/decision_row.html"
        return progress_json(progress, parts=progress_rows(row, "decision", rows, request=request))
    return render(
        request,
        "review/panel/decisions.html",
        {
            "call": call,
            "decisions": rows,
            "pending": sum(1 for row in rows if not row.released_at),
            "progress": progress,
        },
    )


@login_required
def decisions_release(request, slug):
    call = team_call(request, slug, permission="review.manage_review")
    pending = list(decision_services.decisions_pending(call))
    form = DecisionsReleaseForm(request.POST if request.method == "POST" else None, call=call)
    if request.method == "POST" and form.is_valid():
        try:
            released = decision_services.decisions_release(call=call, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_problems(error)
        else:
            messages.success(
                request, f"{released} decision{'s' if released != 1 else ''} released. The letters are being sent."
            )
            return redirect("review:decisions", slug=call.slug)
    counts = selectors_panel.outcome_counts(pending)
    return render(
        request,
        "review/panel/decisions_release.html",
        {
            "call": call,
            "form": form,
            "pending": len(pending),
            "counts": [(label, counts.get(value, 0)) for value, label in Outcome.choices],
        },
    )


@login_required
def letters(request, slug):
    call = team_call(request, slug, permission="review.manage_review")
    return render(
        request,
        "review/panel/letters.html",
        {
            "call": call,
            "templates": decision_services.letter_templates_get(call=call).values(),
        },
    )


@login_required
def letter_edit(request, slug, outcome):
    call = team_call(request, slug, permission="review.manage_review")
    if outcome not in Outcome.values:
        raise Http404
    template = decision_services.letter_templates_get(call=call)[outcome]
    form = LetterTemplateForm(request.POST or None, instance=template)
    if request.method == "POST" and form.is_valid():
        decision_services.letter_template_update(template=template, by=request.user, **form.cleaned_data)
        messages.success(request, f"The ‘{template.get_outcome_display().lower()}’ letter is saved.")
        return redirect("review:letters", slug=call.slug)
    return render(request, "review/panel/letter_form.html", {"call": call, "form": form, "template": template})


@login_required
def letter_download(request, pk):
    require(request.user, "review.manage_review")
    decision = get_object_or_404(
        Decision.objects.select_related("nomination__call", "nomination__nominator"), nomination_id=pk
    )
    response = HttpResponse(letter_pdf(decision=decision), content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="letter-of-recognition-{decision.nomination.reference}.pdf"'
    )
    return response


@login_required
def scores_export(request, slug):
    call = team_call(request, slug, permission="review.manage_review")
    response = HttpResponse(selectors_meeting.scores_csv(request.user, call), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{call.slug}-scores.csv"'
    return response


urlpatterns = [
    path("review/calls/<slug:slug>/meeting/", meeting, name="meeting"),
    path("review/calls/<slug:slug>/meeting/themes/<int:theme_id>/", meeting_theme, name="meeting_theme"),
    path("review/calls/<slug:slug>/meeting/not-in-a-theme/", meeting_theme, name="meeting_unthemed"),
    path("manage/calls/<slug:slug>/decisions/", decisions, name="decisions"),
    path("manage/calls/<slug:slug>/decisions/release/", decisions_release, name="decisions_release"),
    path("manage/calls/<slug:slug>/letters/", letters, name="letters"),
    path("manage/calls/<slug:slug>/letters/<str:outcome>/", letter_edit, name="letter_edit"),
    path("manage/calls/<slug:slug>/scores.csv", scores_export, name="scores_export"),
    path("manage/nominations/<int:pk>/decision/", decision, name="decision"),
    path("manage/nominations/<int:pk>/letter.pdf", letter_download, name="letter_download"),
]
