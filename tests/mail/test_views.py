import re
from types import SimpleNamespace

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from silverlinings.core.models import AuditEntry
from silverlinings.mail.models import LINK_REMOVED, MailTemplate, Message, OptOut
from silverlinings.mail.services import email_send, unsubscribe_url
from tests.accounts.factories import ContributorFactory, ProgrammeTeamFactory
from tests.calls.factories import make_call, submitted_nomination

pytestmark = pytest.mark.django_db

NOBODY = SimpleNamespace(full_name="")
EDIT = reverse("mail:template_edit", kwargs={"slug": "calls-nomination-submitted"})


@pytest.fixture
def team(client):
    client.force_login(
        ProgrammeTeamFactory(full_name="Rachel Thorne"), backend="django.contrib.auth.backends.ModelBackend"
    )
    return client


def queued(to: str, status: str = Message.Status.SENT) -> Message:
    message = email_send(to=to, template="accounts/email/use_password", context={"user": NOBODY})
    Message.objects.filter(pk=message.pk).update(status=status)
    return message


def test_the_outbox_filters_by_status_and_offers_failed_ones_again(team):
    queued("sent@example.org")
    failed = queued("failed@example.org", Message.Status.FAILED)

    page = team.get(reverse("mail:outbox"), {"status": "failed"}).content.decode()

    assert "failed@example.org" in page
    assert "sent@example.org" not in page
    assert reverse("mail:message_send_again", kwargs={"pk": failed.pk}) in page
    assert "Not sent (1)" in page
    assert "Sent (1)" in page


def test_the_outbox_query_count_does_not_grow_with_rows(team):
    queued("first@example.org")
    url = reverse("mail:outbox")
    with CaptureQueriesContext(connection) as one:
        team.get(url)
    for index in range(19):
        queued(f"p{index}@example.org", Message.Status.FAILED if index % 2 else Message.Status.SENT)
    with CaptureQueriesContext(connection) as twenty:
        response = team.get(url)
    assert len(response.context["page"]) == 20
    assert len(twenty) == len(one)


def test_sending_a_failed_email_again_from_its_page(team, django_capture_on_commit_callbacks):
    failed = queued("failed@example.org", Message.Status.FAILED)
    Message.objects.filter(pk=failed.pk).update(attempts=10, error="OSError: no route to host")
    page = team.get(reverse("mail:message_detail", kwargs={"pk": failed.pk})).content.decode()
    assert "OSError: no route to host" in page
    assert "Send again" in page

    with django_capture_on_commit_callbacks(execute=True):
        response = team.post(reverse("mail:message_send_again", kwargs={"pk": failed.pk}))

    assert response.status_code == 302
    failed.refresh_from_db()
    assert (failed.status, failed.attempts, failed.error) == (Message.Status.SENT, 1, "")
    assert [m.to for m in mail.outbox] == [["failed@example.org"]]
    again = team.post(reverse("mail:message_send_again", kwargs={"pk": failed.pk}), follow=True).content.decode()
    assert "Only a message that was not sent can be sent again" in again


def test_the_stored_copy_of_a_sign_in_email_shows_the_link_was_removed(team, django_capture_on_commit_callbacks):
    user = ContributorFactory()
    with django_capture_on_commit_callbacks(execute=True):
        message = email_send(
            to=user.email,
            template="accounts/email/sign_in_link",
            context={"user": user, "minutes": 30},
            sign_in_user=user,
        )
    page = team.get(reverse("mail:message_detail", kwargs={"pk": message.pk})).content.decode()
    assert "token=" in mail.outbox[0].body
    assert "token=" not in page
    assert LINK_REMOVED in page


def test_the_template_page_lists_placeholders_and_previews_with_real_data(team):
    call = make_call(title="Silver Linings")
    submitted_nomination(call, title="Hybrid conferences")
    page = team.get(EDIT).content.decode()
    assert "{reference}" in page
    assert "The nominator&#x27;s name" in page
    assert "With real data" in page
    assert "Your nomination SL-" in page
    assert "Hybrid conferences" in page


