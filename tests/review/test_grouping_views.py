import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from silverlinings.calls.models import Nomination
from silverlinings.core.models import AuditEntry
from silverlinings.review.models import DuplicatePair, Idea, SuggestionRun, Theme, ThemeMembership
from tests.accounts.factories import ProgrammeTeamFactory
from tests.calls.factories import make_call, submitted_nomination
from tests.review.factories import (
    DuplicatePairFactory,
    IdeaFactory,
    SuggestionRunFactory,
    ThemeFactory,
    realistic_nominations,
)

pytestmark = pytest.mark.django_db

AUTHORITIES = ["E10000016", "E10000030", "E06000035", "E10000014", "E06000038", "E06000039", "E06000041"]


@pytest.fixture
def team(client):
    user = ProgrammeTeamFactory()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return user


def nominations(call, count: int, start: int = 0) -> list:
    return [
        submitted_nomination(call, ons_code=AUTHORITIES[index % len(AUTHORITIES)], title=f"Innovation {index}")
        for index in range(start, start + count)
    ]


def page(response) -> str:
    return response.content.decode()


def test_the_team_asks_for_themes_and_watches_the_run_finish(client, team, django_capture_on_commit_callbacks):
    call = make_call()
    realistic_nominations(call)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("review:themes_suggest", args=[call.slug]), {"n_themes": "3"})
    run = SuggestionRun.objects.get()
    assert response["Location"] == reverse("review:suggestion_run", args=[call.slug, run.pk])
    progress = page(client.get(response["Location"]))
    assert 'aria-valuenow="100"' in progress
    assert "Suggested 3 themes and found 3 likely duplicates: 100%" in progress
    assert 'http-equiv="refresh"' not in progress
    assert (run.n_themes, run.requested_by_id) == (3, team.pk)
    themes = page(client.get(reverse("review:themes", args=[call.slug])))
    assert "3 themes" in themes
    assert "Suggest themes again" in themes


def test_the_progress_page_shows_its_state_and_never_refreshes_itself(client, team):
    run = SuggestionRunFactory(status=SuggestionRun.Status.RUNNING, progress=0.42, message="Trying 3 themes")
    content = page(client.get(reverse("review:suggestion_run", args=[run.call.slug, run.pk])))
    assert 'http-equiv="refresh"' not in content
    assert "Check progress" in content
    assert 'role="progressbar"' in content
    assert 'aria-valuenow="42"' in content
    assert 'class="sl-progress__bar sl-w-42"' in content
    assert "Trying 3 themes: 42%" in content


def test_a_wrong_number_of_themes_is_shown_the_gov_uk_way_and_kept(client, team):
    call = make_call()
    response = client.post(reverse("review:themes_suggest", args=[call.slug]), {"n_themes": "1"})
    content = page(response)
    assert response.status_code == 200
    assert "There is a problem" in content
    assert content.count("The number of themes must be 2 or more") == 2
    assert 'value="1"' in content
    assert SuggestionRun.objects.count() == 0


def test_merging_from_the_themes_list(client, team):
    call = make_call()
    a, b, c = nominations(call, 3)
    first = ThemeFactory(call=call, label="Hybrid meetings", nominations=[a, b])
    second = ThemeFactory(call=call, label="Video calls", nominations=[c])
    response = client.post(
        reverse("review:themes_merge", args=[call.slug]),
        {
            "themes": [first.pk, second.pk],
            "label": "Meeting by video",
        },
    )
    assert response["Location"] == reverse("review:theme_detail", args=[call.slug, first.pk])
    assert list(Theme.objects.filter(call=call).values_list("label", flat=True)) == ["Meeting by video"]
    assert "The themes are merged into ‘Meeting by video’." in page(client.get(response["Location"]))


def test_merging_one_theme_shows_an_error_and_keeps_the_choice(client, team):
    call = make_call()
    theme = ThemeFactory(call=call, label="Hybrid meetings", nominations=nominations(call, 1))
    response = client.post(reverse("review:themes_merge", args=[call.slug]), {"themes": [theme.pk], "label": "Kept"})
    content = page(response)
    assert "There is a problem" in content
    assert '<a href="#id_themes_1">Select at least two themes to merge</a>' in content
    assert f'id="id_themes_1" name="themes" type="checkbox" value="{theme.pk}" checked' in content
    assert 'value="Kept"' in content


def test_accepting_the_selected_themes(client, team):
    call = make_call()
    first, second = ThemeFactory(call=call), ThemeFactory(call=call)
    response = client.post(reverse("review:themes_accept", args=[call.slug]), {"themes": [first.pk, second.pk]})
    assert response["Location"] == reverse("review:themes", args=[call.slug])
    assert set(Theme.objects.values_list("status", flat=True)) == {"accepted"}
    empty = page(client.post(reverse("review:themes_accept", args=[call.slug]), {}))
    assert "Select the themes to accept" in empty


