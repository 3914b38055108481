import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone

from silverlinings.core.models import TimeStampedModel

#: What the stored copy of a message shows where its sign-in link goes.
LINK_REMOVED = "(link removed)"


def attachment_path(message: "Message", filename: str) -> str:
    return f"mail/attachments/{timezone.now():%Y/%m}/{uuid.uuid4().hex}/{filename}"


class Message(TimeStampedModel):
    """One email to one recipient: the outbox row, and the record of what was sent.

    Created only by `mail.services.email_send`; sent only by `mail.sending`, which claims the row (status
    SENDING, `claimed_by` a worker) before handing it to the mail server and marks it SENT right after.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", "Waiting to send"
        SENDING = "sending", "Sending"
        SENT = "sent", "Sent"
        FAILED = "failed", "Not sent"

    to = models.EmailField()
    subject = models.CharField(max_length=255)
    body_text = models.TextField()
    body_html = models.TextField(blank=True)
    template = models.CharField(max_length=200, db_index=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED, db_index=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    claimed_by = models.CharField(max_length=100, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    error = models.TextField(blank=True)
    # Set when the same message must never go twice (e.g. "last call" to one contact for one call).
    idempotency_key = models.CharField(max_length=200, null=True, blank=True, unique=True)
    # The same Message-ID on every attempt, so a mail system that got it twice can tell.
    message_id = models.CharField(max_length=255, blank=True)
    attachment = models.FileField(upload_to=attachment_path, blank=True, max_length=300)
    attachment_name = models.CharField(max_length=200, blank=True)
    attachment_mimetype = models.CharField(max_length=100, blank=True)
    # A sign-in link is made on the worker as the message goes. Only who and where to are stored; the
    # bodies say LINK_REMOVED at these offsets ({"text": [..], "html": [..]}).
    sign_in_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    sign_in_next = models.CharField(max_length=300, blank=True)
    link_offsets = models.JSONField(default=dict, blank=True)
    # Messages to a list carry List-Unsubscribe headers for this list.
    list_key = models.CharField(max_length=50, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="mail_message_due")]

    def __str__(self) -> str:
        return f"{self.subject} → {self.to}"


class MailTemplate(models.Model):
    """The team's wording for one kind of email. Without a row, the wording in the code is used."""

    key = models.CharField(max_length=200, unique=True)
    subject = models.CharField(max_length=255)
    text = models.TextField("plain text")
    html = models.TextField("HTML", blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    def __str__(self) -> str:
        return self.key


class OptOut(models.Model):
    """Someone who asked not to get a list's messages any more (from the link in one of them)."""

    email = models.EmailField()
    list_key = models.CharField(max_length=50)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["email", "list_key"], name="mail_optout_once_per_list")]

    def __str__(self) -> str:
        return f"{self.email} ({self.list_key})"