def test_an_unknown_placeholder_is_an_error_and_what_was_typed_is_kept(team):
    text = "Hello {nominee},\n\nThanks for {title}."
    response = team.post(EDIT, {"subject": "Thanks {name}", "text": text, "html": "", "action": "save"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in page
    assert page.count("{nominee} is not a placeholder of this email. Use one of: {name}, {reference}") == 2
    assert "Hello {nominee}," in page
    assert not MailTemplate.objects.exists()


def test_a_preview_shows_the_new_wording_without_saving_it(team):
    call = make_call(title="Silver Linings")
    submitted_nomination(call, title="Hybrid conferences")
    data = {"subject": "Got it: {title}", "text": "Thank you, {name}.", "html": "<p>Thank you, {name}.</p>"}
    page = team.post(EDIT, {**data, "action": "preview"}).content.decode()
    assert "Got it: Hybrid conferences" in page
    assert "Not saved yet" in page
    assert not MailTemplate.objects.exists()


def test_saved_wording_is_used_for_the_next_email_and_can_be_put_back(team, django_capture_on_commit_callbacks):
    data = {"subject": "Got it: {title}", "text": "Thank you, {name}: {reference}.", "html": ""}
    assert team.post(EDIT, {**data, "action": "save"}).status_code == 302
    call = make_call()
    nomination = submitted_nomination(call, title="Hybrid conferences")
    with django_capture_on_commit_callbacks(execute=True):
        email_send(to="a@example.org", template="calls/email/nomination_submitted", context={"nomination": nomination})
    assert mail.outbox[-1].subject == "Got it: Hybrid conferences"
    assert mail.outbox[-1].body == f"Thank you, {nomination.nominator.get_full_name()}: {nomination.reference}."
    assert mail.outbox[-1].alternatives == []

    team.post(reverse("mail:template_reset", kwargs={"slug": "calls-nomination-submitted"}))
    assert not MailTemplate.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        email_send(to="a@example.org", template="calls/email/nomination_submitted", context={"nomination": nomination})
    assert mail.outbox[-1].subject == f"Your nomination {nomination.reference}: Hybrid conferences"


def test_the_sign_in_link_cannot_be_left_out_of_its_email(team):
    url = reverse("mail:template_edit", kwargs={"slug": "accounts-sign-in-link"})
    page = team.post(url, {"subject": "Sign in", "text": "Hello", "html": "", "action": "save"}).content.decode()
    assert "Include {link}: the email is no use without it" in page


def test_leaving_a_list_from_the_link_in_its_email(client):
    url = unsubscribe_url(email="reader@example.org", list_key="daily-digest").removeprefix("http://testserver")
    page = client.get(url).content.decode()
    assert "reader@example.org</strong> will no longer get the daily digest of new nominations" in page
    assert not OptOut.objects.exists()  # opening the link (as a mail scanner does) leaves nothing
    done = client.post(url).content.decode()
    assert "You will not get these emails any more" in done
    assert list(OptOut.objects.values_list("email", "list_key")) == [("reader@example.org", "daily-digest")]


def test_an_unsubscribe_link_opened_again_says_the_emails_have_stopped_without_a_button(client):
    url = unsubscribe_url(email="reader@example.org", list_key="daily-digest").removeprefix("http://testserver")
    client.post(url)
    client.post(url)  # pressed twice: left once
    page = client.get(url).content.decode()
    assert "You will not get these emails any more" in page
    assert "Stop these emails</button>" not in page
    assert AuditEntry.objects.filter(action="mail.list_left").count() == 1


def test_a_mail_program_leaves_a_list_with_one_click(client):
    url = unsubscribe_url(email="reader@example.org", list_key="daily-digest").removeprefix("http://testserver")
    response = Client(enforce_csrf_checks=True).post(
        url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    assert OptOut.objects.filter(email="reader@example.org").exists()


def test_a_changed_unsubscribe_link_does_not_work(client):
    url = unsubscribe_url(email="reader@example.org", list_key="daily-digest").removeprefix("http://testserver")
    forged = re.sub(r"/([^/]+)/$", lambda m: "/" + m.group(1)[:-2] + "xx/", url)
    assert client.post(forged).status_code == 404
    assert not OptOut.objects.exists()
