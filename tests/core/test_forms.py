"""Times typed the ways people type them, for the GOV.UK date-and-time field."""

from datetime import time

import pytest

from silverlinings.core.forms import parse_time


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
