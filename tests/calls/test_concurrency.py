"""Saving as one types never undoes a submit or a withdrawal, nor another tab's answers (decision 0020).

The first tests replay the interleavings that lost data, one step at a time, so they run on any database.
The threaded ones race real requests through the views; they need PostgreSQL's row locks:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/sl_trust .venv/bin/python -m pytest tests/calls/test_concurrency.py
"""

import threading

import pytest
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.test import Client
from django.urls import reverse

from silverlinings.calls.models import Nomination, NominationStatus
from silverlinings.calls.services import nominations as services
from tests.accounts.factories import ContributorFactory
from tests.calls.factories import make_call, valid_answers

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def ready_draft(call, person=None) -> Nomination:
    person = person or ContributorFactory()
    draft = services.nomination_start(call=call, nominator=person, by=person)
    return services.nomination_save_answers(nomination=draft, answers=valid_answers(), by=person)


def test_a_save_holding_a_copy_read_before_the_submit_cannot_undo_it():
    draft = ready_draft(make_call())
    copy_in_the_autosave = Nomination.objects.get(pk=draft.pk)
    services.nomination_submit(nomination=draft, by=draft.nominator, notify=False)
    with pytest.raises(PermissionDenied):
        services.nomination_save_answers(
            nomination=copy_in_the_autosave, answers={"title": "Typed a moment ago"}, by=draft.nominator
        )
    nomination = Nomination.objects.get(pk=draft.pk)
    assert (nomination.status, nomination.reference, nomination.title) == (
        NominationStatus.SUBMITTED,
        "SL-2026-0001",
        "Hybrid child protection conferences",
    )


def test_a_save_holding_a_copy_read_before_the_withdrawal_cannot_undo_it():
    draft = ready_draft(make_call())
    copy_in_the_autosave = Nomination.objects.get(pk=draft.pk)
    services.nomination_withdraw(nomination=draft, by=draft.nominator)
    with pytest.raises(PermissionDenied):
        services.nomination_save_answers(nomination=copy_in_the_autosave, answers={"title": "x"}, by=draft.nominator)
    assert Nomination.objects.get(pk=draft.pk).status == NominationStatus.WITHDRAWN


def test_two_tabs_saving_different_sections_keep_both():
    draft = ready_draft(make_call())
    first_tab, second_tab = Nomination.objects.get(pk=draft.pk), Nomination.objects.get(pk=draft.pk)
    services.nomination_save_answers(nomination=first_tab, answers={"title": "New title"}, by=draft.nominator)
    services.nomination_save_answers(nomination=second_tab, answers={"problem": "New problem"}, by=draft.nominator)
    answers = Nomination.objects.get(pk=draft.pk).answers
    assert (answers["title"], answers["problem"]) == ("New title", "New problem")
    assert Nomination.objects.get(pk=draft.pk).title == "New title"


def test_autosave_on_a_sent_nomination_is_refused_and_changes_nothing(client):
    draft = ready_draft(make_call())
    services.nomination_submit(nomination=draft, by=draft.nominator, notify=False)
    client.force_login(draft.nominator, backend="django.contrib.auth.backends.ModelBackend")
    url = reverse("calls:nomination_autosave", kwargs={"pk": draft.pk, "index": 1})
    response = client.post(url, {"title": "", "authority": "Kent County Council (typo)"})
    assert response.status_code == 403
    nomination = Nomination.objects.get(pk=draft.pk)
    assert (nomination.title, nomination.authority.short_name) == ("Hybrid child protection conferences", "Kent")


def test_autosave_on_someone_elses_draft_is_refused(client):
    draft = ready_draft(make_call())
    client.force_login(ContributorFactory(), backend="django.contrib.auth.backends.ModelBackend")
    url = reverse("calls:nomination_autosave", kwargs={"pk": draft.pk, "index": 1})
    assert client.post(url, {"title": "Mine now"}).status_code == 404
    assert Nomination.objects.get(pk=draft.pk).title == "Hybrid child protection conferences"


# Real races, through the views, on PostgreSQL


def race(*actions) -> list:
    """Run each action in its own thread (its own database connection), all starting together."""
    start, results = threading.Barrier(len(actions)), [None] * len(actions)

    def run(index, action):
        try:
            start.wait()
            results[index] = action()
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i, action)) for i, action in enumerate(actions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


def autosaves(client, nomination, data, times=5):
    url = reverse("calls:nomination_autosave", kwargs={"pk": nomination.pk, "index": 1})
    return lambda: [client.post(url, data).status_code for _ in range(times)]


SECTION_ONE = {
    "title": "Typed while sending",
    "authority": "Kent",
    "service_areas": ["Children's social care"],
    "scale": "Service or team practice",
}


@pytest.fixture
def on_postgres():
    if connection.vendor != "postgresql":
        pytest.skip("Threads racing on one row need PostgreSQL's row locks; the tests above replay the races")


@pytest.mark.slow
def test_submit_racing_autosave_always_ends_sent_with_a_reference(on_postgres):
    call = make_call()
    for trial in range(10):
        draft = ready_draft(call)
        client, other = signed_in(draft.nominator), signed_in(draft.nominator)
        submit = reverse("calls:nomination_submit", kwargs={"pk": draft.pk})
        statuses = race(lambda c=client, s=submit: c.post(s).status_code, autosaves(other, draft, SECTION_ONE))
        nomination = Nomination.objects.get(pk=draft.pk)
        assert statuses[0] == 302
        assert set(statuses[1]) <= {200, 403, 409}
        assert nomination.status == NominationStatus.SUBMITTED, f"trial {trial}"
        assert nomination.reference == f"SL-2026-{trial + 1:04d}"


@pytest.mark.slow
def test_withdraw_racing_autosave_always_ends_withdrawn(on_postgres):
    call = make_call()
    for trial in range(5):
        draft = ready_draft(call)
        client, other = signed_in(draft.nominator), signed_in(draft.nominator)
        withdraw = reverse("calls:nomination_withdraw", kwargs={"pk": draft.pk})
        race(lambda c=client, w=withdraw: c.post(w).status_code, autosaves(other, draft, SECTION_ONE))
        assert Nomination.objects.get(pk=draft.pk).status == NominationStatus.WITHDRAWN, f"trial {trial}"


@pytest.mark.slow
def test_two_tabs_autosaving_different_sections_at_once_lose_nothing(on_postgres):
    call = make_call()
    for trial in range(5):
        draft = ready_draft(call)
        first, second = signed_in(draft.nominator), signed_in(draft.nominator)
        section_two = reverse("calls:nomination_autosave", kwargs={"pk": draft.pk, "index": 2})
        tab_two = {"problem": f"Problem {trial}", "what_you_did": f"Did {trial}"}
        race(
            autosaves(first, draft, {**SECTION_ONE, "title": f"Title {trial}"}),
            lambda c=second, u=section_two, d=tab_two: [c.post(u, d).status_code for _ in range(5)],
        )
        answers = Nomination.objects.get(pk=draft.pk).answers
        assert (answers["title"], answers["problem"], answers["what_you_did"]) == (
            f"Title {trial}",
            f"Problem {trial}",
            f"Did {trial}",
        )
