import pytest
from django.core import mail

from silverlinings.core.models import AuditEntry, OutboundEmail
from silverlinings.core.services import audit_record, email_deliver_now, email_send
from tests.accounts.factories import ContributorFactory

pytestmark = pytest.mark.django_db


def test_email_send_renders_records_and_sends_text_and_html(django_capture_on_commit_callbacks):
    user = ContributorFactory(full_name="Sam Kaur")
    with django_capture_on_commit_callbacks(execute=True):
        message = email_send(
            to=user.email,
            template="accounts/email/sign_in_link",
            context={"user": user, "minutes": 30},
            secrets={"link": "http://testserver/sign-in/link/?token=SECRET"},
        )
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.to == [user.email]
    assert sent.subject == "Your sign-in link for Silver Linings"
    assert "Hello Sam Kaur," in sent.body
    assert "token=SECRET" in sent.body
    assert "token=SECRET" in sent.alternatives[0][0]
    message.refresh_from_db()
    assert message.status == OutboundEmail.Status.SENT
    assert message.sent_at is not None


def test_email_send_keeps_secrets_out_of_the_stored_copy_once_sent(django_capture_on_commit_callbacks):
    user = ContributorFactory()
    with django_capture_on_commit_callbacks(execute=True):
        message = email_send(
            to=user.email,
            template="accounts/email/sign_in_link",
            context={"user": user, "minutes": 30},
            secrets={"link": "http://testserver/sign-in/link/?token=SECRET"},
        )
    message.refresh_from_db()
    assert "SECRET" not in message.body_text
    assert "SECRET" not in message.body_html
    assert "(removed from the stored copy)" in message.body_text
    assert message.redacted_text == ""


def test_email_send_with_the_same_idempotency_key_sends_once(django_capture_on_commit_callbacks):
    user = ContributorFactory()
    with django_capture_on_commit_callbacks(execute=True):
        first = email_send(
            to=user.email, template="accounts/email/use_password", context={"user": user}, idempotency_key="k1"
        )
        second = email_send(
            to=user.email, template="accounts/email/use_password", context={"user": user}, idempotency_key="k1"
        )
    assert first is not None
    assert second is None
    assert len(mail.outbox) == 1
    assert OutboundEmail.objects.count() == 1


def test_email_deliver_now_records_a_transport_failure(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = 1  # nothing listens here
    settings.EMAIL_TIMEOUT = 2
    user = ContributorFactory()
    message = email_send(to=user.email, template="accounts/email/use_password", context={"user": user})
    with pytest.raises(OSError):
        email_deliver_now(message_id=message.pk)
    message.refresh_from_db()
    assert message.status == OutboundEmail.Status.FAILED
    assert message.attempts == 1
    assert "ConnectionRefusedError" in message.error


def test_email_deliver_now_does_not_send_a_sent_message_again(django_capture_on_commit_callbacks):
    user = ContributorFactory()
    with django_capture_on_commit_callbacks(execute=True):
        message = email_send(to=user.email, template="accounts/email/use_password", context={"user": user})
    email_deliver_now(message_id=message.pk)
    assert len(mail.outbox) == 1


def test_audit_record_names_the_object_and_actor():
    user = ContributorFactory(full_name="Ada Lovelace")
    entry = audit_record(actor=user, action="account.tested", obj=user, data={"why": "test"})
    assert AuditEntry.objects.get() == entry
    assert entry.object_repr == "Ada Lovelace"
    assert entry.object_id == str(user.pk)
    assert entry.data == {"why": "test"}
