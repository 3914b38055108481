"""Forms that upload a picture: one in a report, and the pack's cover. A file over the limit is refused by its size."""

from crispy_forms_gds.layout import Button, Field
from django import forms

from silverlinings.core.forms import govuk_helper


def _picture_small_enough(upload):
    """Refuse a file over the limit from its size alone, before anything reads it into memory."""
    from silverlinings.core.images import MAX_BYTES

    if upload is not None and upload.size > MAX_BYTES:
        raise forms.ValidationError(f"The selected file must be smaller than {MAX_BYTES // (1024 * 1024)}MB")
    return upload


class ImageForm(forms.Form):
    image = forms.FileField(
        label="Picture",
        help_text="A JPG, PNG or WebP, smaller than 10MB. Location and camera details are removed.",
        error_messages={"required": "Select a picture"},
    )
    alt_text = forms.CharField(
        label="Alternative text",
        max_length=300,
        help_text="What the picture shows, for people who cannot see it. For example, ‘A chair leads a conference "
        "with partners on a screen’.",
        error_messages={"required": "Enter alternative text that says what the picture shows"},
    )
    caption = forms.CharField(label="Caption (optional)", max_length=300, required=False)
    credit = forms.CharField(label="Credit (optional)", max_length=150, required=False, help_text="Who took it.")

    def clean_image(self):
        return _picture_small_enough(self.cleaned_data.get("image"))

    def __init__(self, *args, action: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = govuk_helper(
            Field("image"),
            Field.text("alt_text"),
            Field.text("caption"),
            Field.text("credit"),
            Button("upload", "Add the picture"),
            action=action,
        )


class CoverForm(forms.Form):
    image = forms.FileField(
        label="Cover picture",
        help_text="A JPG, PNG or WebP, smaller than 10MB.",
        error_messages={"required": "Select a picture for the cover"},
    )
    alt_text = forms.CharField(
        label="Alternative text",
        max_length=300,
        help_text="What the picture shows, for people who cannot see it.",
        error_messages={"required": "Enter alternative text that says what the cover picture shows"},
    )

    def clean_image(self):
        return _picture_small_enough(self.cleaned_data.get("image"))

    def __init__(self, *args, action: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = govuk_helper(
            Field("image"), Field.text("alt_text"), Button("upload", "Use this cover"), action=action
        )
