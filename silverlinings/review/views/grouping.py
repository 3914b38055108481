"""Themes, near-duplicates and linked ideas: the programme team's grouping pages."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils.text import slugify
from django.views.decorators.http import require_POST

from silverlinings.calls.models import Nomination
from silverlinings.calls.workspace import team_call
from silverlinings.core.permissions import require
from silverlinings.core.progress import progress_json, progress_part, progress_requested

from .. import exports
from ..forms.grouping import (
    SuggestForm,
    ThemeAddNominationForm,
    ThemeChoiceForm,
    ThemeRenameForm,
    ThemeSplitForm,
    ThemesSelectForm,
)
from ..models import SuggestionRun, Theme
from ..progress import suggestion_progress
from ..selectors import grouping as selectors
from ..services import grouping

TEMPLATES = "review/grouping"


def _theme(request, slug, pk) -> Theme:
    call = team_call(request, slug, permission="review.manage_review")
    return get_object_or_404(Theme.objects.select_related("call"), call=call, pk=pk)


def _theme_nomination(request, slug, pk, nomination_pk) -> tuple[Theme, Nomination]:
    theme = _theme(request, slug, pk)
    nomination = get_object_or_404(theme.nominations.select_related("authority"), pk=nomination_pk)
    return theme, nomination


def _apply(form, action) -> bool:
    """Run a service for a valid form; its ValidationError becomes the form's errors. True when it ran."""
    if not form.is_valid():
        return False
    try:
        action()
    except ValidationError as error:
        form.add_error(None, error)
        return False
    return True


# --- Overview and suggestion ------------------------------------------------------------------------------


@login_required
def grouping_calls(request):
    require(request.user, "review.manage_review")
    return render(request, f"{TEMPLATES}/calls.html", {"calls": selectors.calls_for_grouping()})


@login_required
def themes_suggest(request, slug):
    call = team_call(request, slug, permission="review.manage_review")
    form = SuggestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        run = grouping.suggestion_run_request(call=call, by=request.user, n_themes=form.cleaned_data["n_themes"])
        return redirect("review:suggestion_run", slug=call.slug, pk=run.pk)
    return render(
        request,
        f"{TEMPLATES}/suggest.html",
        {
            "call": call,
            "form": form,
            "active": selectors.suggestion_run_active(call),
            "submitted": selectors.submitted_nominations(call).count(),
        },
    )


@login_required
def suggestion_run(request, slug, pk):
    call = team_call(request, slug, permission="review.manage_review")
    run = get_object_or_404(SuggestionRun.objects.select_related("requested_by"), call=call, pk=pk)
    context = {"call": call, "run": run, "progress": suggestion_progress(run)}
    if progress_requested(request):
        summary = progress_part(f"{TEMPLATES}/includes/suggestion_run_summary.html", context, request=request)
        return progress_json(context["progress"], parts=[summary])
    return render(request, f"{TEMPLATES}/suggestion_run.html", context)


# --- Themes ------------------------------------------------------------------------------------------------


def _themes_page(request, call, selection=None):
    themes = list(selectors.themes_for_call(call))
    return render(
        request,
        f"{TEMPLATES}/themes.html",
        {
            "call": call,
            "themes": themes,
            "largest": max((theme.size for theme in themes), default=0),
            "form": selection or ThemesSelectForm(call=call),
            "selected": selection.selected() if selection else [],
            "without": selectors.nominations_without_theme(call),
            "run": selectors.suggestion_run_latest(call),
        },
    )


@login_required
def themes(request, slug):
    return _themes_page(request, team_call(request, slug, permission="review.manage_review"))


@login_required
@require_POST
def themes_accept(request, slug):
    call = team_call(request, slug, permission="review.manage_review")
    form = ThemesSelectForm(request.POST, call=call, required_message="Select the themes to accept")
    if not _apply(form, lambda: grouping.themes_accept(themes=form.cleaned_data["themes"], by=request.user)):
        return _themes_page(request, call, form)
    count = len(form.cleaned_data["themes"])
    messages.success(request, f"{count} theme{'s' * (count != 1)} accepted. A new suggestion will not change them.")
    if count == 1:
        return redirect("review:theme_detail", slug=call.slug, pk=form.cleaned_data["themes"][0].pk)
    return redirect("review:themes", slug=call.slug)


