"""The autosave script in the browser: it saves a draft as one types, and says why when it is refused."""

import pytest

from silverlinings.calls.models import Nomination
from silverlinings.calls.services import nominations as services
from tests.accounts.factories import ContributorFactory
from tests.browser import sign_in_as
from tests.calls.factories import make_call

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def draft_page(page, live_server):
    person = ContributorFactory()
    draft = services.nomination_start(call=make_call(), nominator=person, by=person)
    sign_in_as(page, live_server, person)
    page.goto(f"/nominations/{draft.pk}/questions/2/")
    return draft


def test_typing_is_saved_into_the_draft(page, live_server):
    draft = draft_page(page, live_server)
    page.get_by_label("The problem or need").fill("Partners could not travel.")
    page.get_by_text("Your answers were saved at").wait_for()
    assert Nomination.objects.get(pk=draft.pk).answers["problem"] == "Partners could not travel."


def test_an_answer_too_long_is_not_saved_and_the_page_says_why(page, live_server):
    draft = draft_page(page, live_server)
    page.get_by_label("The problem or need").fill("word " * 4001)
    page.get_by_text("The problem or need must be 20,000 characters or fewer, so it was not saved.").wait_for()
    assert "problem" not in Nomination.objects.get(pk=draft.pk).answers
