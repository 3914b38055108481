"""‘Last call’: the team sees who gets it before sending, and it refuses while an authority has no contact."""

import pytest
from django.core import mail
from django.urls import reverse

from silverlinings.calls.models import LastCallSend
from silverlinings.directory.models import Authority
from tests.accounts.factories import ProgrammeTeamFactory
from tests.calls.factories import make_call, submitted_nomination
from tests.directory.factories import ContactFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

KENT, SURREY = "E10000016", "E10000030"


@pytest.fixture
def team_client(client):
    client.force_login(ProgrammeTeamFactory(), backend="django.contrib.auth.backends.ModelBackend")
    return client


def contacts_for_every_authority():
    for place in Authority.objects.all():
        ContactFactory(name=f"Lead for {place.short_name}", email=f"lead.{place.ons_code}@example.org", authority=place)


def test_last_call_shows_who_gets_it_and_sends_only_when_asked(team_client):
    call = make_call()
    contacts_for_every_authority()
    submitted_nomination(call, ons_code=KENT)
    submitted_nomination(call, ons_code=SURREY)
    url = reverse("calls:last_call", kwargs={"slug": call.slug})

    page = team_client.get(url).content.decode()
    assert "17 authorities have sent no nominations. The last call goes to 17 contacts:" in page
    assert "Lead for Medway" in page
    assert "lead.E06000035@example.org" in page
    assert "Lead for Kent" not in page
    assert "Send the last call to 17 contacts" in page
    assert mail.outbox == []

    response = team_client.post(url)
    assert response["Location"] == reverse("calls:coverage", kwargs={"slug": call.slug})
    assert len(mail.outbox) == 17
    assert "lead.E10000016@example.org" not in [message.to[0] for message in mail.outbox]


def test_last_call_refuses_while_an_authority_without_nominations_has_no_contact(team_client):
    call = make_call()
    contacts_for_every_authority()
    Authority.objects.get(short_name="Medway").contacts.all().delete()
    Authority.objects.get(short_name="Slough").contacts.update(email="")
    url = reverse("calls:last_call", kwargs={"slug": call.slug})

    page = team_client.get(url).content.decode()
    message = "Medway and Slough have no contact with an email address, so the last call would reach nobody there"
    assert message in page
    assert "Send the last call" not in page
    assert reverse("directory:manage_contacts") in page

    response = team_client.post(url)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert mail.outbox == []
    assert not LastCallSend.objects.exists()
