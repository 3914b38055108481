import pytest
from django.core.exceptions import ValidationError

from silverlinings.directory.models import Authority
from silverlinings.events.models import Allocation
from silverlinings.events.services import events as services
from tests.accounts.factories import authority
from tests.events.factories import make_event, register, set_places

pytestmark = pytest.mark.django_db

KENT, SURREY = "E10000016", "E10000030"


def test_event_create_shares_the_places_evenly_with_a_fifth_for_general_admission():
    event = make_event(capacity=100)
    places = list(
        Allocation.objects.filter(event=event).order_by("authority__short_name").values_list("places", flat=True)
    )
    assert len(places) == 19
    # 80 for authorities: 4 each and one more for the first 4 by name.
    assert places == [5, 5, 5, 5] + [4] * 15
    assert sum(places) == 80


def test_allocations_suggest_keeps_the_general_places_asked_for():
    authorities = list(Authority.objects.all())
    suggested = services.allocations_suggest(capacity=300, general=110, authorities=authorities)
    assert sum(suggested.values()) == 190
    assert sorted(set(suggested.values())) == [10]


def test_allocations_save_refuses_more_places_than_the_event_has():
    event = make_event(capacity=10)
    with pytest.raises(ValidationError) as error:
        set_places(event, {KENT: 8, SURREY: 3})
    assert error.value.messages == ["The authorities' places add up to 11, more than 10"]


def test_allocations_save_refuses_fewer_places_than_an_authoritys_people_hold():
    event = make_event(capacity=10)
    set_places(event, {KENT: 2})
    register(event, "a@kent.example.org", authority=authority(KENT))
    register(event, "b@kent.example.org", authority=authority(KENT))
    with pytest.raises(ValidationError) as error:
        set_places(event, {KENT: 1})
    assert error.value.messages == ["Give Kent at least as many places as their people already hold"]


def test_event_update_refuses_a_total_below_the_authorities_places():
    event = make_event(capacity=100)
    with pytest.raises(ValidationError):
        services.event_update(event=event, by=None, capacity=50)
    event.refresh_from_db()
    assert event.capacity == 100


def test_a_workshop_cannot_have_fewer_places_than_people_in_it():
    from silverlinings.events.services.workshops import workshops_allocate
    from tests.events.factories import add_session

    event = make_event(capacity=100)
    workshop = add_session(event, "Family time by video", workshop=True, at_hour=11, capacity=5)
    for n in range(2):
        register(event, f"p{n}@example.org", choices={workshop.slot: [workshop.pk]})
    workshops_allocate(event_id=event.pk)
    with pytest.raises(ValidationError) as error:
        services.session_save(event=event, by=None, session=workshop, capacity=1)
    assert error.value.message_dict == {"capacity": ["Enter at least 2: that many people have a place in it"]}
