import re

import pytest
from django.core import mail
from django.core.files.storage import default_storage
from django_tasks_db.models import DBTaskResult

from silverlinings.mail import catalogue, rendering
from silverlinings.mail.models import LINK_REMOVED, Message, OptOut
from silverlinings.mail.services import (
    Recipient,
    _message_for,
    _store,
    email_send,
    emails_send,
    list_leave,
    outbox_batch,
    unsubscribe_url,
)
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


FIELDS = ("to", "subject", "body_text", "body_html", "template", "list_key", "link_offsets", "sign_in_user_id")


def fields_of(message: Message) -> tuple:
    return (*[getattr(message, name) for name in FIELDS], message.sign_in_next)


def test_emails_send_makes_the_same_message_as_email_send_for_every_email():
    for template, arguments in every_email().items():
        one = email_send(to="a@example.org", template=template, idempotency_key=f"one:{template}", **arguments)
        shared = arguments.get("context", {})
        recipient = Recipient(
            "a@example.org", idempotency_key=f"many:{template}", sign_in_user=arguments.get("sign_in_user")
        )
        [many] = emails_send(
            template=template, recipients=[recipient], context=shared, list_key=arguments.get("list_key", "")
        )
        assert fields_of(many) == fields_of(one), template
        assert many.message_id != one.message_id
        assert Message.objects.get(pk=many.pk).body_text == one.body_text


def issue_recipients(*addresses: str, issue: int = 1) -> list[Recipient]:
    return [
        Recipient(
            address,
            context={"preferences_url": f"https://example.org/preferences/{address.strip()}/"},
            idempotency_key=f"issue:{issue}:{address.strip()}",
        )
        for address in addresses
    ]


ISSUE = {"masthead": "UPDATE NO 452", "date": "4 March 2021", "issue_url": "https://example.org/452/"}


def send_issue(*addresses: str) -> list[Message | None]:
    context = {**ISSUE, "issue_text": "Last call & more", "issue_html": "<h2>Last call &amp; more</h2>"}
    return emails_send(
        template="bulletins/email/issue", recipients=issue_recipients(*addresses), context=context, list_key="bulletins"
    )


