"""Everything that changes calls and nominations. Views and tasks call these; nothing else writes."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from silverlinings.accounts.models import MembershipRole, User
from silverlinings.accounts.selectors import is_programme_team, members_of
from silverlinings.accounts.services import user_get_or_create_contributor
from silverlinings.core.services import audit_record
from silverlinings.directory.models import Authority, ServiceArea
from silverlinings.mail.services import email_send

from .. import selectors
from ..answers import answer_too_long, answers_as_text, answers_errors, is_answered
from ..headings import Kind, Purpose, silver_linings_headings
from ..models import Call, Channel, Nomination, NominationStatus, Question
from ..personal_data import personal_data_find
from ..schedule import call_jobs_schedule


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
            purpose=spec.purpose,
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
    """Start a draft. The same `start_token` (sent with the start button) never makes a second one, and a
    nominator who starts again on the web while an untouched draft of theirs waits gets that draft back."""
    if not call.is_open and not _is_team(by):
        raise PermissionDenied("The call is not open.")
    if start_token is not None and (used := Nomination.objects.filter(start_token=start_token).first()):
        if used.nominator_id != nominator.pk:
            raise PermissionDenied("That form was already used.")
        return used
    if channel == Channel.WEB and by == nominator and (untouched := _untouched_draft(call, nominator)):
        return untouched
    defaults = {"call": call, "nominator": nominator, "created_by": by, "channel": channel}
    if start_token is None:
        nomination, created = Nomination.objects.create(**defaults), True
    else:
        nomination, created = Nomination.objects.get_or_create(start_token=start_token, defaults=defaults)
        if not created and nomination.nominator_id != nominator.pk:
            raise PermissionDenied("That form was already used.")
    if not created:  # the same start again never overwrites what they changed since
        return nomination
    own = channel == Channel.WEB and by == nominator
    if prefill := _own_prefill(nomination) if own else _contact_prefill(nomination):
        nomination_save_answers(nomination=nomination, answers=prefill, by=by)
    return nomination


def _untouched_draft(call: Call, nominator: User) -> Nomination | None:
    """A draft of theirs with nothing answered but who is nominating (which a new draft starts with)."""
    drafts = Nomination.objects.filter(
        call=call, nominator=nominator, created_by=nominator, channel=Channel.WEB, status=NominationStatus.DRAFT
    ).order_by("created_at")
    about_them = {spec.key for spec in call.specs_for(*selectors.ABOUT_THE_NOMINATOR)}
    for draft in drafts:
        if not any(is_answered(value) for key, value in draft.answers.items() if key not in about_them):
            return draft
    return None


@transaction.atomic
def nomination_delete(*, nomination: Nomination, by: User) -> None:
    """Delete a draft its nominator no longer wants. A sent nomination is withdrawn instead, never deleted."""
    locked = Nomination.objects.select_for_update().get(pk=nomination.pk)
    if locked.status != NominationStatus.DRAFT or locked.nominator_id != by.pk:
        raise PermissionDenied("Only its nominator can delete a draft.")
    audit_record(actor=by, action="nomination.draft_deleted", obj=locked, data={"title": locked.title})
    locked.delete()


def _contact_prefill(nomination: Nomination) -> dict:
    person = nomination.nominator
    call, answers = nomination.call, {}
    contact_key = call.key_for(Purpose.CONTACT)
    # A returned document's contact is the one written in it: never the person who uploaded it. When the
    # document names nobody, the draft asks for the contact.
    if contact_key and nomination.channel != Channel.DOCUMENT:
        contact = {"name": person.full_name, "role": person.job_title, "email": person.email, "phone": person.phone}
        answers[contact_key] = contact
    if person.authority_id and (authority_key := call.key_for(Purpose.AUTHORITY)):
        answers[authority_key] = person.authority.short_name
    return answers


def _own_prefill(nomination: Nomination) -> dict:
    """A contributor's own new nomination starts with who they are: from their account, and better from
    their own most recent nomination in any call (never anyone else's). They can change every answer."""
    answers = _contact_prefill(nomination)
    person = nomination.nominator
    if person.organisation and (organisation_key := nomination.call.key_for(Purpose.ORGANISATION)):
        answers[organisation_key] = person.organisation
    for purpose, answer in selectors.own_latest_answers(person, excluding=nomination).items():
        specs = nomination.call.specs_for(purpose)
        # An authority this call does not offer (another call's list) is left for them to choose.
        if specs and (specs[0].kind != Kind.ONE_CHOICE or answer in specs[0].choices):
            answers[specs[0].key] = answer
    return answers


def _is_team(user: User) -> bool:
    return is_programme_team(user)


def nomination_save_answers(*, nomination: Nomination, answers: dict, by: User) -> Nomination:
    """Merge `answers` into a draft (valid or not: a draft keeps what was typed) and refresh the derived fields.

    Only a draft changes this way, and only the keys given: the row is locked and read again first, so a
    save that races a submit, a withdrawal or another tab's save never undoes it (decision 0020). An
    answer longer than `answers.MAX_CHARS` is not kept, and never reaches the personal-data check.
    A sent nomination changes only through `nomination_change_send`.
    """
    answers = {key: value for key, value in answers.items() if not answer_too_long(value)}
    with transaction.atomic():
        locked = Nomination.objects.select_for_update().select_related("call", "nominator").get(pk=nomination.pk)
        if locked.status != NominationStatus.DRAFT:
            raise PermissionDenied("Only a draft can be saved as it is typed.")
        if locked.call.is_closed and not _is_team(by):
            raise PermissionDenied("The call has closed.")
        locked.answers = {**locked.answers, **answers}
        _derive(locked)
        locked.save(update_fields=[*DERIVED_FIELDS, "answers", "updated_at"])
    _copy_onto(nomination, locked)
    return nomination


DERIVED_FIELDS = [
    "title",
    "scale",
    "authority",
    "personal_data",
    "personal_data_released_at",
    "personal_data_released_by",
]


def _copy_onto(nomination: Nomination, fresh: Nomination) -> None:
    """Bring the caller's instance up to date, so it never holds (and later saves) a stale copy."""
    for field in ["status", "answers", "reference", "number", "submitted_at", "withdrawn_at", *DERIVED_FIELDS]:
        setattr(nomination, field, getattr(fresh, field))
    nomination.authority_id = fresh.authority_id


@transaction.atomic
def nomination_change_send(*, nomination: Nomination, changes: dict, by: User) -> Nomination:
    """Send changed answers for a nomination already sent: every answer is checked again, as on first sending.

    The nomination keeps its reference; the team is told by email which questions changed. Its authority
    can never become empty, and nothing changes unless every answer is valid.
    """
    locked = Nomination.objects.select_for_update().select_related("call", "nominator").get(pk=nomination.pk)
    if locked.status != NominationStatus.SUBMITTED:
        raise PermissionDenied("Only a sent nomination can have its changes sent.")
    # A nomination held for personal data may be put right by its nominator after the call has closed.
    if not locked.call.is_open and not _is_team(by) and not locked.is_held_for_personal_data:
        raise PermissionDenied("The call has closed.")
    changed = sorted(key for key, value in changes.items() if locked.answers.get(key) != value)
    answers = {**locked.answers, **changes}
    errors = answers_errors(locked.call.heading_specs(), answers)
    had_authority = locked.authority_id
    locked.answers = answers
    _derive(locked)
    if had_authority and locked.authority_id is None and "authority" not in errors:
        errors["authority"] = "Select authority from the list"
    if errors:
        raise ValidationError(errors)
    locked.save(update_fields=[*DERIVED_FIELDS, "answers", "updated_at"])
    locked.service_areas.set(ServiceArea.objects.filter(name__in=locked._service_area_names))
    audit_record(actor=by, action="nomination.changed", obj=locked, data={"keys": changed})
    if changed:
        _tell_the_team(nomination=locked, changed=changed, by=by)
    _copy_onto(nomination, locked)
    return nomination


def _tell_the_team(*, nomination: Nomination, changed: list[str], by: User) -> None:
    """The call's contact address, or else everyone in the programme team, hears which questions changed."""
    call = nomination.call
    labels = {spec.key: spec.text for spec in call.heading_specs()}
    recipients = [call.contact_email] if call.contact_email else list(_team_emails())
    for address in recipients:
        email_send(
            to=address,
            template="calls/email/nomination_changed",
            context={"nomination": nomination, "questions": [labels.get(key, key) for key in changed], "by": by},
        )


def _team_emails():
    return members_of(role=MembershipRole.PROGRAMME_TEAM).exclude(email="").values_list("email", flat=True)


def _derive(nomination: Nomination) -> None:
    nomination.title = str(nomination.answer_for(Purpose.TITLE) or "")[:300]
    nomination.scale = str(nomination.answer_for(Purpose.SCALE) or "")[:60]
    authority_name = nomination.answer_for(Purpose.AUTHORITY)
    nomination.authority = Authority.objects.filter(short_name=authority_name).first() if authority_name else None
    if nomination.authority is None and nomination.nominator.authority_id and not authority_name:
        nomination.authority_id = nomination.nominator.authority_id
    flagged_before = nomination.personal_data
    nomination.personal_data = nomination_personal_data(nomination=nomination)
    if nomination.personal_data and nomination.personal_data != flagged_before:
        nomination.personal_data_released_at = nomination.personal_data_released_by = None
    nomination._service_area_names = nomination.answer_for(Purpose.SERVICE_AREAS) or []


def nomination_personal_data(*, nomination: Nomination) -> list[dict]:
    """What looks like personal data about a child or family, ignoring the contact's own details."""
    specs = nomination.call.heading_specs()
    free_text = {
        spec.key: text
        for spec, text in zip(specs, answers_as_text(specs, nomination.answers).values(), strict=True)
        if spec.kind in (Kind.SHORT_TEXT, Kind.LONG_TEXT, Kind.YES_NO) and text
    }
    contact = nomination.answer_for(Purpose.CONTACT) or {}
    allowed = [value for value in (contact.get("email"), contact.get("phone"), nomination.nominator.email) if value]
    labels = {spec.key: spec.text for spec in specs}
    return [
        {"kind": f.kind, "label": f.label, "excerpt": f.excerpt, "field": f.field, "question": labels.get(f.field, "")}
        for f in personal_data_find(free_text, allowed=allowed)
    ]


@transaction.atomic
def nomination_submit(*, nomination: Nomination, by: User, notify: bool = True) -> Nomination:
    """Submit a draft: check every answer, give it the call's next reference and email the nominator.

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
    """The reference and a link to the nomination, never the answers (decision 0030); one the team keyed in
    has a sign-in link to check it (calls/emails/nominations.py)."""
    keyed_in = by.pk != nomination.nominator_id
    email_send(
        to=nomination.nominator.email,
        template="calls/email/nomination_keyed_in" if keyed_in else "calls/email/nomination_submitted",
        context={"nomination": nomination},
        sign_in_user=nomination.nominator if keyed_in else None,
        sign_in_next=nomination.get_absolute_url(),
    )


@transaction.atomic
def nomination_withdraw(*, nomination: Nomination, by: User) -> Nomination:
    """Withdraw a draft or a sent nomination. The row is locked, so a save racing it never brings it back."""
    locked = Nomination.objects.select_for_update().select_related("call").get(pk=nomination.pk)
    if locked.call.is_closed and not _is_team(by):
        raise PermissionDenied("The call has closed.")
    if locked.status == NominationStatus.WITHDRAWN:
        _copy_onto(nomination, locked)
        return nomination
    locked.status = NominationStatus.WITHDRAWN
    locked.withdrawn_at = timezone.now()
    locked.save(update_fields=["status", "withdrawn_at", "updated_at"])
    audit_record(actor=by, action="nomination.withdrawn", obj=locked)
    _copy_onto(nomination, locked)
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
