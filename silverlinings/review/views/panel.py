"""The editorial panel: members, conflicts, assignment, reviews, the meeting and decisions.

Every page names its permission (review/rules.py). A panel member asking for a nomination they may
not see gets 404, as if it did not exist; people with no part in the review get 403.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.views.decorators.http import require_POST

from silverlinings.calls.models import Call, Nomination, NominationStatus
from silverlinings.core.permissions import require, require_visible
from silverlinings.core.progress import progress_json, progress_requested

from .. import selectors_panel
from ..algorithms.assignment import AssignmentImpossible
from ..forms_panel import (
    AssignmentAddForm,
    ConflictForm,
    DecisionForm,
    LetterTemplateForm,
    MeetingNoteForm,
    PanelMemberAddForm,
    ReviewForm,
    ReviewSettingsForm,
)
from ..letters import letter_pdf
from ..models import Assignment, Decision, Outcome, Theme
from ..progress import letters_progress
from ..services import decisions as decision_services
from ..services import panel as services


def _team_call(request, slug) -> Call:
    require(request.user, "review.manage_review")
    return get_object_or_404(Call, slug=slug)


def _nomination(pk) -> Nomination:
    queryset = Nomination.objects.select_related("call", "nominator", "authority")
    return get_object_or_404(queryset, pk=pk, status=NominationStatus.SUBMITTED)


# --- home ---------------------------------------------------------------------------------------


@login_required
def panel_home(request):
    require(request.user, "review.view_panel_home")
    return render(
        request,
        "review/panel/home.html",
        {
            "calls": selectors_panel.calls_on_panel(request.user),
            "groups": selectors_panel.assignments_by_call(request.user),
            "is_team": request.user.has_perm("review.manage_review"),
        },
    )


# --- the team: panel, settings, assignments -----------------------------------------------------


@login_required
def panel(request, slug):
    call = _team_call(request, slug)
    form = PanelMemberAddForm(request.POST or None, call=call)
    if request.method == "POST" and form.is_valid():
        member = form.cleaned_data["member"]
        services.panel_member_add(call=call, member=member, by=request.user)
        messages.success(request, f"{member.get_full_name()} is on the panel.")
        return redirect("review:panel", slug=call.slug)
    return render(
        request,
        "review/panel/panel.html",
        {
            "call": call,
            "form": form,
            "members": selectors_panel.panel_members(call),
            "conflicts": selectors_panel.conflicts_for_team(call),
            "section": "panel",
        },
    )


@login_required
def panel_member_remove(request, slug, pk):
    call = _team_call(request, slug)
    membership = get_object_or_404(selectors_panel.panel_members(call), pk=pk)
    if request.method != "POST":
        unsubmitted = membership.assigned - membership.submitted
        context = {"call": call, "membership": membership, "unsubmitted": unsubmitted}
        return render(request, "review/panel/panel_member_remove.html", context)
    kept = services.panel_member_remove(membership=membership, by=request.user)
    note = f" Their {kept} submitted review{'s' if kept != 1 else ''} still count." if kept else ""
    messages.success(request, f"{membership.member.get_full_name()} is no longer on the panel.{note}")
    return redirect("review:panel", slug=call.slug)


@login_required
def panel_settings(request, slug):
    call = _team_call(request, slug)
    setup = services.review_setup_get(call=call)
    criteria = list(call.criteria.all())
    form = ReviewSettingsForm(request.POST or None, instance=setup, criteria=criteria)
    if request.method == "POST" and form.is_valid():
        fields = {name: form.cleaned_data[name] for name in ReviewSettingsForm.Meta.fields}
        services.review_setup_update(setup=setup, by=request.user, weights=form.weights(), **fields)
        messages.success(request, "The review settings are saved.")
        return redirect("review:panel_settings", slug=call.slug)
    return render(
        request,
        "review/panel/settings.html",
        {
            "call": call,
            "form": form,
            "criteria": criteria,
            "section": "settings",
        },
    )


def _assignments_page(request, call, *, form=None, error=""):
    setup = services.review_setup_get(call=call)
    nominations = list(selectors_panel.nominations_with_assignments(call))
    return render(
        request,
        "review/panel/assignments.html",
        {
            "call": call,
            "setup": setup,
            "form": form or AssignmentAddForm(call=call),
            "error": error,
            "nominations": nominations,
            "flagged": sum(1 for nomination in nominations if nomination.personal_data),
            "progress": selectors_panel.reviewer_progress(call),
            "section": "assignments",
        },
    )


@login_required
def assignments(request, slug):
    call = _team_call(request, slug)
    form = AssignmentAddForm(request.POST or None, call=call)
    if request.method == "POST" and form.is_valid():
        try:
            services.assignment_add(by=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error("reviewer", error.messages[0])
        else:
            messages.success(request, f"{form.cleaned_data['reviewer'].get_full_name()} is assigned.")
            return redirect("review:assignments", slug=call.slug)
    return _assignments_page(request, call, form=form)


@login_required
@require_POST
def assignments_auto(request, slug):
    call = _team_call(request, slug)
    try:
        made = services.assignments_auto(call=call, by=request.user)
    except AssignmentImpossible as impossible:
        return _assignments_page(request, call, error=impossible.message)
    messages.success(request, f"{made} assignment{'s' if made != 1 else ''} made. Assignments already made are kept.")
    return redirect("review:assignments", slug=call.slug)


@login_required
@require_POST
def assignment_remove(request, slug, pk):
    call = _team_call(request, slug)
    assignment = get_object_or_404(
        Assignment.objects.select_related("reviewer", "nomination"), pk=pk, nomination__call=call
    )
    try:
        services.assignment_remove(assignment=assignment, by=request.user)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(
            request, f"{assignment.reviewer.get_full_name()} no longer reviews {assignment.nomination.reference}."
        )
    return redirect("review:assignments", slug=call.slug)


# --- a panel member: reviews and conflicts ------------------------------------------------------


@login_required
def review_form(request, pk):
    require(request.user, "review.list_own_reviews")
    nomination = _nomination(pk)
    require_visible(request.user, "review.review_nomination", nomination)
    assignment = Assignment.objects.get(reviewer=request.user, nomination=nomination)
    review = services.review_get_or_create(assignment=assignment)
    editable = request.user.has_perm("review.change_review", nomination)
    if request.method == "POST" and not editable:
        raise PermissionDenied
    criteria = list(nomination.call.criteria.all())
    form = ReviewForm(request.POST or None, criteria=criteria, review=review, editable=editable)
    if request.method == "POST" and form.is_valid():
        submit = "save_draft" not in request.POST
        try:
            services.review_save(review=review, by=request.user, submit=submit, **form.review_data())
        except ValidationError as error:
            form.add_problems(error)
        else:
            messages.success(request, "Your review is submitted." if submit else "Your draft is saved.")
            return redirect("review:panel_home")
    anonymised = selectors_panel.anonymised_for(request.user, nomination.call)
    return render(
        request,
        "review/panel/review_form.html",
        {
            "nomination": nomination,
            "call": nomination.call,
            "form": form,
            "review": review,
            "editable": editable,
            "anonymised": anonymised,
            "title": selectors_panel.title_for(nomination, anonymised=anonymised),
            "rows": selectors_panel.answer_rows(nomination, anonymised=anonymised),
        },
    )


@login_required
def conflict_declare(request, pk):
    require(request.user, "review.list_own_reviews")
    nomination = _nomination(pk)
    require_visible(request.user, "review.view_nomination", nomination)
    require_visible(request.user, "review.declare_conflict", nomination)
    form = ConflictForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.conflict_declare(member=request.user, nomination=nomination, reason=form.cleaned_data["reason"])
        messages.success(
            request, f"Your conflict of interest on {nomination.reference} is recorded. You will not see it again."
        )
        return redirect("review:panel_home")
    anonymised = selectors_panel.anonymised_for(request.user, nomination.call)
    return render(
        request,
        "review/panel/conflict_form.html",
        {
            "nomination": nomination,
            "form": form,
            "title": selectors_panel.title_for(nomination, anonymised=anonymised),
        },
    )


@login_required
def panel_nominations(request, slug):
    require(request.user, "review.list_own_reviews")
    call = get_object_or_404(Call, slug=slug)
    require(request.user, "review.view_meeting", call)
    return render(
        request,
        "review/panel/nominations.html",
        {
            "call": call,
            "rows": selectors_panel.visible_nominations_list(request.user, call),
        },
    )


@login_required
def nomination_reviews(request, pk):
    require(request.user, "review.view_panel_home")
    nomination = _nomination(pk)
    require_visible(request.user, "review.view_nomination", nomination)
    anonymised = selectors_panel.anonymised_for(request.user, nomination.call)
    reviews = selectors_panel.reviews_of(nomination)
    submitted = [review for review in reviews if review.submitted_at]
    stats = selectors_panel.score_stats(
        [review.weighted_score for review in submitted],
        [review.recommendation for review in submitted],
        disagreement_spread=services.review_setup_get(call=nomination.call).disagreement_spread,
    )
    return render(
        request,
        "review/panel/nomination_reviews.html",
        {
            "nomination": nomination,
            "call": nomination.call,
            "reviews": submitted,
            "drafts": len(reviews) - len(submitted),
            "stats": stats,
            "anonymised": anonymised,
            "title": selectors_panel.title_for(nomination, anonymised=anonymised),
            "rows": selectors_panel.answer_rows(nomination, anonymised=anonymised),
            "criteria": list(nomination.call.criteria.all()),
            "decision": Decision.objects.filter(nomination=nomination).first(),
            "is_team": request.user.has_perm("review.manage_review"),
        },
    )


# --- the meeting -------------------------------------------------------------------------------


def _meeting_call(request, slug) -> Call:
    require(request.user, "review.view_panel_home")
    call = get_object_or_404(Call, slug=slug)
    require(request.user, "review.view_meeting", call)
    return call


@login_required
def meeting(request, slug):
    call = _meeting_call(request, slug)
    visible = selectors_panel.nominations_visible_to(request.user, call)
    return render(
        request,
        "review/panel/meeting.html",
        {
            "call": call,
            "themes": selectors_panel.meeting_themes(request.user, call),
            "progress": selectors_panel.reviewer_progress(call, nominations=visible),
            "is_team": request.user.has_perm("review.manage_review"),
            "section": "meeting",
        },
    )


@login_required
def meeting_theme(request, slug, theme_id=None):
    call = _meeting_call(request, slug)
    theme = None if theme_id is None else get_object_or_404(Theme, pk=theme_id, call=call, status=Theme.Status.ACCEPTED)
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
            "rows": selectors_panel.meeting_rows(request.user, call, theme=theme),
            "form": form,
            "is_team": is_team,
            "notes": selectors_panel.meeting_notes(call, theme),
            "section": "meeting",
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
    theme_id = selectors_panel.first_theme_id(nomination)
    if theme_id:
        return reverse("review:meeting_theme", kwargs={"slug": nomination.call.slug, "theme_id": theme_id})
    return reverse("review:meeting_unthemed", kwargs={"slug": nomination.call.slug})


@login_required
def decisions(request, slug):
    call = _team_call(request, slug)
    rows = selectors_panel.decisions_for_team(call)
    progress = letters_progress(rows)
    if progress_requested(request):
        return progress_json(progress)
    return render(
        request,
        "review/panel/decisions.html",
        {
            "call": call,
            "decisions": rows,
            "pending": sum(1 for row in rows if not row.released_at),
            "progress": progress,
            "section": "decisions",
        },
    )


@login_required
def decisions_release(request, slug):
    call = _team_call(request, slug)
    pending = list(decision_services.decisions_pending(call))
    if request.method == "POST":
        released = decision_services.decisions_release(call=call, by=request.user)
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
            "pending": len(pending),
            "section": "decisions",
            "counts": [(label, counts.get(value, 0)) for value, label in Outcome.choices],
        },
    )


@login_required
def letters(request, slug):
    call = _team_call(request, slug)
    return render(
        request,
        "review/panel/letters.html",
        {
            "call": call,
            "templates": decision_services.letter_templates_get(call=call).values(),
            "section": "letters",
        },
    )


@login_required
def letter_edit(request, slug, outcome):
    call = _team_call(request, slug)
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
    call = _team_call(request, slug)
    response = HttpResponse(selectors_panel.scores_csv(request.user, call), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{call.slug}-scores.csv"'
    return response


urlpatterns = [
    path("review/", panel_home, name="panel_home"),
    path("review/nominations/<int:pk>/", review_form, name="review_form"),
    path("review/nominations/<int:pk>/conflict/", conflict_declare, name="conflict_declare"),
    path("review/nominations/<int:pk>/reviews/", nomination_reviews, name="nomination_reviews"),
    path("review/calls/<slug:slug>/nominations/", panel_nominations, name="panel_nominations"),
    path("review/calls/<slug:slug>/meeting/", meeting, name="meeting"),
    path("review/calls/<slug:slug>/meeting/themes/<int:theme_id>/", meeting_theme, name="meeting_theme"),
    path("review/calls/<slug:slug>/meeting/not-in-a-theme/", meeting_theme, name="meeting_unthemed"),
    path("manage/calls/<slug:slug>/panel/", panel, name="panel"),
    path("manage/calls/<slug:slug>/panel/<int:pk>/remove/", panel_member_remove, name="panel_member_remove"),
    path("manage/calls/<slug:slug>/review-settings/", panel_settings, name="panel_settings"),
    path("manage/calls/<slug:slug>/assignments/", assignments, name="assignments"),
    path("manage/calls/<slug:slug>/assignments/automatic/", assignments_auto, name="assignments_auto"),
    path("manage/calls/<slug:slug>/assignments/<int:pk>/remove/", assignment_remove, name="assignment_remove"),
    path("manage/calls/<slug:slug>/decisions/", decisions, name="decisions"),
    path("manage/calls/<slug:slug>/decisions/release/", decisions_release, name="decisions_release"),
    path("manage/calls/<slug:slug>/letters/", letters, name="letters"),
    path("manage/calls/<slug:slug>/letters/<str:outcome>/", letter_edit, name="letter_edit"),
    path("manage/calls/<slug:slug>/scores.csv", scores_export, name="scores_export"),
    path("manage/nominations/<int:pk>/decision/", decision, name="decision"),
    path("manage/nominations/<int:pk>/letter.pdf", letter_download, name="letter_download"),
]
