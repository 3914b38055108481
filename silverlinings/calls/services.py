"""Everything that changes calls and nominations. Views and tasks call these; nothing else writes."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from silverlinings.accounts.models import Role, User
from silverlinings.accounts.services import user_get_or_create_contributor
from silverlinings.core.services import audit_record
from silverlinings.directory.models import Authority, ServiceArea
from silverlinings.mail.services import email_send

from .answers import answers_as_text, answers_errors
from .headings import Kind, silver_linings_headings
from .models import Call, Channel, Nomination, NominationStatus, Question
from .personal_data import personal_data_find
from .schedule import call_jobs_schedule


def call_create(*, by: User, **fields) -> Call:
    """Create a call with the Silver Linings headings, which the team can then change."""
    call = Call(**fields)
    call.full_clean()
    call.save()
    specs = silver_linings_headings(
        authorities=list(Authority.objects.values_list("short_name", flat=True)),
        service_areas=list(ServiceArea.objects.values_list("name", flat=True)),
    )
    Question.objects.bulk_create(
        Question(
            call=call,
            position=position,
            key=spec.key,
            text=spec.text,
            hint=spec.hint,
            kind=spec.kind,
            required=spec.required,
            word_limit=spec.word_limit,
            choices=list(spec.choices),
            follow_up=spec.follow_up,
            section=spec.section,
        )
        for position, spec in enumerate(specs, start=1)
    )
    audit_record(actor=by, action="call.created", obj=call)
    call_jobs_schedule(call=call)
    return call


def call_update(*, call: Call, by: User, **fields) -> Call:
    for name, value in fields.items():
        setattr(call, name, value)
    call.full_clean()
    call.save()
    audit_record(actor=by, action="call.updated", obj=call, data={"fields": sorted(fields)})
    call_jobs_schedule(call=call)
    return call


def nomination_start(
    *, call: Call, nominator: User, by: User, start_token=None, channel: str = Channel.WEB
) -> Nomination:
    """Start a draft. The same `start_token` (sent with the start button) never makes a second one."""
    if not call.is_open and not _is_team(by):
        raise PermissionDenied("The call is not open.")
    defaults = {"call": call, "nominator": nominator, "created_by": by, "channel": channel}
    if start_token is None:
        nomination = Nomination.objects.create(**defaults)
    else:
        nomination, created = Nomination.objects.get_or_create(start_token=start_token, defaults=defaults)
        if not created and nomination.nominator_id != nominator.pk:
            raise PermissionDenied("That form was already used.")
    if channel != Channel.WEB or by != nominator:
        nomination_save_answers(nomination=nomination, answers=_contact_prefill(nomination), by=by)
    return nomination


def _contact_prefill(nomination: Nomination) -> dict:
    person = nomination.nominator
    answers = {}
    if nomination.channel != Channel.DOCUMENT:
        # A returned document's contact is the one written in it: never the person who uploaded it. When the
        # document names nobody, the draft asks for the contact.
        answers["contact"] = {
            "name": person.full_name, "role": person.job_title, "email": person.email, "phone": person.phone
        }  # fmt: skip
    if person.authority_id:
        answers["authority"] = person.authority.short_name
    return answers


def _is_team(user: User) -> bool:
    return bool(user.is_authenticated and (user.role == Role.PROGRAMME_TEAM or user.is_superuser))


def nomination_save_answers(*, nomination: Nomination, answers: dict, by: User) -> Nomination:
    """Merge `answers` (valid or not: a draft keeps what was typed) and refresh the derived fields."""
    if nomination.status == NominationStatus.WITHDRAWN:
        raise PermissionDenied("A withdrawn nomination cannot be changed.")
    if nomination.call.is_closed and not _is_team(by):
        raise PermissionDenied("The call has closed.")
    nomination.answers = {**nomination.answers, **answers}
    _derive(nomination)
    nomination.save()
    if nomination.status == NominationStatus.SUBMITTED:
        nomination.service_areas.set(ServiceArea.objects.filter(name__in=nomination._service_area_names))
        audit_record(actor=by, action="nomination.changed", obj=nomination, data={"keys": sorted(answers)})
    return nomination


def _derive(nomination: Nomination) -> None:
    answers = nomination.answers
    nomination.title = str(answers.get("title") or "")[:300]
    nomination.scale = str(answers.get("scale") or "")[:60]
    authority_name = answers.get("authority")
    nomination.authority = Authority.objects.filter(short_name=authority_name).first() if authority_name else None
    if nomination.authority is None and nomination.nominator.authority_id and not authority_name:
        nomination.authority_id = nomination.nominator.authority_id
    nomination.personal_data = nomination_personal_data(nomination=nomination)
    nomination._service_area_names = answers.get("service_areas") or []


def nomination_personal_data(*, nomination: Nomination) -> list[dict]:
    """What looks like personal data about a child or family, ignoring the contact's own details."""
    specs = nomination.call.heading_specs()
    free_text = {
        spec.key: text
        for spec, text in zip(specs, answers_as_text(specs, nomination.answers).values(), strict=True)
        if spec.kind in (Kind.SHORT_TEXT, Kind.LONG_TEXT, Kind.YES_NO) and text
    }
    contact = nomination.answers.get("contact") or {}
    allowed = [value for value in (contact.get("email"), contact.get("phone"), nomination.nominator.email) if value]
    labels = {spec.key: spec.text for spec in specs}
    return [
        {"kind": f.kind, "label": f.label, "excerpt": f.excerpt, "field": f.field, "question": labels.get(f.field, "")}
        for f in personal_data_find(free_text, allowed=allowed)
    ]


