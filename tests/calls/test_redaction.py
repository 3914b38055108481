"""A nomination flagged for a child's personal data is held from the panel until the programme team
redacts or releases it, or its nominator changes it; stored emails never repeat the answers."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from silverlinings.calls.models import Call, Nomination, Redaction
from silverlinings.core.models import AuditEntry
from silverlinings.mail.models import LINK_REMOVED, Message
from silverlinings.review import visibility
from tests.accounts.factories import ContributorFactory, ProgrammeTeamFactory
from tests.calls.factories import make_call, submitted_nomination
from tests.calls.test_views import SECTION_POSTS, post_section, signed_in
from tests.review.matrix_panel import assign, on_panel, panel_member

pytestmark = pytest.mark.django_db

CHILD = "We worked with Jack Smith, aged 7, who lives at 12 Acacia Avenue."
REDACTED = "We worked with a child of primary school age."


def flagged_through_the_form(client, call) -> Nomination:
    """A contributor writes a child's name, age and address into an answer and sends it, page by page."""
    person = ContributorFactory(email="sam@kent.example.org", full_name="Sam Kaur")
    signed_in(client, person)
    client.post(
        reverse("calls:nomination_start", kwargs={"slug": call.slug}),
        {"start_token": "6f1c7d1e-7a5b-4b8e-9f3e-2d7f0b6c1a12"},
    )
    nomination = Nomination.objects.get(nominator=person)
    for index in range(1, 6):
        data = {**SECTION_POSTS[index], "what_you_did": CHILD} if index == 2 else SECTION_POSTS[index]
        assert post_section(client, nomination, index, data).status_code == 302
    client.post(reverse("calls:nomination_submit", kwargs={"pk": nomination.pk}))
    nomination.refresh_from_db()
    assert nomination.status == "submitted"
    client.logout()
    return nomination


@pytest.fixture
def held(client):
    call = make_call()
    member = panel_member()
    on_panel(call, member)
    return call, member, flagged_through_the_form(client, call)


def send_changes(client, nomination):
    """A sent nomination's changes wait until "Send your changes" checks them all and sends them again."""
    return client.post(reverse("calls:nomination_submit", kwargs={"pk": nomination.pk}))


def test_a_flagged_nomination_is_held_from_the_panel(client, held):
    call, member, nomination = held
    assert [finding["kind"] for finding in nomination.personal_data] == ["name_with_age", "address"]
    assert nomination.is_held_for_personal_data
    assert list(visibility.nominations_visible_to_panel_member(member, call)) == []
    assert visibility.hidden_reason(member, nomination) == "it is not ready for the panel"
    assign(member, nomination)
    signed_in(client, member)
    assert client.get(reverse("review:review_form", kwargs={"pk": nomination.pk})).status_code == 404


def test_an_unflagged_nomination_reaches_the_panel():
    call = make_call()
    member = panel_member()
    on_panel(call, member)
    nomination = submitted_nomination(call)
    assert list(visibility.nominations_visible_to_panel_member(member, call)) == [nomination]


def test_the_stored_confirmation_email_does_not_repeat_the_answers(held):
    _call, _member, nomination = held
    message = Message.objects.get(template="calls/email/nomination_submitted")
    assert message.to == "sam@kent.example.org"
    for stored in (message.subject, message.body_text, message.body_html):
        assert "Jack" not in stored
        assert "Acacia" not in stored
        assert "Partners could not travel" not in stored
    assert f"http://testserver{nomination.get_absolute_url()}" in message.body_text


def test_a_flagged_title_stays_out_of_the_stored_email(client):
    call = make_call()
    person = ContributorFactory(email="sam@kent.example.org", full_name="Sam Kaur")
    signed_in(client, person)
    client.post(
        reverse("calls:nomination_start", kwargs={"slug": call.slug}),
        {"start_token": "6f1c7d1e-7a5b-4b8e-9f3e-2d7f0b6c1a13"},
    )
    nomination = Nomination.objects.get(nominator=person)
    for index in range(1, 6):
        data = {**SECTION_POSTS[index], "title": "Jack Smith, aged 7"} if index == 1 else SECTION_POSTS[index]
        post_section(client, nomination, index, data)
    client.post(reverse("calls:nomination_submit", kwargs={"pk": nomination.pk}))
    nomination.refresh_from_db()
    message = Message.objects.get(template="calls/email/nomination_submitted")
    assert message.subject == f"Your nomination {nomination.reference}: your innovation"
    assert "Jack" not in message.body_text + message.body_html


def test_the_team_sees_held_nominations_with_a_tag(client, held):
    call, _member, nomination = held
    submitted_nomination(call, title="Nothing to hide", ons_code="E06000038")
    signed_in(client, ProgrammeTeamFactory())
    page = client.get(reverse("calls:call_nominations", kwargs={"slug": call.slug})).content.decode()
    assert page.count("Held: personal data") == 1
    assert reverse("calls:nomination_redact", kwargs={"pk": nomination.pk}) in page


