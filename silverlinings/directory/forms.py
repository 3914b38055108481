from crispy_forms_gds.layout import Button, Field, Size
from django import forms

from silverlinings.core.forms import UKDateField, govuk_helper

from .models import Contact, NetworkMeeting


class ContactForm(forms.ModelForm):
    class Meta:
        model = Contact
        fields = ["name", "role_title", "authority", "organisation", "email", "phone", "networks", "listed", "position"]
        labels = {
            "name": "Name",
            "role_title": "Role",
            "authority": "Authority",
            "organisation": "Organisation (if not an authority)",
            "email": "Email address",
            "phone": "Telephone (optional)",
            "networks": "Networks they lead or belong to",
            "listed": "Show them on the public contact page",
            "position": "Order on the contact page",
        }
        help_texts = {
            "role_title": "As it appears in the weekly update, like ‘SESLI Programme Manager’.",
            "organisation": "For example the programme itself. Leave blank for an authority's own staff.",
            "email": "The ‘last call’ goes to the contacts of each authority that has this.",
            "position": "Lower numbers come first.",
        }
        error_messages = {
            "name": {"required": "Enter the person’s name"},
            "role_title": {"required": "Enter their role, like ‘SEND Network Lead’"},
            "email": {"invalid": "Enter an email address in the correct format, like name@example.org"},
            "position": {"invalid": "Enter the order as a whole number, like 10"},
        }
        # A GOV.UK text input for a number (type="number" is hard to use); the field still checks it.
        widgets = {
            "networks": forms.CheckboxSelectMultiple,
            "position": forms.TextInput(attrs={"inputmode": "numeric"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["authority"].empty_label = "Not an authority"
        self.helper = govuk_helper(
            Field.text("name", field_width=20),
            Field.text("role_title"),
            Field.select("authority"),
            Field.text("organisation"),
            Field.text("email", field_width=20),
            Field.text("phone", field_width=10),
            Field.checkboxes("networks", legend_size=Size.SMALL, small=True),
            Field.checkboxes("listed"),
            Field.text("position", field_width=3),
            Button("save", "Save the contact"),
        )

    def clean(self):
        data = super().clean()
        if not data.get("authority") and not (data.get("organisation") or "").strip():
            self.add_error("authority", "Select their authority or enter their organisation")
        return data


class NetworkMeetingForm(forms.ModelForm):
    date = UKDateField(
        label="Date of the meeting",
        help_text="For example, 2 12 2026.",
        noun="the date of the meeting",
        error_messages={"required": "Enter the date of the meeting"},
    )

    class Meta:
        model = NetworkMeeting
        fields = ["network", "date", "details", "more_information_from"]
        labels = {
            "network": "Network",
            "details": "Time and place (optional)",
            "more_information_from": "More information from (optional)",
        }
        error_messages = {"network": {"required": "Choose the network"}}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = govuk_helper(
            Field("network"),
            Field("date", context={"legend_size": Size.for_legend(Size.SMALL)}),
            Field.text("details"),
            Field("more_information_from"),
            Button("add", "Add the meeting"),
        )

    def clean(self):
        data = super().clean()
        network, day = data.get("network"), data.get("date")
        if network and day and NetworkMeeting.objects.filter(network=network, date=day).exists():
            self.add_error("date", "This network already meets on that date")
        return data
