"""Near-duplicates and linked ideas: the same innovation sent twice, found and linked by the team."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.views.decorators.http import require_POST

from silverlinings.calls.models import Nomination, NominationStatus
from silverlinings.calls.workspace import team_call

from ..forms.grouping import IdeaLinkForm, NominationLinkForm
from ..models import DuplicatePair, Idea, SuggestionRun
from ..selectors import grouping as selectors
from ..services import grouping
from ..services import ideas as idea_services
from .grouping import TEMPLATES, _apply

# --- The same idea twice --------------------------------------------------------------------------------------


def _pair(request, slug, pk) -> DuplicatePair:
    call = team_call(request, slug, permission="review.manage_review")
    return get_object_or_404(
        DuplicatePair.objects.select_related("call", "first__authority", "second__authority"), call=call, pk=pk
    )


@login_required
def duplicates(request, slug):
    call = team_call(request, slug, permission="review.manage_review")
    dismissed = request.GET.get("dismissed") == "1"
    return render(
        request,
        f"{TEMPLATES}/duplicates.html",
        {
            "call": call,
            "pairs": selectors.duplicate_pairs_for_call(call, dismissed=dismissed),
            "dismissed": dismissed,
            "run": selectors.suggestion_run_latest(call),
        },
    )


@login_required
@require_POST
def duplicates_search(request, slug):
    """Look for duplicates again: the duplicate search only, themes untouched."""
    call = team_call(request, slug, permission="review.manage_review")
    run = grouping.suggestion_run_request(call=call, by=request.user, kind=SuggestionRun.Kind.DUPLICATES)
    return redirect("review:suggestion_run", slug=call.slug, pk=run.pk)


@login_required
def nomination_twins(request, slug, pk):
    """One nomination's likely twins, ranked, with why; and linking it by hand with any other nomination."""
    call = team_call(request, slug, permission="review.manage_review")
    nomination = get_object_or_404(
        Nomination.objects.select_related("authority", "call"), call=call, pk=pk, status=NominationStatus.SUBMITTED
    )
    form = NominationLinkForm(request.POST or None, nomination=nomination)
    ideas = []

    def link():
        data = form.cleaned_data
        pair = [nomination, data["other"]]
        ideas.append(
            idea_services.idea_link(
                call=call, nominations=pair, by=request.user, label=data["label"], idea=data["idea"]
            )
        )

    if request.method == "POST" and _apply(form, link):
        messages.success(request, f"The two nominations are linked as ‘{ideas[0].label}’. Both are kept as they are.")
        return redirect("review:idea_detail", slug=slug, pk=ideas[0].pk)
    twins = [
        (pair, pair.second if pair.first_id == nomination.pk else pair.first)
        for pair in selectors.nomination_twins(nomination)
    ]
    return render(
        request,
        f"{TEMPLATES}/nomination_twins.html",
        {"call": call, "nomination": nomination, "twins": twins, "form": form, "ideas": selectors.ideas_of(nomination)},
    )


@login_required
def duplicate_pair(request, slug, pk):
    pair = _pair(request, slug, pk)
    holding = selectors.ideas_holding_either(pair).first()
    form = IdeaLinkForm(request.POST or None, pair=pair, initial={"idea": holding, "label": pair.first.title})
    ideas = []

    def link():
        ideas.append(idea_services.duplicate_pair_link(pair=pair, by=request.user, **form.cleaned_data))

    if request.method == "POST" and _apply(form, link):
        messages.success(request, f"The two nominations are linked as ‘{ideas[0].label}’. Both are kept as they are.")
        return redirect("review:idea_detail", slug=slug, pk=ideas[0].pk)
    return render(request, f"{TEMPLATES}/duplicate_pair.html", {"call": pair.call, "pair": pair, "form": form})


@login_required
@require_POST
def duplicate_dismiss(request, slug, pk):
    pair = _pair(request, slug, pk)
    idea_services.duplicate_pair_dismiss(pair=pair, by=request.user)
    messages.success(request, f"‘{pair.first.title}’ and ‘{pair.second.title}’ are marked as not the same idea.")
    return redirect("review:duplicates", slug=slug)


@login_required
@require_POST
def duplicate_restore(request, slug, pk):
    pair = _pair(request, slug, pk)
    idea_services.duplicate_pair_restore(pair=pair, by=request.user)
    messages.success(request, f"‘{pair.first.title}’ and ‘{pair.second.title}’ are back in the list to check.")
    return redirect(reverse("review:duplicates", kwargs={"slug": slug}) + "?dismissed=1")


def _idea(request, slug, pk) -> Idea:
    call = team_call(request, slug, permission="review.manage_review")
    return get_object_or_404(Idea.objects.select_related("call", "created_by"), call=call, pk=pk)


@login_required
def ideas(request, slug):
    call = team_call(request, slug, permission="review.manage_review")
    return render(request, f"{TEMPLATES}/ideas.html", {"call": call, "ideas": selectors.ideas_for_call(call)})


@login_required
def idea_detail(request, slug, pk):
    idea = _idea(request, slug, pk)
    return render(
        request,
        f"{TEMPLATES}/idea_detail.html",
        {
            "call": idea.call,
            "idea": idea,
            "nominations": selectors.idea_nominations(idea),
        },
    )


@login_required
@require_POST
def idea_nomination_remove(request, slug, pk, nomination_pk):
    idea = _idea(request, slug, pk)
    nomination = get_object_or_404(idea.nominations.all(), pk=nomination_pk)
    kept = idea_services.idea_nomination_remove(idea=idea, nomination=nomination, by=request.user)
    if kept is None:
        messages.success(
            request, f"‘{idea.label}’ had one nomination left, so it is unlinked. The nominations are kept."
        )
        return redirect("review:ideas", slug=slug)
    messages.success(request, f"‘{nomination.title}’ is unlinked from this idea. The nomination is kept.")
    return redirect("review:idea_detail", slug=slug, pk=idea.pk)


@login_required
@require_POST
def idea_unlink(request, slug, pk):
    idea = _idea(request, slug, pk)
    idea_services.idea_unlink(idea=idea, by=request.user)
    messages.success(request, f"‘{idea.label}’ is unlinked. Its nominations are kept as they are.")
    return redirect("review:ideas", slug=slug)


PAIR = "manage/calls/<slug:slug>/duplicates/<int:pk>"
IDEA = "manage/calls/<slug:slug>/ideas/<int:pk>"

urlpatterns = [
    path("manage/calls/<slug:slug>/duplicates/", duplicates, name="duplicates"),
    path("manage/calls/<slug:slug>/duplicates/search/", duplicates_search, name="duplicates_search"),
    path("manage/calls/<slug:slug>/nominations/<int:pk>/twins/", nomination_twins, name="nomination_twins"),
    path(f"{PAIR}/", duplicate_pair, name="duplicate_pair"),
    path(f"{PAIR}/dismiss/", duplicate_dismiss, name="duplicate_dismiss"),
    path(f"{PAIR}/restore/", duplicate_restore, name="duplicate_restore"),
    path("manage/calls/<slug:slug>/ideas/", ideas, name="ideas"),
    path(f"{IDEA}/", idea_detail, name="idea_detail"),
    path(f"{IDEA}/nominations/<int:nomination_pk>/remove/", idea_nomination_remove, name="idea_nomination_remove"),
    path(f"{IDEA}/unlink/", idea_unlink, name="idea_unlink"),
]
