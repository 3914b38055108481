"""A nomination flagged for a child's or family's personal data is held from the panel (decision 0030).

The programme team either takes the data out here (the answers as they were are kept in a
`Redaction`, for the team alone) or finds nothing to take out and releases it; or it asks the
nominator, by email with a sign-in link, to change the answers themselves. A change that leaves
nothing flagged releases it by itself (`NominationQuerySet.ready_for_panel`).
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from silverlinings.accounts.models import User
from silverlinings.core.services import audit_record
from silverlinings.mail.services import email_send

from .headings import HeadingSpec, Kind
from .models import Nomination, NominationStatus, Redaction
from .services import nominations as services

#: The kinds of answer the personal-data check reads, so the only ones the team may redact here.
REDACTABLE = (Kind.SHORT_TEXT, Kind.LONG_TEXT, Kind.YES_NO)


@dataclass(frozen=True)
class FlaggedAnswer:
    spec: HeadingSpec
    text: str
    findings: list[dict]


def _text_of(spec: HeadingSpec, value) -> str:
    if spec.kind == Kind.YES_NO:
        return str((value or {}).get("detail") or "")
    return "" if value is None else str(value)


def redactable_answers(nomination: Nomination) -> list[FlaggedAnswer]:
    """Each flagged answer, in the order of the form, with what the check found in it."""
    findings: dict[str, list[dict]] = {}
    for finding in nomination.personal_data:
        findings.setdefault(finding["field"], []).append(finding)
    return [
        FlaggedAnswer(spec, _text_of(spec, nomination.answers.get(spec.key)), findings[spec.key])
        for spec in nomination.call.heading_specs()
        if spec.kind in REDACTABLE and spec.key in findings
    ]


def redactions_for_team(nomination: Nomination) -> list[dict]:
    """Each redaction with the answers as they were, question by question: for the programme team only."""
    questions = {spec.key: spec for spec in nomination.call.heading_specs()}
    return [
        {
            "redaction": redaction,
            "rows": [
                (questions[key].text if key in questions else key, _text_of(questions.get(key) or _PLAIN, value))
                for key, value in redaction.original.items()
            ],
        }
        for redaction in nomination.redactions.select_related("by")
    ]


_PLAIN = HeadingSpec(key="", text="", kind=Kind.LONG_TEXT)


def _merged(spec: HeadingSpec, old, text: str):
    return {**(old or {}), "detail": text} if spec.kind == Kind.YES_NO else text


@transaction.atomic
def nomination_redact(*, nomination: Nomination, texts: dict[str, str], by: User) -> Nomination:
    """Put the team's text in place of the answers in `texts` and release the nomination to the panel.

    Unchanged texts change nothing; with no change at all it is released as it is ("nothing to take out").
    """
    nomination = Nomination.objects.select_for_update().select_related("call", "nominator").get(pk=nomination.pk)
    if nomination.status != NominationStatus.SUBMITTED:
        raise ValidationError("Only a sent nomination can be released to the panel.")
    specs = {spec.key: spec for spec in nomination.call.heading_specs() if spec.kind in REDACTABLE}
    original, answers = {}, dict(nomination.answers)
    for key, text in texts.items():
        if key not in specs:
            raise ValidationError(f"‘{key}’ is not an answer that can be redacted.")
        new = _merged(specs[key], answers.get(key), text)
        if new != answers.get(key):
            original[key], answers[key] = answers.get(key), new
    if original:
        Redaction.objects.create(nomination=nomination, by=by, original=original)
        nomination.answers = answers
        services._derive(nomination)
    nomination.personal_data_released_at, nomination.personal_data_released_by = timezone.now(), by
    nomination.save()
    audit_record(
        actor=by,
        action="nomination.redacted" if original else "nomination.released",
        obj=nomination,
        data={"keys": sorted(original), "still_flagged": len(nomination.personal_data)},
    )
    return nomination


def nomination_ask_to_edit(*, nomination: Nomination, by: User) -> Nomination:
    """Email the nominator a sign-in link to their nomination, asking them to take the personal data out."""
    if not nomination.is_held_for_personal_data:
        raise ValidationError("Only a nomination held for personal data can be sent back to its nominator.")
    email_send(
        to=nomination.nominator.email,
        template="calls/email/personal_data_edit",
        context={"nomination": nomination},
        sign_in_user=nomination.nominator,
        sign_in_next=nomination.get_absolute_url(),
    )
    nomination.personal_data_asked_at = timezone.now()
    nomination.save(update_fields=["personal_data_asked_at", "updated_at"])
    audit_record(actor=by, action="nomination.asked_to_remove_personal_data", obj=nomination)
    return nomination
