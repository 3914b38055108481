"""Apps plug their menu entries, call tabs and dashboard panels in from their own nav.py; core names none of them."""

import re
from pathlib import Path

import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.test import RequestFactory
from django.urls import reverse

from silverlinings.calls.workspace import team_call
from silverlinings.core.navigation import navigation_for, section_navigation
from silverlinings.core.plugins import call_tabs, dashboard_panels, nav_items, nav_sections
from silverlinings.core.templatetags.workspace import workspace_tabs
from tests.accounts.factories import ContributorFactory, ProgrammeTeamFactory
from tests.calls.factories import make_call
from tests.review.factories import PanelMembershipFactory

CORE = Path(__file__).resolve().parents[2] / "silverlinings" / "core"


def test_menu_entries_come_from_each_apps_nav_module_in_order():
    labels = [item.label for item in nav_items()]
    assert labels[:3] == ["Home", "Manage calls", "Calls for evidence"]
    assert labels.index("Manage calls") < labels.index("Emails") < labels.index("Contact details")


def test_every_entry_in_a_section_names_a_section_an_app_declares():
    declared = [section.key for section in nav_sections()]
    assert sorted(declared) == sorted(set(declared))
    assert {item.section for item in nav_items()} - {""} == set(declared)


def test_core_names_no_feature_app():
    apps = ("calls", "review", "directory", "events", "bulletins", "showcase")  # mail and jobs are the platform
    for source in CORE.glob("*.py"):
        text = source.read_text()
        named = [app for app in apps if f"silverlinings.{app}" in text or f'"{app}:' in text]
        assert (source.name, named) == (source.name, [])


def _menu(user, path="/") -> list[tuple[str, list[str]]]:
    request = RequestFactory().get(path)
    request.user = user
    return [(entry["label"], [item["label"] for item in entry.get("items", [])]) for entry in navigation_for(request)]


PUBLIC = ["Events", "Showcase", "Bulletins"]


@pytest.mark.django_db
def test_the_teams_menu_is_one_entry_per_part_of_the_job_with_its_pages_under_it():
    assert _menu(ProgrammeTeamFactory()) == [
        ("Home", []),
        ("Calls", ["Manage calls", "Calls for evidence", "Your nominations"]),
        ("Review", ["Themes and ideas", "Editorial panel"]),
        ("Events", ["Manage events", "Events"]),
        ("Showcase", ["Commissions", "Showcase"]),
        ("Bulletins", ["Write the bulletin", "Bulletins"]),
        ("People and emails", ["People", "Emails"]),
        ("Contact details", []),
    ]


@pytest.mark.django_db
def test_a_section_with_one_entry_someone_may_use_is_that_entry_and_others_group():
    from django.contrib.auth.models import AnonymousUser

    assert [label for label, _ in _menu(AnonymousUser())] == ["Home", "Calls for evidence", *PUBLIC, "Contact details"]
    assert _menu(ContributorFactory()) == [
        ("Home", []),
        ("Calls", ["Calls for evidence", "Your nominations"]),
        *((label, []) for label in PUBLIC),
        ("Contact details", []),
    ]


@pytest.mark.django_db
def test_a_page_in_a_section_lists_the_sections_entries_under_the_menu(client):
    call = make_call()
    team = ProgrammeTeamFactory()
    client.force_login(team, backend="django.contrib.auth.backends.ModelBackend")
    request = RequestFactory().get(f"/manage/calls/{call.slug}/themes/")
    request.user = team
    section = section_navigation(navigation_for(request))
    assert (section["label"], [(item["label"], item.get("active", False)) for item in section["items"]]) == (
        "Calls",
        [("Manage calls", True), ("Calls for evidence", False), ("Your nominations", False)],
    )
    page = client.get(f"/manage/calls/{call.slug}/themes/").content.decode()
    assert '<nav aria-label="Calls" class="sl-section-navigation">' in page
    assert 'aria-current="true"><strong>Manage calls</strong></a>' in page
    assert '<nav aria-label="Calls" class="sl-section-navigation">' not in client.get("/").content.decode()


# --- a call's workspace: one helper, one menu made from every app's CALL_TABS ------------------------


TEAM_TABS = [
    "Nominations",
    "Coverage",
    "Themes",
    "Duplicates",
    "Linked ideas",
    "Panel",
    "Review settings",
    "Assignments and progress",
    "Panel meeting",
    "Decisions",
    "Letters",
    "Key in a nomination",
    "Upload returned documents",
    "Last call",
    "Showcase reports",
    "Change the call",
    "Change the headings",
    "Public page",
]