def test_renaming_a_theme(client, team):
    theme = ThemeFactory(label="partners · video")
    url = reverse("review:theme_rename", args=[theme.call.slug, theme.pk])
    assert 'value="partners · video"' in page(client.get(url))
    assert "Enter a name for the theme" in page(client.post(url, {"label": "", "description": "Kept text"}))
    response = client.post(url, {"label": "Hybrid meetings", "description": "Families in the room."})
    assert response["Location"] == reverse("review:theme_detail", args=[theme.call.slug, theme.pk])
    theme.refresh_from_db()
    assert (theme.label, theme.description, theme.edited) == ("Hybrid meetings", "Families in the room.", True)


def test_the_theme_page_lists_its_nominations_with_links_and_other_themes(client, team):
    call = make_call()
    a, b = nominations(call, 2)
    theme = ThemeFactory(call=call, label="Hybrid meetings", nominations=[a, b], exemplars=[a])
    ThemeFactory(call=call, label="Video calls", nominations=[b])
    content = page(client.get(reverse("review:theme_detail", args=[call.slug, theme.pk])))
    assert f'href="{reverse("calls:nomination_detail", args=[a.pk])}">Innovation 0</a>' in content
    assert ">Video calls</a>" in content
    assert "2 nominations" in content
    assert "Accept this theme" in content


def test_splitting_from_the_theme_page(client, team):
    call = make_call()
    a, b, c = nominations(call, 3)
    theme = ThemeFactory(call=call, nominations=[a, b, c])
    url = reverse("review:theme_split", args=[call.slug, theme.pk])
    refused = page(client.post(url, {"nominations": [a.pk, b.pk, c.pk], "label": "All of them"}))
    assert "Leave at least one nomination in this theme" in refused
    assert 'value="All of them"' in refused
    client.post(url, {"nominations": [c.pk], "label": "Laptops"})
    new = Theme.objects.get(label="Laptops")
    assert list(new.nominations.values_list("pk", flat=True)) == [c.pk]


def test_adding_a_nomination_that_is_in_no_theme(client, team):
    call = make_call()
    a, b = nominations(call, 2)
    theme = ThemeFactory(call=call, nominations=[a])
    themes_page = page(client.get(reverse("review:themes", args=[call.slug])))
    assert "Not in any theme" in themes_page
    assert ">Innovation 1</a>" in themes_page
    client.post(reverse("review:theme_add_nomination", args=[call.slug, theme.pk]), {"nomination": b.pk})
    assert sorted(theme.nominations.values_list("pk", flat=True)) == [a.pk, b.pk]
    assert "Every sent nomination is in at least one theme." in page(
        client.get(reverse("review:themes", args=[call.slug]))
    )


def test_moving_adding_and_removing_a_nomination_from_its_page(client, team):
    call = make_call()
    a, b = nominations(call, 2)
    first = ThemeFactory(call=call, label="Hybrid meetings", nominations=[a, b])
    second = ThemeFactory(call=call, label="Video calls")
    third = ThemeFactory(call=call, label="Laptops")
    args = [call.slug, first.pk, a.pk]
    content = page(client.get(reverse("review:theme_nomination", args=args)))
    assert "Move it to another theme" in content
    assert "Select a theme" in page(client.post(reverse("review:theme_nomination_move", args=args), {"move-theme": ""}))
    client.post(reverse("review:theme_nomination_move", args=args), {"move-theme": second.pk})
    assert list(a.themes.values_list("label", flat=True)) == ["Video calls"]
    args = [call.slug, second.pk, a.pk]
    client.post(reverse("review:theme_nomination_add", args=args), {"add-theme": third.pk})
    assert sorted(a.themes.values_list("label", flat=True)) == ["Laptops", "Video calls"]
    response = client.post(reverse("review:theme_nomination_remove", args=args))
    assert response["Location"] == reverse("review:theme_detail", args=[call.slug, second.pk])
    assert list(a.themes.values_list("label", flat=True)) == ["Laptops"]
    assert list(
        AuditEntry.objects.filter(action__startswith="theme.").order_by("pk").values_list("action", flat=True)
    ) == [
        "theme.nomination_moved",
        "theme.nomination_added",
        "theme.nomination_removed",
    ]


def test_the_duplicates_page_shows_how_alike_each_pair_is_and_what_both_say(client, team):
    call = make_call()
    kent = submitted_nomination(call, title="Hybrid child protection conferences")
    surrey = submitted_nomination(call, ons_code="E10000030", title="Hybrid conferences for families")
    DuplicatePairFactory(first=kent, second=surrey, similarity=0.8364, shared=["parents arrive first", "chair"])
    DuplicatePairFactory(first=kent, second=submitted_nomination(call, title="Unlisted"), listed=False)
    content = page(client.get(reverse("review:duplicates", args=[call.slug])))
    assert "Pair 1: Hybrid child protection conferences and Hybrid conferences for families" in content
    assert "parents arrive first · chair" in content
    assert "Unlisted" not in content
    assert 'class="sl-bar__fill sl-w-84"' in content
    assert ">Kent</dt>" in content
    assert ">Surrey</dt>" in content
    assert ">Hybrid conferences for families</a>" in content


