from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from silverlinings.calls.models import Call
from silverlinings.core.models import OutboundEmail
from silverlinings.review.models import Decision, LetterTemplate
from silverlinings.review.services import decisions as services
from tests.accounts.factories import ContributorFactory, ProgrammeTeamFactory, authority
from tests.calls.factories import make_call, submitted_nomination
from tests.review.matrix_panel import KENT, MEDWAY, READING, assign, on_panel, panel_member, submit_review

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

SLOUGH = "E06000039"


def signed_in(client, user):
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


def close_the_call(call) -> None:
    Call.objects.filter(pk=call.pk).update(closes_at=timezone.now() - timedelta(minutes=1))
    call.refresh_from_db()


@pytest.fixture
def decided():
    """Three nominations from three nominators with pending decisions, one of each outcome."""
    call = make_call()
    team = ProgrammeTeamFactory()
    outcomes = ["selected", "reserve", "not_selected"]
    nominations = []
    for index, (ons, outcome) in enumerate(zip([MEDWAY, SLOUGH, READING], outcomes, strict=True)):
        nominator = ContributorFactory(
            email=f"nominator{index}@example.org", full_name=f"Nominator {index}", authority=authority(ons)
        )
        nomination = submitted_nomination(call, nominator=nominator, ons_code=ons, title=f"Innovation {index}")
        services.decision_record(nomination=nomination, outcome=outcome, reason="Agreed", by=team)
        nominations.append(nomination)
    reviewer = panel_member(KENT)
    on_panel(call, reviewer)
    submit_review(
        assign(reviewer, nominations[0]),
        [5, 5, 5, 5],
        nominator="A model others should copy.",
        team="Only for the team",
    )
    return {"call": call, "team": team, "nominations": nominations}


def test_release_emails_each_nominator_once_with_their_letter_of_recognition(decided, client):
    close_the_call(decided["call"])
    signed_in(client, decided["team"])
    url = reverse("review:decisions_release", kwargs={"slug": decided["call"].slug})

    confirm = client.get(url).content.decode()
    response = client.post(url)

    assert "Release 3 decisions?" in confirm
    assert "release_while_open" not in confirm
    assert response.status_code == 302
    assert sorted(message.to[0] for message in mail.outbox) == [
        "nominator0@example.org",
        "nominator1@example.org",
        "nominator2@example.org",
    ]
    for message in mail.outbox:
        assert len(message.attachments) == 1
        _name, content, mimetype = message.attachments[0]
        assert content[:4] == b"%PDF"
        assert mimetype == "application/pdf"
    assert Decision.objects.filter(released_at__isnull=True).count() == 0

    client.post(url)
    assert len(mail.outbox) == 3
    assert OutboundEmail.objects.count() == 3


def test_the_letter_uses_the_teams_wording_and_only_the_comments_for_the_nominator(decided):
    call, nominations = decided["call"], decided["nominations"]
    close_the_call(call)
    selected = services.letter_templates_get(call=call)["selected"]
    services.letter_template_update(
        template=selected,
        by=decided["team"],
        subject="Well done, {name}",
        body="Dear {name},\n\n‘{title}’ ({reference}) is in the {call} showcase {unknown}.",
    )

    services.decisions_release(call=call, by=decided["team"])

    message = next(m for m in mail.outbox if m.to == ["nominator0@example.org"])
    assert message.subject == "Well done, Nominator 0"
    reference = nominations[0].reference
    assert message.body.startswith(
        f"Dear Nominator 0,\n\n‘Innovation 0’ ({reference}) is in the Silver Linings showcase {{unknown}}."
    )
    assert "A model others should copy." in message.body
    assert "Only for the team" not in message.body
    assert message.attachments[0][0] == f"letter-of-recognition-{nominations[0].reference}.pdf"
    others = [m for m in mail.outbox if m.to != ["nominator0@example.org"]]
    assert sorted(m.subject for m in others) == [
        "Thank you for your Silver Linings nomination",
        "Your innovation is on the reserve list for the Silver Linings showcase",
    ]


