"""The programme team's pages: the board of commissions, commissioning a report, moving it along."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from silverlinings.calls.models import Call
from silverlinings.core.permissions import require

from .. import evidence, selectors
from ..forms.commissions import CommissionForm, MoveForm
from ..models import Commission
from ..progress_chart import status_over_time
from ..services import commissions as services
from ..services.commissions import MOVES


@login_required
def board(request):
    require(request.user, "showcase.manage_commissions")
    return render(
        request,
        "showcase/manage/board.html",
        {
            "columns": selectors.commissions_board(),
            "calls": Call.objects.order_by("-opens_at"),
            "over_time": status_over_time(),
        },
    )


@login_required
def commission_create(request, slug):
    require(request.user, "showcase.manage_commissions")
    call = get_object_or_404(Call, slug=slug)
    nominations, ideas = selectors.selected_innovations(call)
    action = reverse("showcase:commission_create", kwargs={"slug": call.slug})
    form = CommissionForm(request.POST or None, nominations=nominations, ideas=ideas, action=action)
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k != "innovation"}
        commission = services.commission_create(call=call, by=request.user, **form.innovation_kwargs(), **data)
        messages.success(request, f"‘{commission.title}’ is commissioned. The writer has been sent an invitation.")
        return redirect("showcase:commission_detail", pk=commission.pk)
    return render(
        request,
        "showcase/manage/commission_form.html",
        {"form": form, "call": call, "nothing": not form.fields["innovation"].choices},
    )


@login_required
def commission_detail(request, pk):
    require(request.user, "showcase.manage_commissions")
    commission = get_object_or_404(Commission.objects.select_related("call"), pk=pk)
    return render(request, "showcase/manage/commission_detail.html", _detail_context(commission))


def _detail_context(commission, form=None) -> dict:
    moves = [to for (start, to), who in MOVES.items() if start == commission.status and who == "team"]
    return {
        "commission": commission,
        "moves": moves,
        "form": form or MoveForm(),
        "history": commission.status_changes.select_related("by"),
        "comments": commission.team_comments.select_related("author"),
        "fact_checks": commission.fact_checks.select_related("checker"),
        "people": selectors.commission_people(commission),
        "consent": evidence.consent_to_publish(commission),
        "flagged": evidence.personal_data_flagged(commission),
        "fact_check_approved": services.fact_check_approved(commission),
    }


@login_required
@require_POST
def commission_comment(request, pk):
    require(request.user, "showcase.manage_commissions")
    commission = get_object_or_404(Commission, pk=pk)
    try:
        services.team_comment_add(commission=commission, by=request.user, text=request.POST.get("text", ""))
    except ValidationError as error:
        context = _detail_context(commission)
        context["comment_error"], context["comment_text"] = error.message_dict["text"][0], request.POST.get("text", "")
        return render(request, "showcase/manage/commission_detail.html", context)
    messages.success(request, "Your comment is saved. The writer sees it beside the evidence.")
    return redirect("showcase:commission_detail", pk=commission.pk)


@login_required
@require_POST
def commission_move(request, pk):
    require(request.user, "showcase.manage_commissions")
    commission = get_object_or_404(Commission, pk=pk)
    form = MoveForm(request.POST)
    if form.is_valid() and MOVES.get((commission.status, form.cleaned_data["to"])) == "team":
        try:
            services.commission_move(commission=commission, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            if hasattr(error, "error_dict"):
                for field, problems in error.message_dict.items():
                    form.add_error(field if field in form.fields else None, problems)
            else:
                form.add_error(None, error.messages)
            return render(request, "showcase/manage/commission_detail.html", _detail_context(commission, form))
        commission.refresh_from_db()
        messages.success(request, f"‘{commission.title}’ is now: {commission.get_status_display().lower()}.")
        return redirect("showcase:commission_detail", pk=commission.pk)
    form.add_error(None, "That move is not possible for this report now. Choose one of the buttons")
    return render(request, "showcase/manage/commission_detail.html", _detail_context(commission, form))
