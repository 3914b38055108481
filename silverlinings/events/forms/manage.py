"""Forms of the team's pages: the event, its sessions, places for each authority, messages and coordinators."""

from crispy_forms_gds.layout import Button, Field, Fieldset, Size
from django import forms

from silverlinings.core.forms import UKDateTimeField, govuk_helper

from ..models import Event, Session, SessionKind

NUMBER = forms.TextInput(attrs={"inputmode": "numeric"})


def _moment(label: str, noun: str, *, required: bool = True, hint: str = "UK time.") -> UKDateTimeField:
    return UKDateTimeField(
        label=label,
        help_text=f"For example, 2 3 2021 at 10:00. {hint}",
        noun=noun,
        time_noun=f"{noun.removeprefix('the ')} time",
        required=required,
        error_messages={"required": f"Enter {noun}"},
    )


def _count(label: str, noun: str, *, required: bool = True, hint: str = "") -> forms.IntegerField:
    return forms.IntegerField(
        label=label,
        help_text=hint,
        min_value=0,
        required=required,
        widget=NUMBER,
        error_messages={
            "required": f"Enter {noun}",
            "invalid": f"Enter {noun} as a whole number, like 40",
            "min_value": f"Enter {noun} as 0 or more",
        },
    )


class EventForm(forms.ModelForm):
    starts_at = _moment("When the event starts", "the start date")
    ends_at = _moment("When the event ends", "the end date")
    registration_opens_at = _moment("When registration opens", "the registration opening date")
    registration_closes_at = _moment("When registration closes", "the registration closing date")
    release_at = _moment(
        "When unused authority places go to general admission (optional)",
        "the release date",
        required=False,
    )
    allocation_at = _moment(
        "When workshop places are allocated (optional)",
        "the allocation date",
        required=False,
        hint="UK time. Until then people rank workshops; afterwards, they get the best one with a place left.",
    )
    joining_url = forms.URLField(
        label="Joining address",
        assume_scheme="https",
        required=False,
        widget=forms.URLInput(attrs={"class": "govuk-input", "spellcheck": "false"}),
        help_text="Only registered people see it, and only shortly before the start.",
        error_messages={"invalid": "Enter the joining address as a web address, like https://…"},
    )
    capacity = _count("Total places", "the total number of places")
    venue_capacity = _count(
        "Covid-secure places at the venue (optional)", "the number of places at the venue", required=False
    )
    offer_hours = _count("Hours to take a place offered from the waiting list", "the number of hours")
    joining_minutes = _count("Minutes before the start the joining details are sent", "the number of minutes")

    MOMENTS = ["starts_at", "ends_at", "registration_opens_at", "registration_closes_at", "release_at", "allocation_at"]

    class Meta:
        model = Event
        fields = [
            "title",
            "slug",
            "summary",
            "description",
            "starts_at",
            "ends_at",
            "platform",
            "joining_url",
            "venue",
            "venue_capacity",
            "capacity",
            "registration_opens_at",
            "registration_closes_at",
            "release_at",
            "allocation_at",
            "general_open_to_authorities",
            "offer_hours",
            "joining_minutes",
            "recordings",
        ]
        labels = {"general_open_to_authorities": "General admission is open to people from authorities"}
        error_messages = {
            "title": {"required": "Enter the event's title"},
            "slug": {"required": "Enter a short web address", "unique": "Another event uses this web address"},
            "summary": {"required": "Enter a one-sentence summary"},
            "description": {"required": "Enter a description of the event"},
            "joining_url": {"invalid": "Enter the joining address as a web address, like https://…"},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        moments = {name: Field(name, context={"legend_size": Size.for_legend(Size.SMALL)}) for name in self.MOMENTS}
        self.helper = govuk_helper(
            Field.text("title"),
            Field.text("slug", field_width=20),
            Field.text("summary"),
            Field.textarea("description"),
            moments["starts_at"],
            moments["ends_at"],
            Field.text("platform", field_width=20),
            Field.text("joining_url"),
            Field.text("venue"),
            Field.text("venue_capacity", field_width=4),
            Field.text("capacity", field_width=4),
            moments["registration_opens_at"],
            moments["registration_closes_at"],
            moments["release_at"],
            moments["allocation_at"],
            Field.checkbox("general_open_to_authorities"),
            Field.text("offer_hours", field_width=4),
            Field.text("joining_minutes", field_width=4),
            Field.textarea("recordings"),
            Button("save", "Save event"),
        )

    def clean(self):
        data = super().clean()
        starts, ends = data.get("starts_at"), data.get("ends_at")
        opens, closes = data.get("registration_opens_at"), data.get("registration_closes_at")
        if starts and ends and ends <= starts:
            self.add_error("ends_at", "The end must be after the start")
        if opens and closes and closes <= opens:
            self.add_error("registration_closes_at", "Registration must close after it opens")
        if closes and ends and closes > ends:
            self.add_error("registration_closes_at", "Registration must close before the event ends")
        return data


class SessionForm(forms.ModelForm):
    starts_at = _moment("Starts", "the start date")
    ends_at = _moment("Ends", "the end date")
    capacity = _count("Places (for a workshop)", "the number of places", required=False)

    class Meta:
        model = Session
        fields = ["kind", "title", "description", "speakers", "reports", "starts_at", "ends_at", "capacity"]
        labels = {"kind": "What kind of session is it?"}
        widgets = {"kind": forms.RadioSelect}
        help_texts = {"kind": "Workshops that start at the same time run in parallel: people rank them."}
        error_messages = {
            "title": {"required": "Enter the session's title"},
            "kind": {"required": "Select plenary or workshop"},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = SessionKind.choices
        self.helper = govuk_helper(
            Field.radios("kind", legend_size=Size.SMALL, inline=True),
            Field.text("title"),
            Field.textarea("description"),
            Field.text("speakers"),
            Field.text("reports"),
            Field("starts_at", context={"legend_size": Size.for_legend(Size.SMALL)}),
            Field("ends_at", context={"legend_size": Size.for_legend(Size.SMALL)}),
            Field.text("capacity", field_width=4),
            Button("save", "Save session"),
        )

    def clean(self):
        data = super().clean()
        if data.get("starts_at") and data.get("ends_at") and data["ends_at"] <= data["starts_at"]:
            self.add_error("ends_at", "The end must be after the start")
        if data.get("kind") == SessionKind.WORKSHOP and data.get("capacity") is None and "capacity" not in self.errors:
            self.add_error("capacity", "Enter the number of places in the workshop")
        return data


class AllocationsForm(forms.Form):
    """One box per authority. ‘Suggest evenly’ fills the boxes from the general admission places wanted."""

    general = _count(
        "Places to keep for general admission",
        "the number of general admission places",
        hint="Used by ‘Share the rest evenly’. General admission is what the authorities' places leave.",
    )

    def __init__(self, *args, authorities, **kwargs):
        super().__init__(*args, **kwargs)
        self.authorities = list(authorities)
        for authority in self.authorities:
            self.fields[f"authority_{authority.pk}"] = _count(
                authority.name, f"the number of places for {authority.short_name}"
            )
        self.helper = govuk_helper(
            Field.text("general", field_width=4),
            Button.secondary("suggest", "Share the rest evenly"),
            Fieldset(
                *[Field.text(f"authority_{authority.pk}", field_width=4) for authority in self.authorities],
                legend="Places for each authority",
                legend_size=Size.MEDIUM,
            ),
            Button("save", "Save places"),
        )

    def places(self) -> dict[int, int]:
        return {authority.pk: self.cleaned_data[f"authority_{authority.pk}"] for authority in self.authorities}


class MessageForm(forms.Form):
    subject = forms.CharField(label="Subject", max_length=150, error_messages={"required": "Enter a subject"})
    message = forms.CharField(label="Message", widget=forms.Textarea, error_messages={"required": "Enter a message"})
    workshop = forms.ChoiceField(label="Who gets it", required=False)

    def __init__(self, *args, event, action: str, **kwargs):
        super().__init__(*args, **kwargs)
        workshops = event.sessions.filter(kind=SessionKind.WORKSHOP).order_by("starts_at", "title")
        self.fields["workshop"].choices = [("", "Everyone registered")] + [
            (str(w.pk), f"Only the people in ‘{w.title}’") for w in workshops
        ]
        self.helper = govuk_helper(
            Field.text("subject"),
            Field.textarea("message"),
            Field.select("workshop"),
            Button("send", "Send message"),
            action=action,
        )


class CoordinatorForm(forms.Form):
    contact = forms.ModelChoiceField(
        queryset=None,
        label="Contact",
        help_text="A contact in the directory with an email address and an authority.",
        empty_label="Choose a contact",
        error_messages={"required": "Choose the contact who will coordinate their authority's places"},
    )

    def __init__(self, *args, action: str, **kwargs):
        from silverlinings.directory.models import Contact

        super().__init__(*args, **kwargs)
        self.fields["contact"].queryset = (
            Contact.objects.filter(authority__isnull=False)
            .exclude(email="")
            .select_related("authority")
            .order_by("authority__short_name", "name")
        )
        self.fields["contact"].label_from_instance = lambda c: f"{c.authority.short_name}: {c.name}, {c.role_title}"
        self.helper = govuk_helper(Field.select("contact"), Button("add", "Make coordinator"), action=action)


class SessionRemoveForm(forms.Form):
    """Are you sure? Yes or no, the GOV.UK way: nothing is removed without an answer."""

    confirm = forms.ChoiceField(
        choices=[("yes", "Yes, take it out of the programme"), ("no", "No, keep it")],
        widget=forms.RadioSelect,
        error_messages={"required": "Select yes to take the session out of the programme, or no to keep it"},
    )

    def __init__(self, *args, session: Session, action: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["confirm"].label = f"Take ‘{session.title}’ out of the programme?"
        self.helper = govuk_helper(
            Field.radios("confirm", legend_size=Size.MEDIUM, legend_tag="h2"),
            Button("continue", "Continue"),
            action=action,
        )
