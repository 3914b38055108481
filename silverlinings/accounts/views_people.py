"""The programme team's people pages: everyone with their roles, invite someone, give and remove roles."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import PasswordResetConfirmView
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy
from django.views.decorators.http import require_POST

from silverlinings.core.permissions import require

from . import selectors, services
from .forms_people import GovukSetPasswordForm, InviteForm, RoleForm
from .models import Membership, User


@login_required
def people(request):
    require(request.user, "accounts.manage_users")
    return render(request, "accounts/people/list.html", {"people": selectors.people_with_memberships()})


@login_required
def person_invite(request):
    require(request.user, "accounts.manage_users")
    form = InviteForm(request.POST or None, action=reverse("accounts:person_invite"))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        person = services.person_invite(
            email=data["email"],
            full_name=data["full_name"],
            role=data["role"],
            authority=data["authority"],
            by=request.user,
        )
        messages.success(request, f"{person.get_full_name()} is invited: we have emailed them a link to start.")
        return redirect("accounts:person_detail", pk=person.pk)
    return render(request, "accounts/people/invite.html", {"form": form})


def _person_page(request, person, form=None, status=200):
    form = form or RoleForm(action=reverse("accounts:membership_give", kwargs={"pk": person.pk}))
    memberships = selectors.memberships_of(person)
    return render(
        request,
        "accounts/people/detail.html",
        {"person": person, "memberships": memberships, "form": form},
        status=status,
    )


@login_required
def person_detail(request, pk):
    require(request.user, "accounts.manage_users")
    return _person_page(request, get_object_or_404(User, pk=pk))


@login_required
@require_POST
def membership_give(request, pk):
    require(request.user, "accounts.manage_users")
    person = get_object_or_404(User, pk=pk)
    form = RoleForm(request.POST, action=reverse("accounts:membership_give", kwargs={"pk": person.pk}))
    if not form.is_valid():
        return _person_page(request, person, form)
    role, authority = form.cleaned_data["role"], form.cleaned_data["authority"]
    membership, created = services.membership_grant(user=person, role=role, by=request.user, authority=authority)
    label = membership.get_role_display().lower()
    messages.success(request, f"{person.get_full_name()} is now {label}." if created else f"They were already {label}.")
    return redirect("accounts:person_detail", pk=person.pk)


@login_required
def membership_remove(request, pk, membership_pk):
    """Roles held for nothing in particular are removed here; a seat on a call's panel on the call's page."""
    require(request.user, "accounts.manage_users")
    membership = get_object_or_404(Membership.objects.select_related("user"), pk=membership_pk, user_id=pk)
    if membership.scope_id is not None:
        return redirect("accounts:person_detail", pk=pk)
    if request.method == "POST":
        services.membership_revoke(membership=membership, by=request.user)
        messages.success(
            request, f"{membership.user.get_full_name()} is no longer {membership.get_role_display().lower()}."
        )
        return redirect("accounts:person_detail", pk=pk)
    return render(
        request, "accounts/people/membership_remove.html", {"membership": membership, "person": membership.user}
    )


class SetPasswordView(PasswordResetConfirmView):
    """The link in an invitation: choose a password, then sign in with it. The link works until a password is set."""

    template_name = "accounts/set_password.html"
    form_class = GovukSetPasswordForm
    success_url = reverse_lazy("accounts:staff_sign_in")
    post_reset_login = False

    def form_valid(self, form):
        messages.success(self.request, "Your password is set. Sign in with your email address and your password.")
        return super().form_valid(form)