def test_emails_send_stores_one_message_per_recipient_with_their_own_links(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        made = send_issue("a@example.org", "B@Example.org ")
    stored = list(Message.objects.order_by("pk"))
    assert [message.pk for message in made] == [message.pk for message in stored]
    assert [(m.to, m.subject, m.idempotency_key, m.list_key, m.status) for m in stored] == [
        ("a@example.org", "UPDATE NO 452 – 4 March 2021", "issue:1:a@example.org", "bulletins", "sent"),
        ("B@Example.org", "UPDATE NO 452 – 4 March 2021", "issue:1:B@Example.org", "bulletins", "sent"),
    ]
    for message, address in zip(stored, ["a@example.org", "b@example.org"], strict=True):
        unsubscribe = unsubscribe_url(email=address, list_key="bulletins")
        assert message.body_text == (
            "Last call & more\n\n---\nRead it on the web: https://example.org/452/\n"
            f"Change what you get: https://example.org/preferences/{message.to}/\nUnsubscribe: {unsubscribe}\n"
        )
        assert '<h2>Last call &amp; more</h2><hr><p style="font-size:14px;">' in message.body_html
        assert f'<a href="{unsubscribe}" style="color:#1d70b8;">Unsubscribe</a>' in message.body_html
        assert message.body_html.startswith("<!DOCTYPE html>")
    assert sorted(email.to[0] for email in mail.outbox) == ["B@Example.org", "a@example.org"]


def test_emails_send_run_again_makes_and_sends_nothing_twice(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        first = send_issue("a@example.org", "b@example.org")
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        again = send_issue("a@example.org", "b@example.org", "c@example.org")
    assert [message is None for message in first] == [False, False]
    assert [message is None for message in again] == [True, True, False]
    assert Message.objects.count() == 3
    assert len(callbacks) == 1
    assert sorted(email.to[0] for email in mail.outbox) == ["a@example.org", "b@example.org", "c@example.org"]


def test_a_recipient_who_left_the_list_between_batches_is_skipped(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        send_issue("a@example.org")
    list_leave(email="C@example.org", list_key="bulletins")
    with django_capture_on_commit_callbacks(execute=True):
        made = send_issue("b@example.org", "c@EXAMPLE.org", "d@example.org")
    assert [message and message.to for message in made] == ["b@example.org", None, "d@example.org"]
    assert sorted(email.to[0] for email in mail.outbox) == ["a@example.org", "b@example.org", "d@example.org"]


def test_one_key_twice_in_a_batch_makes_one_message():
    user = ContributorFactory()
    recipients = [Recipient(f"{n}@example.org", idempotency_key="same") for n in "ab"]
    made = emails_send(template="accounts/email/use_password", recipients=recipients, context={"user": user})
    assert [message and message.to for message in made] == ["a@example.org", None]


def test_messages_made_elsewhere_meanwhile_are_kept_and_the_rest_stored():
    user = ContributorFactory()
    recipients = [Recipient(f"{n}@example.org", idempotency_key=f"k{n}") for n in "abc"]
    renderer = rendering.Renderer("accounts/email/use_password")
    messages = [_message_for(renderer, recipient, {"user": user}, "") for recipient in recipients]
    # Another process stored b's message after this batch looked for keys already used.
    email_send(to="b@example.org", template="accounts/email/use_password", context={"user": user}, idempotency_key="kb")
    stored = _store(messages, recipients, "")
    assert [message and message.to for message in stored] == ["a@example.org", None, "c@example.org"]
    assert sorted(Message.objects.values_list("idempotency_key", flat=True)) == ["ka", "kb", "kc"]


def test_a_sign_in_link_in_a_batch_is_made_as_each_email_goes_and_never_stored(django_capture_on_commit_callbacks):
    people = [ContributorFactory(full_name=f"Person {n}") for n in range(2)]
    recipients = [
        Recipient(person.email, context={"user": person}, sign_in_user=person, sign_in_next="/nominations/")
        for person in people
    ]
    with django_capture_on_commit_callbacks(execute=True):
        made = emails_send(template="accounts/email/sign_in_link", recipients=recipients, context={"minutes": 30})
    for message in Message.objects.filter(pk__in=[m.pk for m in made]):
        assert not TOKEN.search(message.body_text + message.body_html)
        assert message.link_offsets["text"]
    links = {email.to[0]: TOKEN.search(email.body).group(0) for email in mail.outbox}
    assert sorted(links) == sorted(person.email for person in people)
    assert len(set(links.values())) == 2
    with pytest.raises(ValueError, match="pass sign_in_user"):
        emails_send(
            template="accounts/email/sign_in_link",
            recipients=[Recipient("x@example.org", context={"user": people[0]})],
            context={"minutes": 30},
        )


def test_emails_send_takes_the_same_queries_for_3_or_30_recipients(django_assert_num_queries):
    user = ContributorFactory()
    emails_send(
        template="accounts/email/use_password", recipients=[Recipient("warm@example.org")], context={"user": user}
    )
    for count in (3, 30):
        recipients = [Recipient(f"{count}-{n}@example.org", idempotency_key=f"{count}:{n}") for n in range(count)]
        # the wording, the keys used, the insert (in a savepoint: two more)
        with django_assert_num_queries(5):
            emails_send(template="accounts/email/use_password", recipients=recipients, context={"user": user})


def test_a_big_batch_goes_to_the_worker_in_tasks_of_the_batch_size(settings, django_capture_on_commit_callbacks):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.MAIL_BATCH_SIZE = 2
    user = ContributorFactory()
    recipients = [Recipient(f"p{n}@example.org") for n in range(5)]
    with django_capture_on_commit_callbacks(execute=True):
        made = emails_send(template="accounts/email/use_password", recipients=recipients, context={"user": user})
    ids = [message.pk for message in made]
    batches = sorted(task.args_kwargs["kwargs"]["message_ids"] for task in DBTaskResult.objects.all())
    assert batches == [ids[0:2], ids[2:4], ids[4:5]]


def test_every_email_with_a_sign_in_link_says_how_long_it_works_from_the_setting(
    settings, django_capture_on_commit_callbacks
):
    settings.SESAME_MAX_AGE = 90 * 60
    saying_how_long, emails = set(), every_email()
    for kind in catalogue.kinds():
        if not kind.signs_in:
            continue
        arguments = emails[kind.key]
        message = send(django_capture_on_commit_callbacks, to="someone@example.org", template=kind.key, **arguments)
        assert not re.search(r"\b30 minutes", message.body_text.replace("1 hour and 30 minutes", "")), kind.key
        if "1 hour and 30 minutes" in message.body_text:
            saying_how_long.add(kind.key)
    assert {
        "accounts/email/sign_in_link",
        "calls/email/nomination_keyed_in",
        "calls/email/personal_data_edit",
    } <= saying_how_long
