"""The accessibility statement says what the public-sector regulations ask: how accessible the service
is, what was tested and how, what is known not to work, and how to report a problem."""

import pytest
from django.urls import reverse


@pytest.mark.django_db
def test_the_statement_says_what_was_tested_how_and_what_is_not_accessible(client):
    page = client.get(reverse("core:accessibility")).content.decode()

    for heading in [
        "Compliance status",
        "How we tested this service",
        "Non-accessible content",
        "Feedback and contact information",
        "Enforcement procedure",
        "Preparation of this accessibility statement",
    ]:
        assert f">{heading}</h2>" in page, heading
    for tested in [
        "axe-core",
        "Nu Html Checker",
        "320 by 640 CSS pixels",
        "only a keyboard",
        "JavaScript switched off",
        "PDF/UA",
    ]:
        assert tested in page, tested
    assert "partially compliant" in page
