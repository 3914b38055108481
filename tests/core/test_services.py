import re

import pytest
from django.core import mail

from silverlinings.core.models import AuditEntry, OutboundEmail
from silverlinings.core.services import audit_record, email_send
from silverlinings.mail.models import Message
from tests.accounts.factories import ContributorFactory

pytestmark = pytest.mark.django_db


def test_the_older_email_send_with_a_secret_link_stores_no_secret_and_sends_a_fresh_link(
    django_capture_on_commit_callbacks,
):
    user = ContributorFactory(full_name="Sam Kaur")
    with django_capture_on_commit_callbacks(execute=True):
        message = email_send(
            to=user.email,
            template="accounts/email/sign_in_link",
            context={"user": user, "minutes": 30},
            secrets={"link": "http://testserver/sign-in/link/?token=SECRET&next=%2Fnominations%2F7%2F"},
        )
    stored = Message.objects.get(pk=message.pk)
    assert "SECRET" not in stored.body_text + stored.body_html
    assert "token=" not in stored.body_text + stored.body_html
    assert (stored.sign_in_user, stored.sign_in_next) == (user, "/nominations/7/")
    sent = mail.outbox[0].body
    assert "SECRET" not in sent
    assert re.search(r"http://testserver/sign-in/link/\?token=[\w:.-]+&next=%2Fnominations%2F7%2F", sent)


def test_the_older_name_of_the_outbox_still_answers():
    assert OutboundEmail is Message


def test_audit_record_names_the_object_and_actor():
    user = ContributorFactory(full_name="Ada Lovelace")
    entry = audit_record(actor=user, action="account.tested", obj=user, data={"why": "test"})
    assert AuditEntry.objects.get() == entry
    assert entry.object_repr == "Ada Lovelace"
    assert entry.object_id == str(user.pk)
    assert entry.data == {"why": "test"}
