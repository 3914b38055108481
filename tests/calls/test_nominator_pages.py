"""What a nominator sees of their own nominations: drafts, deleting them, starting again, and the outcome."""

import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from silverlinings.calls.models import Nomination
from silverlinings.calls.services import nominations as services
from silverlinings.core.models import AuditEntry
from silverlinings.review.models import Decision
from tests.accounts.factories import ContributorFactory, ProgrammeTeamFactory
from tests.calls.factories import make_call, submitted_nomination

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def signed_in(client, person):
    client.force_login(person, backend="django.contrib.auth.backends.ModelBackend")
    return person


def press_start(client, call):
    response = client.post(
        reverse("calls:nomination_start", kwargs={"slug": call.slug}), {"start_token": str(uuid.uuid4())}
    )
    return response["Location"]


def test_pressing_start_again_reuses_the_untouched_draft(client):
    call = make_call()
    person = signed_in(client, ContributorFactory())
    first, second = press_start(client, call), press_start(client, call)
    assert first == second
    assert Nomination.objects.filter(nominator=person).count() == 1


def test_pressing_start_after_answering_something_starts_another(client):
    call = make_call()
    person = signed_in(client, ContributorFactory())
    press_start(client, call)
    services.nomination_save_answers(nomination=Nomination.objects.get(), answers={"title": "First idea"}, by=person)
    press_start(client, call)
    assert sorted(Nomination.objects.values_list("title", flat=True)) == ["", "First idea"]


def test_a_draft_shows_unanswered_questions_as_not_answered_yet_without_errors(client):
    call = make_call()
    person = signed_in(client, ContributorFactory())
    draft = services.nomination_start(call=call, nominator=person, by=person)
    services.nomination_save_answers(nomination=draft, answers={"title": "Half an idea"}, by=person)
    page = client.get(draft.get_absolute_url()).content.decode()
    # All but the title, and the authority and contact a new draft starts with (from their account).
    assert page.count("Not answered yet") == call.questions.count() - 3
    assert "govuk-error-message" not in page
    assert "Enter the problem or need" not in page
    check = client.get(reverse("calls:nomination_check", kwargs={"pk": draft.pk})).content.decode()
    assert "Enter the problem or need" in check


def test_a_nominator_deletes_a_draft_after_confirming(client):
    call = make_call()
    person = signed_in(client, ContributorFactory())
    draft = services.nomination_start(call=call, nominator=person, by=person)
    services.nomination_save_answers(nomination=draft, answers={"title": "Half an idea"}, by=person)
    url = reverse("calls:nomination_delete", kwargs={"pk": draft.pk})
    assert "Are you sure you want to delete the draft ‘Half an idea’?" in client.get(url).content.decode()
    response = client.post(url)
    assert response["Location"] == reverse("calls:my_nominations")
    assert not Nomination.objects.filter(pk=draft.pk).exists()
    assert AuditEntry.objects.filter(action="nomination.draft_deleted", object_id=str(draft.pk)).count() == 1
    assert "You have deleted the draft ‘Half an idea’." in client.get(response["Location"]).content.decode()


def test_a_sent_nomination_cannot_be_deleted(client):
    nomination = submitted_nomination(make_call())
    signed_in(client, nomination.nominator)
    assert client.post(reverse("calls:nomination_delete", kwargs={"pk": nomination.pk})).status_code == 403
    assert Nomination.objects.filter(pk=nomination.pk).exists()


def test_after_decisions_are_released_the_nominator_sees_the_outcome_not_sent_withdraw_or_change(client):
    nomination = submitted_nomination(make_call())
    Decision.objects.create(
        nomination=nomination, outcome="selected", decided_by=ProgrammeTeamFactory(), released_at=timezone.now()
    )
    signed_in(client, nomination.nominator)
    page = client.get(nomination.get_absolute_url()).content.decode()
    assert "Selected for the showcase" in page
    assert ">Sent<" not in page
    assert "Withdraw this nomination" not in page
    assert ">Change<" not in page
    listing = client.get(reverse("calls:my_nominations")).content.decode()
    assert "Selected for the showcase" in listing
    assert ">Sent<" not in listing
    withdraw = reverse("calls:nomination_withdraw", kwargs={"pk": nomination.pk})
    assert client.post(withdraw).status_code == 403


def test_a_pending_decision_is_not_shown_to_the_nominator(client):
    nomination = submitted_nomination(make_call())
    Decision.objects.create(nomination=nomination, outcome="not_selected", decided_by=ProgrammeTeamFactory())
    signed_in(client, nomination.nominator)
    page = client.get(nomination.get_absolute_url()).content.decode()
    assert "Not selected" not in page
    assert ">Sent<" in page
    assert "Withdraw this nomination" in page


def test_my_nominations_query_count_does_not_grow_with_rows(client):
    call = make_call()
    person = signed_in(client, ContributorFactory())
    first = submitted_nomination(call, nominator=person)
    Decision.objects.create(
        nomination=first, outcome="reserve", decided_by=ProgrammeTeamFactory(), released_at=timezone.now()
    )
    one = _queries(client)
    for _ in range(19):
        submitted_nomination(call, nominator=person)
    assert _queries(client) == one


def _queries(client) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(reverse("calls:my_nominations")).status_code == 200
    return len(captured)
