"""The programme team changes a call's headings in the app's own pages."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from silverlinings.calls.models import Question
from tests.accounts.factories import ProgrammeTeamFactory
from tests.calls.factories import make_call, submitted_nomination

pytestmark = pytest.mark.django_db


@pytest.fixture
def team_client(client):
    client.force_login(ProgrammeTeamFactory(), backend="django.contrib.auth.backends.ModelBackend")
    return client


def keys(call) -> list[str]:
    return list(call.questions.order_by("position").values_list("key", flat=True))


def question(call, key) -> Question:
    return call.questions.get(key=key)


def heading_data(**overrides) -> dict:
    data = {
        "text": "Which age groups does it serve?",
        "key": "age_groups",
        "kind": "several_choices",
        "section": "About the innovation",
        "hint": "Select all that apply.",
        "required": "on",
        "word_limit": "",
        "choices": "Under 5\r\n5 to 11\r\n\r\n12 to 18\r\n",
        "follow_up": "",
    }
    data.update(overrides)
    return {name: value for name, value in data.items() if value is not None}


def add(client, call, **overrides):
    return client.post(reverse("calls:heading_add", kwargs={"slug": call.slug}), heading_data(**overrides))


def edit(client, call, current_key, **fields):
    current = question(call, current_key)
    data = heading_data(
        text=current.text,
        key=current.key,
        kind=current.kind,
        section=current.section,
        hint=current.hint,
        required="on" if current.required else None,
        word_limit=str(current.word_limit or ""),
        choices="\n".join(current.choices),
        follow_up=current.follow_up,
        purpose=current.purpose,
    )
    data.update(fields)
    return client.post(reverse("calls:heading_edit", kwargs={"slug": call.slug, "pk": current.pk}), data)


def errors_of(response) -> str:
    page = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in page
    return page


def test_the_team_adds_a_heading_and_nominators_see_it(team_client):
    call = make_call()
    page = team_client.get(reverse("calls:headings", kwargs={"slug": call.slug})).content.decode()
    assert page.index(">Title of the innovation<") < page.index(">The problem or need<") < page.index(">Contact<")
    response = add(team_client, call)
    assert response["Location"] == reverse("calls:headings", kwargs={"slug": call.slug})
    added = question(call, "age_groups")
    assert keys(call)[-1] == "age_groups"
    assert (added.kind, added.choices, added.required) == ("several_choices", ["Under 5", "5 to 11", "12 to 18"], True)
    assert "; Which age groups does it serve?</li>" in team_client.get(call.get_absolute_url()).content.decode()


def test_a_choice_question_needs_its_choices(team_client):
    call = make_call()
    page = errors_of(add(team_client, call, kind="one_choice", choices="Only one"))
    assert "Enter at least 2 choices, one on each line" in page
    assert 'value="Which age groups does it serve?"' in page  # nothing typed is lost
    assert not call.questions.filter(key="age_groups").exists()


def test_choices_and_a_follow_up_belong_only_to_their_kinds_of_question(team_client):
    call = make_call()
    page = errors_of(add(team_client, call, kind="short_text", follow_up="Tell us more"))
    assert "Choices are only for questions with one or several choices" in page
    assert "A follow-up question is only for yes or no questions" in page
    page = errors_of(add(team_client, call, kind="yes_no", choices="", word_limit="200"))
    assert "A word limit is only for long text" in page


def test_a_key_is_a_short_name_unique_to_the_call(team_client):
    call = make_call()
    assert "Enter a key with only lower-case letters, numbers and underscores" in errors_of(
        add(team_client, call, key="Age groups!")
    )
    assert "Another heading of this call already uses the key ‘problem’" in errors_of(
        add(team_client, call, key="problem")
    )


def test_a_key_cannot_change_once_nominations_have_answers_under_it(team_client):
    call = make_call()
    submitted_nomination(call)
    page = errors_of(edit(team_client, call, "problem", key="the_problem", text="The problem"))
    assert "You cannot change the key: 1 nomination has an answer under ‘problem’" in page
    assert question(call, "problem").text == "The problem or need"
    response = edit(team_client, call, "problem", text="The problem, or the need")
    assert response.status_code == 302
    assert question(call, "problem").text == "The problem, or the need"


def test_a_key_can_change_while_nobody_has_answered(team_client):
    call = make_call()
    assert edit(team_client, call, "adoption", key="adopting").status_code == 302
    assert "adopting" in keys(call)


def test_the_team_reorders_headings(team_client):
    call = make_call()
    before = keys(call)
    organisation = question(call, "organisation")
    url = reverse("calls:heading_move", kwargs={"slug": call.slug, "pk": organisation.pk})
    assert team_client.post(url, {"direction": "up"})["Location"].endswith(f"#heading-{organisation.pk}")
    assert keys(call)[:3] == ["title", "organisation", "authority"]
    team_client.post(url, {"direction": "down"})
    team_client.post(url, {"direction": "down"})
    assert keys(call)[:4] == ["title", "authority", "service_areas", "organisation"]
    assert sorted(keys(call)) == sorted(before)
    assert list(call.questions.order_by("position").values_list("position", flat=True)) == list(
        range(1, len(before) + 1)
    )


def test_a_heading_is_removed_only_while_nobody_has_answered_it(team_client):
    call = make_call()
    submitted_nomination(call)  # answers every heading but the organisation
    answered = question(call, "adoption")
    url = reverse("calls:heading_remove", kwargs={"slug": call.slug, "pk": answered.pk})
    page = team_client.get(url).content.decode()
    assert "You cannot remove this heading: 1 nomination has an answer under it" in page
    assert "Remove the heading" not in page
    assert team_client.post(url).status_code == 200
    assert call.questions.filter(key="adoption").exists()

    unanswered = question(call, "organisation")
    url = reverse("calls:heading_remove", kwargs={"slug": call.slug, "pk": unanswered.pk})
    assert "Remove the heading" in team_client.get(url).content.decode()
    assert team_client.post(url)["Location"] == reverse("calls:headings", kwargs={"slug": call.slug})
    assert "organisation" not in keys(call)


def test_headings_the_lists_rely_on_keep_their_purpose_and_kind_and_stay(team_client):
    call = make_call()
    title = question(call, "title")
    assert "The nominations list, the coverage dashboard and the exports use this heading" in errors_of(
        edit(team_client, call, "title", purpose="")
    )
    assert "The nominations list, the coverage dashboard and the exports use this heading" in errors_of(
        edit(team_client, call, "scale", kind="short_text", choices="")
    )
    url = reverse("calls:heading_remove", kwargs={"slug": call.slug, "pk": title.pk})
    team_client.post(url)
    assert "title" in keys(call)


def test_headings_page_query_count_does_not_grow_with_headings_or_nominations(team_client):
    call = make_call()
    submitted_nomination(call)
    url = reverse("calls:headings", kwargs={"slug": call.slug})
    with CaptureQueriesContext(connection) as few:
        team_client.get(url)
    for n in range(6):
        add(team_client, call, key=f"extra_{n}", required=None)
    for _ in range(19):
        submitted_nomination(call)
    with CaptureQueriesContext(connection) as many:
        response = team_client.get(url)
    assert len(response.context["rows"]) == 20
    assert len(many) == len(few)
