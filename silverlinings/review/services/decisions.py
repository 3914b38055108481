"""The panel meeting's writes: notes, decisions, the letters and releasing the decisions together.

Decisions stay pending (no `released_at`) until the team releases them all with
`decisions_release`; the letters then go from the worker, each at most once.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from silverlinings.accounts.models import User
from silverlinings.calls.models import Call, Nomination, NominationStatus
from silverlinings.core.services import audit_record
from silverlinings.mail.selectors import message_exists
from silverlinings.mail.services import email_send

from ..models import Decision, LetterTemplate, MeetingNote, Outcome, Review, Theme

DEFAULT_LETTERS = {
    Outcome.SELECTED: (
        "Your innovation has been selected for the Silver Linings showcase",
        "Dear {name},\n\n"
        "Thank you for nominating ‘{title}’ ({reference}) to {call}.\n\n"
        "We are delighted to tell you that the editorial panel has selected it for the showcase. A report writer "
        "will prepare a short report on it, and we will ask you to check the facts before anything is published.\n\n"
        "Your letter of recognition is attached.",
    ),
    Outcome.RESERVE: (
        "Your innovation is on the reserve list for the Silver Linings showcase",
        "Dear {name},\n\n"
        "Thank you for nominating ‘{title}’ ({reference}) to {call}.\n\n"
        "The editorial panel thought highly of it and has placed it on the reserve list. If a place in the "
        "showcase becomes available, we will be in touch.\n\n"
        "Your letter of recognition is attached.",
    ),
    Outcome.NOT_SELECTED: (
        "Thank you for your Silver Linings nomination",
        "Dear {name},\n\n"
        "Thank you for nominating ‘{title}’ ({reference}) to {call}.\n\n"
        "The editorial panel read every nomination with care. Yours has not been selected for the showcase this "
        "time, but it is part of the picture of how children's services changed for the better, and we will "
        "keep it in mind for future work.\n\n"
        "Your letter of recognition is attached.",
    ),
}


def letter_templates_get(*, call: Call) -> dict[str, LetterTemplate]:
    """The call's letter templates by outcome, made from the defaults the first time they are needed."""
    existing = {template.outcome: template for template in LetterTemplate.objects.filter(call=call)}
    for outcome, (subject, body) in DEFAULT_LETTERS.items():
        if outcome not in existing:
            existing[outcome] = LetterTemplate.objects.get_or_create(
                call=call, outcome=outcome, defaults={"subject": subject, "body": body}
            )[0]
    return {outcome: existing[outcome] for outcome in Outcome.values}


def letter_template_update(*, template: LetterTemplate, by: User, subject: str, body: str) -> LetterTemplate:
    template.subject, template.body = subject, body
    template.full_clean()
    template.save()
    audit_record(actor=by, action="review.letter_changed", obj=template.call, data={"outcome": template.outcome})
    return template


def letter_fill(text: str, nomination: Nomination) -> str:
    """Fill the placeholders. Plain replacement, so a stray brace in the team's text never breaks a letter."""
    values = {
        "{name}": nomination.nominator.get_full_name(),
        "{title}": nomination.title or "your innovation",
        "{reference}": nomination.reference,
        "{call}": nomination.call.title,
    }
    for placeholder, value in values.items():
        text = text.replace(placeholder, value)
    return text


def meeting_note_add(*, call: Call, theme: Theme | None, by: User, text: str) -> MeetingNote:
    if not text.strip():
        raise ValidationError("Enter the note")
    note = MeetingNote.objects.create(call=call, theme=theme, author=by, text=text.strip())
    audit_record(actor=by, action="review.meeting_note_added", obj=call, data={"theme": theme.pk if theme else None})
    return note


def decision_record(*, nomination: Nomination, outcome: str, reason: str, by: User) -> Decision:
    """Record or change the panel's decision. A released decision is final."""
    if nomination.status != NominationStatus.SUBMITTED:
        raise ValidationError("Only a sent nomination can have a decision")
    if outcome not in Outcome.values:
        raise ValidationError({"outcome": "Select the decision"})
    decision = Decision.objects.filter(nomination=nomination).first()
    if decision and decision.released_at:
        raise ValidationError("This decision has been released to the nominator, so it cannot be changed")
    decision = decision or Decision(nomination=nomination)
    decision.outcome, decision.reason, decision.decided_by = outcome, reason.strip(), by
    decision.save()
    audit_record(actor=by, action="review.decided", obj=nomination, data={"outcome": outcome})
    return decision


def decisions_pending(call: Call):
    return Decision.objects.filter(nomination__call=call, released_at__isnull=True)


RELEASE_WHILE_OPEN = "Confirm that you want to release the decisions while the call is still open"


@transaction.atomic
def decisions_release(*, call: Call, by: User, release_while_open: bool = False) -> int:
    """Release every pending decision at once; the worker then emails each nominator their letter.

    While the call is still open (nominations can still arrive and change) the team must say so
    deliberately with `release_while_open`. Returns how many decisions were released. Releasing
    again sends nothing twice.
    """
    from ..tasks import decision_letter_send

    if not call.is_closed and not release_while_open:
        raise ValidationError({"release_while_open": RELEASE_WHILE_OPEN})
    ids = list(decisions_pending(call).select_for_update().values_list("pk", flat=True))
    if not ids:
        return 0
    Decision.objects.filter(pk__in=ids).update(released_at=timezone.now())
    data = {"decisions": len(ids), "call_open": not call.is_closed}
    audit_record(actor=by, action="review.decisions_released", obj=call, data=data)
    # One task per letter: a failure (a mail server refusing one address) holds up nobody else.
    for decision_id in ids:
        transaction.on_commit(lambda decision_id=decision_id: decision_letter_send.enqueue(decision_id=decision_id))
    return len(ids)


def comments_for_nominator(nomination: Nomination) -> list[str]:
    reviews = Review.objects.filter(assignment__nomination=nomination, submitted_at__isnull=False).order_by("pk")
    return [text for text in reviews.values_list("comment_for_nominator", flat=True) if text.strip()]


def decision_letter_send(*, decision_id: int) -> bool:
    """Email the nominator their outcome and letter of recognition. Never sends the same letter twice."""
    from ..letters import letter_pdf

    decision = Decision.objects.select_related("nomination__call", "nomination__nominator").get(pk=decision_id)
    nomination = decision.nomination
    key = f"decision:{nomination.pk}"
    if decision.released_at is None or message_exists(idempotency_key=key):
        return False
    template = letter_templates_get(call=nomination.call)[decision.outcome]
    context = {
        "nomination": nomination,
        "subject": letter_fill(template.subject, nomination),
        "body": letter_fill(template.body, nomination),
        "comments": comments_for_nominator(nomination),
    }
    attachment = (f"letter-of-recognition-{nomination.reference}.pdf", letter_pdf(decision=decision), "application/pdf")
    message = email_send(
        to=nomination.nominator.email,
        template="review/email/decision",
        context=context,
        idempotency_key=key,
        attachment=attachment,
    )
    return message is not None
