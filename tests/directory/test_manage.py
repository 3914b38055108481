"""The programme team edits the contact directory in the app's own pages."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from silverlinings.directory.models import Contact, Network
from tests.accounts.factories import ProgrammeTeamFactory, authority
from tests.directory.factories import ContactFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def team_client(client):
    client.force_login(ProgrammeTeamFactory(), backend="django.contrib.auth.backends.ModelBackend")
    return client


def contact_data(**overrides) -> dict:
    data = {
        "name": "Priya Raman",
        "role_title": "Data and Information Manager",
        "authority": str(authority("E06000035").pk),
        "organisation": "",
        "email": "priya.raman@medway.example.org",
        "phone": "07700 900102",
        "networks": [str(Network.objects.get(name="AD Education Network").pk)],
        "listed": "on",
        "position": "10",
    }
    data.update(overrides)
    return {name: value for name, value in data.items() if value is not None}


def test_the_team_adds_a_contact_who_appears_on_the_public_page(team_client):
    response = team_client.post(reverse("directory:contact_add"), contact_data())
    assert response["Location"] == reverse("directory:manage_contacts")
    contact = Contact.objects.get()
    assert (contact.name, contact.authority.short_name, contact.email) == (
        "Priya Raman",
        "Medway",
        "priya.raman@medway.example.org",
    )
    assert list(contact.networks.values_list("name", flat=True)) == ["AD Education Network"]
    public = team_client.get(reverse("directory:contact_list")).content.decode()
    assert "Priya Raman" in public
    assert "(Medway)" in public


def test_a_contact_needs_a_name_a_role_and_an_authority_or_organisation(team_client):
    response = team_client.post(
        reverse("directory:contact_add"),
        contact_data(name="", role_title="", authority="", organisation="", email="not an email"),
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in page
    for message in (
        "Enter the person’s name",
        "Enter their role, like ‘SEND Network Lead’",
        "Select their authority or enter their organisation",
        "Enter an email address in the correct format, like name@example.org",
    ):
        assert message in page
    assert 'value="not an email"' in page
    assert not Contact.objects.exists()


def test_the_team_changes_and_hides_a_contact(team_client):
    contact = ContactFactory(name="Alan Whitfield")
    url = reverse("directory:contact_edit", kwargs={"pk": contact.pk})
    assert "Alan Whitfield" in team_client.get(url).content.decode()
    saved = team_client.post(
        url, contact_data(name="Alan Whitfield", listed=None, organisation="SESLIP", authority=""), follow=True
    )
    assert "Alan Whitfield is saved." in saved.content.decode()
    contact.refresh_from_db()
    assert (contact.listed, contact.organisation, contact.role_title) == (
        False,
        "SESLIP",
        "Data and Information Manager",
    )
    assert "Alan Whitfield" not in team_client.get(reverse("directory:contact_list")).content.decode()
    assert "Alan Whitfield" in team_client.get(reverse("directory:manage_contacts")).content.decode()


def test_the_team_removes_a_contact(team_client):
    contact = ContactFactory(name="Joy Mensah")
    url = reverse("directory:contact_remove", kwargs={"pk": contact.pk})
    assert "Remove Joy Mensah" in team_client.get(url).content.decode()
    assert team_client.post(url)["Location"] == reverse("directory:manage_contacts")
    assert not Contact.objects.exists()


def test_manage_contacts_query_count_does_not_grow_with_rows(team_client):
    ContactFactory(authority=authority()).networks.add(Network.objects.first())
    url = reverse("directory:manage_contacts")
    with CaptureQueriesContext(connection) as one:
        team_client.get(url)
    for _ in range(19):
        ContactFactory(authority=authority("E06000035"), listed=False).networks.add(Network.objects.first())
    with CaptureQueriesContext(connection) as twenty:
        response = team_client.get(url)
    assert len(response.context["contacts"]) == 20
    assert len(twenty) == len(one)


def test_the_team_adds_a_network_meeting_that_the_weekly_update_lists(team_client):
    import datetime

    from silverlinings.bulletins.selectors import meetings_upcoming

    contact = ContactFactory(name="Hugh Bellamy")
    network = Network.objects.get(name="AD Education Network")
    data = {"network": str(network.pk), "date_0": "2", "date_1": "12", "date_2": "2030", "details": "10am, online"}
    response = team_client.post(
        reverse("directory:network_meetings"), {**data, "more_information_from": str(contact.pk)}
    )
    assert response["Location"] == reverse("directory:network_meetings")
    [meeting] = meetings_upcoming(on=datetime.date(2030, 11, 20))
    assert (meeting.network, meeting.date, meeting.more_information_from) == (
        network,
        datetime.date(2030, 12, 2),
        contact,
    )
    again = team_client.post(reverse("directory:network_meetings"), {**data, "more_information_from": ""})
    assert "This network already meets on that date" in again.content.decode()


def test_a_network_meeting_with_a_date_that_does_not_exist_is_refused(team_client):
    network = Network.objects.get(name="AD Education Network")
    response = team_client.post(
        reverse("directory:network_meetings"),
        {"network": str(network.pk), "date_0": "31", "date_1": "2", "date_2": "2030", "details": ""},
    )
    assert "The date of the meeting must be a real date" in response.content.decode()
