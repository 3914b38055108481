"""Erasing a person's data: on request (the programme team's page) and past the retention period (a job).

Built on the reviewers' anonymiser (`review.anonymise`): the person's names, email address and phone
number are taken out of every text that holds them. Records stay, so counts, references and the
audit trail still add up; what identified the person does not (decision 0031).
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from silverlinings.calls.models import Nomination, Redaction
from silverlinings.core.models import AuditEntry
from silverlinings.core.services import audit_record
from silverlinings.directory.models import Contact
from silverlinings.mail.models import Message
from silverlinings.review.anonymise import anonymise_answers, anonymise_text
from silverlinings.review.models import Decision, Review

REMOVED = "[removed]"
ERASED_NAME = "Erased person"
EMPTY_CONTACT = {"name": REMOVED, "role": "", "email": "", "phone": ""}


@dataclass
class Erasure:
    """What an erasure changed (or, for a preview, would change), counted."""

    nominations: list[int] = field(default_factory=list)
    messages: list[int] = field(default_factory=list)
    audit_entries: list[int] = field(default_factory=list)
    contacts: list[int] = field(default_factory=list)
    account: int | None = None

    @property
    def counts(self) -> dict[str, int]:
        return {
            "nominations": len(self.nominations),
            "messages": len(self.messages),
            "audit_entries": len(self.audit_entries),
            "contacts": len(self.contacts),
            "account": 1 if self.account else 0,
        }

    @property
    def is_empty(self) -> bool:
        return not any(self.counts.values())


def _names_of(email: str, user, nominations) -> list[str]:
    """Every way the person is written down: their account, and the contact they gave in their nominations."""
    names = {email}
    if user is not None:
        names |= {user.email, user.full_name, user.phone, *user.full_name.split()}
    for nomination in nominations:
        contact = nomination.answers.get("contact") or {}
        if str(contact.get("email", "")).lower() == email or nomination.nominator_id == getattr(user, "pk", None):
            names |= {str(contact.get(part) or "") for part in ("name", "email", "phone")}
            names |= set(str(contact.get("name") or "").split())
    return sorted(name.strip() for name in names if name and name.strip())


def _strong_names(names: list[str]) -> list[str]:
    """The names that identify the person in anyone's records: whole names, email addresses and phone numbers
    (a first name alone is taken out only of the person's own records)."""
    return [name for name in names if " " in name or "@" in name or sum(c.isdigit() for c in name) >= 7]


def _text_q(field_names: list[str], names: list[str]) -> Q:
    query = Q(pk__in=[])
    for name in names:
        for field_name in field_names:
            query |= Q(**{f"{field_name}__icontains": name})
    return query


def _their_nominations(email: str, user):
    mine = Q(nominator=user) if user is not None else Q(pk__in=[])
    return Nomination.objects.filter(mine | Q(answers__contact__email__iexact=email)).select_related("call")


def erasure_find(*, email: str) -> tuple[Erasure, list[str]]:
    """What erasing `email` would change, and the names it would take out. Reads only."""
    email = email.strip().lower()
    user = get_user_model().objects.filter(email__iexact=email).first()
    nominations = list(_their_nominations(email, user))
    names = _names_of(email, user, nominations)
    strong = _strong_names(names)
    nomination_ids = [nomination.pk for nomination in nominations]
    messages = Message.objects.filter(Q(to__iexact=email) | _text_q(["subject", "body_text", "body_html"], strong))
    objects = Q(content_type__model="nomination", object_id__in=[str(pk) for pk in nomination_ids])
    if user is not None:
        objects |= Q(content_type__model="user", object_id=str(user.pk))
    entries = AuditEntry.objects.filter(objects | _text_q(["object_repr", "data"], strong))
    erasure = Erasure(
        nominations=nomination_ids,
        messages=list(messages.values_list("pk", flat=True)),
        audit_entries=list(entries.values_list("pk", flat=True)),
        contacts=list(Contact.objects.filter(email__iexact=email).values_list("pk", flat=True)),
        account=user.pk if user is not None else None,
    )
    return erasure, names


def _anonymise_nomination(nomination: Nomination, names: list[str], *, now) -> None:
    answers = anonymise_answers(nomination.answers, names=names, hidden_keys=())
    if "contact" in answers:
        answers["contact"] = dict(EMPTY_CONTACT)
    nomination.answers = answers
    nomination.title = str(answers.get("title") or "")[:300]
    nomination.personal_data = [
        {**finding, "excerpt": anonymise_text(finding.get("excerpt", ""), names=names, replacement=REMOVED)}
        for finding in nomination.personal_data
    ]
    nomination.erased_at = now
    nomination.save(update_fields=["answers", "title", "personal_data", "erased_at", "updated_at"])
    for redaction in Redaction.objects.filter(nomination=nomination):
        redaction.original = anonymise_answers(redaction.original, names=names, hidden_keys=())
        redaction.save(update_fields=["original", "updated_at"])
    for review in Review.objects.filter(assignment__nomination=nomination):
        review.comment_for_team = anonymise_text(review.comment_for_team, names=names)
        review.comment_for_nominator = anonymise_text(review.comment_for_nominator, names=names)
        review.save(update_fields=["comment_for_team", "comment_for_nominator", "updated_at"])
    for decision in Decision.objects.filter(nomination=nomination):
        decision.reason = anonymise_text(decision.reason, names=names)
        decision.save(update_fields=["reason", "updated_at"])


def _anonymise_messages(ids: list[int], email: str, names: list[str]) -> None:
    # Not yet sent to them: never sent now.
    Message.objects.filter(pk__in=ids, to__iexact=email, status=Message.Status.QUEUED).delete()
    for message in Message.objects.filter(pk__in=ids):
        if message.to.lower() == email:
            message.to = f"erased-{message.pk}@erased.invalid"
            message.sign_in_user = None
        message.subject = anonymise_text(message.subject, names=names)[:255]
        message.body_text = anonymise_text(message.body_text, names=names)
        message.body_html = anonymise_text(message.body_html, names=names)
        message.link_offsets = {}
        message.save(update_fields=["to", "sign_in_user", "subject", "body_text", "body_html", "link_offsets"])


def _anonymise_audit(ids: list[int], names: list[str]) -> None:
    for entry in AuditEntry.objects.filter(pk__in=ids):
        entry.object_repr = anonymise_text(entry.object_repr, names=names)[:200]
        entry.data = anonymise_answers(entry.data, names=names, hidden_keys=("to", "email"))
        entry.save(update_fields=["object_repr", "data"])


def _anonymise_account(user) -> None:
    user.email = f"erased-{user.pk}@erased.invalid"
    user.full_name, user.phone, user.job_title, user.organisation = ERASED_NAME, "", "", ""
    user.is_active = False
    user.set_unusable_password()
    user.save()


@transaction.atomic
def person_erase(*, email: str, by, reason: str = "request") -> Erasure:
    """Take a person's data out of their nominations, emails, audit entries, directory entry and account.

    `reason` is "request" (the person asked) or "retention" (past the retention period). The audit
    entry of the erasure itself names nobody: only what was changed, counted.
    """
    email = email.strip().lower()
    erasure, names = erasure_find(email=email)
    strong = _strong_names(names)
    now = timezone.now()
    for nomination in Nomination.objects.filter(pk__in=erasure.nominations):
        _anonymise_nomination(nomination, names, now=now)
    _anonymise_messages(erasure.messages, email, names)
    _anonymise_audit(erasure.audit_entries, strong)
    Contact.objects.filter(pk__in=erasure.contacts).delete()
    if erasure.account is not None:
        _anonymise_account(get_user_model().objects.get(pk=erasure.account))
    audit_record(actor=by, action="privacy.person_erased", data={"reason": reason, **erasure.counts})
    return erasure


def retention_cutoff():
    """Records older than this are past the retention period; None when data is kept without limit."""
    days = settings.PERSONAL_DATA_RETENTION_DAYS
    return timezone.now() - timedelta(days=days) if days else None


def retention_erase() -> str:
    """The scheduled job: erase everyone whose last sign-in, nomination and email are all past the retention
    period, and delete emails older than it. Staff accounts are left to the team."""
    cutoff = retention_cutoff()
    if cutoff is None:
        return "Personal data is kept without limit (PERSONAL_DATA_RETENTION_DAYS is 0)."
    recent = (
        Q(last_login__gte=cutoff)
        | Q(date_joined__gte=cutoff)
        | Q(nominations__updated_at__gte=cutoff)
        | Q(nominations__call__closes_at__gte=cutoff)
    )
    people = (
        get_user_model()
        .objects.filter(memberships__isnull=True, is_superuser=False)  # contributors hold no other role
        .exclude(email__endswith="@erased.invalid")
        .exclude(recent)
        .distinct()
    )
    emails = list(people.values_list("email", flat=True))
    for email in emails:
        person_erase(email=email, by=None, reason="retention")
    deleted, _ = Message.objects.filter(created_at__lt=cutoff).exclude(status=Message.Status.QUEUED).delete()
    return f"{len(emails)} {'person' if len(emails) == 1 else 'people'} erased, {deleted} old emails deleted."