def test_letter_templates_are_made_once_with_a_default_for_each_outcome(decided):
    call = decided["call"]
    services.letter_templates_get(call=call)
    templates = services.letter_templates_get(call=call)
    assert list(templates) == ["selected", "reserve", "not_selected"]
    assert LetterTemplate.objects.filter(call=call).count() == 3


def test_a_released_decision_cannot_be_changed_and_a_pending_one_can(decided):
    team, (first, second, _third) = decided["team"], decided["nominations"]
    services.decision_record(nomination=first, outcome="reserve", reason="Changed our minds", by=team)
    assert Decision.objects.get(nomination=first).outcome == "reserve"
    close_the_call(decided["call"])

    services.decisions_release(call=decided["call"], by=team)

    with pytest.raises(ValidationError) as released:
        services.decision_record(nomination=second, outcome="selected", reason="", by=team)
    assert released.value.messages == ["This decision has been released to the nominator, so it cannot be changed"]


def test_the_team_records_a_decision_on_the_decision_page(decided, client):
    call = decided["call"]
    nomination = submitted_nomination(call, ons_code=MEDWAY, title="Late idea")
    signed_in(client, decided["team"])
    url = reverse("review:decision", kwargs={"pk": nomination.pk})

    missing = client.post(url, {"outcome": "", "reason": "Because"})
    saved = client.post(url, {"outcome": "reserve", "reason": "Strong but similar to another"})

    page = missing.content.decode()
    assert "There is a problem" in page
    assert "Select the panel&#x27;s decision" in page
    assert "Strong but similar to another" not in page
    assert "Because" in page
    assert saved["Location"] == reverse("review:meeting_unthemed", kwargs={"slug": call.slug})
    decision = Decision.objects.get(nomination=nomination)
    assert (decision.outcome, decision.reason, decision.released_at) == (
        "reserve",
        "Strong but similar to another",
        None,
    )
    assert mail.outbox == []


def test_the_team_downloads_a_nominators_letter_as_a_pdf(decided, client):
    nomination = decided["nominations"][1]
    signed_in(client, decided["team"])

    response = client.get(reverse("review:letter_download", kwargs={"pk": nomination.pk}))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content[:4] == b"%PDF"
    assert response["Content-Disposition"] == f'attachment; filename="letter-of-recognition-{nomination.reference}.pdf"'


def test_the_decisions_page_shows_letters_sent_after_release(decided, client):
    close_the_call(decided["call"])
    signed_in(client, decided["team"])
    services.decisions_release(call=decided["call"], by=decided["team"])

    page = client.get(reverse("review:decisions", kwargs={"slug": decided["call"].slug})).content.decode()

    assert "3 of 3 letters sent" in page
    assert "No decisions are pending" in page


def test_releasing_while_the_call_is_open_warns_and_needs_a_deliberate_confirmation(decided, client):
    call, team = decided["call"], decided["team"]
    signed_in(client, team)
    url = reverse("review:decisions_release", kwargs={"slug": call.slug})

    warning = client.get(url).content.decode()
    refused = client.post(url, {})

    assert "The call is still open: it closes on " in warning
    assert "Nominations can still arrive and nominators can still change theirs" in warning
    assert 'name="release_while_open"' in warning
    page = refused.content.decode()
    assert refused.status_code == 200
    assert "There is a problem" in page
    assert page.count("Confirm that you want to release the decisions while the call is still open") == 2
    assert Decision.objects.filter(released_at__isnull=False).count() == 0
    with pytest.raises(ValidationError) as still_open:
        services.decisions_release(call=call, by=team)
    assert still_open.value.message_dict == {
        "release_while_open": ["Confirm that you want to release the decisions while the call is still open"]
    }
    assert mail.outbox == []

    released = client.post(url, {"release_while_open": "on"})

    assert released.status_code == 302
    assert Decision.objects.filter(released_at__isnull=False).count() == 3
    assert len(mail.outbox) == 3
