from django.conf import settings
from django.contrib import messages
from django.contrib.auth import authenticate, login, logout
from django.contrib.auth.views import LoginView
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.views.decorators.http import require_POST

from silverlinings.core.client import client_address
from silverlinings.core.formatting import govuk_duration

from .. import services
from ..forms.sign_in import LinkConfirmForm, SignInLinkForm, StaffSignInForm


def _safe_next(request, value: str) -> str:
    if value and url_has_allowed_host_and_scheme(
        value, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return value
    return ""


def _link_lifetime() -> str:
    """How long a sign-in link works, in words, from the setting that decides it (SESAME_MAX_AGE)."""
    return govuk_duration(settings.SESAME_MAX_AGE)


def sign_in(request):
    if request.user.is_authenticated:
        return redirect("core:dashboard")
    form = SignInLinkForm(request.POST or None, initial={"next": request.GET.get("next", "")})
    context = {"form": form, "link_lifetime": _link_lifetime()}
    if request.method == "POST" and form.is_valid():
        try:
            services.sign_in_link_request(
                email=form.cleaned_data["email"],
                client=client_address(request),
                next_url=_safe_next(request, form.cleaned_data["next"]),
            )
        except services.TooManySignInLinks as limit:
            form.add_error("email", str(limit))
            return render(request, "accounts/sign_in.html", context, status=429)
        request.session["sign_in_email"] = form.cleaned_data["email"]
        return redirect("accounts:check_email")
    return render(request, "accounts/sign_in.html", context)


def check_email(request):
    context = {"email": request.session.get("sign_in_email", ""), "link_lifetime": _link_lifetime()}
    return render(request, "accounts/check_email.html", context)


def link_sign_in(request):
    """GET shows a button; only the POST signs in, so mail scanners that open links don't use them up."""
    if request.method == "POST":
        form = LinkConfirmForm(request.POST)
        user = authenticate(request, sesame=form.cleaned_data["token"]) if form.is_valid() else None
        if user is None:
            return _link_invalid(request, request.POST.get("next", ""))
        login(request, user, backend="silverlinings.accounts.backends.SignInLinkBackend")
        messages.success(request, "You are signed in.")
        return redirect(_safe_next(request, form.cleaned_data["next"]) or "core:dashboard")
    token = request.GET.get("token", "")
    if not token:
        return _link_invalid(request, request.GET.get("next", ""))
    form = LinkConfirmForm(initial={"token": token, "next": request.GET.get("next", "")})
    return render(request, "accounts/link_confirm.html", {"form": form})


def _link_invalid(request, next_url: str):
    """The page for a used or expired link; asking for a new one keeps where the old one was going."""
    next_url = _safe_next(request, next_url)
    new_link = reverse("accounts:sign_in") + ("?" + urlencode({"next": next_url}) if next_url else "")
    return render(
        request, "accounts/link_invalid.html", {"new_link": new_link, "link_lifetime": _link_lifetime()}, status=400
    )


class StaffSignInView(LoginView):
    template_name = "accounts/staff_sign_in.html"
    form_class = StaffSignInForm
    redirect_authenticated_user = True


@require_POST
def sign_out(request):
    logout(request)
    messages.success(request, "You have signed out.")
    return redirect("core:home")
