import pytest

from silverlinings.directory.models import Authority, Network, ServiceArea

pytestmark = pytest.mark.django_db


def test_the_19_authorities_are_loaded_with_their_ons_codes():
    assert Authority.objects.count() == 19
    kent = Authority.objects.get(ons_code="E10000016")
    assert (kent.name, kent.short_name, kent.kind) == ("Kent County Council", "Kent", "county")


def test_service_areas_keep_the_call_pages_order_first():
    names = list(ServiceArea.objects.values_list("name", flat=True))
    assert names[:8] == [
        "Mainstream schools",
        "Special schools",
        "Early years",
        "Early help",
        "Children's social care",
        "Youth justice",
        "Adoption",
        "Fostering",
    ]
    assert ServiceArea.objects.filter(from_call_page=True).count() == 8


def test_networks_are_loaded():
    assert Network.objects.filter(name="SEND SE19 Network").exists()
    assert Network.objects.count() == 11
