"""Writes for email: queue a message, send one again, the team's wording, leaving a list.

`email_send` is the one way to send an email: it renders the message now, stores it in the outbox and
leaves the sending to the worker (`mail.sending`), which retries after temporary failures.
"""

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from email.utils import make_msgid
from typing import Any
from urllib.parse import parse_qs, urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone

from silverlinings.core.filenames import filename_clean
from silverlinings.core.services import audit_record

from . import catalogue, placeholders, rendering
from .models import MailTemplate, Message, OptOut

_batch: ContextVar[list[int] | None] = ContextVar("mail_outbox_batch", default=None)
UNSUBSCRIBE_SALT = "mail.unsubscribe"
#: `emails_send` checks and stores this many messages at a time.
BULK_CHUNK = 500


def email_send(
    *,
    to: str,
    template: str,
    context: Mapping[str, Any] | None = None,
    idempotency_key: str | None = None,
    attachment: tuple[str, bytes, str] | None = None,
    sign_in_user=None,
    sign_in_next: str = "",
    list_key: str = "",
    secrets: Mapping[str, str] | None = None,
) -> Message | None:
    """Render the email `template` for `to`, store it in the outbox and have the worker send it.

    - `idempotency_key`: a second message with the same key is never made (returns None).
    - `sign_in_user`: the email offers {link}, a sign-in link for this person to `sign_in_next`, made by
      the worker as it sends; only who and where to are stored.
    - `list_key`: the email goes to a list; it carries List-Unsubscribe headers, and nobody who left the
      list gets it (returns None).
    - `attachment`: (file name, content, MIME type), kept in file storage.
    - `secrets`: the older way to pass a sign-in link ({"link": url}); the link is not stored, the
      worker makes a fresh one for the same person and page.

    To send one email to many people, `emails_send` does the same for all of them at once.
    """
    to = to.strip()
    if secrets:
        sign_in_user, sign_in_next = _sign_in_from(secrets, to=to)
    recipient = Recipient(to, idempotency_key=idempotency_key, sign_in_user=sign_in_user, sign_in_next=sign_in_next)
    if not _wanted([recipient], list_key, seen=set())[0]:
        return None
    message = _message_for(rendering.Renderer(template), recipient, context or {}, list_key)
    if attachment:
        name, content, message.attachment_mimetype = attachment
        message.attachment_name = name = filename_clean(name, limit=200)
        message.attachment.save(name, ContentFile(content), save=False)
    try:
        with transaction.atomic():
            message.save()
    except IntegrityError:
        if message.attachment:
            message.attachment.delete(save=False)
        if idempotency_key and Message.objects.filter(idempotency_key=idempotency_key).exists():
            return None
        raise
    _send_on_commit([message.pk])
    return message


@dataclass(frozen=True)
class Recipient:
    """One person `emails_send` writes to: the address, what is theirs alone in the email (added to the
    shared context), the key that makes their message once, and who a sign-in link is for."""

    to: str
    context: Mapping[str, Any] = field(default_factory=dict)
    idempotency_key: str | None = None
    sign_in_user: Any = None
    sign_in_next: str = ""


def emails_send(
    *, template: str, recipients: Iterable[Recipient], context: Mapping[str, Any] | None = None, list_key: str = ""
) -> list[Message | None]:
    """`email_send` for many people at once (an issue to its subscribers, a message to everyone registered).

    The team's wording and the layout are read and rendered once, and `context` (what every email shares,
    such as an issue already rendered) is given once; each email only fills in its recipient's own values,
    unsubscribe link included. Per BULK_CHUNK recipients, one query finds the idempotency keys already used
    and one the people who left the list, and one `bulk_create` stores the messages; the worker gets them
    in tasks of MAIL_BATCH_SIZE when the transaction commits. Returns, for each recipient in order, their
    message, or None when one was already made with their key (or earlier in this batch) or they left the
    list. Attachments go one by one through `email_send`.
    """
    renderer, shared = rendering.Renderer(template), dict(context or {})
    recipients = [replace(recipient, to=recipient.to.strip()) for recipient in recipients]
    made: list[Message | None] = []
    for start in range(0, len(recipients), BULK_CHUNK):
        chunk = recipients[start : start + BULK_CHUNK]
        wanted = _wanted(chunk, list_key, seen={r.idempotency_key for r in recipients[:start] if r.idempotency_key})
        rendered = [
            _message_for(renderer, r, shared, list_key) if w else None for r, w in zip(chunk, wanted, strict=True)
        ]
        made += _store(rendered, chunk, list_key)
    _send_on_commit([message.pk for message in made if message])
    return made


