"""Each published report as a tagged PDF, cached by what it was made from."""

import pytest
from django.core.files.storage import default_storage
from django.urls import reverse

from silverlinings.showcase.models import Status
from silverlinings.showcase.services import commissions as services
from tests.core.pdf_structure import pdf_structure
from tests.showcase.factories import CONTENT, make_commission, team

pytestmark = pytest.mark.django_db


@pytest.mark.slow
def test_the_report_pdf_is_tagged_with_its_title_language_and_headings(client):
    commission = make_commission(status=Status.PUBLISHED)

    response = client.get(reverse("showcase:report_pdf", kwargs={"slug": commission.slug}))
    structure = pdf_structure(response.content)

    assert response["Content-Type"] == "application/pdf"
    assert (structure.tagged, structure.marked, structure.pdfua_part) == (True, True, "1")
    assert structure.language == "en-GB"
    assert structure.title == "Conferences on time rose to 93%"
    assert structure.roles.count("H1") == 1
    assert structure.roles.count("H2") == 6
    assert "L" in structure.roles and "P" in structure.roles


@pytest.mark.slow
def test_the_pdf_is_built_once_and_again_when_the_report_changes(client):
    commission = make_commission(status=Status.PUBLISHED)
    url = reverse("showcase:report_pdf", kwargs={"slug": commission.slug})
    first = client.get(url).content
    assert client.get(url).content == first
    assert len(default_storage.listdir("showcase/pdf")[1]) == 1

    services.commission_move(commission=commission, to=Status.DRAFTING, by=team())
    services.report_save(commission=commission, content={**CONTENT, "headline": "Now 95%"}, by=team())
    for step in (Status.TEAM_REVIEW, Status.FACT_CHECK):
        services.commission_move(commission=commission, to=step, by=team())
    services.commission_move(commission=commission, to=Status.APPROVED, by=team(), override_reason="By phone.")
    services.commission_move(commission=commission, to=Status.PUBLISHED, by=team())

    assert pdf_structure(client.get(url).content).title == "Now 95%"
    assert len(default_storage.listdir("showcase/pdf")[1]) == 2


@pytest.mark.slow
def test_pictures_in_the_pdf_carry_their_alt_text(client):
    from tests.showcase.factories import jpeg

    commission = make_commission(status=Status.PUBLISHED)
    services.report_image_add(
        commission=commission, data=jpeg(), alt_text="A chair leads a conference", caption="", credit="", by=team()
    )

    structure = pdf_structure(client.get(reverse("showcase:report_pdf", kwargs={"slug": commission.slug})).content)

    assert structure.figure_alts == ["A chair leads a conference"]
