from datetime import timedelta

import pytest

from silverlinings.core.formatting import govuk_duration


@pytest.mark.parametrize(
    ("length", "words"),
    [
        (30 * 60, "30 minutes"),
        (60, "1 minute"),
        (3600, "1 hour"),
        (timedelta(hours=2), "2 hours"),
        (90 * 60, "1 hour and 30 minutes"),
        (timedelta(days=1, hours=2, minutes=1), "1 day, 2 hours and 1 minute"),
        (timedelta(days=7), "7 days"),
        (45, "45 seconds"),
        (3600 + 59, "1 hour"),
        (-1, "0 seconds"),
    ],
)
def test_govuk_duration_says_a_length_of_time_in_words(length, words):
    assert govuk_duration(length) == words
