from crispy_forms_gds.fields import DateInputField
from crispy_forms_gds.layout import HTML, Button, Field, Fieldset, Size
from django import forms
from django.utils import timezone

from silverlinings.core.forms import govuk_helper
from silverlinings.core.richtext import markdown_errors, word_count

from .sections import KEY_FIGURES, QUOTES, SECTIONS


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


class ReportForm(forms.Form):
    """The report, section by section. Text is Markdown: paragraphs, lists, links and emphasis."""

    def __init__(self, *args, supplier_required: bool, action: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.supplier_required = supplier_required
        layout = []
        for section in SECTIONS:
            rich = section.rich
            widget = forms.Textarea(attrs={"rows": 5}) if rich else forms.TextInput()
            self.fields[section.key] = forms.CharField(
                label=section.title, help_text=section.hint, required=False, widget=widget, max_length=20000
            )
            layout.append(
                Field.textarea(section.key, max_words=section.word_limit) if rich else Field.text(section.key)
            )
        figures = []
        for n in range(1, KEY_FIGURES + 1):
            self.fields[f"figure_{n}_number"] = forms.CharField(label=f"Figure {n}", required=False, max_length=20)
            self.fields[f"figure_{n}_label"] = forms.CharField(
                label=f"What figure {n} counts", required=False, max_length=120
            )
            figures += [Field.text(f"figure_{n}_number", field_width=10), Field.text(f"figure_{n}_label")]
        layout.append(Fieldset(*figures, legend="Key figures", legend_size=Size.MEDIUM))
        for n in range(1, QUOTES + 1):
            self.fields[f"quote_{n}_text"] = forms.CharField(
                label=f"Quote {n}", required=False, max_length=1000, widget=forms.Textarea(attrs={"rows": 3})
            )
            self.fields[f"quote_{n}_who"] = forms.CharField(label=f"Who said quote {n}", required=False, max_length=150)
            self.fields[f"quote_{n}_consent"] = forms.BooleanField(
                label=f"They agreed to be quoted (quote {n})", required=False
            )
            layout.append(
                Fieldset(
                    Field.textarea(f"quote_{n}_text"),
                    Field.text(f"quote_{n}_who"),
                    Field.checkbox(f"quote_{n}_consent"),
                    legend=f"Quote {n}",
                    legend_size=Size.MEDIUM,
                )
            )
        contact = []
        for part, label in (("name", "Name"), ("role", "Role"), ("email", "Email address")):
            self.fields[f"contact_{part}"] = forms.CharField(label=f"Contact: {label}", required=False, max_length=150)
            contact.append(Field.text(f"contact_{part}"))
        layout.append(Fieldset(*contact, legend="Contact", legend_size=Size.MEDIUM))
        layout.append(HTML('<div class="govuk-button-group">'))
        layout.append(Button("save", "Save a version"))
        layout.append(HTML("</div>"))
        self.helper = govuk_helper(*layout, action=action)

    @staticmethod
    def initial_from(content: dict) -> dict:
        initial = {section.key: content.get(section.key, "") for section in SECTIONS}
        for n, figure in enumerate(content.get("key_figures", [])[:KEY_FIGURES], start=1):
            initial[f"figure_{n}_number"], initial[f"figure_{n}_label"] = figure.get("number"), figure.get("label")
        for n, quote in enumerate(content.get("quotes", [])[:QUOTES], start=1):
            initial.update(
                {
                    f"quote_{n}_text": quote.get("text"),
                    f"quote_{n}_who": quote.get("who"),
                    f"quote_{n}_consent": quote.get("consent"),
                }
            )
        for part, value in (content.get("contact") or {}).items():
            initial[f"contact_{part}"] = value
        return initial

    def clean(self):
        data = super().clean()
        for section in SECTIONS:
            text = data.get(section.key, "")
            if section.rich and (problems := markdown_errors(text)):
                self.add_error(section.key, f"{section.title}: {problems[0]}")
            if section.word_limit and word_count(text) > section.word_limit:
                self.add_error(
                    section.key,
                    f"{section.title} must be {section.word_limit} words or fewer. It has {word_count(text)}",
                )
        if self.supplier_required and not data.get("supplier", "").strip():
            self.add_error("supplier", "Enter the supplier: the innovation uses a proprietary product")
        for n in range(1, KEY_FIGURES + 1):
            if bool(data.get(f"figure_{n}_number")) != bool(data.get(f"figure_{n}_label")):
                self.add_error(f"figure_{n}_label", f"Enter both the figure and what it counts for figure {n}")
        for n in range(1, QUOTES + 1):
            if data.get(f"quote_{n}_text") and not data.get(f"quote_{n}_who"):
                self.add_error(f"quote_{n}_who", f"Enter who said quote {n}")
        return data

    def content(self) -> dict:
        data = self.cleaned_data
        content = {section.key: data.get(section.key, "").strip() for section in SECTIONS}
        content["key_figures"] = [
            {"number": data[f"figure_{n}_number"].strip(), "label": data[f"figure_{n}_label"].strip()}
            for n in range(1, KEY_FIGURES + 1)
            if data.get(f"figure_{n}_number")
        ]
        content["quotes"] = [
            {
                "text": data[f"quote_{n}_text"].strip(),
                "who": data[f"quote_{n}_who"].strip(),
                "consent": bool(data.get(f"quote_{n}_consent")),
            }
            for n in range(1, QUOTES + 1)
            if data.get(f"quote_{n}_text")
        ]
        content["contact"] = {part: data.get(f"contact_{part}", "").strip() for part in ("name", "role", "email")}
        return content


class FactCheckForm(forms.Form):
    """Approve the draft, or suggest corrections section by section."""

    def __init__(self, *args, sections, action: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.sections = sections
        layout = []
        for section in sections:
            self.fields[f"correction_{section.key}"] = forms.CharField(
                label=f"Correction to ‘{section.title}’ (optional)",
                required=False,
                max_length=5000,
                widget=forms.Textarea(attrs={"rows": 3}),
            )
            layout.append(Field.textarea(f"correction_{section.key}"))
        layout.append(HTML('<div class="govuk-button-group">'))
        layout.append(Button("approve", "Approve the draft"))
        layout.append(Button.secondary("suggest", "Send my corrections"))
        layout.append(HTML("</div>"))
        self.helper = govuk_helper(*layout, action=action)

    def corrections(self) -> dict[str, str]:
        return {s.key: self.cleaned_data.get(f"correction_{s.key}", "") for s in self.sections}


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


class PackForm(forms.Form):
    """The pack's words, a colour for each theme's chapter and the order of the chapters."""

    title = forms.CharField(label="Title on the cover", max_length=200, error_messages={"required": "Enter a title"})
    subtitle = forms.CharField(label="Subtitle (optional)", max_length=300, required=False)
    introduction = forms.CharField(
        label="Introduction (optional)", required=False, widget=forms.Textarea(attrs={"rows": 6}), max_length=20000
    )
    foreword = forms.CharField(
        label="Foreword (optional)", required=False, widget=forms.Textarea(attrs={"rows": 6}), max_length=20000
    )
    foreword_by = forms.CharField(
        label="Who signs the foreword (optional)",
        max_length=200,
        required=False,
        help_text="For example, ‘Jane Smith, Director of Children's Services, Kent’.",
    )

    def __init__(self, *args, themes, colours, action: str, **kwargs):
        from .pack import COLOURS

        super().__init__(*args, **kwargs)
        self.themes = themes
        chapters = []
        for position, theme in enumerate(themes, start=1):
            self.fields[f"colour_{theme.pk}"] = forms.ChoiceField(
                label=f"Colour of ‘{theme.label}’",
                choices=[(k, name) for k, (name, _) in COLOURS.items()],
            )
            self.fields[f"position_{theme.pk}"] = forms.IntegerField(
                label=f"Position of ‘{theme.label}’",
                min_value=1,
                max_value=len(themes),
                widget=forms.TextInput(attrs={"inputmode": "numeric"}),
                error_messages={
                    "invalid": f"Enter the position of ‘{theme.label}’ as a number, like 2",
                    "required": f"Enter the position of ‘{theme.label}’",
                    "min_value": f"The position of ‘{theme.label}’ must be 1 or more",
                    "max_value": f"The position of ‘{theme.label}’ must be {len(themes)} or less",
                },
            )
            self.initial.setdefault(f"colour_{theme.pk}", colours.get(str(theme.pk), "blue"))
            self.initial.setdefault(f"position_{theme.pk}", position)
            chapters += [Field(f"colour_{theme.pk}"), Field.text(f"position_{theme.pk}", field_width=2)]
        layout = [
            Field.text("title"),
            Field.text("subtitle"),
            Field.textarea("introduction"),
            Field.textarea("foreword"),
            Field.text("foreword_by"),
        ]
        if chapters:
            layout.append(Fieldset(*chapters, legend="Chapters, one for each theme", legend_size=Size.MEDIUM))
        layout.append(Button("save", "Save the pack"))
        self.helper = govuk_helper(*layout, action=action)

    def clean(self):
        data = super().clean()
        for name in ("introduction", "foreword"):
            if problems := markdown_errors(data.get(name, "")):
                self.add_error(name, f"{self.fields[name].label.removesuffix(' (optional)')}: {problems[0]}")
        return data

    def values(self) -> dict:
        data = self.cleaned_data
        ordered = sorted(self.themes, key=lambda t: (data.get(f"position_{t.pk}") or 0, t.label))
        return {
            **{name: data[name] for name in ("title", "subtitle", "introduction", "foreword", "foreword_by")},
            "colours": {str(t.pk): data[f"colour_{t.pk}"] for t in self.themes},
            "chapter_order": [t.pk for t in ordered],
        }


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
