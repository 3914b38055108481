"""Subscribers: subscribe with confirmation (double opt-in), choices, leaving, bounces, import and export."""

import csv
import io
from dataclasses import dataclass, field

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from silverlinings.core.services import audit_record
from silverlinings.core.spreadsheets import csv_bytes
from silverlinings.mail.models import OptOut
from silverlinings.mail.services import email_send, list_leave, list_rejoin

from .emails import LIST_KEY
from .models import Publication, Subscriber

CONFIRM_SALT = "bulletins.subscribe"
CONFIRM_DAYS = 7
MAX_IMPORT_BYTES = 5 * 1024 * 1024
EMAIL_HEADINGS = {"email", "email address", "e-mail", "e-mail address", "emailaddress"}


def subscribe_request(*, email: str, publications: list[Publication], networks=()) -> None:
    """Send a confirmation link; nothing changes until it is followed. The same for a known address, so
    the page never tells anyone who is subscribed."""
    email = email.strip().lower()
    subscriber, _ = Subscriber.objects.get_or_create(email=email)
    token = signing.dumps(
        {"s": subscriber.pk, "p": sorted(p.pk for p in publications), "n": sorted(n.pk for n in networks)},
        salt=CONFIRM_SALT,
        compress=True,
    )
    url = settings.SITE_URL + reverse("bulletins:subscribe_confirm", kwargs={"token": token})
    names = " and ".join(publication.name for publication in publications)
    email_send(
        to=email, template="bulletins/email/confirm_subscription", context={"confirm_url": url, "publications": names}
    )


@dataclass(frozen=True)
class Confirmation:
    """What a confirmation link would do: `done` when it has been done already (the link followed twice)."""

    subscriber: Subscriber
    publications: list[Publication]
    done: bool


def _confirmation_data(token: str) -> dict:
    try:
        return signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRM_DAYS * 86400)
    except signing.SignatureExpired as expired:
        raise ValidationError("This link has expired. Subscribe again to get a new one.") from expired
    except signing.BadSignature as bad:
        raise ValidationError("This link is not complete. Copy the whole link from the email.") from bad


def _subscriber(queryset, data: dict) -> Subscriber:
    subscriber = queryset.filter(pk=data["s"]).first()
    if subscriber is None:
        raise ValidationError("This subscription no longer exists. Subscribe again to get a new link.")
    return subscriber


def _confirmed(subscriber: Subscriber, data: dict) -> bool:
    chosen = set(subscriber.publications.values_list("pk", flat=True))
    left = OptOut.objects.filter(email__iexact=subscriber.email, list_key=LIST_KEY).exists()
    return bool(subscriber.confirmed_at) and not subscriber.unsubscribed_at and not left and chosen == set(data["p"])


def subscription_confirmation(*, token: str) -> Confirmation:
    """Read the link without acting on it: opening it (as mail scanners do) shows a button, nothing more."""
    data = _confirmation_data(token)
    subscriber = _subscriber(Subscriber.objects.all(), data)
    publications = list(Publication.objects.filter(pk__in=data["p"]).order_by("pk"))
    return Confirmation(subscriber, publications, _confirmed(subscriber, data))


@transaction.atomic
def subscription_confirm(*, token: str) -> Subscriber:
    """The button on the link's page: the choices in it apply. Pressing it again changes nothing more."""
    data = _confirmation_data(token)
    subscriber = _subscriber(Subscriber.objects.select_for_update(), data)
    if _confirmed(subscriber, data):
        return subscriber  # the button pressed twice
    subscriber.confirmed_at, subscriber.unsubscribed_at = timezone.now(), None
    subscriber.consent = subscriber.consent or "Subscribed on the website and confirmed by email"
    subscriber.bounces = 0
    subscriber.save()
    subscriber.publications.set(Publication.objects.filter(pk__in=data["p"]))
    subscriber.networks.set(data["n"])
    list_rejoin(email=subscriber.email, list_key=LIST_KEY)
    audit_record(actor=None, action="bulletins.subscription_confirmed", obj=subscriber)
    return subscriber


def preferences_update(*, subscriber: Subscriber, publications, networks) -> Subscriber:
    subscriber.publications.set(publications)
    subscriber.networks.set(networks)
    if not publications:
        return subscriber_unsubscribe(subscriber=subscriber)
    if subscriber.unsubscribed_at:
        subscriber.unsubscribed_at = None
        subscriber.save(update_fields=["unsubscribed_at", "updated_at"])
        list_rejoin(email=subscriber.email, list_key=LIST_KEY)
    audit_record(actor=None, action="bulletins.preferences_changed", obj=subscriber)
    return subscriber


