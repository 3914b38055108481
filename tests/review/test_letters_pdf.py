"""The letter of recognition a nominator downloads is a tagged PDF a screen reader can read."""

import pytest
from django.urls import reverse

from silverlinings.review.services import decisions as services
from tests.accounts.factories import ContributorFactory, ProgrammeTeamFactory, authority
from tests.calls.factories import make_call, submitted_nomination
from tests.core.pdf_structure import pdf_structure
from tests.review.matrix_panel import MEDWAY


@pytest.mark.django_db
def test_the_downloaded_letter_is_tagged_with_its_title_and_language(client):
    team = ProgrammeTeamFactory()
    nominator = ContributorFactory(full_name="Sam Kaur", authority=authority(MEDWAY))
    nomination = submitted_nomination(make_call(), nominator=nominator, ons_code=MEDWAY, title="Family time by video")
    services.decision_record(nomination=nomination, outcome="selected", reason="Clear evidence", by=team)
    client.force_login(team, backend="django.contrib.auth.backends.ModelBackend")

    response = client.get(reverse("review:letter_download", kwargs={"pk": nomination.pk}))
    structure = pdf_structure(response.content)

    assert response.status_code == 200
    assert (structure.tagged, structure.marked, structure.pdfua_part) == (True, True, "1")
    assert structure.language == "en-GB"
    assert structure.title == f"Letter of recognition: {nomination.reference}"
    assert structure.roles.count("H1") == 1
    assert "P" in structure.roles
