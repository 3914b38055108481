"""The editorial panel: members, conflicts, assignment and reviews (the meeting is in `meeting.py`).

Every page names its permission (review/rules.py). A panel member asking for a nomination they may
not see gets 404, as if it did not exist; people with no part in the review get 403.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path
from django.views.decorators.http import require_POST

from silverlinings.calls.models import Call, Nomination, NominationStatus
from silverlinings.calls.workspace import team_call
from silverlinings.core.permissions import require, require_visible

from .. import visibility
from ..algorithms.assignment import AssignmentImpossible
from ..forms.panel import AssignmentAddForm, ConflictForm, PanelMemberAddForm, ReviewForm, ReviewSettingsForm
from ..models import Assignment, Decision
from ..selectors import panel as selectors_panel
from ..services import panel as services


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
    call = team_call(request, slug, permission="review.manage_review")
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
        },
    )


@login_required
def panel_member_remove(request, slug, pk):
    call = team_call(request, slug, permission="review.manage_review")
    membership = get_object_or_404(selectors_panel.panel_members(call), pk=pk)
    if request.method != "POST":
        unsubmitted = membership.assigned - membership.submitted
        context = {"call": call, "membership": membership, "unsubmitted": unsubmitted}
        return render(request, "review/panel/panel_member_remove.html", context)
    kept = services.panel_member_remove(membership=membership, by=request.user)
    note = f" Their {kept} submitted review{'s' if kept != 1 else ''} still count." if kept else ""
    messages.success(request, f"{membership.user.get_full_name()} is no longer on the panel.{note}")
    return redirect("review:panel", slug=call.slug)


@login_required
def panel_settings(request, slug):
    call = team_call(request, slug, permission="review.manage_review")
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
            "unknown_authority": list(visibility.nominations_of_unknown_authority(call).order_by("number")),
            "progress": selectors_panel.reviewer_progress(call),
        },
    )


@login_required
def assignments(request, slug):
    call = team_call(request, slug, permission="review.manage_review")
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
    call = team_call(request, slug, permission="review.manage_review")
    try:
        made = services.assignments_auto(call=call, by=request.user)
    except AssignmentImpossible as impossible:
        return _assignments_page(request, call, error=impossible.message)
    messages.success(request, f"{made} assignment{'s' if made != 1 else ''} made. Assignments already made are kept.")
    return redirect("review:assignments", slug=call.slug)


@login_required
@require_POST
def assignment_remove(request, slug, pk):
    call = team_call(request, slug, permission="review.manage_review")
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
            "scores_visible": request.user.has_perm("review.view_scores", nomination),
            "anonymised": anonymised,
            "title": selectors_panel.title_for(nomination, anonymised=anonymised),
            "rows": selectors_panel.answer_rows(nomination, anonymised=anonymised),
        },
    )


@login_required
def conflict_declare(request, pk):
    require(request.user, "review.list_own_reviews")
    nomination = _nomination(pk)
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
            "review_submitted": selectors_panel.has_submitted_review(request.user, nomination),
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
    context = {
        "nomination": nomination,
        "call": nomination.call,
        "anonymised": anonymised,
        "title": selectors_panel.title_for(nomination, anonymised=anonymised),
        "rows": selectors_panel.answer_rows(nomination, anonymised=anonymised),
        "decision": Decision.objects.filter(nomination=nomination).first(),
        "is_team": request.user.has_perm("review.manage_review"),
        "scores_hidden": not request.user.has_perm("review.view_scores", nomination),
    }
    if not context["scores_hidden"]:
        context.update(_reviews_and_stats(nomination))
    return render(request, "review/panel/nomination_reviews.html", context)


def _reviews_and_stats(nomination: Nomination) -> dict:
    reviews = selectors_panel.reviews_of(nomination)
    submitted = [review for review in reviews if review.submitted_at]
    stats = selectors_panel.score_stats(
        [review.weighted_score for review in submitted],
        [review.recommendation for review in submitted],
        disagreement_spread=services.review_setup_get(call=nomination.call).disagreement_spread,
    )
    return {"reviews": submitted, "drafts": len(reviews) - len(submitted), "stats": stats}


urlpatterns = [
    path("review/", panel_home, name="panel_home"),
    path("review/nominations/<int:pk>/", review_form, name="review_form"),
    path("review/nominations/<int:pk>/conflict/", conflict_declare, name="conflict_declare"),
    path("review/nominations/<int:pk>/reviews/", nomination_reviews, name="nomination_reviews"),
    path("review/calls/<slug:slug>/nominations/", panel_nominations, name="panel_nominations"),
    path("manage/calls/<slug:slug>/panel/", panel, name="panel"),
    path("manage/calls/<slug:slug>/panel/<int:pk>/remove/", panel_member_remove, name="panel_member_remove"),
    path("manage/calls/<slug:slug>/review-settings/", panel_settings, name="panel_settings"),
    path("manage/calls/<slug:slug>/assignments/", assignments, name="assignments"),
    path("manage/calls/<slug:slug>/assignments/automatic/", assignments_auto, name="assignments_auto"),
    path("manage/calls/<slug:slug>/assignments/<int:pk>/remove/", assignment_remove, name="assignment_remove"),
]
