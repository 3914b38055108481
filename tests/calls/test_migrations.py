"""Stored copies of nomination emails lose the answers they carried, and the team's saved wording of those
emails loses its {answers} placeholder, so it can still be filled in (decision 0030)."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from silverlinings.mail import catalogue
from silverlinings.mail.services import template_errors

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

BEFORE = [("calls", "0003_personal_data_held"), ("mail", "0001_initial")]
TEXT = (
    "Hello Sam Kaur,\n\nThank you for your nomination to Silver Linings.\n\nReference number: SL-2026-0001\n\n"
    "You can change or withdraw it until 5pm on 30 November 2026: http://x/nominations/1/\n\n"
    "Your answers\n------------\n\nWhat you did differently\nWe helped Jack Smith, aged 7.\n\n"
    "South East Sector-Led Improvement Programme\n"
)
HTML = (
    '<table><tr><td style="padding:24px;"><p>Hello Sam Kaur,</p>\n'
    '<h2 style="font-size:24px;">Your answers</h2>\n<p><strong>What you did differently</strong></p>'
    "<p>We helped Jack Smith, aged 7.</p>\n</td></tr>\n<tr><td>South East Sector-Led Improvement Programme</td></tr>"
    "</table>"
)
OLD_WORDING = (
    "Hello {name},\n\nReference number: {reference}\n\nYou can change or withdraw it until {closes_at}: "
    "{nomination_url}\n\nYour answers\n------------\n\n{answers}\n{partnership_name}\n"
)


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def test_stored_nomination_emails_lose_the_answers():
    old = migrate(BEFORE)
    Message = old.get_model("mail", "Message")
    stored = Message.objects.create(
        to="sam@example.org",
        subject="Your nomination",
        body_text=TEXT,
        body_html=HTML,
        template="calls/email/nomination_submitted",
        status="sent",
    )
    other = Message.objects.create(
        to="b@example.org", subject="s", body_text="Your answers\n------------\n\nkept", template="x"
    )
    old.get_model("mail", "MailTemplate").objects.create(
        key="calls/email/nomination_submitted", subject="Your nomination {reference}", text=OLD_WORDING, html=""
    )
    try:
        new = migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
        Message = new.get_model("mail", "Message")
        stored = Message.objects.get(pk=stored.pk)
        assert "Jack" not in stored.body_text + stored.body_html
        assert stored.body_text.endswith(
            "http://x/nominations/1/\n\n(The answers are no longer kept in stored emails.)\n\n"
            "South East Sector-Led Improvement Programme\n"
        )
        assert stored.body_html == (
            '<table><tr><td style="padding:24px;"><p>Hello Sam Kaur,</p>\n'
            "</td></tr>\n<tr><td>South East Sector-Led Improvement Programme</td></tr></table>"
        )
        assert Message.objects.get(pk=other.pk).body_text == "Your answers\n------------\n\nkept"
        saved = new.get_model("mail", "MailTemplate").objects.get()
        assert "{answers}" not in saved.text
        kind = catalogue.kind_for("calls/email/nomination_submitted")
        assert template_errors(kind, subject=saved.subject, text=saved.text, html=saved.html) == {}
    finally:
        migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
