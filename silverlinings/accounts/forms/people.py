"""The team's forms for people: invite someone, give a role held for nothing in particular, give a role
held for one record (a call's panel, a commission, an event) that an app declares (`ScopedRole`)."""

from crispy_forms_gds.layout import Button, Field, Size
from django import forms
from django.apps import apps
from django.contrib.auth.forms import SetPasswordForm

from silverlinings.core.forms import govuk_helper
from silverlinings.directory.models import Authority

from ..models import MembershipRole, User

NO_ROLE = ""
ROLE_CHOICES = [
    (MembershipRole.PROGRAMME_TEAM, "Programme team: runs calls, the panel, the showcase and the bulletin"),
    (MembershipRole.PANEL_MEMBER, "Editorial panel member: taken on, to be put on calls’ panels"),
    (MembershipRole.WRITER, "Report writer"),
    (MembershipRole.DESIGNER, "Report designer"),
    (MembershipRole.COORDINATOR, "Authority coordinator: manages their authority's places at events"),
]


class RoleForm(forms.Form):
    role = forms.ChoiceField(
        label="Role",
        choices=ROLE_CHOICES,
        widget=forms.RadioSelect,
        error_messages={"required": "Select the role to give"},
    )
    authority = forms.ModelChoiceField(
        queryset=Authority.objects.order_by("name"),
        required=False,
        label="Authority they coordinate (for an authority coordinator)",
        empty_label="Choose an authority",
        error_messages={"invalid_choice": "Choose an authority from the list"},
    )
    button = "Give the role"

    def __init__(self, *args, action: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = govuk_helper(*self.layout(), Button("submit", self.button), action=action)

    def layout(self) -> list:
        return [Field.radios("role", legend_size=Size.SMALL), Field.select("authority")]

    def clean(self):
        data = super().clean()
        if data.get("role") == MembershipRole.COORDINATOR and not data.get("authority"):
            self.add_error("authority", "Choose the authority they coordinate")
        return data


class ScopedRoleForm(forms.Form):
    """Choose the record a role is held for. Only the records the app offers are listed, but any is
    accepted here, so that the app's own check explains why one that is no longer offered cannot be chosen."""

    scope = forms.ModelChoiceField(queryset=None)
    authority = forms.ModelChoiceField(
        queryset=Authority.objects.order_by("name"),
        label="Which authority’s places do they coordinate?",
        empty_label="Choose an authority",
        error_messages={"required": "Choose an authority", "invalid_choice": "Choose an authority from the list"},
    )

    def __init__(self, *args, scoped_role, action: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        noun = scoped_role.noun
        scope = self.fields["scope"]
        scope.queryset = apps.get_model(scoped_role.model)._default_manager.all()
        scope.label = scoped_role.question
        scope.error_messages = {"required": f"Choose a {noun}", "invalid_choice": f"Choose a {noun} from the list"}
        scope.widget.choices = [("", f"Choose a {noun}"), *((found.pk, str(found)) for found in scoped_role.choices())]
        fields = [Field.select("scope")]
        if scoped_role.needs_authority:
            fields.append(Field.select("authority"))
        else:
            del self.fields["authority"]
        self.helper = govuk_helper(*fields, Button("submit", "Give the role"), action=action)


class InviteForm(RoleForm):
    email = forms.EmailField(
        label="Email address",
        max_length=254,
        error_messages={
            "required": "Enter their email address",
            "invalid": "Enter an email address in the correct format, like name@example.org",
        },
        widget=forms.EmailInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    full_name = forms.CharField(label="Full name", max_length=150, error_messages={"required": "Enter their full name"})
    button = "Send the invitation"

    field_order = ["email", "full_name", "role", "authority"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["role"].choices = [*ROLE_CHOICES, (NO_ROLE, "Contributor: nominates, with no other role")]
        self.fields["role"].required = False
        self.fields["authority"].label = "Authority (optional, required for an authority coordinator)"

    def layout(self) -> list:
        return [Field.text("email", field_width=30), Field.text("full_name", field_width=30), *super().layout()]

    def clean_email(self) -> str:
        return User.objects.normalize_email(self.cleaned_data["email"]).strip().lower()


class GovukSetPasswordForm(SetPasswordForm):
    """Django's set-password form (its checks, the password validators), rendered the GOV.UK way."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["new_password1"].label = "New password"
        self.fields["new_password2"].label = "Confirm the new password"
        self.fields["new_password1"].error_messages["required"] = "Enter a new password"
        self.fields["new_password2"].error_messages["required"] = "Enter the new password again"
        self.helper = govuk_helper(
            Field.text("new_password1", field_width=20),
            Field.text("new_password2", field_width=20),
            Button("submit", "Set your password"),
        )
