"""Who sees what: a panel member never reaches a nomination, or its scores, from their own authority
or one they declared a conflict on — on any review page, list, export or download."""

import pytest
from django.urls import reverse

from silverlinings.review.models import Conflict, Decision
from silverlinings.review.services import panel as services
from tests.accounts.factories import ContributorFactory, ProgrammeTeamFactory, WriterFactory
from tests.calls.factories import make_call, submitted_nomination
from tests.review.matrix_panel import (
    KENT,
    MEDWAY,
    READING,
    SURREY,
    accepted_theme,
    assign,
    on_panel,
    panel_member,
    submit_review,
)

pytestmark = pytest.mark.django_db

NOMINATION_PAGES = ["review:review_form", "review:conflict_declare", "review:nomination_reviews"]
TEAM_NOMINATION_PAGES = ["review:decision", "review:letter_download"]
LIST_PAGES = ["review:panel_nominations", "review:meeting", "review:meeting_unthemed", "review:meeting_theme"]
TEAM_CALL_PAGES = [
    "review:panel",
    "review:panel_settings",
    "review:assignments",
    "review:decisions",
    "review:decisions_release",
    "review:letters",
    "review:scores_export",
]


@pytest.fixture
def world(client):
    """A Kent panel member; a nomination from Kent and one they declared a conflict on, both assigned
    to them (as if by mistake) and scored by someone else; and one they may review."""
    call = make_call()
    services.review_setup_get(call=call)
    member = panel_member(KENT)
    other = panel_member(READING)
    on_panel(call, member, other)
    own = submitted_nomination(call, ons_code=KENT, title="Kent only idea")
    conflicted = submitted_nomination(call, ons_code=SURREY, title="Surrey conflicted idea")
    allowed = submitted_nomination(call, ons_code=MEDWAY, title="Medway shared idea")
    Conflict.objects.create(member=member, nomination=conflicted, reason="I worked on it.")
    for nomination in (own, conflicted, allowed):
        assign(member, nomination)
        submit_review(assign(other, nomination), [1, 2, 1, 2], team=f"Secret score note {nomination.pk}")
        Decision.objects.create(nomination=nomination, outcome="reserve", decided_by=ProgrammeTeamFactory())
    theme = accepted_theme(call, "All of them", own, conflicted, allowed)
    client.force_login(member, backend="django.contrib.auth.backends.ModelBackend")
    return {
        "call": call,
        "member": member,
        "own": own,
        "conflicted": conflicted,
        "allowed": allowed,
        "theme": theme,
        "client": client,
    }


def _call_kwargs(world, name):
    kwargs = {"slug": world["call"].slug}
    if name == "review:meeting_theme":
        kwargs["theme_id"] = world["theme"].pk
    return kwargs


@pytest.mark.parametrize("name", NOMINATION_PAGES)
@pytest.mark.parametrize("hidden", ["own", "conflicted"])
def test_a_panel_member_gets_404_for_their_own_authority_or_a_declared_conflict(world, name, hidden):
    url = reverse(name, kwargs={"pk": world[hidden].pk})
    assert world["client"].get(url).status_code == 404
    assert world["client"].post(url, {"reason": "x", "submit": ""}).status_code == 404
    assert world["client"].get(reverse(name, kwargs={"pk": world["allowed"].pk})).status_code == 200


@pytest.mark.parametrize("name", TEAM_NOMINATION_PAGES)
def test_a_panel_member_cannot_reach_decisions_or_letters(world, name):
    for key in ("own", "conflicted", "allowed"):
        assert world["client"].get(reverse(name, kwargs={"pk": world[key].pk})).status_code == 403


@pytest.mark.parametrize("name", TEAM_CALL_PAGES)
def test_a_panel_member_cannot_reach_the_teams_pages_exports_or_downloads(world, name):
    assert world["client"].get(reverse(name, kwargs={"slug": world["call"].slug})).status_code == 403


@pytest.mark.parametrize("name", [*LIST_PAGES, "review:panel_home"])
def test_lists_and_meeting_pages_leave_hidden_nominations_and_their_scores_out(world, name):
    kwargs = {} if name == "review:panel_home" else _call_kwargs(world, name)
    response = world["client"].get(reverse(name, kwargs=kwargs))
    page = response.content.decode()

    assert response.status_code == 200
    for hidden in ("own", "conflicted"):
        assert world[hidden].title not in page
        assert world[hidden].reference not in page
        assert f"Secret score note {world[hidden].pk}" not in page


def test_a_panel_member_sees_the_scores_of_nominations_they_may_see(world):
    url = reverse("review:meeting_theme", kwargs=_call_kwargs(world, "review:meeting_theme"))
    page = world["client"].get(url).content.decode()
    assert world["allowed"].reference in page
    assert f"Secret score note {world['allowed'].pk}" in page
    assert "from 1 review" in page


def test_a_panel_member_on_another_calls_panel_gets_nothing_from_this_one(world, client):
    outsider = panel_member(READING)
    other_call = make_call(slug="another-call")
    on_panel(other_call, outsider)
    client.force_login(outsider, backend="django.contrib.auth.backends.ModelBackend")
    for key in ("own", "conflicted", "allowed"):
        for name in NOMINATION_PAGES:
            assert client.get(reverse(name, kwargs={"pk": world[key].pk})).status_code == 404
    for name in LIST_PAGES:
        assert client.get(reverse(name, kwargs=_call_kwargs(world, name))).status_code == 403


@pytest.mark.parametrize("factory", [ContributorFactory, WriterFactory])
def test_writers_and_contributors_get_403_everywhere(world, client, factory):
    client.force_login(factory(), backend="django.contrib.auth.backends.ModelBackend")
    for name in [*NOMINATION_PAGES, *TEAM_NOMINATION_PAGES]:
        assert client.get(reverse(name, kwargs={"pk": world["allowed"].pk})).status_code == 403
    for name in [*LIST_PAGES, *TEAM_CALL_PAGES]:
        assert client.get(reverse(name, kwargs=_call_kwargs(world, name))).status_code == 403
    assert client.get(reverse("review:panel_home")).status_code == 403


def test_anonymous_people_are_sent_to_sign_in(world, client):
    client.logout()
    response = client.get(reverse("review:nomination_reviews", kwargs={"pk": world["allowed"].pk}))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:sign_in"))