def test_linking_a_pair_as_one_idea_from_its_page(client, team):
    call = make_call()
    kent = submitted_nomination(call, title="Hybrid child protection conferences")
    surrey = submitted_nomination(call, ons_code="E10000030", title="Hybrid conferences for families")
    pair = DuplicatePairFactory(first=kent, second=surrey)
    url = reverse("review:duplicate_pair", args=[call.slug, pair.pk])
    assert 'value="Hybrid child protection conferences"' in page(client.get(url))
    assert "Enter a name for the idea" in page(client.post(url, {"idea": "", "label": ""}))
    response = client.post(url, {"idea": "", "label": "Hybrid conferences"})
    idea = Idea.objects.get()
    assert response["Location"] == reverse("review:idea_detail", args=[call.slug, idea.pk])
    detail = page(client.get(response["Location"]))
    assert ">Hybrid child protection conferences</a>" in detail
    assert ">Hybrid conferences for families</a>" in detail
    listing = page(client.get(reverse("review:duplicates", args=[call.slug])))
    assert ">Hybrid conferences</a>" in listing
    client.post(reverse("review:idea_unlink", args=[call.slug, idea.pk]))
    assert (Idea.objects.count(), DuplicatePair.objects.count(), Nomination.objects.count()) == (0, 1, 2)


def test_dismissing_and_restoring_a_pair(client, team):
    call = make_call()
    a, b = nominations(call, 2)
    pair = DuplicatePairFactory(first=a, second=b)
    client.post(reverse("review:duplicate_dismiss", args=[call.slug, pair.pk]))
    assert "No pairs to check" in page(client.get(reverse("review:duplicates", args=[call.slug])))
    dismissed = page(client.get(reverse("review:duplicates", args=[call.slug]) + "?dismissed=1"))
    assert f"Pair 1: {a.title} and {b.title}" in dismissed
    client.post(reverse("review:duplicate_restore", args=[call.slug, pair.pk]))
    pair.refresh_from_db()
    assert pair.dismissed is False


def test_the_navigation_and_the_call_menu_lead_to_grouping(client, team):
    call = make_call()
    content = page(client.get(reverse("review:grouping_calls")))
    assert f'href="{reverse("review:grouping_calls")}"' in content
    assert f'href="{reverse("review:themes", args=[call.slug])}">Silver Linings</a>' in content
    coverage = page(client.get(reverse("calls:coverage", args=[call.slug])))
    assert f'href="{reverse("review:themes", args=[call.slug])}">Themes</a>' in coverage
    assert f'href="{reverse("review:duplicates", args=[call.slug])}">Duplicates</a>' in coverage


def count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_grouping_calls_query_count_does_not_grow_with_rows(client, team):
    make_call(slug="call-0")
    url = reverse("review:grouping_calls")
    one = count_queries(client, url)
    for index in range(1, 20):
        make_call(slug=f"call-{index}")
    assert count_queries(client, url) == one


def test_themes_query_count_does_not_grow_with_rows(client, team):
    call = make_call()
    made = nominations(call, 21)
    ThemeFactory(call=call, nominations=made[:1], exemplars=made[:1])
    url = reverse("review:themes", args=[call.slug])
    one = count_queries(client, url)
    for nomination in made[1:20]:
        ThemeFactory(call=call, nominations=[nomination, made[0]], exemplars=[nomination])
    assert Theme.objects.filter(call=call).count() == 20
    assert count_queries(client, url) == one


def test_theme_detail_query_count_does_not_grow_with_rows(client, team):
    call = make_call()
    made = nominations(call, 21)
    other = ThemeFactory(call=call, nominations=made)
    theme = ThemeFactory(call=call, nominations=made[:1])
    url = reverse("review:theme_detail", args=[call.slug, theme.pk])
    one = count_queries(client, url)
    theme.memberships.all().delete()
    ThemeMembership.objects.bulk_create(ThemeMembership(theme=theme, nomination=nomination) for nomination in made[:20])
    assert (theme.nominations.count(), other.nominations.count()) == (20, 21)
    assert count_queries(client, url) == one


def test_duplicates_query_count_does_not_grow_with_rows(client, team):
    call = make_call()
    made = nominations(call, 21)
    DuplicatePairFactory(first=made[0], second=made[1])
    IdeaFactory(call=call, nominations=made[:2])
    url = reverse("review:duplicates", args=[call.slug])
    one = count_queries(client, url)
    for index in range(1, 20):
        DuplicatePairFactory(first=made[index], second=made[index + 1], similarity=0.7)
    assert count_queries(client, url) == one


def test_ideas_query_count_does_not_grow_with_rows(client, team):
    call = make_call()
    made = nominations(call, 21)
    IdeaFactory(call=call, nominations=made[:2])
    url = reverse("review:ideas", args=[call.slug])
    one = count_queries(client, url)
    for index in range(1, 20):
        IdeaFactory(call=call, nominations=made[index : index + 2])
    assert count_queries(client, url) == one


def test_idea_detail_query_count_does_not_grow_with_rows(client, team):
    call = make_call()
    made = nominations(call, 20)
    idea = IdeaFactory(call=call, nominations=made[:1])
    url = reverse("review:idea_detail", args=[call.slug, idea.pk])
    one = count_queries(client, url)
    idea.nominations.add(*made[1:])
    assert count_queries(client, url) == one
