"""After the event: recordings and materials to those who came, feedback, the certificate of attendance."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from silverlinings.events.models import Event, Feedback, Registration
from tests.core.pdf_structure import pdf_structure
from tests.events.factories import make_event, register

pytestmark = pytest.mark.django_db


@pytest.fixture
def over():
    """An event that has ended: one person came, one did not."""
    event = make_event()
    came, missed = register(event, "came@example.org", full_name="Sam Kaur"), register(event, "missed@example.org")
    past = timezone.now() - timedelta(days=1)
    Event.objects.filter(pk=event.pk).update(
        starts_at=past - timedelta(hours=4), ends_at=past, recordings="Recording: https://video.example.org/launch"
    )
    Registration.objects.filter(pk=came.pk).update(attended_at=past - timedelta(hours=3))
    return Event.objects.get(pk=event.pk), Registration.objects.get(pk=came.pk), missed


def test_those_who_came_see_the_materials_feedback_and_certificate_on_their_page(client, over):
    _event, came, missed = over
    page = client.get(came.get_absolute_url()).content.decode()
    assert "https://video.example.org/launch" in page
    assert reverse("events:certificate", kwargs={"token": came.token}) in page
    assert "video.example.org" not in client.get(missed.get_absolute_url()).content.decode()
    assert client.get(reverse("events:certificate", kwargs={"token": missed.token})).status_code == 404
    assert client.get(reverse("events:feedback", kwargs={"token": missed.token})).status_code == 404


def test_feedback_through_the_form_and_again_changes_it(client, over):
    _event, came, _missed = over
    url = reverse("events:feedback", kwargs={"token": came.token})
    assert "Select how the event was overall" in client.post(url, {"useful": "The workshops"}).content.decode()
    assert client.post(url, {"rating": "4", "useful": "The workshops", "improve": ""}).status_code == 302
    assert client.post(url, {"rating": "5", "useful": "All of it", "improve": ""}).status_code == 302
    assert list(Feedback.objects.values_list("rating", "useful")) == [(5, "All of it")]


def test_the_certificate_is_a_tagged_pdf_with_the_persons_name(client, over):
    _event, came, _missed = over
    response = client.get(reverse("events:certificate", kwargs={"token": came.token}))
    structure = pdf_structure(response.content)
    assert response["Content-Type"] == "application/pdf"
    assert (structure.tagged, structure.pdfua_part, structure.language) == (True, "1", "en-GB")
    assert structure.title == "Certificate of attendance: Silver Linings launch"
    assert structure.roles.count("H1") == 1


def test_the_team_sends_the_materials_to_those_who_came_once(client_for, over, django_capture_on_commit_callbacks):
    event, _came, _missed = over
    client = client_for("programme_team")
    mail.outbox.clear()
    url = reverse("events:materials_send", kwargs={"slug": event.slug})
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url)
        client.post(url)
    assert [(m.to, m.subject) for m in mail.outbox] == [
        (["came@example.org"], "Thank you for coming: Silver Linings launch")
    ]
    assert "https://video.example.org/launch" in mail.outbox[0].body
    page = client.get(reverse("events:event_manage", kwargs={"slug": event.slug})).content.decode()
    assert "1 of 2 registered people came" in page
