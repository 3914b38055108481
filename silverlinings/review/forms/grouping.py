"""Forms of the grouping pages. They check what was typed; the services check the move itself."""

from crispy_forms_gds.layout import Button, Field, Size
from django import forms
from django.urls import reverse

from silverlinings.calls.models import Call, Nomination, NominationStatus
from silverlinings.core.forms import govuk_helper

from ..models import DuplicatePair, Idea, Theme


class NominationChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, nomination: Nomination) -> str:
        authority = f" ({nomination.authority.short_name})" if nomination.authority_id else ""
        return f"{nomination.reference}: {nomination.title or 'Untitled nomination'}{authority}"


class SuggestForm(forms.Form):
    n_themes = forms.IntegerField(
        label="How many themes?",
        required=False,
        min_value=2,
        max_value=40,
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
        help_text="Optional. Leave it empty and the number is chosen for you from how the nominations group.",
        error_messages={
            "invalid": "The number of themes must be a whole number, like 8",
            "min_value": "The number of themes must be 2 or more",
            "max_value": "The number of themes must be 40 or fewer",
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = govuk_helper(
            Field.text("n_themes", field_width=4, label_size=Size.SMALL), Button("suggest", "Suggest themes")
        )


class ThemeRenameForm(forms.Form):
    label = forms.CharField(
        label="Name of the theme",
        max_length=200,
        error_messages={
            "required": "Enter a name for the theme",
            "max_length": "The name must be 200 characters or fewer",
        },
    )
    description = forms.CharField(
        label="Description",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Optional. What the nominations in this theme have in common, for the panel.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = govuk_helper(Field.text("label"), Field.textarea("description"), Button("save", "Save"))


class ThemesSelectForm(forms.Form):
    """Themes picked with the checkboxes of the themes list, to accept or to merge."""

    themes = forms.ModelMultipleChoiceField(
        queryset=Theme.objects.none(),
        widget=forms.CheckboxSelectMultiple,  # drawn by hand as the list's checkboxes
        error_messages={"required": "Select the themes", "invalid_choice": "Select themes from the list"},
    )
    label = forms.CharField(
        label="Name for the merged theme",
        required=False,
        max_length=200,
        help_text="Optional. Leave it empty to keep the name of the accepted or largest theme.",
        error_messages={"max_length": "The name must be 200 characters or fewer"},
    )

    def __init__(self, *args, call: Call, required_message: str = "Select the themes", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["themes"].queryset = Theme.objects.filter(call=call)
        self.fields["themes"].error_messages["required"] = required_message
        self.helper = govuk_helper(form_tag=False)  # drawn by hand in a table; the helper shows the error summary

    def selected(self) -> list[str]:
        return self.data.getlist("themes") if self.is_bound else []


class ThemeSplitForm(forms.Form):
    nominations = forms.ModelMultipleChoiceField(
        queryset=Nomination.objects.none(),
        widget=forms.CheckboxSelectMultiple,  # drawn by hand as the theme's checkboxes
        error_messages={
            "required": "Select the nominations to move into the new theme",
            "invalid_choice": "Select only nominations in this theme",
        },
    )
    label = forms.CharField(
        label="Name of the new theme",
        max_length=200,
        error_messages={
            "required": "Enter a name for the new theme",
            "max_length": "The name must be 200 characters or fewer",
        },
    )

    def __init__(self, *args, theme: Theme, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["nominations"].queryset = Nomination.objects.filter(theme_memberships__theme=theme)
        self.helper = govuk_helper(form_tag=False)  # drawn by hand in a table; the helper shows the error summary

    def selected(self) -> list[str]:
        return self.data.getlist("nominations") if self.is_bound else []


class ThemeAddNominationForm(forms.Form):
    """Put one of the call's nominations (not yet in this theme) in the theme."""

    nomination = NominationChoiceField(
        label="Add a nomination to this theme",
        queryset=Nomination.objects.none(),
        empty_label="Choose a nomination",
        error_messages={
            "required": "Select a nomination to add",
            "invalid_choice": "Select a nomination from the list",
        },
    )

    def __init__(self, *args, theme: Theme, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["nomination"].queryset = (
            Nomination.objects.filter(call_id=theme.call_id, status=NominationStatus.SUBMITTED)
            .exclude(theme_memberships__theme=theme)
            .select_related("authority")
            .order_by("reference", "pk")
        )
        self.helper = govuk_helper(
            Field("nomination", context={"label_size": Size.for_label(Size.SMALL)}),
            Button.secondary("add", "Add to this theme"),
            action=reverse("review:theme_add_nomination", args=[theme.call.slug, theme.pk]),
        )


class ThemeChoiceForm(forms.Form):
    """Pick another theme of the call: to move a nomination there, or to add it there too."""

    theme = forms.ModelChoiceField(
        queryset=Theme.objects.none(),
        empty_label="Choose a theme",
        error_messages={"required": "Select a theme", "invalid_choice": "Select a theme from the list"},
    )

    def __init__(self, *args, themes, label: str, button: str, action: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].queryset = themes
        self.fields["theme"].label = label
        # The button's name gives its id: two of these forms share a page, so it comes from the prefix.
        self.helper = govuk_helper(
            Field("theme", context={"label_size": Size.for_label(Size.SMALL)}),
            Button.secondary(f"{self.prefix}_button", button),
            action=action,
        )


class _IdeaChoiceForm(forms.Form):
    """Which idea two nominations are linked as: one of the call's, or a new one with a name."""

    idea = forms.ModelChoiceField(
        queryset=Idea.objects.none(),
        required=False,
        empty_label="A new idea",
        label="Link them as",
        error_messages={"invalid_choice": "Select an idea from the list"},
    )
    label = forms.CharField(
        label="Name of the new idea",
        required=False,
        max_length=200,
        help_text="Only for a new idea. For example ‘Hybrid child protection conferences’.",
        error_messages={"max_length": "The name must be 200 characters or fewer"},
    )


class IdeaLinkForm(_IdeaChoiceForm):
    def __init__(self, *args, pair: DuplicatePair, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["idea"].queryset = Idea.objects.filter(call_id=pair.call_id).order_by("label", "pk")
        self.helper = govuk_helper(
            Field("idea", context={"label_size": Size.for_label(Size.SMALL)}),
            Field.text("label"),
            Button("link", "Link as one idea"),
        )


class NominationLinkForm(_IdeaChoiceForm):
    """From one nomination's page: link it with another nomination of the call as one idea."""

    field_order = ["other", "idea", "label"]

    other = NominationChoiceField(
        queryset=Nomination.objects.none(),
        label="Which nomination is the same idea?",
        empty_label="Select a nomination",
        error_messages={
            "required": "Select the nomination that is the same idea",
            "invalid_choice": "Select a nomination from the list",
        },
    )

    def __init__(self, *args, nomination: Nomination, **kwargs):
        super().__init__(*args, **kwargs)
        others = Nomination.objects.filter(call_id=nomination.call_id, status=NominationStatus.SUBMITTED)
        self.fields["other"].queryset = (
            others.exclude(pk=nomination.pk).select_related("authority").order_by("reference", "pk")
        )
        self.fields["idea"].queryset = Idea.objects.filter(call_id=nomination.call_id).order_by("label", "pk")
        self.helper = govuk_helper(
            Field("other", context={"label_size": Size.for_label(Size.SMALL)}),
            Field("idea", context={"label_size": Size.for_label(Size.SMALL)}),
            Field.text("label"),
            Button("link", "Link as one idea"),
        )
        self.helper.form_action = reverse("review:nomination_twins", args=[nomination.call.slug, nomination.pk])

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("idea") and not (cleaned.get("label") or "").strip() and "label" not in self.errors:
            self.add_error("label", "Enter a name for the new idea, or choose an idea to add them to")
        return cleaned