def _wanted(recipients: list[Recipient], list_key: str, *, seen: set[str]) -> list[bool]:
    """Who gets a message: not made before with their key (nor earlier in the batch), still on the list."""
    keys = [r.idempotency_key for r in recipients if r.idempotency_key]
    used = set(seen) | set(Message.objects.filter(idempotency_key__in=keys).values_list("idempotency_key", flat=True))
    left = set()
    if list_key:
        addresses = {r.to.lower() for r in recipients}
        opt_outs = OptOut.objects.filter(list_key=list_key).annotate(address=Lower("email"))
        left = set(opt_outs.filter(address__in=addresses).values_list("address", flat=True))
    wanted = []
    for recipient in recipients:
        key = recipient.idempotency_key
        wanted.append(key not in used and recipient.to.lower() not in left)
        if key:
            used.add(key)
    return wanted


def _store(messages: list[Message | None], recipients: list[Recipient], list_key: str) -> list[Message | None]:
    try:
        with transaction.atomic():
            Message.objects.bulk_create([message for message in messages if message])
    except IntegrityError:
        # Another process made some of these messages meanwhile (the same keys): keep theirs, store the rest.
        wanted = _wanted(recipients, list_key, seen=set())
        messages = [message if still else None for message, still in zip(messages, wanted, strict=True)]
        with transaction.atomic():
            Message.objects.bulk_create([message for message in messages if message])
    return messages


def _message_for(renderer: rendering.Renderer, recipient: Recipient, shared: Mapping, list_key: str) -> Message:
    """The outbox row for one recipient (not saved)."""
    context = {**shared, **recipient.context}
    if list_key:
        context["unsubscribe_url"] = unsubscribe_url(email=recipient.to, list_key=list_key)
    rendered = renderer.render(context)
    if rendered.link_offsets and recipient.sign_in_user is None:
        raise ValueError(f"{renderer.key} has a sign-in link: pass sign_in_user")
    return Message(
        to=recipient.to,
        subject=rendered.subject[:255],
        body_text=rendered.text,
        body_html=rendered.html,
        template=renderer.key,
        idempotency_key=recipient.idempotency_key,
        message_id=make_msgid(domain=urlsplit(settings.SITE_URL).hostname or "localhost"),
        sign_in_user=recipient.sign_in_user if rendered.link_offsets else None,
        sign_in_next=recipient.sign_in_next if rendered.link_offsets else "",
        link_offsets=rendered.link_offsets,
        list_key=list_key,
    )


def _send_on_commit(message_ids: list[int]) -> None:
    """The worker gets these messages when the transaction commits: in the surrounding `outbox_batch`, or
    else in tasks of MAIL_BATCH_SIZE."""
    batch = _batch.get()
    if batch is not None:
        batch.extend(message_ids)
        return
    _enqueue_on_commit(message_ids)


def _enqueue_on_commit(message_ids: list[int]) -> None:
    from .tasks import messages_send

    size = settings.MAIL_BATCH_SIZE
    for start in range(0, len(message_ids), size):
        chunk = message_ids[start : start + size]
        transaction.on_commit(lambda chunk=chunk: messages_send.enqueue(message_ids=chunk))


@contextmanager
def outbox_batch() -> Iterator[None]:
    """Messages queued inside go to the worker in tasks of MAIL_BATCH_SIZE (instead of one task each),
    queued when the transaction commits: for sending to many people at once."""
    token = _batch.set([])
    try:
        yield
        ids = _batch.get() or []
    finally:
        _batch.reset(token)
    _enqueue_on_commit(ids)


