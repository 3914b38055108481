from django import forms
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from .models import User


class UserCreationAdminForm(forms.ModelForm):
    """New users get no password: contributors use sign-in links, staff set one from the change page."""

    class Meta:
        model = User
        fields = ["email", "full_name", "authority", "organisation", "job_title"]

    def save(self, commit=True):
        user = super().save(commit=False)
        user.set_unusable_password()
        if commit:
            user.save()
        return user


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    add_form = UserCreationAdminForm
    ordering = ["email"]
    list_display = ["email", "full_name", "authority", "is_active", "last_login"]
    list_filter = ["authority", "is_active"]
    search_fields = ["email", "full_name"]
    readonly_fields = ["last_login", "date_joined"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        ("Person", {"fields": ["full_name", "job_title", "phone", "authority", "organisation"]}),
        # Roles are memberships, given and removed on the team's people pages (accounts:people).
        ("Account", {"fields": ["is_active", "is_superuser"]}),
        ("Dates", {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [(None, {"classes": ["wide"], "fields": UserCreationAdminForm.Meta.fields})]
    filter_horizontal: list[str] = []

    # Permissions come from accounts/rules.py, which has no per-app "module" permission of its own.
    def has_module_permission(self, request) -> bool:
        return request.user.has_perm("accounts.manage_users")

    def has_change_permission(self, request, obj=None) -> bool:
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_change_permission(request, obj)

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        return fields if request.user.is_superuser else [*fields, "is_superuser"]
