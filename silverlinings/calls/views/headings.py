"""The programme team's pages for a call's headings: the list, add, change, move and remove."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from .. import selectors
from ..forms.headings import HeadingForm
from ..headings import Kind
from ..models import Question
from ..services import headings as services_headings
from ..workspace import team_call

KIND_LABELS = dict(Kind.CHOICES)


def _question(request, slug, pk) -> Question:
    call = team_call(request, slug)
    return get_object_or_404(Question.objects.select_related("call"), call=call, pk=pk)


@login_required
def headings(request, slug):
    call = team_call(request, slug)
    counts = selectors.heading_answer_counts(call)
    rows = [
        {
            "question": question,
            "kind": KIND_LABELS.get(question.kind, question.kind),
            "answers": counts.get(question.key, 0),
        }
        for question in call.questions.order_by("position", "pk")
    ]
    return render(request, "calls/manage/headings.html", {"call": call, "rows": rows})


def _save(request, form, save) -> bool:
    if not form.is_valid():
        return False
    try:
        save(**form.heading_fields())
    except ValidationError as error:
        form.add_error(None, error)
        return False
    return True


@login_required
def heading_add(request, slug):
    call = team_call(request, slug)
    last = call.questions.order_by("-position").first()
    form = HeadingForm(request.POST or None, initial={"section": last.section if last else "", "required": True})
    if request.method == "POST" and _save(
        request, form, lambda **fields: services_headings.heading_add(call=call, by=request.user, **fields)
    ):
        messages.success(request, "The heading is added at the end. Move it to where it belongs.")
        return redirect("calls:headings", slug=call.slug)
    return render(request, "calls/manage/heading_form.html", {"call": call, "form": form, "title": "Add a heading"})


@login_required
def heading_edit(request, slug, pk):
    question = _question(request, slug, pk)
    form = HeadingForm(request.POST or None, instance=question)
    if request.method == "POST" and _save(
        request, form, lambda **fields: services_headings.heading_update(question=question, by=request.user, **fields)
    ):
        messages.success(request, "The heading is saved.")
        return redirect("calls:headings", slug=question.call.slug)
    title = "Change a heading"
    return render(request, "calls/manage/heading_form.html", {"call": question.call, "form": form, "title": title})


@login_required
@require_POST
def heading_move(request, slug, pk):
    question = _question(request, slug, pk)
    services_headings.heading_move(question=question, by=request.user, up=request.POST.get("direction") == "up")
    return redirect(reverse("calls:headings", kwargs={"slug": question.call.slug}) + f"#heading-{question.pk}")


@login_required
def heading_remove(request, slug, pk):
    question = _question(request, slug, pk)
    blocker = services_headings.heading_removal_blocker(question=question)
    if request.method == "POST" and not blocker:
        services_headings.heading_remove(question=question, by=request.user)
        messages.success(request, f"‘{question.text}’ is removed.")
        return redirect("calls:headings", slug=question.call.slug)
    context = {"call": question.call, "question": question, "blocker": blocker}
    return render(request, "calls/manage/heading_remove.html", context)