@transaction.atomic
def nomination_submit(*, nomination: Nomination, by: User, notify: bool = True) -> Nomination:
    """Submit a draft: check every answer, give it the call's next reference and email a copy.

    Safe against a double click: the second submit finds it already submitted and changes nothing.
    """
    nomination = Nomination.objects.select_for_update().select_related("call", "nominator").get(pk=nomination.pk)
    if nomination.status == NominationStatus.SUBMITTED:
        return nomination
    if nomination.status == NominationStatus.WITHDRAWN:
        raise PermissionDenied("A withdrawn nomination cannot be submitted.")
    call = Call.objects.select_for_update().get(pk=nomination.call_id)
    if not call.is_open and not _is_team(by):
        raise PermissionDenied("The call has closed.")
    errors = answers_errors(call.heading_specs(), nomination.answers)
    if errors:
        raise ValidationError(errors)
    call.last_number += 1
    call.save(update_fields=["last_number"])
    nomination.number = call.last_number
    nomination.reference = f"{call.reference_prefix}-{call.year}-{call.last_number:04d}"
    nomination.status = NominationStatus.SUBMITTED
    nomination.submitted_at = timezone.now()
    _derive(nomination)
    nomination.save()
    nomination.service_areas.set(ServiceArea.objects.filter(name__in=nomination._service_area_names))
    audit_record(actor=by, action="nomination.submitted", obj=nomination, data={"channel": nomination.channel})
    if notify:
        _email_copy(nomination=nomination, by=by)
    return nomination


def _email_copy(*, nomination: Nomination, by: User) -> None:
    """A copy of the answers to the nominator; one the team keyed in has a link to check it (calls/emails.py)."""
    keyed_in = by.pk != nomination.nominator_id
    email_send(
        to=nomination.nominator.email,
        template="calls/email/nomination_keyed_in" if keyed_in else "calls/email/nomination_submitted",
        context={"nomination": nomination},
        sign_in_user=nomination.nominator if keyed_in else None,
        sign_in_next=nomination.get_absolute_url(),
    )


def nomination_withdraw(*, nomination: Nomination, by: User) -> Nomination:
    if nomination.call.is_closed and not _is_team(by):
        raise PermissionDenied("The call has closed.")
    nomination.status = NominationStatus.WITHDRAWN
    nomination.withdrawn_at = timezone.now()
    nomination.save(update_fields=["status", "withdrawn_at", "updated_at"])
    audit_record(actor=by, action="nomination.withdrawn", obj=nomination)
    return nomination


def nomination_key_in(*, call: Call, by: User, email: str, full_name: str, authority, channel: str) -> Nomination:
    """The programme team keys in a nomination that came by phone or email, on the nominator's behalf."""
    nominator = user_get_or_create_contributor(email=email, full_name=full_name)
    changed = []
    if not nominator.full_name:
        nominator.full_name, changed = full_name, [*changed, "full_name"]
    if authority and not nominator.authority_id:
        nominator.authority, changed = authority, [*changed, "authority"]
    if changed:
        nominator.save(update_fields=changed)
    nomination = nomination_start(call=call, nominator=nominator, by=by, channel=channel)
    audit_record(actor=by, action="nomination.keyed_in", obj=nomination, data={"channel": channel})
    return nomination


def reverse_section(nomination: Nomination, index: int) -> str:
    return reverse("calls:nomination_section", kwargs={"pk": nomination.pk, "index": index})
