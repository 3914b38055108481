"""The programme team erases a person's data when they ask: find what holds it, then confirm."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse

from silverlinings.core.permissions import require

from . import services
from .forms import EraseForm


@login_required
def erase(request):
    require(request.user, "privacy.erase_person")
    form = EraseForm(request.POST or None, action=reverse("privacy:erase"))
    found = None
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"]
        if form.cleaned_data["confirm"]:
            erasure = services.person_erase(email=email, by=request.user)
            counts = erasure.counts
            messages.success(
                request,
                f"Their data is erased: {counts['nominations']} nomination(s), {counts['messages']} email(s) and "
                f"{counts['audit_entries']} audit entr{'y' if counts['audit_entries'] == 1 else 'ies'}.",
            )
            return redirect("privacy:erase")
        found, _names = services.erasure_find(email=email)
    return render(request, "privacy/erase.html", {"form": form, "found": found})
