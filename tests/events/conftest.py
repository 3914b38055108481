import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _fresh_registration_limits():
    """Holds per client are counted in the cache, which outlives a test: each test starts at zero."""
    cache.clear()
    yield
    cache.clear()
