from crispy_forms_gds.layout import Button, Div, Field, Fieldset, Size
from django import forms

from silverlinings.core.forms import UKDateTimeField, govuk_helper
from silverlinings.directory.models import Authority

from ..answers import answer_errors, answer_from_post
from ..documents import MAX_BYTES
from ..headings import CONTACT_PARTS, HeadingSpec, Kind
from ..models import Call, Channel


class SectionForm(forms.Form):
    """One page of a nomination: the questions of one section, built from the call's headings.

    Validation is `answers.answer_errors`, the same rules the check-answers page and submission use.
    """

    def __init__(
        self, *args, specs: list[HeadingSpec], answers: dict, autosave_url: str = "", draft: bool = True, **kwargs
    ):
        super().__init__(*args, **kwargs)
        self.specs = specs
        layout = []
        for spec in specs:
            layout.append(self._add(spec, answers.get(spec.key)))
        if draft:
            buttons = [
                Button("continue", "Save and continue"),
                Button.secondary("save_draft", "Save as draft and come back later"),
            ]
        else:
            # A sent nomination: the change is kept aside until every answer is checked and sent again.
            buttons = [Button("continue", "Continue")]
        layout.append(Div(*buttons, css_class="govuk-button-group"))
        self.helper = govuk_helper(*layout)
        if autosave_url:
            self.helper.attrs.update(
                {
                    "data-autosave-url": autosave_url,
                    "data-autosave-saved": "Your answers were saved at",
                    "data-autosave-failed": "Your answers could not be saved automatically. "
                    "Press ‘Save as draft’ to save them.",
                }
            )

    def _add(self, spec: HeadingSpec, value):
        key, hint = spec.key, spec.hint
        if spec.kind in (Kind.SHORT_TEXT, Kind.LONG_TEXT):
            widget = forms.Textarea(attrs={"rows": 8}) if spec.kind == Kind.LONG_TEXT else forms.TextInput()
            self.fields[key] = forms.CharField(label=spec.text, help_text=hint, required=False, widget=widget)
            self.initial[key] = value or ""
            if spec.kind == Kind.LONG_TEXT:
                return Field.textarea(key, label_size=Size.MEDIUM, max_words=spec.word_limit)
            return Field.text(key, label_size=Size.MEDIUM)
        if spec.kind in (Kind.ONE_CHOICE, Kind.SEVERAL_CHOICES):
            choices = [(choice, choice) for choice in spec.choices]
            if spec.kind == Kind.ONE_CHOICE:
                many = len(choices) > 8
                widget = forms.Select if many else forms.RadioSelect
                field = forms.ChoiceField(choices=([("", "Choose…")] if many else []) + choices, widget=widget)
            else:
                field = forms.MultipleChoiceField(choices=choices, widget=forms.CheckboxSelectMultiple)
            field.label, field.help_text, field.required = spec.text, hint, False
            self.fields[key] = field
            self.initial[key] = value or ([] if spec.kind == Kind.SEVERAL_CHOICES else "")
            if spec.kind == Kind.SEVERAL_CHOICES:
                return Field.checkboxes(key, legend_size=Size.MEDIUM, small=len(choices) > 6)
            if len(choices) > 8:
                return Field(key, context={"label_size": Size.for_label(Size.MEDIUM)})
            return Field.radios(key, legend_size=Size.MEDIUM, inline=False)
        if spec.kind == Kind.YES_NO:
            self.fields[key] = forms.ChoiceField(
                label=spec.text,
                help_text=hint,
                required=False,
                choices=[("yes", "Yes"), ("no", "No")],
                widget=forms.RadioSelect,
            )
            answer = (value or {}).get("answer")
            self.initial[key] = {True: "yes", False: "no"}.get(answer, "")
            parts = [Field.radios(key, legend_size=Size.MEDIUM, inline=True)]
            if spec.follow_up:
                self.fields[f"{key}__detail"] = forms.CharField(
                    label=spec.follow_up, help_text="Only if you answered yes.", required=False
                )
                self.initial[f"{key}__detail"] = (value or {}).get("detail", "")
                parts.append(Field.text(f"{key}__detail"))
            return Fieldset(*parts) if len(parts) > 1 else parts[0]
        if spec.kind == Kind.CONTACT:
            value = value or {}
            for part, label in CONTACT_PARTS:
                name = f"{key}__{part}"
                widget = forms.EmailInput if part == "email" else forms.TextInput
                self.fields[name] = forms.CharField(
                    label=label,
                    required=False,
                    widget=widget(
                        attrs={
                            "autocomplete": {
                                "name": "name",
                                "role": "organization-title",
                                "email": "email",
                                "phone": "tel",
                            }[part]
                        }
                    ),
                )
                self.initial[name] = value.get(part, "")
            fields = [Field.text(f"{key}__{part}", field_width=20) for part, _ in CONTACT_PARTS]
            return Fieldset(*fields, legend=spec.text, legend_size=Size.MEDIUM)
        raise ValueError(spec.kind)

    def values(self) -> dict:
        return {spec.key: answer_from_post(spec, self.data) for spec in self.specs}

    def clean(self):
        for spec in self.specs:
            for field, message in answer_errors(spec, answer_from_post(spec, self.data)).items():
                self.add_error(field, message)
        return self.cleaned_data


