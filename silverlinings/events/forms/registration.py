"""Forms of the people who come: registering, ranking workshops, and feedback after the event."""

from crispy_forms_gds.layout import HTML, Button, Field, Fieldset, Size
from django import forms
from django.utils.functional import cached_property

from silverlinings.core.formatting import govuk_time
from silverlinings.core.forms import govuk_helper
from silverlinings.directory.models import Authority

from ..models import AccessNeed

NOT_AN_AUTHORITY = "none"


class PreferencesMixin:
    """Per slot of parallel workshops, a list of choices, best first: ‘1st choice’, ‘2nd choice’, …"""

    def _add_slots(self, slots, initial: dict[str, list[int]]) -> list:
        self.slots = slots
        parts = []
        for slot in slots:
            options = [("", "No workshop")] + [(str(w.pk), w.title) for w in slot.workshops]
            names = []
            for position in range(1, len(slot.workshops) + 1):
                name = f"slot_{slot.key}_{position}"
                label = {1: "First choice", 2: "Second choice", 3: "Third choice"}.get(position, f"Choice {position}")
                self.fields[name] = forms.ChoiceField(label=label, choices=options, required=False)
                chosen = initial.get(slot.key, [])
                self.initial[name] = str(chosen[position - 1]) if len(chosen) >= position else ""
                names.append(Field.select(name))
            parts.append(
                Fieldset(
                    *names,
                    legend=f"Workshops at {govuk_time(slot.starts_at)}: your choices, best first",
                    legend_size=Size.SMALL,
                )
            )
        return parts

    def _clean_slots(self) -> None:
        self.choices = {}
        for slot in self.slots:
            values = [self.cleaned_data.get(f"slot_{slot.key}_{p}") or "" for p in range(1, len(slot.workshops) + 1)]
            picked = [value for value in values if value]
            first_gap = next((i for i, value in enumerate(values) if not value), len(values))
            if any(values[first_gap:]):
                self.add_error(f"slot_{slot.key}_{first_gap + 1}", "Choose workshops in order, with no gaps")
            elif len(set(picked)) != len(picked):
                self.add_error(f"slot_{slot.key}_1", "Choose each workshop only once")
            elif picked:
                self.choices[slot.key] = [int(value) for value in picked]


class RegistrationForm(PreferencesMixin, forms.Form):
    full_name = forms.CharField(
        label="Full name",
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": "Enter your full name"},
    )
    email = forms.EmailField(
        label="Email address",
        help_text="We send your confirmation and joining details here. Registering again with it changes your "
        "registration.",
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        error_messages={
            "required": "Enter your email address",
            "invalid": "Enter an email address in the correct format, like name@example.org",
        },
    )
    authority = forms.ChoiceField(
        label="Which authority do you work in or with?",
        help_text="Each authority has places kept for its people.",
        error_messages={"required": "Select your authority, or ‘None of these’"},
    )
    organisation = forms.CharField(
        label="Organisation (optional for authority staff)",
        help_text="For example, a school, a provider or a charity.",
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    job_role = forms.CharField(
        label="Your role",
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}),
        error_messages={"required": "Enter your role, like Team Manager"},
    )
    access_needs = forms.MultipleChoiceField(
        label="Do you need any of these to take part?",
        choices=AccessNeed.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    access_other = forms.CharField(
        label="What else do you need? (optional)",
        max_length=300,
        required=False,
        help_text="Tell us and we will plan it.",
    )
    # The place held while this form is filled in (services.registration.place_hold).
    hold = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, slots, authorities=None, initial_choices=None, action: str = "", **kwargs):
        """`authorities`: by id as text, in the order shown (all of them, by name, when not given)."""
        super().__init__(*args, **kwargs)
        if authorities is None:
            authorities = {str(a.pk): a for a in Authority.objects.order_by("name")}
        self._authorities = authorities
        self.fields["authority"].choices = (
            [("", "Choose your authority")]
            + [(pk, a.name) for pk, a in self._authorities.items()]
            + [(NOT_AN_AUTHORITY, "None of these")]
        )
        self._slot_parts = self._add_slots(slots, initial_choices or {})
        self._action = action

    @cached_property
    def helper(self):
        """The layout, made only when the form is shown (a registration that goes through never is)."""
        helper = govuk_helper(
            Field.text("full_name", field_width=20),
            Field.text("email", field_width=20),
            Field.select("authority"),
            Field.text("organisation", field_width=20),
            Field.text("job_role", field_width=20),
            Field.checkboxes("access_needs", legend_size=Size.SMALL),
            Field.text("access_other"),
            *self._slot_parts,
            # A field people never see or reach: a form that comes back with it filled in is not a person's.
            HTML(
                '<div class="govuk-visually-hidden" aria-hidden="true">'
                '<label for="id_website">Leave this empty</label>'
                '<input class="govuk-input" type="text" name="website" id="id_website" tabindex="-1" '
                'autocomplete="off"></div>'
            ),
            Button("register", "Register"),
            action=self._action,
        )
        helper.render_hidden_fields = True
        return helper

    def clean(self):
        data = super().clean()
        self._clean_slots()
        if data.get("authority") == NOT_AN_AUTHORITY and not data.get("organisation"):
            self.add_error("organisation", "Enter your organisation, as you are not from one of the authorities")
        if AccessNeed.OTHER in data.get("access_needs", []) and not data.get("access_other"):
            self.add_error("access_other", "Tell us what else you need to take part")
        return data

    @property
    def is_bot(self) -> bool:
        return bool(self.data.get("website"))

    def authority_object(self):
        value = self.cleaned_data["authority"]
        return None if value == NOT_AN_AUTHORITY else self._authorities[value]


class WorkshopsForm(PreferencesMixin, forms.Form):
    def __init__(self, *args, slots, initial_choices, action: str, **kwargs):
        super().__init__(*args, **kwargs)
        parts = self._add_slots(slots, initial_choices)
        self.helper = govuk_helper(*parts, Button("save", "Save workshop choices"), action=action)

    def clean(self):
        data = super().clean()
        self._clean_slots()
        return data


class FeedbackForm(forms.Form):
    rating = forms.TypedChoiceField(
        label="Overall, how was the event?",
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": "Select how the event was overall"},
    )
    useful = forms.CharField(label="What was most useful? (optional)", required=False, widget=forms.Textarea)
    improve = forms.CharField(label="What could be better? (optional)", required=False, widget=forms.Textarea)

    def __init__(self, *args, action: str, **kwargs):
        from ..models import Feedback

        super().__init__(*args, **kwargs)
        self.fields["rating"].choices = Feedback.Rating.choices
        self.helper = govuk_helper(
            Field.radios("rating", legend_size=Size.MEDIUM),
            Field.textarea("useful", rows=4),
            Field.textarea("improve", rows=4),
            Button("send", "Send feedback"),
            action=action,
        )
