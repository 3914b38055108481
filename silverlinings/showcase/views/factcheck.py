"""The nominating team's fact-check: read the unpublished draft, approve it or suggest corrections."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from silverlinings.core.permissions import require, require_visible

from .. import sections, selectors
from ..forms.writing import FactCheckForm
from ..models import Commission
from ..services import commissions as services


@login_required
def fact_check(request, pk):
    commission = get_object_or_404(Commission, pk=pk)
    require_visible(request.user, "showcase.view_fact_check", commission)
    check = selectors.fact_check_for(user=request.user, commission=commission)
    action = reverse("showcase:fact_check", kwargs={"pk": commission.pk})
    form = FactCheckForm(
        request.POST or None,
        initial={f"correction_{key}": text for key, text in (check.corrections if check else {}).items()},
        sections=sections.CHECKED,
        action=action,
    )
    if request.method == "POST":
        require(request.user, "showcase.fact_check", commission)
        if form.is_valid():
            try:
                services.fact_check_answer(
                    check=check, approve="approve" in request.POST, corrections=form.corrections()
                )
            except ValidationError as error:
                form.add_error(None, error.messages)
            else:
                messages.success(request, "Thank you. The programme team has your answer.")
                return redirect("showcase:fact_check", pk=commission.pk)
    return render(
        request,
        "showcase/factcheck/fact_check.html",
        {
            "commission": commission,
            "check": check,
            "form": form,
            "report": sections.rendered(commission.content),
            "images": commission.images.all(),
            "open": request.user.has_perm("showcase.fact_check", commission),
        },
    )