def _request(user, path="/"):
    request = RequestFactory().get(path)
    request.user = user
    return request


def test_call_tabs_come_from_the_calls_and_review_nav_modules_in_order():
    assert [tab.label for tab in call_tabs()] == TEAM_TABS


@pytest.mark.django_db
def test_team_call_gives_the_call_to_whoever_has_the_permission_on_it():
    call = make_call()
    assert team_call(_request(ProgrammeTeamFactory()), call.slug) == call


@pytest.mark.django_db
def test_team_call_refuses_someone_without_the_permission():
    call = make_call()
    with pytest.raises(PermissionDenied):
        team_call(_request(ContributorFactory()), call.slug, permission="review.manage_review")


@pytest.mark.django_db
def test_team_call_answers_404_for_a_call_that_does_not_exist():
    with pytest.raises(Http404):
        team_call(_request(ProgrammeTeamFactory()), "no-such-call")


@pytest.mark.django_db
def test_the_workspace_menu_marks_the_tab_of_the_page_and_of_the_pages_under_it():
    call = make_call()
    team = ProgrammeTeamFactory()
    on_tab = workspace_tabs(_request(team, f"/manage/calls/{call.slug}/headings/"), call)
    under_tab = workspace_tabs(_request(team, f"/manage/calls/{call.slug}/headings/add/"), call)
    assert [tab["label"] for tab in on_tab] == TEAM_TABS
    assert [(tab["label"], tab["current"]) for tab in on_tab if "current" in tab] == [("Change the headings", "page")]
    assert [(tab["label"], tab["current"]) for tab in under_tab if "current" in tab] == [
        ("Change the headings", "true")
    ]


@pytest.mark.django_db
def test_a_panel_member_of_the_call_gets_only_the_meeting_tab():
    call = make_call()
    member = PanelMembershipFactory(call=call).user
    tabs = workspace_tabs(_request(member, f"/review/calls/{call.slug}/meeting/"), call)
    assert [tab["label"] for tab in tabs] == ["Panel meeting"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url_name",
    ["calls:call_nominations", "calls:coverage", "calls:headings", "review:themes", "review:panel", "review:letters"],
)
def test_every_workspace_page_of_every_app_shows_the_same_menu(client, url_name):
    call = make_call()
    client.force_login(ProgrammeTeamFactory())
    page = client.get(reverse(url_name, kwargs={"slug": call.slug})).content.decode()
    menu = page.split('<nav aria-label="This call"', 1)[1].split("</nav>", 1)[0]
    labels = re.findall(r'<a class="govuk-link" href="[^"]*"[^>]*>(?:<strong>)?([^<]+)', menu)
    assert labels == TEAM_TABS


@pytest.mark.django_db
def test_the_meeting_page_shows_a_panel_member_no_workspace_menu(client):
    call = make_call()
    client.force_login(PanelMembershipFactory(call=call).user)
    page = client.get(f"/review/calls/{call.slug}/meeting/").content.decode()
    assert ('aria-label="This call"' in page, "Panel meeting" in page) == (False, True)


# --- the dashboard: every app's DASHBOARD_PANELS ---------------------------------------------------


def test_dashboard_panels_come_from_each_apps_nav_module_in_order():
    assert [panel.title for panel in dashboard_panels()] == [
        "Your nominations",
        "Calls for evidence",
        "Your reviews",
        "The editorial panel",
        "Your commissions",
        "Reports to check",
        "Showcase commissions",
        "Events",
        "Your authority's places",
        "The bulletin",
        "Emails and scheduled jobs",
        "The contact directory",
        "People and roles",
        "Personal data",
    ]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("factory", "titles"),
    [
        (ContributorFactory, ["Your nominations"]),
        (
            ProgrammeTeamFactory,
            [
                "Your nominations",
                "Calls for evidence",
                "The editorial panel",
                "Showcase commissions",
                "Events",
                "The bulletin",
                "Emails and scheduled jobs",
                "The contact directory",
                "People and roles",
                "Personal data",
            ],
        ),
    ],
)
def test_the_dashboard_shows_the_panels_the_person_may_use(client, factory, titles):
    client.force_login(factory())
    page = client.get("/dashboard/").content.decode()
    shown = [chunk.split("</h2>", 1)[0] for chunk in page.split('<h2 class="govuk-heading-m">')[1:]]
    assert shown == titles, shown
