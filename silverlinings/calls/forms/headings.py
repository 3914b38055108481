"""The form for one heading of a call. Rules that need the call's answers are in services/headings.py."""

import re

from crispy_forms_gds.layout import Button, Field, Size
from django import forms

from silverlinings.core.forms import govuk_helper

from ..headings import Kind, Purpose
from ..models import Question

KEY = re.compile(r"^[a-z][a-z0-9_]*$")


class HeadingForm(forms.ModelForm):
    choices = forms.CharField(
        label="Choices",
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text="For a question with one or several choices: one choice on each line.",
    )

    class Meta:
        model = Question
        fields = ["text", "key", "kind", "purpose", "section", "hint", "required", "word_limit", "follow_up"]
        labels = {
            "text": "Question",
            "key": "Key",
            "kind": "Type of answer",
            "purpose": "What the service does with the answers",
            "section": "Section",
            "hint": "Hint (optional)",
            "required": "An answer is required",
            "word_limit": "Word limit (optional)",
            "follow_up": "Follow-up question for a ‘yes’ (optional)",
        }
        help_texts = {
            "key": "A short name for the answer, like ‘age_groups’: lower-case letters, numbers and underscores. "
            "It cannot change once someone has answered.",
            "purpose": "The lists, the coverage, the panel and the showcase find each answer by its purpose. "
            "A call has one heading of each purpose, except free text.",
            "section": "Questions with the same section share a page of the form.",
            "word_limit": "For long text only.",
            "follow_up": "For a yes or no question: asked, and required, when the answer is yes.",
        }
        error_messages = {
            "text": {"required": "Enter the question"},
            "key": {
                "required": "Enter a key",
                "invalid": "Enter a key with only lower-case letters, numbers and underscores",
            },
            "kind": {"required": "Select the type of answer"},
            "section": {"required": "Enter the section"},
            "word_limit": {"invalid": "Enter the word limit as a whole number, like 300"},
        }
        # A GOV.UK text input for the word limit (type="number" is hard to use); the field still checks it.
        widgets = {
            "kind": forms.RadioSelect,
            "purpose": forms.RadioSelect,
            "hint": forms.Textarea(attrs={"rows": 2}),
            "word_limit": forms.TextInput(attrs={"inputmode": "numeric"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = Kind.CHOICES
        self.fields["purpose"].choices = Purpose.CHOICES
        self.fields["purpose"].required = False
        if self.instance.pk:
            self.initial["choices"] = "\n".join(self.instance.choices or [])
        self.helper = govuk_helper(
            Field.text("text", label_size=Size.SMALL),
            Field.text("key", field_width=20),
            Field.radios("kind", legend_size=Size.SMALL),
            Field.radios("purpose", legend_size=Size.SMALL),
            Field.text("section", field_width=30),
            Field.textarea("hint"),
            Field.checkboxes("required"),
            Field.text("word_limit", field_width=5),
            Field.textarea("choices"),
            Field.text("follow_up"),
            Button("save", "Save the heading"),
        )

    def clean_key(self):
        key = self.cleaned_data["key"].strip()
        if not KEY.match(key):
            raise forms.ValidationError("Enter a key with only lower-case letters, numbers and underscores")
        return key

    def clean_choices(self) -> list[str]:
        return [line.strip() for line in self.cleaned_data["choices"].splitlines() if line.strip()]

    def clean_word_limit(self):
        limit = self.cleaned_data["word_limit"]
        if limit is not None and limit < 1:
            raise forms.ValidationError("Enter a word limit of 1 or more")
        return limit

    def clean(self):
        data = super().clean()
        kind = data.get("kind")
        if not kind:
            return data
        with_choices = kind in (Kind.ONE_CHOICE, Kind.SEVERAL_CHOICES)
        if with_choices and len(data.get("choices") or []) < 2:
            self.add_error("choices", "Enter at least 2 choices, one on each line")
        if not with_choices and data.get("choices"):
            self.add_error("choices", "Choices are only for questions with one or several choices")
        if kind != Kind.YES_NO and data.get("follow_up"):
            self.add_error("follow_up", "A follow-up question is only for yes or no questions")
        if kind != Kind.LONG_TEXT and data.get("word_limit"):
            self.add_error("word_limit", "A word limit is only for long text")
        return data

    def heading_fields(self) -> dict:
        data = self.cleaned_data
        return {
            "text": data["text"].strip(),
            "key": data["key"],
            "kind": data["kind"],
            "section": data["section"].strip(),
            "hint": data["hint"].strip(),
            "required": data["required"],
            "word_limit": data["word_limit"],
            "choices": data["choices"],
            "follow_up": data["follow_up"].strip(),
            "purpose": data.get("purpose") or Purpose.NONE,
        }

    def _post_clean(self):
        """The heading is saved by services/headings.py, never by the form; skip the model's own clean."""