def subscriber_unsubscribe(*, subscriber: Subscriber) -> Subscriber:
    if not subscriber.unsubscribed_at:
        subscriber.unsubscribed_at = timezone.now()
        subscriber.save(update_fields=["unsubscribed_at", "updated_at"])
        audit_record(actor=None, action="bulletins.unsubscribed", obj=subscriber)
    list_leave(email=subscriber.email, list_key=LIST_KEY)
    return subscriber


def delivery_problem_record(*, email: str, kind: str) -> Subscriber | None:
    """The email backend reported a bounce or a complaint. A complaint stops the issues at once; bounces
    stop them at BULLETIN_MAX_BOUNCES."""
    subscriber = Subscriber.objects.filter(email__iexact=email.strip()).first()
    if subscriber is None:
        return None
    if kind == "complaint":
        subscriber.complaints += 1
        subscriber.save(update_fields=["complaints", "updated_at"])
        return subscriber_unsubscribe(subscriber=subscriber)
    subscriber.bounces += 1
    subscriber.save(update_fields=["bounces", "updated_at"])
    return subscriber


def bounces_record(*, limit: int = 500) -> int:
    """Copies the mail server refused for good (the outbox marked them not sent) count as bounces: on the
    worker, every turn. Returns how many it counted."""
    from django.db.models import Q

    from silverlinings.mail.models import Message

    from .models import Delivery

    refused = Delivery.objects.filter(bounced=False, message__status=Message.Status.FAILED).filter(
        Q(message__error__startswith="SMTPRecipientsRefused") | Q(message__error__startswith="SMTPDataError")
    )
    counted = 0
    for delivery in refused.select_related("subscriber")[:limit]:
        if Delivery.objects.filter(pk=delivery.pk, bounced=False).update(bounced=True):
            delivery_problem_record(email=delivery.subscriber.email, kind="bounce")
            counted += 1
    return counted


@dataclass
class ImportReport:
    added: int = 0
    merged: int = 0
    invalid: list[tuple[int, str, str]] = field(default_factory=list)  # (line, what was there, why)


def _decode(data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise ValidationError("The file is not a CSV file. Save it from your spreadsheet as ‘CSV UTF-8’")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="strict") if _is_cp1252(data) else _refuse_encoding()


def _is_cp1252(data: bytes) -> bool:
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


def _refuse_encoding():
    raise ValidationError("The file's characters could not be read. Save it from your spreadsheet as ‘CSV UTF-8’")


def _email_column(header: list[str]) -> int:
    for index, heading in enumerate(header):
        if heading.strip().lower() in EMAIL_HEADINGS:
            return index
    raise ValidationError("The file needs a column headed ‘email’ in its first row")


@transaction.atomic
def subscribers_import(*, data: bytes, publications, consent: str, by) -> ImportReport:
    """Add confirmed subscribers from a CSV file with an ‘email’ column. Addresses already known are
    merged (their publications added); invalid ones are reported with their line, never added."""
    if len(data) > MAX_IMPORT_BYTES:
        raise ValidationError("The file must be smaller than 5 MB")
    rows = list(csv.reader(io.StringIO(_decode(data))))
    if not rows:
        raise ValidationError("The file is empty")
    column, report, seen = _email_column(rows[0]), ImportReport(), set()
    now = timezone.now()
    for line, row in enumerate(rows[1:], start=2):
        typed = row[column].strip() if len(row) > column else ""
        if not typed and not any(cell.strip() for cell in row):
            continue
        try:
            validate_email(typed)
        except ValidationError:
            report.invalid.append((line, typed, "not an email address" if typed else "no email address"))
            continue
        email = typed.lower()
        if email in seen:
            report.merged += 1
            continue
        seen.add(email)
        subscriber, created = Subscriber.objects.get_or_create(
            email=email, defaults={"confirmed_at": now, "consent": consent}
        )
        subscriber.publications.add(*publications)
        report.added, report.merged = report.added + created, report.merged + (not created)
    audit_record(
        actor=by,
        action="bulletins.subscribers_imported",
        data={"added": report.added, "merged": report.merged, "invalid": len(report.invalid)},
    )
    return report


def subscribers_export() -> bytes:
    """The whole list as a CSV file the import reads back (consent, bounces and choices kept)."""
    rows = (
        [
            subscriber.email,
            "; ".join(p.name for p in subscriber.publications.all()),
            subscriber.confirmed_at.date().isoformat() if subscriber.confirmed_at else "",
            subscriber.unsubscribed_at.date().isoformat() if subscriber.unsubscribed_at else "",
            subscriber.consent,
            subscriber.bounces,
        ]
        for subscriber in Subscriber.objects.prefetch_related("publications")
    )
    return csv_bytes(["email", "publications", "confirmed", "unsubscribed", "consent", "bounces"], rows)
