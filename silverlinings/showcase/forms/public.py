"""Forms on the public showcase: an authority taking up an innovation, an enquiry, and an impact update."""

from crispy_forms_gds.layout import Button, Field, Size
from django import forms

from silverlinings.core.forms import govuk_helper


class AdoptionForm(forms.Form):
    kind = forms.ChoiceField(
        label="Has your authority taken up this innovation?",
        choices=[("adopted", "We have adopted this"), ("trying", "We are trying this")],
        widget=forms.RadioSelect,
        error_messages={"required": "Select whether your authority has adopted this or is trying it"},
    )

    def __init__(self, *args, action: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = govuk_helper(
            Field.radios("kind", legend_size=Size.SMALL, inline=False), Button("record", "Tell us"), action=action
        )


class EnquiryForm(forms.Form):
    name = forms.CharField(label="Your name", max_length=150, error_messages={"required": "Enter your name"})
    email = forms.EmailField(
        label="Your email address",
        help_text="So that they can reply to you.",
        error_messages={
            "required": "Enter your email address",
            "invalid": "Enter an email address in the correct format, like name@example.com",
        },
    )
    organisation = forms.CharField(label="Your organisation (optional)", max_length=200, required=False)
    message = forms.CharField(
        label="Your message",
        help_text="Say who you are and what you would like to know.",
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={
            "required": "Enter your message",
            "max_length": "Your message must be 3,000 characters or fewer",
        },
    )

    def __init__(self, *args, action: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = govuk_helper(
            Field.text("name"),
            Field.text("email"),
            Field.text("organisation"),
            Field.textarea("message", max_characters=3000),
            Button("send", "Send your message"),
            action=action,
        )


class ImpactForm(forms.Form):
    still_running = forms.ChoiceField(
        label="Is the innovation still running?",
        choices=[("yes", "Yes"), ("no", "No")],
        widget=forms.RadioSelect,
        error_messages={"required": "Select yes if the innovation is still running"},
    )
    what_changed = forms.CharField(
        label="What has changed since the report was published?",
        help_text="For example, new figures, other teams that took it up, or why it stopped. This is published.",
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": "Enter what has changed since the report was published"},
    )

    def __init__(self, *args, action: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = govuk_helper(
            Field.radios("still_running", legend_size=Size.MEDIUM, inline=True),
            Field.textarea("what_changed", max_characters=3000),
            Button("send", "Send your answer"),
            action=action,
        )
