from crispy_forms_gds.layout import Button, Field
from django import forms

from silverlinings.core.forms import govuk_helper


class EraseForm(forms.Form):
    """Whose data to erase: asked first, then confirmed on the same page with what it will change."""

    email = forms.EmailField(
        label="Email address of the person who asked",
        help_text="We take their name, email address and phone number out of everything that holds them.",
        error_messages={
            "required": "Enter the email address of the person whose data to erase",
            "invalid": "Enter an email address in the correct format, like name@example.org",
        },
    )
    confirm = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, action: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = govuk_helper(
            Field.text("email", field_width=20), Field("confirm"), Button("find", "Find their data"), action=action
        )

    def clean_email(self) -> str:
        return self.cleaned_data["email"].strip().lower()
