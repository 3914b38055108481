"""Likely twins, linking by hand, looking for duplicates again, deleting a theme, merging and the XLSX export."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from silverlinings.calls.models import Call
from silverlinings.core.models import AuditEntry
from silverlinings.review.models import DuplicatePair, Idea, SuggestionRun, Theme, ThemeMembership
from silverlinings.review.services import grouping
from tests.accounts.factories import ProgrammeTeamFactory
from tests.calls.factories import make_call, submitted_nomination
from tests.review.factories import DuplicatePairFactory, IdeaFactory, ThemeFactory, realistic_nominations
from tests.review.test_grouping_views import nominations, page

pytestmark = pytest.mark.django_db


@pytest.fixture
def team(client):
    user = ProgrammeTeamFactory()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return user


# --- Look for duplicates again --------------------------------------------------------------------------------


def test_look_for_duplicates_again_runs_the_duplicate_search_only(client, team, django_capture_on_commit_callbacks):
    call = make_call()
    made = realistic_nominations(call)
    theme = ThemeFactory(call=call, label="Left alone", nominations=[made["laptops_slough"]])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("review:duplicates_search", args=[call.slug]))
    run = SuggestionRun.objects.get()
    assert response["Location"] == reverse("review:suggestion_run", args=[call.slug, run.pk])
    assert (run.kind, run.status, run.message) == ("duplicates", "done", "Found 3 likely duplicates")
    assert list(Theme.objects.filter(call=call)) == [theme]
    assert list(theme.memberships.values_list("nomination_id", flat=True)) == [made["laptops_slough"].pk]
    listed = DuplicatePair.objects.filter(call=call, listed=True).first()
    assert (listed.first_id, listed.second_id) == (made["conference_kent"].pk, made["conference_surrey"].pk)
    assert "child protection conferences" in listed.shared
    assert AuditEntry.objects.filter(action="duplicates.search_requested").count() == 1
    progress = page(client.get(response["Location"]))
    assert "Duplicates found</h1>" in progress
    assert "Asked for the duplicate search only (themes are not changed)" in progress
    assert 'action="/manage/calls/silver-linings/duplicates/search/"' in page(
        client.get(reverse("review:duplicates", args=[call.slug]))
    )


# --- One nomination's likely twins, and linking by hand ------------------------------------------------------


def test_a_nomination_page_ranks_its_likely_twins_with_what_both_say(client, team):
    call = make_call()
    kent, surrey, medway = nominations(call, 3)
    DuplicatePairFactory(first=kent, second=medway, score=0.1, listed=False, shared=["video"])
    DuplicatePairFactory(first=kent, second=surrey, score=0.4, shared=["parents arrive first", "chair"])
    content = page(client.get(reverse("review:nomination_twins", args=[call.slug, kent.pk])))
    assert content.index(surrey.title) < content.index(medway.title)
    assert "Both say: parents arrive first · chair" in content
    assert "Both say: video" in content
    assert content.count("To check</strong>") == 1


def test_linking_two_nominations_as_one_idea_by_hand_from_either_page(client, team):
    call = make_call()
    kent, surrey, medway = nominations(call, 3)
    url = reverse("review:nomination_twins", args=[call.slug, kent.pk])
    missing = page(client.post(url, {"other": "", "idea": "", "label": ""}))
    assert "Select the nomination that is the same idea" in missing
    unnamed = page(client.post(url, {"other": surrey.pk, "idea": "", "label": ""}))
    assert "Enter a name for the new idea, or choose an idea to add them to" in unnamed
    response = client.post(url, {"other": surrey.pk, "idea": "", "label": "Hybrid conferences"})
    idea = Idea.objects.get()
    assert response["Location"] == reverse("review:idea_detail", args=[call.slug, idea.pk])
    # From the other nomination's page, a third joins the same idea.
    other = reverse("review:nomination_twins", args=[call.slug, medway.pk])
    client.post(other, {"other": surrey.pk, "idea": idea.pk, "label": ""})
    assert sorted(idea.nominations.values_list("pk", flat=True)) == [kent.pk, surrey.pk, medway.pk]
    assert "Linked as: " in page(client.get(other))


def test_the_likely_twins_page_takes_the_same_queries_for_one_and_twenty_twins(client, team, django_assert_num_queries):
    call = make_call()
    one, *others = nominations(call, 21)
    DuplicatePairFactory(first=one, second=others[0])
    url = reverse("review:nomination_twins", args=[call.slug, one.pk])
    client.get(url)
    with CaptureQueriesContext(connection) as small:
        client.get(url)
    for other in others[1:]:
        DuplicatePairFactory(first=one, second=other)
    with django_assert_num_queries(len(small.captured_queries)):
        client.get(url)


# --- Themes: delete, merge, export ------------------------------------------------------------------------------


def test_deleting_a_theme_keeps_its_nominations(client, team):
    call = make_call()
    a, b = nominations(call, 2)
    theme = ThemeFactory(call=call, label="Not useful", nominations=[a, b])
    other = ThemeFactory(call=call, label="Kept", nominations=[a])
    assert f'action="/manage/calls/silver-linings/themes/{theme.pk}/delete/"' in page(
        client.get(reverse("review:theme_detail", args=[call.slug, theme.pk]))
    )
    response = client.post(reverse("review:theme_reject", args=[call.slug, theme.pk]))
    assert response["Location"] == reverse("review:themes", args=[call.slug])
    assert list(Theme.objects.filter(call=call)) == [other]
    assert list(ThemeMembership.objects.values_list("theme_id", "nomination_id")) == [(other.pk, a.pk)]
    assert AuditEntry.objects.get(action="theme.rejected").data == {
        "label": "Not useful",
        "status": "suggested",
        "nominations": 2,
        "theme": theme.pk,
    }


def test_merging_keeps_the_name_and_description_the_team_wrote(team):
    call = make_call()
    a, b, c = nominations(call, 3)
    named = ThemeFactory(call=call, label="Hybrid meetings", description="Families in the room.", edited=True)
    ThemeMembership.objects.create(theme=named, nomination=a)
    suggested = ThemeFactory(call=call, label="partners · video", nominations=[b, c])
    merged = grouping.themes_merge(themes=[suggested, named], by=team)
    assert (merged.pk, merged.label, merged.description) == (named.pk, "Hybrid meetings", "Families in the room.")
    assert sorted(merged.memberships.values_list("nomination_id", flat=True)) == [a.pk, b.pk, c.pk]


def test_merging_into_a_larger_theme_takes_the_description_the_team_wrote(team):
    call = make_call()
    a, b, c = nominations(call, 3)
    larger = ThemeFactory(call=call, label="partners · video", nominations=[a, b], status=Theme.Status.ACCEPTED)
    described = ThemeFactory(call=call, label="Hybrid", description="Families in the room.", nominations=[c])
    merged = grouping.themes_merge(themes=[larger, described], label="Hybrid meetings", by=team)
    assert (merged.pk, merged.label, merged.description) == (larger.pk, "Hybrid meetings", "Families in the room.")


def test_themes_and_ideas_download_as_xlsx(client, team):
    call = make_call()
    kent = submitted_nomination(call, title="Hybrid child protection conferences")
    surrey = submitted_nomination(call, ons_code="E10000030", title="=Hybrid conferences")
    ThemeFactory(
        call=call, label="Hybrid meetings", description="In the room.", keywords=["hybrid"], nominations=[kent]
    )
    IdeaFactory(call=call, label="Same idea", nominations=[kent, surrey])
    response = client.get(reverse("review:grouping_export", args=[call.slug]))
    assert response["Content-Disposition"] == 'attachment; filename="silver-linings-themes-and-ideas.xlsx"'
    workbook = load_workbook(io.BytesIO(response.content))
    themes = [list(row) for row in workbook["Themes"].iter_rows(values_only=True)]
    ideas = [list(row) for row in workbook["Ideas"].iter_rows(values_only=True)]
    assert themes == [
        ["Theme", "Status", "Description", "Keywords", "Reference", "Nomination", "Authority"],
        ["Hybrid meetings", "Suggested", "In the room.", "hybrid", kent.reference, kent.title, "Kent"],
    ]
    assert ideas == [
        ["Idea", "Reference", "Nomination", "Authority"],
        ["Same idea", kent.reference, kent.title, "Kent"],
        ["Same idea", surrey.reference, "'=Hybrid conferences", "Surrey"],
    ]


# --- The demo -----------------------------------------------------------------------------------------------------


@pytest.mark.slow
@override_settings(DEBUG=True)
def test_the_demo_duplicates_page_shows_its_hybrid_conferences_and_family_time_by_video(client, team):
    call_command("demo_data", stdout=io.StringIO())
    call = Call.objects.get(slug="silver-linings")
    content = page(client.get(reverse("review:duplicates", args=[call.slug])))
    titles = [
        (pair.first.title, pair.second.title)
        for pair in DuplicatePair.objects.filter(call=call, listed=True).select_related("first", "second")
    ]
    hybrid = [pair for pair in titles if all(title.startswith("Hybrid child protection") for title in pair)]
    family = [pair for pair in titles if all(title.startswith("Family time by video") for title in pair)]
    assert (len(hybrid), len(family)) == (3, 1)
    assert content.count("Pair ") >= 4
    assert "Family time by video calls, with play boxes for both homes" in content


def test_the_calls_page_counts_only_the_pairs_to_check(client, team):
    call = make_call()
    a, b, c = nominations(call, 3)
    DuplicatePairFactory(first=a, second=b)
    DuplicatePairFactory(first=a, second=c, listed=False)
    DuplicatePairFactory(first=b, second=c, dismissed=True)
    content = page(client.get(reverse("review:grouping_calls")))
    assert '>1<span class="govuk-visually-hidden"> likely duplicates in Silver Linings</span>' in content
