"""Emails recorded before the outbox existed move into it, keeping their ids and without a sign-in secret."""

import pytest
from django.core.files.storage import default_storage
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

BEFORE = [("core", "0001_initial"), ("mail", None)]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state([target for target in targets if target[1]]).apps


def test_recorded_emails_move_into_the_outbox():
    old = migrate(BEFORE)
    OutboundEmail = old.get_model("core", "OutboundEmail")
    sent = OutboundEmail.objects.create(
        to="a@example.org",
        subject="Your letter",
        body_text="Dear A",
        template="review/email/decision",
        status="sent",
        idempotency_key="decision:1",
        attachment_name="letter.pdf",
        attachment=b"%PDF-1.7",
        attachment_mimetype="application/pdf",
    )
    waiting_with_link = OutboundEmail.objects.create(
        to="b@example.org",
        subject="Your sign-in link",
        body_text="http://x/sign-in/link/?token=SECRET",
        redacted_text="(removed from the stored copy)",
        template="accounts/email/sign_in_link",
        status="queued",
    )
    try:
        new = migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
        Message = new.get_model("mail", "Message")
        moved = Message.objects.get(pk=sent.pk)
        assert (moved.to, moved.status, moved.idempotency_key, moved.attachment_name) == (
            "a@example.org",
            "sent",
            "decision:1",
            "letter.pdf",
        )
        with default_storage.open(moved.attachment.name) as stored:
            assert stored.read() == b"%PDF-1.7"
        link = Message.objects.get(pk=waiting_with_link.pk)
        assert (link.status, link.body_text) == ("failed", "(removed from the stored copy)")
        assert "SECRET" not in link.body_text
        fresh = Message.objects.create(to="c@example.org", subject="s", body_text="t", template="x")
        assert fresh.pk > waiting_with_link.pk
    finally:
        migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
