"""Forms for the editorial panel's pages, rendered the GOV.UK way (error summary and field errors)."""

from decimal import Decimal

from crispy_forms_gds.choices import Choice
from crispy_forms_gds.layout import Button, Div, Field, Fieldset, Size
from django import forms
from django.core.exceptions import ValidationError
from django.utils.html import escape

from silverlinings.core.forms import govuk_helper

from ..models import Criterion, LetterTemplate, Outcome, Recommendation, Review, ReviewSetup
from ..selectors import panel as selectors_panel
from ..services.decisions import RELEASE_WHILE_OPEN
from ..services.panel import nominations_to_assign


class PanelMemberChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        where = obj.authority.short_name if obj.authority_id else "no authority"
        return f"{obj.get_full_name()} ({where}){f', {obj.job_title}' if obj.job_title else ''}"


class PanelMemberAddForm(forms.Form):
    member = PanelMemberChoiceField(
        queryset=None,
        label="Add a panel member",
        empty_label="Choose a panel member",
        help_text="People with the editorial panel role. They never see nominations from their own authority.",
        error_messages={
            "required": "Choose a panel member to add",
            "invalid_choice": "Choose a panel member from the list",
        },
    )

    def __init__(self, *args, call, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["member"].queryset = selectors_panel.panel_candidates(call)
        self.helper = govuk_helper(Field.select("member"), Button("add", "Add to the panel"))


class ReviewSettingsForm(forms.ModelForm):
    class Meta:
        model = ReviewSetup
        fields = ["reviewers_per_nomination", "anonymised", "reviews_open", "disagreement_spread"]
        # GOV.UK text inputs for numbers (type="number" is hard to use); the fields still check the number.
        widgets = {
            "reviewers_per_nomination": forms.TextInput(attrs={"inputmode": "numeric"}),
            "disagreement_spread": forms.TextInput(attrs={"inputmode": "decimal"}),
        }
        labels = {
            "reviewers_per_nomination": "Reviewers for each nomination",
            "anonymised": "Anonymise the nominations for reviewers",
            "reviews_open": "Reviews are open: reviewers can change their reviews",
            "disagreement_spread": "Flag disagreement when scores differ by at least",
        }
        help_texts = {
            "reviewers_per_nomination": "The automatic assignment gives each nomination this many reviewers.",
            "disagreement_spread": "On the meeting pages, in points on the 1 to 5 scale.",
        }
        error_messages = {
            "reviewers_per_nomination": {
                "required": "Enter how many reviewers each nomination needs",
                "invalid": "Enter a whole number, like 2",
                "min_value": "Each nomination needs at least 1 reviewer",
            },
            "disagreement_spread": {
                "required": "Enter the difference in scores that counts as disagreement",
                "invalid": "Enter a number, like 1.5",
            },
        }

    def __init__(self, *args, criteria: list[Criterion], **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = criteria
        weights = []
        for criterion in criteria:
            name = f"weight_{criterion.pk}"
            self.fields[name] = forms.DecimalField(
                label=escape(criterion.name),
                min_value=Decimal(0),
                max_value=Decimal(10),
                decimal_places=2,
                initial=criterion.weight,
                widget=forms.TextInput(attrs={"inputmode": "decimal"}),
                help_text=escape(criterion.question),
                error_messages={
                    "required": f"Enter a weight for {criterion.name}",
                    "invalid": "Enter a number, like 1",
                    "min_value": "Enter a weight of 0 or more",
                    "max_value": "Enter a weight of 10 or less",
                },
            )
            weights.append(Field.text(name, field_width=4))
        self.helper = govuk_helper(
            Field.text("reviewers_per_nomination", field_width=2),
            Field.text("disagreement_spread", field_width=3),
            Field.checkbox("anonymised"),
            Field.checkbox("reviews_open"),
            Fieldset(*weights, legend="Weights of the criteria", legend_size=Size.MEDIUM),
            Button("save", "Save settings"),
        )

    def clean(self):
        data = super().clean()
        spread = data.get("disagreement_spread")
        if spread is not None and not Decimal(0) <= spread <= Decimal(4):
            self.add_error("disagreement_spread", "Enter a difference between 0 and 4")
        weights = [data.get(f"weight_{criterion.pk}") for criterion in self.criteria]
        if self.criteria and all(weight is not None for weight in weights) and not sum(weights):
            self.add_error(f"weight_{self.criteria[0].pk}", "At least one criterion needs a weight above 0")
        return data

    def weights(self) -> dict[int, Decimal]:
        return {criterion.pk: self.cleaned_data[f"weight_{criterion.pk}"] for criterion in self.criteria}


class NominationChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        return f"{obj.reference}: {obj.title}"


class AssignmentAddForm(forms.Form):
    nomination = NominationChoiceField(
        queryset=None,
        label="Nomination",
        empty_label="Choose a nomination",
        error_messages={"required": "Choose a nomination", "invalid_choice": "Choose a nomination from the list"},
    )
    reviewer = PanelMemberChoiceField(
        queryset=None,
        label="Reviewer",
        empty_label="Choose a panel member",
        error_messages={"required": "Choose a reviewer", "invalid_choice": "Choose a reviewer from the list"},
    )

    def __init__(self, *args, call, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["nomination"].queryset = nominations_to_assign(call).order_by("number")
        self.fields["reviewer"].queryset = selectors_panel.panel_reviewers(call)
        self.helper = govuk_helper(Field.select("nomination"), Field.select("reviewer"), Button("assign", "Assign"))


class ReviewForm(forms.Form):
    """One reviewer's review: a score 1–5 for each criterion (its descriptors as hints) and a recommendation.

    Every field is optional so that a draft keeps whatever was chosen; `review_problems` (in the
    service) says what a submission still needs.
    """

    recommendation = forms.ChoiceField(
        label="Your recommendation",
        required=False,
        widget=forms.RadioSelect,
        choices=Recommendation.choices,
    )
    comment_for_team = forms.CharField(
        label="Comments for the programme team and panel",
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="Shown at the panel meeting. The nominator does not see these.",
    )
    comment_for_nominator = forms.CharField(
        label="Comments for the nominator",
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="Sent to the nominator with the panel's decision. Be kind and specific.",
    )

    def __init__(self, *args, criteria: list[Criterion], review: Review, editable: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = criteria
        scores = {score.criterion_id: score.value for score in review.scores.all()} if review.pk else {}
        layout = []
        for criterion in criteria:
            name = f"criterion_{criterion.pk}"
            choices = [
                Choice(str(value), str(value), hint=criterion.descriptors.get(str(value), "")) for value in range(1, 6)
            ]
            self.fields[name] = forms.ChoiceField(
                label=escape(criterion.name),
                help_text=escape(criterion.question),
                required=False,
                choices=choices,
                widget=forms.RadioSelect,
            )
            self.initial[name] = str(scores[criterion.pk]) if criterion.pk in scores else ""
            layout.append(Field.radios(name, legend_size=Size.MEDIUM, small=True))
        self.initial.update(
            recommendation=review.recommendation,
            comment_for_team=review.comment_for_team,
            comment_for_nominator=review.comment_for_nominator,
        )
        layout += [
            Field.radios("recommendation", legend_size=Size.MEDIUM),
            Field.textarea("comment_for_team"),
            Field.textarea("comment_for_nominator"),
        ]
        if editable:
            buttons = [Button("submit", "Update review" if review.submitted_at else "Submit review")]
            if not review.submitted_at:
                buttons.append(Button.secondary("save_draft", "Save draft"))
            layout.append(Div(*buttons, css_class="govuk-button-group"))
        self.helper = govuk_helper(*layout)

    def review_data(self) -> dict:
        """The review as chosen and typed, in the arguments `review_save` takes."""
        data = self.cleaned_data
        values = {
            c.pk: int(data[f"criterion_{c.pk}"]) if data.get(f"criterion_{c.pk}") else None for c in self.criteria
        }
        texts = ("recommendation", "comment_for_team", "comment_for_nominator")
        return {"values": values, **{name: data[name] for name in texts}}

    def add_problems(self, error: ValidationError) -> None:
        problems = error.message_dict if hasattr(error, "error_dict") else {None: error.messages}
        for field, messages in problems.items():
            for message in messages:
                self.add_error(field if field in self.fields else None, message)


class ConflictForm(forms.Form):
    reason = forms.CharField(
        label="Why do you have a conflict of interest?",
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="For example, you worked on it, manage the team, or are related to someone involved. "
        "Only the programme team sees this.",
        error_messages={"required": "Enter why you have a conflict of interest"},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = govuk_helper(
            Field.textarea("reason"), Button.warning("declare", "Declare a conflict of interest")
        )


class DecisionForm(forms.Form):
    outcome = forms.ChoiceField(
        label="The panel's decision",
        choices=Outcome.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Select the panel's decision"},
    )
    reason = forms.CharField(
        label="Reason",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="For the record of the meeting. The nominator sees the reviewers' comments for them, not this.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = govuk_helper(
            Field.radios("outcome", legend_size=Size.MEDIUM), Field.textarea("reason"), Button("save", "Save decision")
        )


class MeetingNoteForm(forms.Form):
    text = forms.CharField(
        label="Add a meeting note",
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Panel members on this call can read the notes.",
        error_messages={"required": "Enter the note"},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = govuk_helper(Field.textarea("text"), Button.secondary("add_note", "Add note"))


class DecisionsReleaseForm(forms.Form):
    """Releasing the decisions. While the call is still open the team must tick that they mean it."""

    release_while_open = forms.BooleanField(
        label="I understand that the call is still open, and I want to release the decisions now",
        error_messages={"required": RELEASE_WHILE_OPEN},
    )

    def __init__(self, *args, call, **kwargs):
        super().__init__(*args, **kwargs)
        layout = [Field.checkbox("release_while_open")]
        if call.is_closed:
            del self.fields["release_while_open"]
            layout = []
        self.helper = govuk_helper(*layout, Button("release", "Release the decisions and send the letters"))

    def add_problems(self, error: ValidationError) -> None:
        for field, messages in error.message_dict.items():
            for message in messages:
                self.add_error(field if field in self.fields else None, message)


class LetterTemplateForm(forms.ModelForm):
    class Meta:
        model = LetterTemplate
        fields = ["subject", "body"]
        labels = {"subject": "Email subject", "body": "Letter"}
        widgets = {"body": forms.Textarea(attrs={"rows": 14})}
        error_messages = {
            "subject": {"required": "Enter the email subject"},
            "body": {"required": "Enter the letter"},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["body"].help_text = (
            "Plain text; separate paragraphs with a blank line. {name}, {title}, {reference} and {call} are filled in. "
            "The reviewers' comments for the nominator follow it, and the letter of recognition is attached."
        )
        self.helper = govuk_helper(Field.text("subject"), Field.textarea("body"), Button("save", "Save letter"))
