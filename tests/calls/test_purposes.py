"""Questions are known by their purpose: code asks for an answer by purpose, never by the heading's key."""

import importlib

import pytest
from django.apps import apps
from django.urls import reverse

from silverlinings.calls.headings import Purpose
from silverlinings.calls.models import Nomination, Question
from silverlinings.calls.services import headings as services_headings
from silverlinings.calls.services import nominations as services
from silverlinings.review.selectors import grouping as selectors
from silverlinings.review.selectors import panel as selectors_panel
from tests.accounts.factories import ProgrammeTeamFactory
from tests.calls.factories import make_call, submitted_nomination, valid_answers
from tests.calls.test_headings import add, edit, errors_of, heading_data

pytestmark = pytest.mark.django_db

SILVER_LININGS_PURPOSES = {
    "title": "title",
    "authority": "authority",
    "organisation": "organisation",
    "service_areas": "service_areas",
    "scale": "scale",
    "problem": "free_text",
    "what_you_did": "free_text",
    "difference": "free_text",
    "permanence": "free_text",
    "proprietary": "supplier",
    "adoption": "free_text",
    "contact": "contact",
    "consent_publish": "consent_publish",
    "consent_contact": "consent_contact",
}


@pytest.fixture
def team_client(client):
    client.force_login(ProgrammeTeamFactory(), backend="django.contrib.auth.backends.ModelBackend")
    return client


def purposes(call) -> dict[str, str]:
    return dict(call.questions.order_by("position").values_list("key", "purpose"))


def rename_key(call, old: str, new: str) -> None:
    question = call.questions.get(key=old)
    fields = {name: getattr(question, name) for name in services_headings.FIELDS}
    services_headings.heading_update(question=question, by=ProgrammeTeamFactory(), **{**fields, "key": new})


def test_a_new_call_starts_with_each_silver_linings_heading_given_its_purpose():
    assert purposes(make_call()) == SILVER_LININGS_PURPOSES


def test_the_data_migration_gives_todays_headings_their_purpose_from_their_key():
    call = make_call()
    call.questions.update(purpose="")
    migration = importlib.import_module("silverlinings.calls.migrations.0005_question_purpose")
    migration.purposes_from_keys(apps, None)
    assert purposes(call) == SILVER_LININGS_PURPOSES


def test_answers_are_found_by_purpose_after_the_team_renames_the_keys():
    call = make_call()
    for old, new in [("title", "innovation_name"), ("contact", "who_to_ask"), ("authority", "council")]:
        rename_key(call, old, new)
    answers = valid_answers()
    answers["innovation_name"], answers["who_to_ask"], answers["council"] = (
        answers.pop("title"),
        answers.pop("contact"),
        answers.pop("authority"),
    )
    nomination = submitted_nomination(Question.objects.get(key="council").call, **answers)
    nomination = Nomination.objects.get(pk=nomination.pk)
    assert (nomination.title, nomination.authority.short_name) == ("Hybrid child protection conferences", "Kent")
    assert nomination.answer_for(Purpose.CONTACT)["email"] == "sam.kaur@kent.example.org"
    assert nomination.answer_for(Purpose.CONSENT_PUBLISH) == {"answer": True, "detail": ""}


def test_a_purpose_the_call_has_no_heading_for_has_no_answer():
    call = make_call()
    call.questions.filter(purpose=Purpose.SUPPLIER).update(purpose="")
    nomination = submitted_nomination(call)
    assert Nomination.objects.get(pk=nomination.pk).answer_for(Purpose.SUPPLIER) is None


def test_the_contact_prefill_uses_the_contact_heading_whatever_its_key():
    call = make_call()
    rename_key(call, "contact", "who_to_ask")
    team = ProgrammeTeamFactory()
    nomination = services.nomination_start(call=call, nominator=team, by=team, channel="phone")
    assert nomination.answers["who_to_ask"]["email"] == team.email


def test_the_team_gives_a_new_heading_the_free_text_purpose_and_grouping_reads_it(team_client):
    call = make_call()
    response = add(team_client, call, key="lessons", kind="long_text", choices="", purpose="free_text")
    assert response.status_code == 302
    nomination = submitted_nomination(call, lessons="Train the chairs first.")
    docs = dict(selectors.suggestion_docs(call))
    assert docs[nomination.pk].endswith("Train the chairs first.")
    assert "sam.kaur" not in docs[nomination.pk]


def test_a_second_heading_with_a_purpose_held_once_is_refused_and_what_was_typed_is_kept(team_client):
    call = make_call()
    page = errors_of(add(team_client, call, key="other_title", kind="short_text", choices="", purpose="title"))
    assert "Another heading of this call is already ‘the innovation&#x27;s title’: choose another purpose" in page
    assert 'value="other_title"' in page
    assert list(call.questions.filter(purpose=Purpose.TITLE).values_list("key", flat=True)) == ["title"]


def test_a_purpose_needs_its_type_of_answer(team_client):
    call = make_call()
    call.questions.filter(purpose=Purpose.SUPPLIER).update(purpose="")
    page = errors_of(add(team_client, call, purpose="supplier"))
    assert "‘A supplier&#x27;s product’ needs the type of answer yes or no: change the purpose or the type" in page


def test_the_team_changes_a_headings_purpose_on_its_page(team_client):
    call = make_call()
    assert edit(team_client, call, "permanence", purpose="").status_code == 302
    assert call.questions.get(key="permanence").purpose == ""
    page = team_client.get(reverse("calls:headings", kwargs={"slug": call.slug})).content.decode()
    assert "Key: problem. Purpose: free text describing the innovation" in page


def test_the_panels_anonymised_view_hides_the_identifying_answers_whatever_their_keys():
    call = make_call()
    rename_key(call, "organisation", "school")
    nomination = submitted_nomination(call, school="Oakfield Primary", what_you_did="Oakfield Primary met online.")
    nomination = Nomination.objects.select_related("call", "nominator", "authority").get(pk=nomination.pk)
    rows = selectors_panel.answer_rows(nomination, anonymised=True)
    shown = {row["spec"].key: row["value"] for row in rows}
    assert ("school" in shown, "contact" in shown, "title" in shown) == (False, False, False)
    assert shown["what_you_did"] == "[removed] met online."


def test_heading_data_has_no_purpose_unless_given():
    assert "purpose" not in heading_data()
