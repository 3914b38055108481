"""The email pages for the authorization matrix: the programme team's, and the public page to leave a list."""

from types import SimpleNamespace

from silverlinings.mail.models import Message
from silverlinings.mail.services import email_send, unsubscribe_url
from tests.authorization.matrix import Entry, everyone, only, post_only

TEAM = only("programme_team")
TEAM_POST = {**TEAM, "programme_team": 302}


def failed_message(user):
    message = email_send(
        to="someone@example.org",
        template="accounts/email/use_password",
        context={"user": SimpleNamespace(full_name="")},
    )
    Message.objects.filter(pk=message.pk).update(status=Message.Status.FAILED)
    return {"pk": message.pk}


def unsubscribe_token(user):
    return {"token": unsubscribe_url(email="reader@example.org", list_key="daily-digest").rstrip("/").rsplit("/", 1)[1]}


ENTRIES = {
    "mail:outbox": Entry(TEAM),
    "mail:message_detail": Entry(TEAM, kwargs=failed_message),
    "mail:message_send_again": Entry(post_only(), kwargs=failed_message, post=TEAM_POST),
    "mail:template_list": Entry(TEAM),
    "mail:template_edit": Entry(
        TEAM, kwargs=lambda user: {"slug": "accounts-sign-in-link"}, post=TEAM, post_data={"subject": ""}
    ),
    "mail:template_reset": Entry(post_only(), kwargs=lambda user: {"slug": "accounts-sign-in-link"}, post=TEAM_POST),
    "mail:unsubscribe": Entry(everyone(), kwargs=unsubscribe_token, post=everyone()),
}
