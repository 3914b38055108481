"""GOV.UK form parts: times typed the ways people type them, and the error summary's links."""

import re
from datetime import time

import pytest
from django import forms
from django.template import Context, Template

from silverlinings.core.forms import govuk_helper, parse_time


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("9:00", time(9, 0)),
        ("09.30", time(9, 30)),
        ("14:30", time(14, 30)),
        ("5pm", time(17, 0)),
        ("5:15 PM", time(17, 15)),
        ("9.30am", time(9, 30)),
        ("12am", time(0, 0)),
        ("12pm", time(12, 0)),
        ("0:05", time(0, 5)),
        ("9", None),
        ("13pm", None),
        ("24:00", None),
        ("9:60", None),
        ("noon", None),
    ],
)
def test_a_time_is_read_as_people_type_it(typed, expected):
    assert parse_time(typed) == expected


class _Choices(forms.Form):
    kind = forms.ChoiceField(choices=[("adopted", "Adopted"), ("trying", "Trying")], widget=forms.RadioSelect)
    areas = forms.MultipleChoiceField(choices=[("a", "A"), ("b", "B")], widget=forms.CheckboxSelectMultiple)
    name = forms.CharField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = govuk_helper()


def test_every_link_of_the_error_summary_goes_to_a_box_on_the_page():
    form = _Choices(data={})
    page = "{% load crispy_forms_tags crispy_forms_gds %}{% error_summary form %}{% crispy form %}"
    html = Template(page).render(Context({"form": form}))

    targets = re.findall(r'<a href="#([^"]+)">', html)
    assert len(targets) == 3
    for target in targets:
        assert f'id="{target}"' in html, target
    assert targets[:2] == ["id_kind_1", "id_areas_1"]