def test_the_team_redacts_a_held_nomination_and_releases_it_to_the_panel(client, held):
    call, member, nomination = held
    team = ProgrammeTeamFactory()
    signed_in(client, team)
    url = reverse("calls:nomination_redact", kwargs={"pk": nomination.pk})
    page = client.get(url).content.decode()
    assert "Held from the panel" in page
    assert "A name with an age in ‘What you did differently’" in page
    assert CHILD in page
    response = client.post(
        url,
        {
            "what_you_did": REDACTED,
        },
    )
    assert response.status_code == 302
    nomination.refresh_from_db()
    assert nomination.answers["what_you_did"] == REDACTED
    assert nomination.personal_data == []
    assert nomination.personal_data_released_by == team
    assert list(visibility.nominations_visible_to_panel_member(member, call)) == [nomination]
    redaction = Redaction.objects.get()
    assert (redaction.nomination, redaction.by, redaction.original) == (nomination, team, {"what_you_did": CHILD})
    entry = AuditEntry.objects.get(action="nomination.redacted")
    assert (entry.actor, entry.object_id, entry.data) == (
        team,
        str(nomination.pk),
        {"keys": ["what_you_did"], "still_flagged": 0},
    )
    assert CHILD not in str(entry.data)
    page = client.get(url).content.decode()
    assert "What was taken out" in page
    assert CHILD in page
    assign(member, nomination)
    signed_in(client, member)
    assert client.get(url).status_code == 403
    review = client.get(reverse("review:review_form", kwargs={"pk": nomination.pk})).content.decode()
    assert REDACTED in review
    assert "Jack" not in review


def test_the_team_releases_a_false_alarm_unchanged(client):
    call = make_call()
    member = panel_member()
    on_panel(call, member)
    nomination = submitted_nomination(call, what_you_did="Our chair, Grace Lee, aged 52, led it.")
    assert nomination.is_held_for_personal_data
    team = ProgrammeTeamFactory()
    signed_in(client, team)
    url = reverse("calls:nomination_redact", kwargs={"pk": nomination.pk})
    form = client.get(url).context["form"]
    client.post(url, {key: form.fields[key].initial for key in form.keys})
    nomination.refresh_from_db()
    assert not nomination.is_held_for_personal_data
    assert Redaction.objects.count() == 0
    assert AuditEntry.objects.filter(action="nomination.released", actor=team).count() == 1
    assert list(visibility.nominations_visible_to_panel_member(member, call)) == [nomination]


def test_a_redaction_left_blank_gets_an_error_and_keeps_what_was_typed(client):
    nomination = submitted_nomination(make_call(), title="Jack Smith, aged 7", what_you_did=CHILD)
    signed_in(client, ProgrammeTeamFactory())
    url = reverse("calls:nomination_redact", kwargs={"pk": nomination.pk})
    page = client.post(url, {"title": " ", "what_you_did": REDACTED}).content.decode()
    assert "There is a problem" in page
    assert "Enter the answer to ‘Title of the innovation’, with the personal data taken out" in page
    assert REDACTED in page
    nomination.refresh_from_db()
    assert nomination.is_held_for_personal_data
    assert nomination.answers["what_you_did"] == CHILD


def test_a_change_that_brings_new_personal_data_holds_it_again(client):
    call = make_call()
    nomination = submitted_nomination(call)
    signed_in(client, nomination.nominator)
    post_section(client, nomination, 2, {**SECTION_POSTS[2], "what_you_did": CHILD})
    send_changes(client, nomination)
    nomination.refresh_from_db()
    assert nomination.is_held_for_personal_data


def test_the_nominator_is_asked_by_email_and_their_change_releases_it_after_the_call_closed(client, held):
    call, member, nomination = held
    now = timezone.now()
    Call.objects.filter(pk=call.pk).update(opens_at=now - timedelta(days=60), closes_at=now - timedelta(days=1))
    team = ProgrammeTeamFactory()
    signed_in(client, team)
    response = client.post(reverse("calls:nomination_ask_to_edit", kwargs={"pk": nomination.pk}))
    assert response["Location"] == reverse("calls:nomination_redact", kwargs={"pk": nomination.pk})
    message = Message.objects.get(template="calls/email/personal_data_edit")
    assert message.to == "sam@kent.example.org"
    assert (message.sign_in_user, message.sign_in_next) == (nomination.nominator, nomination.get_absolute_url())
    assert LINK_REMOVED in message.body_text
    flagged = "- A name with an age in ‘What you did differently’\n- A home address in ‘What you did differently’"
    assert flagged in message.body_text
    for stored in (message.subject, message.body_text, message.body_html):
        assert "Jack" not in stored
        assert "Acacia" not in stored
    assert AuditEntry.objects.filter(action="nomination.asked_to_remove_personal_data", actor=team).count() == 1
    signed_in(client, nomination.nominator)
    detail = client.get(nomination.get_absolute_url()).content.decode()
    assert "The editorial panel will not see your nomination until you change them" in detail
    response = post_section(client, nomination, 2, {**SECTION_POSTS[2], "what_you_did": REDACTED})
    assert response.status_code == 302
    assert send_changes(client, nomination).status_code == 302
    nomination.refresh_from_db()
    assert nomination.answers["what_you_did"] == REDACTED
    assert not nomination.is_held_for_personal_data
    assert list(visibility.nominations_visible_to_panel_member(member, call)) == [nomination]
    assert client.get(reverse("calls:nomination_section", kwargs={"pk": nomination.pk, "index": 2})).status_code == 403
