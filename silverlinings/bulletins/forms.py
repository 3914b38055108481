"""The team's forms for issues, items and Tools & Templates, and the public subscription form."""

from crispy_forms_gds.layout import Button, Field, Fieldset, Size
from django import forms

from silverlinings.core.forms import UKDateField, UKDateTimeField, govuk_helper
from silverlinings.core.richtext import markdown_errors
from silverlinings.directory.models import Network, ServiceArea

from .models import Issue, Item, Publication, Resource, Section

MARKDOWN_HINT = "Separate paragraphs with a blank line. Start a line with ‘- ’ for a bullet. Links: [words](https://…)."
MAX_TEXT = 20_000


def _text(label: str, *, required: bool = False, hint: str = MARKDOWN_HINT, rows: int = 6) -> forms.CharField:
    return forms.CharField(
        label=label,
        required=required,
        help_text=hint,
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": rows}),
        error_messages={"max_length": f"{label} must be {MAX_TEXT:,} characters or fewer"},
    )


def _link_field() -> forms.URLField:
    """An optional web address in a GOV.UK text input, taken as https when typed without a scheme."""
    return forms.URLField(
        label="Link (optional)",
        required=False,
        max_length=500,
        assume_scheme="https",
        error_messages={"invalid": "Enter the link as a full web address, starting https://"},
        widget=forms.URLInput(attrs={"class": "govuk-input", "spellcheck": "false"}),
    )