class CallForm(forms.ModelForm):
    """The call's dates and times are GOV.UK date inputs with a time, in UK time (core.forms.UKDateTimeField)."""

    opens_at = UKDateTimeField(
        label="When the call opens",
        help_text="For example, 1 3 2027 at 9:00. UK time.",
        noun="the opening date",
        time_noun="opening time",
        error_messages={"required": "Enter when the call opens"},
    )
    closes_at = UKDateTimeField(
        label="When the call closes",
        help_text="For example, 30 4 2027 at 5pm. UK time. Nominators can edit or withdraw until then.",
        noun="the closing date",
        time_noun="closing time",
        error_messages={"required": "Enter when the call closes"},
    )
    last_call_at = UKDateTimeField(
        label="When the ‘last call’ reminder is sent (optional)",
        help_text="It goes to authorities with no nominations yet. UK time.",
        noun="the last call date",
        time_noun="last call time",
        required=False,
    )
    closing_soon_days = forms.IntegerField(
        label="Show ‘closing soon’ this many days before the call closes",
        min_value=0,
        max_value=60,
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
        error_messages={
            "required": "Enter the number of days, like 7",
            "invalid": "Enter the number of days as a whole number, like 7",
            "min_value": "Enter 0 days or more",
            "max_value": "Enter 60 days or fewer",
        },
    )

    class Meta:
        model = Call
        fields = [
            "title",
            "slug",
            "reference_prefix",
            "introduction",
            "what_counts",
            "who_may_respond",
            "opens_at",
            "closes_at",
            "last_call_at",
            "closing_soon_days",
            "contact_name",
            "contact_phone",
            "contact_email",
        ]
        error_messages = {
            "title": {"required": "Enter a title for the call"},
            "slug": {
                "required": "Enter a short web address for the call",
                "unique": "Another call uses this web address",
            },
            "introduction": {"required": "Enter an introduction to the call"},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        moments = [Field(name, context={"legend_size": Size.for_legend(Size.SMALL)}) for name in self.MOMENTS]
        layout = [Field.text(name) for name in ["title", "slug", "reference_prefix"]]
        layout += [Field.textarea(name) for name in ["introduction", "what_counts", "who_may_respond"]]
        layout += [*moments, Field.text("closing_soon_days", field_width=2)]
        layout += [Field.text(name) for name in ["contact_name", "contact_phone", "contact_email"]]
        layout.append(Button("save", "Save call"))
        self.helper = govuk_helper(*layout)

    MOMENTS = ["opens_at", "closes_at", "last_call_at"]

    def clean(self):
        data = super().clean()
        opens, closes, last_call = data.get("opens_at"), data.get("closes_at"), data.get("last_call_at")
        if opens and closes and closes <= opens:
            self.add_error("closes_at", "The closing date must be after the opening date")
        if last_call and closes and not (opens or last_call) <= last_call < closes:
            self.add_error("last_call_at", "The last call must be between the opening and closing dates")
        return data


class KeyInForm(forms.Form):
    """The programme team keys in a nomination for someone who phoned or emailed it."""

    email = forms.EmailField(
        label="Nominator's email address",
        help_text="They will get an email with a link to check and correct what you key in.",
        error_messages={
            "required": "Enter the nominator's email address",
            "invalid": "Enter an email address in the correct format, like name@example.org",
        },
    )
    full_name = forms.CharField(
        label="Nominator's full name", error_messages={"required": "Enter the nominator's name"}
    )
    authority = forms.ModelChoiceField(
        queryset=Authority.objects.all(),
        required=False,
        label="Their authority",
        empty_label="Not an authority",
    )
    channel = forms.ChoiceField(
        label="How did the nomination reach you?",
        choices=[(Channel.PHONE.value, "By phone"), (Channel.EMAIL.value, "By email")],
        widget=forms.RadioSelect,
        error_messages={"required": "Select how the nomination reached you"},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = govuk_helper(
            Field.text("email", field_width=20),
            Field.text("full_name", field_width=20),
            Field.select("authority"),
            Field.radios("channel", legend_size=Size.SMALL),
            Button("continue", "Continue to the questions"),
        )


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files from one `<input type="file" multiple>`: a plain FileField sees only the last one."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data] if data else []
        return [super(MultipleFileField, self).clean(upload, initial) for upload in files]


class DocumentUploadForm(forms.Form):
    """Returned Word documents. Files too large were refused while the request was read
    (`core.uploads.UploadLimitHandler`); `refused` says which, so the page can say so."""

    files = MultipleFileField(
        label="Returned documents",
        help_text=f"Word documents (.docx), up to {MAX_BYTES // (1024 * 1024)} MB each. "
        "You can choose several at once.",
        widget=MultipleFileInput(
            attrs={
                "class": "govuk-file-upload",
                "accept": ".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            }
        ),
        required=False,
    )

    def __init__(self, *args, refused: list[str] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.refused = refused or []
        # The form template adds enctype="multipart/form-data" itself for a form with a file field.
        self.helper = govuk_helper(Field("files"), Button("upload", "Upload and read"))

    def clean_files(self):
        if self.refused:
            raise forms.ValidationError(self.refused)
        files = self.cleaned_data["files"]
        if not files:
            raise forms.ValidationError("Select at least one document to upload")
        if len(files) > 50:
            raise forms.ValidationError("Upload 50 documents or fewer at a time")
        return files
