"""A sent nomination changes only through "change your answers": every answer checked, sent again, the team told."""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse

from silverlinings.calls.models import Nomination, NominationStatus, Question
from silverlinings.calls.services import nominations as services
from tests.calls.factories import make_call, submitted_nomination

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

SECTION_ONE = {
    "title": "Hybrid conferences, now county-wide",
    "authority": "Kent",
    "service_areas": ["Children's social care"],
    "scale": "Service or team practice",
    "continue": "",
}


def sent_by(client, **fields):
    nomination = submitted_nomination(make_call(**fields))
    client.force_login(nomination.nominator, backend="django.contrib.auth.backends.ModelBackend")
    mail.outbox.clear()
    return nomination


def section(nomination, index=1):
    return reverse("calls:nomination_section", kwargs={"pk": nomination.pk, "index": index})


def test_changing_a_sent_nomination_checks_every_answer_sends_it_again_and_tells_the_team(client):
    nomination = sent_by(client)
    page = client.get(section(nomination)).content.decode()
    assert "data-autosave-url" not in page
    assert "Save as draft" not in page

    response = client.post(section(nomination), SECTION_ONE)
    assert response["Location"] == reverse("calls:nomination_check", kwargs={"pk": nomination.pk})
    assert Nomination.objects.get(pk=nomination.pk).title == "Hybrid child protection conferences"  # not yet
    check = client.get(response["Location"]).content.decode()
    assert "Check your changes before sending them" in check
    waiting = client.get(nomination.get_absolute_url()).content.decode()
    assert "You have changes that are not sent yet." in waiting
    assert "Hybrid conferences, now county-wide" in check

    response = client.post(reverse("calls:nomination_submit", kwargs={"pk": nomination.pk}))
    assert response["Location"] == nomination.get_absolute_url()
    changed = Nomination.objects.get(pk=nomination.pk)
    assert (changed.status, changed.reference, changed.title) == (
        NominationStatus.SUBMITTED,
        nomination.reference,
        "Hybrid conferences, now county-wide",
    )
    assert [(message.to, message.subject) for message in mail.outbox] == [
        (["sl@example.org"], f"Nomination {nomination.reference} changed: Hybrid conferences, now county-wide")
    ]
    assert "- Title of the innovation" in mail.outbox[0].body
    assert "Partners could not travel" not in mail.outbox[0].body  # names questions, never answers
    after = client.get(response["Location"]).content.decode()
    assert "Your changes have been sent" in after
    assert "You have changes that are not sent yet." not in after


def test_a_sent_nomination_cannot_be_blanked_and_stays_as_sent(client):
    nomination = sent_by(client)
    response = client.post(section(nomination), {**SECTION_ONE, "title": ""})
    page = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in page
    assert "Enter title of the innovation" in page
    assert Nomination.objects.get(pk=nomination.pk).title == "Hybrid child protection conferences"
    client.post(reverse("calls:nomination_submit", kwargs={"pk": nomination.pk}))
    assert Nomination.objects.get(pk=nomination.pk).answers == nomination.answers
    assert mail.outbox == []


def test_an_unknown_authority_on_a_sent_nomination_is_refused_through_the_form(client):
    nomination = sent_by(client)
    response = client.post(section(nomination), {**SECTION_ONE, "authority": "Kent County Council (typo)"})
    assert "Select authority from the list" in response.content.decode()
    assert Nomination.objects.get(pk=nomination.pk).authority.short_name == "Kent"


def test_the_authority_of_a_sent_nomination_never_becomes_empty():
    nomination = submitted_nomination(make_call())
    # Even when the team's list of authorities holds a name the directory does not know.
    question = Question.objects.get(call=nomination.call, key="authority")
    question.choices = [*question.choices, "Kent County Council (typo)"]
    question.save()
    with pytest.raises(ValidationError) as refused:
        services.nomination_change_send(
            nomination=nomination, changes={"authority": "Kent County Council (typo)"}, by=nomination.nominator
        )
    assert refused.value.message_dict == {"authority": ["Select authority from the list"]}
    assert Nomination.objects.get(pk=nomination.pk).authority.short_name == "Kent"


def test_the_withdraw_link_is_not_offered_on_a_draft_but_delete_is(client):
    nomination = sent_by(client)
    draft = services.nomination_start(call=nomination.call, nominator=nomination.nominator, by=nomination.nominator)
    services.nomination_save_answers(nomination=draft, answers={"title": "Half an idea"}, by=nomination.nominator)
    page = client.get(draft.get_absolute_url()).content.decode()
    assert "Delete this draft" in page
    assert "Withdraw this nomination" not in page
    page = client.get(nomination.get_absolute_url()).content.decode()
    assert "Withdraw this nomination" in page
    assert "Delete this draft" not in page
