from crispy_forms_gds.layout import Button, Field
from django import forms
from django.contrib.auth.forms import AuthenticationForm

from silverlinings.core.forms import govuk_helper


class SignInLinkForm(forms.Form):
    email = forms.EmailField(
        label="Email address",
        max_length=254,
        help_text="Use your work email address. We will send you a link to sign in.",
        error_messages={
            "required": "Enter your email address",
            "invalid": "Enter an email address in the correct format, like name@example.org",
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    next = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = govuk_helper(
            Field.text("email", field_width=20), "next", Button("submit", "Send me a sign-in link")
        )


class StaffSignInForm(AuthenticationForm):
    """Password sign-in for the programme team, panel members and writers."""

    error_messages = {
        "invalid_login": "Enter a correct email address and password",
        "inactive": "Enter a correct email address and password",
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = "Email address"
        self.fields["username"].error_messages["required"] = "Enter your email address"
        self.fields["username"].widget.attrs.update({"autocomplete": "email", "spellcheck": "false"})
        # Django focuses the field on load, ahead of the skip link and the page's heading.
        self.fields["username"].widget.attrs.pop("autofocus", None)
        self.fields["password"].error_messages["required"] = "Enter your password"
        self.helper = govuk_helper(
            Field.text("username", field_width=20),
            Field.text("password", field_width=20),
            Button("submit", "Sign in"),
            form_tag=False,
        )

    def confirm_login_allowed(self, user):
        super().confirm_login_allowed(user)
        if not user.signs_in_with_password:
            raise forms.ValidationError(self.error_messages["invalid_login"], code="invalid_login")


class LinkConfirmForm(forms.Form):
    token = forms.CharField(widget=forms.HiddenInput)
    next = forms.CharField(required=False, widget=forms.HiddenInput)