@login_required
@require_POST
def themes_merge(request, slug):
    call = team_call(request, slug, permission="review.manage_review")
    form = ThemesSelectForm(request.POST, call=call, required_message="Select at least two themes to merge")
    merged = []

    def merge():
        merged.append(
            grouping.themes_merge(themes=form.cleaned_data["themes"], label=form.cleaned_data["label"], by=request.user)
        )

    if not _apply(form, merge):
        return _themes_page(request, call, form)
    messages.success(request, f"The themes are merged into ‘{merged[0].label}’.")
    return redirect("review:theme_detail", slug=call.slug, pk=merged[0].pk)


@login_required
@require_POST
def theme_reject(request, slug, pk):
    theme = _theme(request, slug, pk)
    label = theme.label
    grouping.theme_reject(theme=theme, by=request.user)
    messages.success(request, f"The theme ‘{label}’ is deleted. Its nominations are kept.")
    return redirect("review:themes", slug=slug)


@login_required
def grouping_export(request, slug):
    call = team_call(request, slug, permission="review.manage_review")
    response = HttpResponse(
        exports.grouping_xlsx(call), content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response["Content-Disposition"] = f'attachment; filename="{slugify(call.title)}-themes-and-ideas.xlsx"'
    return response


def _theme_page(request, theme, split=None, add=None):
    return render(
        request,
        f"{TEMPLATES}/theme_detail.html",
        {
            "call": theme.call,
            "theme": theme,
            "memberships": selectors.theme_memberships(theme),
            "split": split or ThemeSplitForm(theme=theme),
            "add": add or ThemeAddNominationForm(theme=theme),
            "selected": split.selected() if split else [],
        },
    )


@login_required
def theme_detail(request, slug, pk):
    return _theme_page(request, _theme(request, slug, pk))


@login_required
def theme_rename(request, slug, pk):
    theme = _theme(request, slug, pk)
    form = ThemeRenameForm(request.POST or None, initial={"label": theme.label, "description": theme.description})
    if request.method == "POST" and _apply(
        form, lambda: grouping.theme_rename(theme=theme, by=request.user, **form.cleaned_data)
    ):
        messages.success(request, "The theme is saved.")
        return redirect("review:theme_detail", slug=slug, pk=theme.pk)
    return render(request, f"{TEMPLATES}/theme_rename.html", {"call": theme.call, "theme": theme, "form": form})


@login_required
@require_POST
def theme_split(request, slug, pk):
    theme = _theme(request, slug, pk)
    form = ThemeSplitForm(request.POST, theme=theme)
    new = []

    def split():
        new.append(grouping.theme_split(theme=theme, by=request.user, **form.cleaned_data))

    if not _apply(form, split):
        return _theme_page(request, theme, split=form)
    messages.success(request, f"{new[0].memberships.count()} nominations moved into the new theme ‘{new[0].label}’.")
    return redirect("review:theme_detail", slug=slug, pk=theme.pk)


@login_required
@require_POST
def theme_add_nomination(request, slug, pk):
    theme = _theme(request, slug, pk)
    form = ThemeAddNominationForm(request.POST, theme=theme)
    if not _apply(form, lambda: grouping.theme_nomination_add(theme=theme, by=request.user, **form.cleaned_data)):
        return _theme_page(request, theme, add=form)
    messages.success(request, f"‘{form.cleaned_data['nomination'].title}’ is added to this theme.")
    return redirect("review:theme_detail", slug=slug, pk=theme.pk)


# --- One nomination in a theme: move it, add it to another theme too, or remove it ------------------------------


def _move_form(theme, nomination, data=None):
    others = Theme.objects.filter(call_id=theme.call_id).exclude(pk=theme.pk).order_by("label")
    action = reverse("review:theme_nomination_move", args=[theme.call.slug, theme.pk, nomination.pk])
    return ThemeChoiceForm(data, themes=others, label="Move it to", button="Move", action=action, prefix="move")


def _add_form(theme, nomination, data=None):
    others = Theme.objects.filter(call_id=theme.call_id).exclude(memberships__nomination=nomination).order_by("label")
    action = reverse("review:theme_nomination_add", args=[theme.call.slug, theme.pk, nomination.pk])
    return ThemeChoiceForm(data, themes=others, label="Add it to", button="Add", action=action, prefix="add")


def _theme_nomination_page(request, theme, nomination, move=None, add=None):
    return render(
        request,
        f"{TEMPLATES}/theme_nomination.html",
        {
            "call": theme.call,
            "theme": theme,
            "nomination": nomination,
            "move": move or _move_form(theme, nomination),
            "add": add or _add_form(theme, nomination),
            "also_in": nomination.themes.exclude(pk=theme.pk).order_by("label"),
        },
    )


@login_required
def theme_nomination(request, slug, pk, nomination_pk):
    theme, nomination = _theme_nomination(request, slug, pk, nomination_pk)
    return _theme_nomination_page(request, theme, nomination)


@login_required
@require_POST
def theme_nomination_move(request, slug, pk, nomination_pk):
    theme, nomination = _theme_nomination(request, slug, pk, nomination_pk)
    form = _move_form(theme, nomination, request.POST)
    if not _apply(
        form,
        lambda: grouping.theme_nomination_move(
            from_theme=theme, to_theme=form.cleaned_data["theme"], nomination=nomination, by=request.user
        ),
    ):
        return _theme_nomination_page(request, theme, nomination, move=form)
    messages.success(request, f"‘{nomination.title}’ is moved to ‘{form.cleaned_data['theme'].label}’.")
    return redirect("review:theme_detail", slug=slug, pk=theme.pk)


@login_required
@require_POST
def theme_nomination_add(request, slug, pk, nomination_pk):
    theme, nomination = _theme_nomination(request, slug, pk, nomination_pk)
    form = _add_form(theme, nomination, request.POST)
    if not _apply(
        form,
        lambda: grouping.theme_nomination_add(theme=form.cleaned_data["theme"], nomination=nomination, by=request.user),
    ):
        return _theme_nomination_page(request, theme, nomination, add=form)
    messages.success(request, f"‘{nomination.title}’ is now in ‘{form.cleaned_data['theme'].label}’ too.")
    return redirect("review:theme_detail", slug=slug, pk=theme.pk)


@login_required
@require_POST
def theme_nomination_remove(request, slug, pk, nomination_pk):
    theme, nomination = _theme_nomination(request, slug, pk, nomination_pk)
    grouping.theme_nomination_remove(theme=theme, nomination=nomination, by=request.user)
    messages.success(request, f"‘{nomination.title}’ is removed from this theme. The nomination itself is kept.")
    return redirect("review:theme_detail", slug=slug, pk=theme.pk)


THEME = "manage/calls/<slug:slug>/themes/<int:pk>"
IN_THEME = f"{THEME}/nominations/<int:nomination_pk>"

urlpatterns = [
    path("manage/grouping/", grouping_calls, name="grouping_calls"),
    path("manage/calls/<slug:slug>/themes/", themes, name="themes"),
    path("manage/calls/<slug:slug>/themes/suggest/", themes_suggest, name="themes_suggest"),
    path("manage/calls/<slug:slug>/themes/suggest/<int:pk>/", suggestion_run, name="suggestion_run"),
    path("manage/calls/<slug:slug>/themes/accept/", themes_accept, name="themes_accept"),
    path("manage/calls/<slug:slug>/themes/merge/", themes_merge, name="themes_merge"),
    path("manage/calls/<slug:slug>/themes/export.xlsx", grouping_export, name="grouping_export"),
    path(f"{THEME}/", theme_detail, name="theme_detail"),
    path(f"{THEME}/rename/", theme_rename, name="theme_rename"),
    path(f"{THEME}/delete/", theme_reject, name="theme_reject"),
    path(f"{THEME}/split/", theme_split, name="theme_split"),
    path(f"{THEME}/add/", theme_add_nomination, name="theme_add_nomination"),
    path(f"{IN_THEME}/", theme_nomination, name="theme_nomination"),
    path(f"{IN_THEME}/move/", theme_nomination_move, name="theme_nomination_move"),
    path(f"{IN_THEME}/add/", theme_nomination_add, name="theme_nomination_add"),
    path(f"{IN_THEME}/remove/", theme_nomination_remove, name="theme_nomination_remove"),
]
