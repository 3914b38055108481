"""Answers too long to keep are refused on the server before anything reads them (finding: an 11 MB autosave)."""

import pytest
from django.urls import reverse

from silverlinings.calls.answers import MAX_CHARS
from silverlinings.calls.models import Nomination
from silverlinings.calls.personal_data import personal_data_find
from silverlinings.calls.services import nominations as services
from tests.accounts.factories import ContributorFactory
from tests.calls.factories import make_call

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ONE_MEGABYTE = "Sam Kaur, aged 9, lives at 12 High Street. " * (1024 * 1024 // 43)


def draft_of(client):
    person = ContributorFactory()
    client.force_login(person, backend="django.contrib.auth.backends.ModelBackend")
    draft = services.nomination_start(call=make_call(), nominator=person, by=person)
    return services.nomination_save_answers(nomination=draft, answers={"problem": "Short and true."}, by=person)


def test_a_one_megabyte_autosave_is_refused_and_nothing_is_kept_or_scanned(client):
    draft = draft_of(client)
    url = reverse("calls:nomination_autosave", kwargs={"pk": draft.pk, "index": 2})
    response = client.post(url, {"problem": ONE_MEGABYTE, "what_you_did": "Video for partners."})
    assert response.status_code == 400
    assert response.json() == {"error": "The problem or need must be 20,000 characters or fewer, so it was not saved."}
    saved = Nomination.objects.get(pk=draft.pk)
    assert (saved.answers["problem"], saved.answers["what_you_did"]) == ("Short and true.", "Video for partners.")
    assert saved.personal_data == []


def test_a_one_megabyte_answer_in_the_form_gets_a_gov_uk_error_and_is_not_kept(client):
    draft = draft_of(client)
    url = reverse("calls:nomination_section", kwargs={"pk": draft.pk, "index": 2})
    response = client.post(url, {"problem": ONE_MEGABYTE, "what_you_did": "Video for partners.", "continue": ""})
    page = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in page
    assert "The problem or need must be 20,000 characters or fewer" in page
    assert Nomination.objects.get(pk=draft.pk).answers["problem"] == "Short and true."


def test_an_answer_at_the_limit_is_kept():
    person = ContributorFactory()
    draft = services.nomination_start(call=make_call(), nominator=person, by=person)
    services.nomination_save_answers(nomination=draft, answers={"problem": "x" * MAX_CHARS}, by=person)
    assert len(Nomination.objects.get(pk=draft.pk).answers["problem"]) == MAX_CHARS


def test_a_contact_part_too_long_names_that_part(client):
    draft = draft_of(client)
    url = reverse("calls:nomination_section", kwargs={"pk": draft.pk, "index": 5})
    response = client.post(url, {"contact__name": "Sam", "contact__role": "x" * (MAX_CHARS + 1), "continue": ""})
    assert "Role must be 20,000 characters or fewer" in response.content.decode()


def test_a_request_body_over_the_form_limit_is_refused_before_it_is_read(client):
    draft = draft_of(client)
    url = reverse("calls:nomination_autosave", kwargs={"pk": draft.pk, "index": 2})
    response = client.post(url, {"problem": "x" * (3 * 1024 * 1024)})
    assert response.status_code == 400
    assert Nomination.objects.get(pk=draft.pk).answers["problem"] == "Short and true."


def test_the_personal_data_scan_finds_every_repeat_in_a_long_text_in_order():
    findings = personal_data_find({"problem": ONE_MEGABYTE})
    repeats = ONE_MEGABYTE.count("Sam Kaur")
    assert len(findings) == 2 * repeats
    assert [finding.kind for finding in findings[:4]] == ["name_with_age", "address", "name_with_age", "address"]
