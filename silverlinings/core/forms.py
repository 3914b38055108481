"""GOV.UK form rendering shared by every app."""

import re
from datetime import UTC, date, datetime, time

from crispy_forms_gds.helper import FormHelper
from crispy_forms_gds.widgets import DateInputWidget
from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone


def govuk_helper(*layout, form_tag: bool = True, action: str = "") -> FormHelper:
    """A crispy-forms helper for a GOV.UK form: the browser's own validation is off (novalidate) so
    every error is shown the GOV.UK way, in the summary and on the field."""
    from crispy_forms_gds.layout import Layout

    helper = FormHelper()
    helper.form_tag = form_tag
    helper.form_method = "post"
    helper.form_action = action
    helper.attrs = {"novalidate": ""}
    helper.layout = Layout(*layout)
    return helper


# --- Dates and times: the GOV.UK date input, with a time, in UK time ------------------------------------


class DateTimeWidget(forms.MultiWidget):
    """Day, month and year boxes (the GOV.UK date input) and a time box beside them.

    Rendered by crispy-forms-gds's date input template: each box has its own label."""

    template_name = "gds/widgets/date.html"

    def __init__(self, attrs=None):
        def box(label: str, width: int, **extra) -> forms.TextInput:
            css = f"govuk-input govuk-date-input__input govuk-input--width-{width}"
            return forms.TextInput(attrs={"class": css, "label": label, **extra, "autocomplete": "off"})

        numeric = {"inputmode": "numeric"}
        super().__init__(
            [box("Day", 2, **numeric), box("Month", 2, **numeric), box("Year", 4, **numeric), box("Time", 4)], attrs
        )

    def decompress(self, value):
        if not value:
            return [None, None, None, None]
        local = timezone.localtime(value)
        return [local.day, local.month, local.year, f"{local.hour}:{local.minute:02d}"]


TIME = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?\s*([ap])?\.?m?\.?$", re.IGNORECASE)


def parse_time(text: str) -> time | None:
    """9:00, 09.30, 14:30, 5pm, 12am; None when it is not a time of day."""
    match = TIME.match(text.strip())
    if not match:
        return None
    hour, minute, half = int(match[1]), int(match[2] or 0), (match[3] or "").lower()
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "p" else 0)
    elif match[2] is None:
        return None  # "9" alone could be a morning or an evening
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


class UKDateTimeField(forms.MultiValueField):
    """A moment typed as day, month, year and time, in UK time (British Summer Time in summer).

    Errors follow the GOV.UK date input pattern: say which part is missing or wrong, and mark only the
    boxes at fault (crispy-forms-gds reads each box's `widget.errors`)."""

    widget = DateTimeWidget
    PARTS = ("day", "month", "year", "time")

    def __init__(self, *, noun: str, time_noun: str, **kwargs):
        self.noun, self.time_noun = noun, time_noun
        fields = [forms.CharField(required=False) for _ in self.PARTS]
        super().__init__(fields=fields, require_all_fields=False, **kwargs)

    def _fail(self, message: str, *parts: str):
        for name in parts:
            self.fields[self.PARTS.index(name)].widget.errors = [message]
        raise ValidationError(message)

    def clean(self, value):
        for field in self.fields:
            field.widget.errors = []
        day, month, year, clock = [str(part or "").strip() for part in (value or [])] + [""] * (4 - len(value or []))
        if not any([day, month, year, clock]):
            if self.required:
                self._fail(self.error_messages["required"], "day")
            return None
        typed = datetime.combine(self._date(day, month, year), self._time(clock))
        moment = timezone.make_aware(typed)
        if timezone.localtime(moment.astimezone(UTC)).replace(tzinfo=None) != typed:  # in the hour skipped in March
            self._fail(
                f"{typed.hour}:{typed.minute:02d} on {typed.day} {typed:%B %Y} does not exist in UK time: "
                "the clocks go forward from 1:00 to 2:00",
                "time",
            )
        return moment

    def _date(self, day: str, month: str, year: str) -> date:
        typed = dict(zip(self.PARTS, (day, month, year), strict=False))
        missing = [name for name, part in typed.items() if not part]
        if missing:
            self._fail(f"{self.noun.capitalize()} must include a {' and '.join(missing)}", *missing)
        wrong = [name for name, part in typed.items() if not part.isdigit()]
        if wrong:
            self._fail(f"{self.noun.capitalize()} must be a real date", *wrong)
        if len(year) != 4:
            self._fail("Year must include 4 numbers", "year")
        try:
            return date(int(year), int(month), int(day))
        except ValueError:
            return self._fail(f"{self.noun.capitalize()} must be a real date", "day", "month", "year")

    def _time(self, clock: str) -> time:
        if not clock:
            self._fail(f"{self.noun.capitalize()} must include a time", "time")
        parsed = parse_time(clock)
        if parsed is None:
            self._fail(f"Enter the {self.time_noun} like 9:00, 14:30 or 5pm", "time")
        return parsed


class UKDateField(UKDateTimeField):
    """A day, month and year (the GOV.UK date input), with the same error messages as a date and time."""

    widget = DateInputWidget
    PARTS = ("day", "month", "year")

    def __init__(self, *, noun: str, **kwargs):
        super().__init__(noun=noun, time_noun="", **kwargs)

    def clean(self, value):
        for field in self.fields:
            field.widget.errors = []
        day, month, year = ([str(part or "").strip() for part in (value or [])] + [""] * 3)[:3]
        if not any([day, month, year]):
            if self.required:
                self._fail(self.error_messages["required"], "day")
            return None
        return self._date(day, month, year)
