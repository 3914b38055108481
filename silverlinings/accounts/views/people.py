"""The programme team's people pages: everyone with their roles, invite someone, give and remove roles."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import PasswordResetConfirmView
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy
from django.views.decorators.http import require_POST

from silverlinings.core.permissions import require
from silverlinings.core.plugins import scoped_role_for, scoped_roles

from .. import selectors, services
from ..forms.people import GovukSetPasswordForm, InviteForm, RoleForm, ScopedRoleForm
from ..models import Membership, User


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
        {"person": person, "memberships": memberships, "form": form, "scoped_roles": scoped_roles()},
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


def _scoped_role(slug: str):
    found = next((role for role in scoped_roles() if role.slug == slug), None)
    if found is None:
        raise Http404("No such role")
    return found


@login_required
def membership_give_scoped(request, pk, kind):
    """Give a role held for one record: a seat on a call's panel, a commission, an event's coordinator."""
    require(request.user, "accounts.manage_users")
    person, scoped_role = get_object_or_404(User, pk=pk), _scoped_role(kind)
    action = reverse("accounts:membership_give_scoped", kwargs={"pk": person.pk, "kind": kind})
    form = ScopedRoleForm(request.POST or None, scoped_role=scoped_role, action=action)
    if request.method == "POST" and form.is_valid():
        scope, authority = form.cleaned_data["scope"], form.cleaned_data.get("authority")
        try:
            scoped_role.give(person=person, scope=scope, by=request.user, authority=authority)
        except ValidationError as error:
            form.add_error("scope", error.messages[0])
        else:
            messages.success(request, f"{person.get_full_name()} is now {scoped_role.label.lower()}: {scope}.")
            return redirect("accounts:person_detail", pk=person.pk)
    context = {"person": person, "scoped_role": scoped_role, "form": form}
    return render(request, "accounts/people/membership_give_scoped.html", context)


def _declared(membership: Membership):
    """The app's declaration of a role held for a record, or None for a role held for nothing in particular."""
    if membership.scope_id is None:
        return None
    scope_type = membership.scope_type
    return scoped_role_for(role=membership.role, model=f"{scope_type.app_label}.{scope_type.model}")


@login_required
def membership_remove(request, pk, membership_pk):
    """Take away a role after a confirmation page; a role held for a record goes through its app's service."""
    require(request.user, "accounts.manage_users")
    memberships = Membership.objects.select_related("user", "scope_type")
    membership = get_object_or_404(memberships, pk=membership_pk, user_id=pk)
    declared = _declared(membership)
    if request.method == "POST":
        if declared is None:
            services.membership_revoke(membership=membership, by=request.user)
        else:
            declared.remove(membership=membership, by=request.user)
        messages.success(request, f"{membership.user.get_full_name()} is no longer {_role_text(membership)}.")
        return redirect("accounts:person_detail", pk=pk)
    context = {"membership": membership, "person": membership.user, "declared": declared}
    return render(request, "accounts/people/membership_remove.html", {**context, "role": _role_text(membership)})


def _role_text(membership: Membership) -> str:
    role = membership.get_role_display().lower()
    return f"{role} of {membership.scope}" if membership.scope_id and membership.scope else role


class SetPasswordView(PasswordResetConfirmView):
    """The link in an invitation: choose a password, then sign in with it. The link works until a password is set."""

    template_name = "accounts/set_password.html"
    form_class = GovukSetPasswordForm
    success_url = reverse_lazy("accounts:staff_sign_in")
    post_reset_login = False

    def form_valid(self, form):
        messages.success(self.request, "Your password is set. Sign in with your email address and your password.")
        return super().form_valid(form)
