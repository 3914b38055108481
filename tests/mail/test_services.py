import re

import pytest
from django.core import mail
from django.core.files.storage import default_storage
from django_tasks_db.models import DBTaskResult

from silverlinings.mail import catalogue
from silverlinings.mail.models import LINK_REMOVED, Message, OptOut
from silverlinings.mail.services import email_send, list_leave, outbox_batch
from tests.accounts.factories import ContributorFactory
from tests.mail.emails import CALL, NAME, TITLE, every_email

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r"token=[\w:.-]+")


def send(django_capture_on_commit_callbacks, **arguments) -> Message:
    with django_capture_on_commit_callbacks(execute=True):
        message = email_send(**arguments)
    message.refresh_from_db()
    return message


def test_every_email_is_declared_with_real_records_for_this_test():
    assert set(every_email()) == {kind.key for kind in catalogue.kinds()}


def test_no_email_subject_or_plain_text_is_html_escaped(django_capture_on_commit_callbacks):
    for template, arguments in every_email().items():
        message = send(django_capture_on_commit_callbacks, to="someone@example.org", template=template, **arguments)
        sent = mail.outbox[-1]
        for text in (message.subject, message.body_text, sent.subject, sent.body):
            assert "&#" not in text, (template, text)
            assert "&amp;" not in text, (template, text)
        assert any(words in message.subject + message.body_text for words in (NAME, CALL, TITLE)), template
        assert message.status == Message.Status.SENT, template


def test_an_email_from_template_files_is_not_escaped_either(settings, tmp_path, django_capture_on_commit_callbacks):
    folder = tmp_path / "templates" / "bulletins" / "email"
    folder.mkdir(parents=True)
    (folder / "welcome_subject.txt").write_text("Welcome to {{ name }}'s update\n")
    (folder / "welcome.txt").write_text("Hello {{ name }} & friends")
    (folder / "welcome.html").write_text("<p>Hello {{ name }}</p>")
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path / "templates", *settings.TEMPLATES[0]["DIRS"]]}]
    message = send(
        django_capture_on_commit_callbacks,
        to="someone@example.org",
        template="bulletins/email/welcome",
        context={"name": "O'Neil & Co"},
    )
    assert (message.subject, message.body_text) == ("Welcome to O'Neil & Co's update", "Hello O'Neil & Co & friends")
    assert "<p>Hello O&#x27;Neil &amp; Co</p>" in message.body_html


def test_the_keyed_in_email_names_the_programme_team_once(django_capture_on_commit_callbacks):
    arguments = every_email()["calls/email/nomination_keyed_in"]
    message = send(
        django_capture_on_commit_callbacks, to="a@example.org", template="calls/email/nomination_keyed_in", **arguments
    )
    assert "The programme team has entered your nomination" in message.body_text
    assert "programme programme" not in message.body_text.lower()


def test_no_email_doubles_programme_when_the_partnership_is_a_programme(settings, django_capture_on_commit_callbacks):
    settings.PARTNERSHIP_NAME = settings.PARTNERSHIP_SHORT_NAME = "Silver Linings Programme"
    for template, arguments in every_email().items():
        message = send(django_capture_on_commit_callbacks, to="a@example.org", template=template, **arguments)
        for text in (message.subject, message.body_text, message.body_html):
            assert "programme programme" not in text.lower(), (template, text)


def test_a_sign_in_link_is_made_as_the_email_goes_and_never_stored(django_capture_on_commit_callbacks):
    user = ContributorFactory(full_name="Sam Kaur")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        message = email_send(
            to=user.email,
            template="accounts/email/sign_in_link",
            context={"user": user, "minutes": 30},
            sign_in_user=user,
            sign_in_next="/nominations/",
        )
    waiting = Message.objects.get(pk=message.pk)
    assert waiting.status == Message.Status.QUEUED
    assert not TOKEN.search(waiting.body_text + waiting.body_html + waiting.subject)
    assert f"Use this link to sign in to Silver Linings:\n\n{LINK_REMOVED}\n" in waiting.body_text
    assert mail.outbox == []

    for callback in callbacks:
        callback()

    sent = mail.outbox[0]
    link = "http://testserver/sign-in/link/?" + TOKEN.search(sent.body).group(0) + "&next=%2Fnominations%2F"
    assert f"Use this link to sign in to Silver Linings:\n\n{link}\n" in sent.body
    assert f'<a href="{link.replace("&", "&amp;")}">' in sent.alternatives[0][0]
    done = Message.objects.get(pk=message.pk)
    assert done.status == Message.Status.SENT
    assert (done.body_text, done.body_html) == (waiting.body_text, waiting.body_html)


def test_a_sign_in_email_without_the_person_is_refused():
    with pytest.raises(ValueError, match="pass sign_in_user"):
        email_send(
            to="a@example.org",
            template="accounts/email/sign_in_link",
            context={"user": ContributorFactory(), "minutes": 30},
        )


def test_the_same_idempotency_key_makes_one_message(django_capture_on_commit_callbacks):
    user = ContributorFactory()
    arguments = {"to": user.email, "template": "accounts/email/use_password", "context": {"user": user}}
    first = send(django_capture_on_commit_callbacks, idempotency_key="k1", **arguments)
    with django_capture_on_commit_callbacks(execute=True):
        second = email_send(idempotency_key="k1", **arguments)
    assert first.status == Message.Status.SENT
    assert second is None
    assert len(mail.outbox) == 1
    assert Message.objects.count() == 1


def test_an_attachment_lives_in_file_storage_and_goes_with_the_email(django_capture_on_commit_callbacks):
    user = ContributorFactory()
    message = send(
        django_capture_on_commit_callbacks,
        to=user.email,
        template="accounts/email/use_password",
        context={"user": user},
        attachment=("letter.pdf", b"%PDF-1.7 letter", "application/pdf"),
    )
    assert message.attachment.name.startswith("mail/attachments/")
    with default_storage.open(message.attachment.name) as stored:
        assert stored.read() == b"%PDF-1.7 letter"
    assert mail.outbox[0].attachments == [("letter.pdf", b"%PDF-1.7 letter", "application/pdf")]


def test_an_email_to_a_list_says_how_to_leave_it_and_nobody_who_left_gets_it(django_capture_on_commit_callbacks):
    arguments = every_email()["calls/email/daily_digest"]
    message = send(
        django_capture_on_commit_callbacks, to="Team@Example.org", template="calls/email/daily_digest", **arguments
    )
    headers = mail.outbox[0].extra_headers
    unsubscribe = re.search(r"Stop getting this digest: (\S+)", message.body_text).group(1)
    assert unsubscribe.startswith("http://testserver/email/unsubscribe/")
    assert headers["List-Unsubscribe"] == f"<{unsubscribe}>"
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert headers["Message-ID"] == message.message_id

    list_leave(email="team@example.org", list_key="daily-digest")
    assert email_send(to="TEAM@example.org", template="calls/email/daily_digest", **arguments) is None
    assert OptOut.objects.get().email == "team@example.org"


def test_messages_queued_together_go_to_the_worker_in_batches(settings, django_capture_on_commit_callbacks):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.MAIL_BATCH_SIZE = 2
    user = ContributorFactory()
    with django_capture_on_commit_callbacks(execute=True), outbox_batch():
        messages = [
            email_send(to=f"p{index}@example.org", template="accounts/email/use_password", context={"user": user})
            for index in range(5)
        ]
    ids = [message.pk for message in messages]
    batches = sorted(task.args_kwargs["kwargs"]["message_ids"] for task in DBTaskResult.objects.all())
    assert batches == [ids[0:2], ids[2:4], ids[4:5]]
