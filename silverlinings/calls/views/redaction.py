"""The programme team's page for a nomination held from the panel for personal data."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from silverlinings.core.permissions import require

from .. import redaction
from ..forms.redaction import RedactionForm
from ..models import Nomination, NominationStatus


def _nomination(request, pk) -> Nomination:
    require(request.user, "calls.redact_nomination")
    return get_object_or_404(
        Nomination.objects.select_related("call", "nominator", "authority"), pk=pk, status=NominationStatus.SUBMITTED
    )


@login_required
def nomination_redact(request, pk):
    nomination = _nomination(request, pk)
    form = RedactionForm(
        request.POST or None,
        answers=redaction.redactable_answers(nomination),
        action=reverse("calls:nomination_redact", kwargs={"pk": nomination.pk}),
    )
    if request.method == "POST" and form.is_valid():
        redaction.nomination_redact(nomination=nomination, texts=form.texts(), by=request.user)
        messages.success(request, f"{nomination.reference} is released to the panel.")
        return redirect("calls:call_nominations", slug=nomination.call.slug)
    return render(
        request,
        "calls/manage/nomination_redact.html",
        {
            "nomination": nomination,
            "call": nomination.call,
            "form": form,
            "redactions": redaction.redactions_for_team(nomination),
        },
    )


@login_required
@require_POST
def nomination_ask_to_edit(request, pk):
    nomination = _nomination(request, pk)
    if not nomination.is_held_for_personal_data:
        messages.error(request, f"{nomination.reference} is not held for personal data.")
    else:
        redaction.nomination_ask_to_edit(nomination=nomination, by=request.user)
        messages.success(
            request,
            f"We have emailed {nomination.nominator.email} to ask them to change {nomination.reference}. "
            "The panel will not see it until they do or you release it.",
        )
    return redirect("calls:nomination_redact", pk=nomination.pk)
