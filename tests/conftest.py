import pytest

from tests.accounts.factories import (
    ContributorFactory,
    PanelMemberFactory,
    ProgrammeTeamFactory,
    WriterFactory,
)
from tests.browser import browser, html_pages, page, page_without_javascript  # noqa: F401 - fixtures for every folder

PASSWORD = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _tasks_run_at_once(settings, tmp_path):
    """Tasks run as soon as they are enqueued (after commit), so a test sees their effect.

    One test in tests/core/test_tasks.py runs the real database-backed worker instead.
    """
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.SITE_URL = "http://testserver"
    # Every test makes people with passwords and many sign in: the real hasher's slowness is the
    # point in production and only a cost here.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: a page kept by one test (the showcase keeps public pages) must
    never answer in another."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def _reference_data(request):
    """Tests on committed transactions flush the database afterwards, and a flush after the live
    server's tests is not always undone by serialized rollback: put the 19 authorities, the service
    areas and the networks back the way their data migration loads them."""
    marker = request.node.get_closest_marker("django_db")
    if "live_server" in request.fixturenames:
        request.getfixturevalue("transactional_db")
    elif marker and marker.kwargs.get("transaction"):
        request.getfixturevalue("_django_db_helper")
    else:
        return
    from importlib import import_module

    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType

    from silverlinings.directory.models import Authority

    # A flush between such tests may number the content types afresh (the post-migrate signal makes them
    # again) or load them back as serialized: ids cached by an earlier test would point at nothing.
    ContentType.objects.clear_cache()
    if not Authority.objects.exists():
        import_module("silverlinings.directory.migrations.0002_load_reference_data").load(apps, None)


@pytest.fixture
def programme_team(db):
    return ProgrammeTeamFactory(email="team@seslip.example.org")


@pytest.fixture
def panel_member(db):
    return PanelMemberFactory(email="panel@example.org")


@pytest.fixture
def writer(db):
    return WriterFactory(email="writer@example.org")


@pytest.fixture
def contributor(db):
    return ContributorFactory(email="nominator@example.org")


ROLES = ["anonymous", "contributor", "panel_member", "writer", "two_roles", "programme_team"]


@pytest.fixture
def client_for(client, db):
    """client_for(role) → a test client signed in as a fresh user with that role (or anonymous); "two_roles"
    is a panel member of one call and the writer of a commission on another (tests/authorization/two_roles.py)."""
    from tests.authorization.two_roles import two_roles_person

    factories = {
        "two_roles": two_roles_person,
        "contributor": ContributorFactory,
        "panel_member": PanelMemberFactory,
        "writer": WriterFactory,
        "programme_team": ProgrammeTeamFactory,
    }

    def make(role: str, **fields):
        client.logout()
        if role == "anonymous":
            return client
        user = factories[role](**fields)
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
        client.user = user
        return client

    return make