class IssueForm(forms.ModelForm):
    number = forms.IntegerField(
        label="Number",
        min_value=1,
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
        error_messages={"required": "Enter the issue's number, like 452", "invalid": "Number must be a whole number"},
    )
    date = UKDateField(
        label="Date of the issue",
        help_text="For example, 4 3 2021.",
        noun="the date",
        error_messages={"required": "Enter the date of the issue"},
    )
    introduction = _text("Introduction (optional)", rows=4)
    foreword = _text("Foreword (optional)", hint="For a newsletter: the director's foreword. " + MARKDOWN_HINT)

    class Meta:
        model = Issue
        fields = ["number", "date", "title", "introduction", "foreword", "signatory_name", "signatory_role"]
        labels = {"title": "Title (optional)", "signatory_name": "Foreword signed by", "signatory_role": "Their role"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = govuk_helper(
            Field.text("number", field_width=4),
            Field("date", context={"legend_size": Size.for_legend(Size.SMALL)}),
            Field.text("title"),
            Field.textarea("introduction"),
            Field.textarea("foreword"),
            Field.text("signatory_name"),
            Field.text("signatory_role"),
            Button("save", "Save"),
        )

    def clean_number(self):
        number = self.cleaned_data["number"]
        issue = self.instance
        if Issue.objects.filter(publication=issue.publication, number=number).exclude(pk=issue.pk).exists():
            raise forms.ValidationError(f"There is already an issue numbered {number}: choose another number")
        return number

    def clean(self):
        for name in ("introduction", "foreword"):
            for message in markdown_errors(self.cleaned_data.get(name) or ""):
                self.add_error(name, message)
        return self.cleaned_data


class ItemForm(forms.ModelForm):
    body = _text("Text", rows=10)
    action_required = _text("Action Required (optional)", rows=3, hint="What readers should do. " + MARKDOWN_HINT)
    deadline = UKDateField(
        label="Deadline (optional)",
        help_text="The item is carried into ‘Reminders from previous weeks’ until this date. For example, 27 11 2020.",
        noun="the deadline",
        required=False,
    )
    event_date = UKDateField(label="Event date (optional)", noun="the event date", required=False)
    carry_forward_weeks = forms.IntegerField(
        label="Carry forward for this many weeks (optional)",
        help_text="Leave blank to carry it forward until the deadline.",
        required=False,
        min_value=1,
        max_value=26,
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
        error_messages={
            "invalid": "Weeks must be a whole number, like 3",
            "min_value": "Weeks must be 1 or more",
            "max_value": "Weeks must be 26 or fewer",
        },
    )
    link_url = _link_field()
    image_upload = forms.FileField(
        label="Picture (optional)", required=False, help_text="For a newsletter story. A JPG, PNG or WebP."
    )
    attachment_upload = forms.FileField(
        label="Add an attachment (optional)",
        required=False,
        help_text="A flyer or report, 10 MB at most. Add more by changing the item again.",
    )
    attachment_title = forms.CharField(label="Name of the attachment", required=False, max_length=200)

    class Meta:
        model = Item
        fields = [
            "headline",
            "section",
            "body",
            "action_required",
            "deadline",
            "carry_forward_weeks",
            "event_date",
            "link_url",
            "link_text",
            "network",
            "service_area",
            "image_alt",
        ]
        labels = {
            "headline": "Headline",
            "section": "Section",
            "link_url": "Link (optional)",
            "link_text": "Words for the link",
            "network": "Network (optional)",
            "service_area": "Service area (optional)",
            "image_alt": "Describe the picture for people who cannot see it",
        }
        error_messages = {
            "headline": {"required": "Enter a headline"},
            "link_url": {"invalid": "Enter the link as a full web address, starting https://"},
        }

    def __init__(self, *args, publication: Publication, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["section"].queryset = Section.objects.filter(publication=publication)
        self.fields["section"].required = False
        self.fields["network"].queryset = Network.objects.all()
        self.fields["service_area"].queryset = ServiceArea.objects.all()
        layout = [Field.text("headline")]
        if self.fields["section"].queryset.exists():
            layout.append(Field("section"))
        else:
            del self.fields["section"]
        layout += [
            Field.textarea("body"),
            Field.textarea("action_required"),
            Field("deadline", context={"legend_size": Size.for_legend(Size.SMALL)}),
            Field.text("carry_forward_weeks", field_width=4),
            Field("event_date", context={"legend_size": Size.for_legend(Size.SMALL)}),
            Fieldset(Field.text("link_url"), Field.text("link_text"), legend="Link", legend_size=Size.SMALL),
            Field("network"),
            Field("service_area"),
            Fieldset(Field("image_upload"), Field.text("image_alt"), legend="Picture", legend_size=Size.SMALL),
            Fieldset(
                Field("attachment_upload"), Field.text("attachment_title"), legend="Attachments", legend_size=Size.SMALL
            ),
            Button("save", "Save the item"),
        ]
        self.helper = govuk_helper(*layout)

    def clean_link_url(self):
        url = self.cleaned_data["link_url"]
        if url and not url.lower().startswith(("https://", "http://")):
            raise forms.ValidationError("Enter the link as a full web address, starting https://")
        return url

    def clean_attachment_upload(self):
        upload = self.cleaned_data.get("attachment_upload")
        if upload and upload.size > 10 * 1024 * 1024:
            raise forms.ValidationError("The attachment must be smaller than 10 MB")
        return upload

    def clean(self):
        data = self.cleaned_data
        for name in ("body", "action_required"):
            for message in markdown_errors(data.get(name) or ""):
                self.add_error(name, message)
        if (data.get("attachment_title") or "").strip() and not data.get("attachment_upload"):
            self.add_error("attachment_upload", "Choose the file to attach, or leave its name empty")
        has_image = data.get("image_upload") or (self.instance.pk and self.instance.image)
        if has_image and not (data.get("image_alt") or "").strip():
            self.add_error("image_alt", "Describe the picture, for people who cannot see it")
        return data

    def service_fields(self) -> dict:
        """What `services.item_save` takes: the model's fields and the uploads."""
        data = dict(self.cleaned_data)
        image, attachment = data.pop("image_upload", None), data.pop("attachment_upload", None)
        title = data.pop("attachment_title", "")
        fields = dict(data)
        if image:
            fields["image"] = image.read()
        if attachment:
            fields["attachment"] = attachment
            fields["attachment_title"] = title.strip()
        return fields


class ResourceForm(forms.ModelForm):
    url = _link_field()
    published_on = UKDateField(
        label="Date published", help_text="For example, 12 11 2020.", noun="the date published", required=False
    )

    class Meta:
        model = Resource
        fields = ["title", "publisher", "published_on", "url"]
        labels = {"title": "Title", "publisher": "Publisher (optional)", "url": "Link (optional)"}
        error_messages = {
            "title": {"required": "Enter the title"},
            "url": {"invalid": "Enter the link as a full web address, starting https://"},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = govuk_helper(
            Field.text("title"),
            Field.text("publisher"),
            Field("published_on", context={"legend_size": Size.for_legend(Size.SMALL)}),
            Field.text("url"),
            Button("save", "Add to Tools & Templates"),
        )


class ChoicesForm(forms.Form):
    publications = forms.ModelMultipleChoiceField(
        label="What would you like to get?",
        queryset=Publication.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    networks = forms.ModelMultipleChoiceField(
        label="Networks you are interested in (optional)",
        help_text="Items for these networks are listed first in your copy, under ‘For your networks’. "
        "You still get every issue and every item of the publications you choose.",
        queryset=Network.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    def layout(self, *first, button: str):
        self.helper = govuk_helper(
            *first,
            Field.checkboxes("publications", legend_size=Size.MEDIUM),
            Field.checkboxes("networks", legend_size=Size.SMALL, small=True),
            Button("save", button),
        )


class SubscribeForm(ChoicesForm):
    email = forms.EmailField(
        label="Email address",
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        error_messages={
            "required": "Enter your email address",
            "invalid": "Enter an email address in the correct format, like name@example.org",
        },
    )
    field_order = ["email", "publications", "networks"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["publications"].required = True
        self.fields["publications"].error_messages["required"] = "Choose at least one publication"
        self.layout(Field.text("email"), button="Subscribe")


class PreferencesForm(ChoicesForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["publications"].help_text = "Untick them all to get nothing more from us."
        self.layout(button="Save my choices")


class SendForm(forms.Form):
    when = forms.ChoiceField(
        label="When should it go?",
        choices=[("now", "Now"), ("usual", "At the usual time"), ("at", "At a time I choose")],
        widget=forms.RadioSelect,
        error_messages={"required": "Choose when the issue should go"},
    )
    at = UKDateTimeField(
        label="Send at",
        help_text="UK time. For example, 5 3 2021 at 9:00.",
        noun="the sending time",
        time_noun="sending time",
        required=False,
    )

    def __init__(self, *args, usual: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["when"].choices = [
            ("now", "Now"),
            ("usual", f"At the usual time ({usual})"),
            ("at", "At a time I choose"),
        ]
        self.helper = govuk_helper(
            Field.radios("when", legend_size=Size.MEDIUM),
            Field("at", context={"legend_size": Size.for_legend(Size.SMALL)}),
            Button("send", "Send the issue"),
        )

    def clean(self):
        data = self.cleaned_data
        if data.get("when") == "at" and not data.get("at") and "at" not in self.errors:
            self.add_error("at", "Enter when the issue should go")
        return data


class ImportSubscribersForm(forms.Form):
    file = forms.FileField(
        label="CSV file",
        help_text="One address a row, in a column headed ‘email’. Saved from a spreadsheet as CSV.",
        error_messages={"required": "Choose a CSV file", "empty": "The file is empty"},
    )
    publications = forms.ModelMultipleChoiceField(
        label="They get",
        queryset=Publication.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Choose at least one publication"},
    )
    consent = forms.CharField(
        label="How did they agree to get it?",
        help_text="Recorded with each address, for example ‘Mailchimp list, subscribed on the old website’.",
        max_length=200,
        error_messages={"required": "Say how these people agreed to get the bulletin"},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = govuk_helper(
            Field("file"),
            Field.checkboxes("publications", legend_size=Size.SMALL),
            Field.text("consent"),
            Button("import", "Import"),
        )


class ImportIssueForm(forms.Form):
    text = forms.CharField(
        label="The text of the update",
        help_text="Copy the whole update from its web page and paste it here, or upload it below.",
        required=False,
        widget=forms.Textarea(attrs={"rows": 12}),
    )
    file = forms.FileField(label="Or upload it as a text file", required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = govuk_helper(Field.textarea("text"), Field("file"), Button("read", "Read the update"))

    def clean(self):
        from .parsing import MAX_CHARS, UpdateRefused, update_text_from_upload

        data = self.cleaned_data
        text = data.get("text") or ""
        if data.get("file"):
            try:
                text = update_text_from_upload(data["file"].read())
            except UpdateRefused as refused:
                self.add_error("file", refused.message)
                return data
        if not text.strip() and not self.errors:
            self.add_error("text", "Paste the text of the update, or upload it as a file")
        elif len(text) > MAX_CHARS:
            self.add_error("text", f"The text must be {MAX_CHARS:,} characters or fewer: paste one update at a time")
        data["update_text"] = text
        return data
