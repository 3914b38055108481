import pytest
from django.core.cache import cache

from tests.events.factories import KENT, SURREY, make_event, set_places


@pytest.fixture(autouse=True)
def _fresh_registration_limits():
    """Holds per client are counted in the cache, which outlives a test: each test starts at zero."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def small():
    """6 places: 2 for Kent, 1 for Surrey, 3 general admission."""
    event = make_event(capacity=6)
    set_places(event, {KENT: 2, SURREY: 1})
    return event
