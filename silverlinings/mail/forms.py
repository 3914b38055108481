from django import forms

from silverlinings.core.forms import govuk_helper

from . import catalogue, services


class MailTemplateForm(forms.Form):
    subject = forms.CharField(max_length=255, error_messages={"required": "Enter the subject"})
    text = forms.CharField(
        label="Plain text",
        widget=forms.Textarea(attrs={"rows": 14}),
        strip=False,
        error_messages={"required": "Enter the plain text"},
        help_text="Every email has a plain-text part; some people read only that.",
    )
    html = forms.CharField(
        label="HTML",
        widget=forms.Textarea(attrs={"rows": 14}),
        required=False,
        strip=False,
        help_text="Paragraphs in <p> tags. Leave blank to send plain text only.",
    )

    def __init__(self, *args, kind: catalogue.EmailKind, **kwargs):
        super().__init__(*args, **kwargs)
        self.kind = kind
        from crispy_forms_gds.layout import Field

        self.helper = govuk_helper(
            Field.text("subject"), Field.textarea("text"), Field.textarea("html"), form_tag=False
        )

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        errors = services.template_errors(self.kind, subject=data["subject"], text=data["text"], html=data["html"])
        for field, messages in errors.items():
            for message in messages:
                self.add_error(field, message)
        return data
