"""Apps plug their menu entries in from their own nav.py; core names none of them."""

from pathlib import Path

import pytest
from django.test import RequestFactory

from silverlinings.core.navigation import navigation_for
from silverlinings.core.plugins import nav_items
from tests.accounts.factories import ContributorFactory, ProgrammeTeamFactory

CORE = Path(__file__).resolve().parents[2] / "silverlinings" / "core"


def test_menu_entries_come_from_each_apps_nav_module_in_order():
    labels = [item.label for item in nav_items()]
    assert labels[:3] == ["Home", "Calls for evidence", "Your nominations"]
    assert labels.index("Manage calls") < labels.index("Emails") < labels.index("Contact details")


def test_core_names_no_feature_app():
    apps = ("calls", "review", "directory", "events", "bulletins", "showcase")  # mail and jobs are the platform
    for source in CORE.glob("*.py"):
        text = source.read_text()
        named = [app for app in apps if f"silverlinings.{app}" in text or f'"{app}:' in text]
        assert (source.name, named) == (source.name, [])


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("factory", "shown", "hidden"),
    [(ContributorFactory, "Your nominations", "Manage calls"), (ProgrammeTeamFactory, "Manage calls", "Your reviews")],
)
def test_the_menu_shows_what_the_role_may_use(factory, shown, hidden):
    request = RequestFactory().get("/")
    request.user = factory()
    labels = [entry["label"] for entry in navigation_for(request)]
    assert (shown in labels, hidden in labels) == (True, False)