def _sign_in_from(secrets: Mapping[str, str], *, to: str):
    """Who and where to, from a sign-in link passed the older way: the link itself is dropped."""
    link = secrets.get("link", "")
    parts = urlsplit(link)
    if set(secrets) != {"link"} or parts.path != reverse("accounts:link_sign_in"):
        raise ValueError("Only a sign-in link can be passed as a secret; pass sign_in_user instead")
    user = get_user_model().objects.get(email__iexact=to)
    return user, parse_qs(parts.query).get("next", [""])[0]


@transaction.atomic
def message_send_again(*, message: Message, by) -> Message:
    """Queue a message that could not be sent, as if new: the worker tries again from the first attempt."""
    message = Message.objects.select_for_update().get(pk=message.pk)
    if message.status != Message.Status.FAILED:
        raise ValidationError("Only a message that was not sent can be sent again")
    message.status, message.attempts, message.error = Message.Status.QUEUED, 0, ""
    message.next_attempt_at, message.claimed_by, message.claimed_at = timezone.now(), "", None
    message.save(update_fields=["status", "attempts", "error", "next_attempt_at", "claimed_by", "claimed_at"])
    audit_record(actor=by, action="mail.sent_again", obj=message, data={"to": message.to})
    _send_on_commit([message.pk])
    return message


def template_errors(kind: catalogue.EmailKind, *, subject: str, text: str, html: str) -> dict[str, list[str]]:
    """What is wrong with the team's wording, field by field (empty when it can be saved)."""
    names = kind.placeholder_names
    errors = {
        "subject": placeholders.placeholder_errors(subject, names),
        "text": placeholders.placeholder_errors(text, names, kind.required_placeholders),
        "html": placeholders.placeholder_errors(html, names, kind.required_placeholders if html.strip() else ()),
    }
    if "link" in placeholders_in(subject):
        errors["subject"].append("The sign-in link cannot go in the subject")
    return {name: messages for name, messages in errors.items() if messages}


def placeholders_in(text: str) -> list[str]:
    try:
        return placeholders.placeholders_used(text)
    except placeholders.TemplateError:
        return []


def mail_template_save(*, kind: catalogue.EmailKind, by, subject: str, text: str, html: str) -> MailTemplate:
    errors = template_errors(kind, subject=subject, text=text, html=html)
    if errors:
        raise ValidationError(errors)
    saved, _created = MailTemplate.objects.update_or_create(
        key=kind.key, defaults={"subject": subject.strip(), "text": text, "html": html, "updated_by": by}
    )
    audit_record(actor=by, action="mail.template_changed", obj=saved)
    return saved


def mail_template_reset(*, kind: catalogue.EmailKind, by) -> None:
    """Go back to the wording in the code."""
    deleted, _ = MailTemplate.objects.filter(key=kind.key).delete()
    if deleted:
        audit_record(actor=by, action="mail.template_reset", data={"key": kind.key})


def unsubscribe_url(*, email: str, list_key: str) -> str:
    # No timestamp: the link in the text (made when queued) and the header (made when sent) are the same.
    token = signing.Signer(salt=UNSUBSCRIBE_SALT).sign_object({"e": email.lower(), "l": list_key}, compress=True)
    return settings.SITE_URL + reverse("mail:unsubscribe", kwargs={"token": token})


def unsubscribe_read(token: str) -> tuple[str, str] | None:
    try:
        data = signing.Signer(salt=UNSUBSCRIBE_SALT).unsign_object(token)
    except signing.BadSignature:
        return None
    return data["e"], data["l"]


def list_leave(*, email: str, list_key: str) -> OptOut:
    opt_out, created = OptOut.objects.get_or_create(email=email.lower(), list_key=list_key)
    if created:
        audit_record(actor=None, action="mail.list_left", data={"list": list_key})
    return opt_out


def list_rejoin(*, email: str, list_key: str) -> int:
    """Someone who left a list asked (and confirmed) to be on it again."""
    rejoined, _ = OptOut.objects.filter(email__iexact=email, list_key=list_key).delete()
    if rejoined:
        audit_record(actor=None, action="mail.list_rejoined", data={"list": list_key})
    return rejoined
