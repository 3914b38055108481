"""Forms of the team's commission pages: commissioning a report, and moving it from one step to the next."""

from crispy_forms_gds.fields import DateInputField
from crispy_forms_gds.layout import Button, Field, Fieldset, Size
from django import forms
from django.utils import timezone

from silverlinings.core.forms import govuk_helper


class CommissionForm(forms.Form):
    """Commission a report on one of a call's selected innovations."""

    innovation = forms.ChoiceField(
        label="Which innovation is the report about?",
        widget=forms.RadioSelect,
        error_messages={"required": "Select the innovation the report is about"},
    )
    title = forms.CharField(
        label="Working title", max_length=200, error_messages={"required": "Enter a working title for the report"}
    )
    brief = forms.CharField(
        label="Brief",
        help_text="What the report should bring out, for whom, and how long it should be.",
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": "Enter the brief for the writer"},
    )
    due_on = DateInputField(
        label="When is the draft due?",
        help_text="For example, 27 3 2027",
        require_all_fields=False,
    )
    fee_note = forms.CharField(
        label="Fee or purchase order (optional)",
        max_length=200,
        required=False,
        help_text="For example, ‘£450, PO 40012’. Only the team sees it.",
    )
    writer_name = forms.CharField(label="Writer's full name", max_length=150, required=False)
    writer_email = forms.EmailField(
        label="Writer's email address",
        help_text="Someone new is invited by email and sees only this commission.",
        error_messages={
            "required": "Enter the writer's email address",
            "invalid": "Enter an email address in the correct format, like name@example.com",
        },
    )
    designer_name = forms.CharField(label="Designer's full name (optional)", max_length=150, required=False)
    designer_email = forms.EmailField(
        label="Designer's email address (optional)",
        required=False,
        error_messages={"invalid": "Enter an email address in the correct format, like name@example.com"},
    )

    def __init__(self, *args, nominations, ideas, action: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.__init_due_messages()
        self.nominations = {f"nomination-{n.pk}": n for n in nominations}
        self.ideas = {f"idea-{i.pk}": i for i in ideas}
        self.fields["innovation"].choices = [
            *((key, f"{n.reference}: {n.title} ({n.authority})") for key, n in self.nominations.items()),
            *((key, f"Linked idea: {i.label}") for key, i in self.ideas.items()),
        ]
        self.helper = govuk_helper(
            Field.radios("innovation", legend_size=Size.MEDIUM),
            Field.text("title"),
            Field.textarea("brief"),
            Field("due_on", context={"legend_size": Size.for_label(Size.SMALL)}),
            Field.text("fee_note"),
            Fieldset(Field.text("writer_name"), Field.text("writer_email"), legend="Writer", legend_size=Size.MEDIUM),
            Fieldset(
                Field.text("designer_name"), Field.text("designer_email"), legend="Designer", legend_size=Size.MEDIUM
            ),
            Button("commission", "Commission the report"),
            action=action,
        )

    def __init_due_messages(self):
        self.fields["due_on"].error_messages.update(
            required="Enter the date the draft is due", invalid="The date the draft is due must be a real date"
        )

    def clean_due_on(self):
        due = self.cleaned_data["due_on"]
        if due and due < timezone.localdate():
            raise forms.ValidationError("The date the draft is due must be today or in the future")
        return due

    def innovation_kwargs(self) -> dict:
        key = self.cleaned_data["innovation"]
        return {"nomination": self.nominations.get(key), "idea": self.ideas.get(key)}


class MoveForm(forms.Form):
    to = forms.CharField(widget=forms.HiddenInput)
    note = forms.CharField(
        label="Comments for the writer (optional)", required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    override_reason = forms.CharField(
        label="Reason for approving without the nominating team (only if they have not approved)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
