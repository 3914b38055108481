import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from silverlinings.directory.models import Network
from tests.directory.factories import ContactFactory

pytestmark = pytest.mark.django_db


def test_contact_list_shows_listed_contacts_like_the_weekly_update(client):
    contact = ContactFactory(name="Rachel Thorne", role_title="SESLI Programme Manager", phone="07700 900101")
    contact.networks.add(Network.objects.get(name="AD Education Network"))
    ContactFactory(name="Hidden Person", listed=False)
    page = client.get(reverse("directory:contact_list")).content.decode()
    assert "SESLI Programme Manager" in page
    assert "Rachel Thorne" in page
    assert "(South East Sector-Led Improvement Programme)" in page
    assert "07700 900101" in page
    assert "Networks: AD Education Network" in page
    assert "Hidden Person" not in page


def test_contact_list_query_count_does_not_grow_with_rows(client):
    ContactFactory()
    with CaptureQueriesContext(connection) as one:
        client.get(reverse("directory:contact_list"))
    for _ in range(19):
        ContactFactory().networks.add(Network.objects.first())
    with CaptureQueriesContext(connection) as twenty:
        response = client.get(reverse("directory:contact_list"))
    assert response.context["contacts"].count() == 20
    assert len(twenty) == len(one)
