"""The database cache reads one key with a query made once, and reads what Django's database cache reads."""

import pytest
from django.core.cache import caches
from django.core.cache.backends.db import DatabaseCache as DjangosDatabaseCache
from django.core.management import call_command
from django.db import connection
from django.test import override_settings

from silverlinings.core.cache import DatabaseCache

pytestmark = pytest.mark.django_db

TABLE = "test_shared_cache"


@pytest.fixture
def shared():
    """Ours and Django's database cache over one table."""
    settings = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "ours": {"BACKEND": "silverlinings.core.cache.DatabaseCache", "LOCATION": TABLE},
        "djangos": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": TABLE},
    }
    with override_settings(CACHES=settings):
        call_command("createcachetable", verbosity=0)
        assert isinstance(caches["ours"], DatabaseCache)
        assert not isinstance(caches["djangos"], DatabaseCache)
        assert isinstance(caches["djangos"], DjangosDatabaseCache)
        yield caches["ours"], caches["djangos"]


def _rows(key: str) -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM test_shared_cache WHERE cache_key LIKE %s", ["%" + key])
        return cursor.fetchone()[0]


def test_a_value_is_read_as_djangos_database_cache_reads_it(shared, django_assert_num_queries):
    ours, djangos = shared
    values = {"page": "abc", "version": b"\x00\x01", "parts": {"main": ["x", 1, None]}, "empty": ""}
    for key, value in values.items():
        djangos.set(key, value, 60)
    ours.set("written-by-ours", (1, 2), 60)

    with django_assert_num_queries(len(values) + 2):
        read = {key: ours.get(key) for key in [*values, "written-by-ours", "never-written"]}

    assert read == {**values, "written-by-ours": (1, 2), "never-written": None}
    assert read == {key: djangos.get(key) for key in read}
    assert ours.get("never-written", "default") == "default"
    assert ours.get("page", version=2) is None


def test_an_expired_value_is_missing_and_its_row_deleted(shared):
    ours, djangos = shared
    djangos.set("expired", "old", -1)  # expired a second ago
    assert _rows("expired") == 1

    assert ours.get("expired", "missing") == "missing"
    assert _rows("expired") == 0
