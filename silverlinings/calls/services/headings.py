"""Changing a call's headings: add, change, move, remove. Views call these; nothing else writes.

Answers are stored on each nomination under the heading's key (docs/decisions/0004), so once anyone
has answered a heading its key and type stay as they are, and it cannot be removed. Code finds an
answer by the heading's purpose (docs/decisions/0061), so a heading the service relies on keeps its purpose.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max

from silverlinings.accounts.models import User
from silverlinings.core.services import audit_record

from ..headings import Kind, Purpose
from ..models import Call, Question
from ..selectors import heading_answer_counts

RELIED_ON = (
    "The nominations list, the coverage dashboard and the exports use this heading, "
    "so its purpose and type cannot change and it cannot be removed"
)
FIELDS = ("text", "key", "kind", "section", "hint", "required", "word_limit", "choices", "follow_up", "purpose")
KIND_LABELS = dict(Kind.CHOICES)


def _purpose_errors(*, call: Call, question: Question | None, fields: dict) -> dict:
    """A call has one heading of each purpose but free text, and a purpose needs its type of answer."""
    purpose, label = fields.get("purpose", Purpose.NONE), Purpose.label(fields.get("purpose", Purpose.NONE))
    others = call.questions.exclude(pk=getattr(question, "pk", None))
    if purpose in Purpose.ONCE and others.filter(purpose=purpose).exists():
        return {"purpose": f"Another heading of this call is already ‘{label.lower()}’: choose another purpose"}
    kinds = Purpose.KINDS.get(purpose)
    if kinds and fields["kind"] not in kinds:
        needed = " or ".join(KIND_LABELS[kind].lower() for kind in kinds)
        return {"purpose": f"‘{label}’ needs the type of answer {needed}: change the purpose or the type"}
    return {}


def _answers(count: int) -> str:
    return f"{count} nomination{'s' if count != 1 else ''} {'has' if count == 1 else 'have'}"


def _check(*, call: Call, question: Question | None, fields: dict) -> None:
    """The rules that depend on the call's other headings and on the answers already given."""
    errors = _purpose_errors(call=call, question=question, fields=fields)
    key = fields["key"]
    if call.questions.filter(key=key).exclude(pk=getattr(question, "pk", None)).exists():
        errors["key"] = f"Another heading of this call already uses the key ‘{key}’"
    if question is not None:
        key_changed, kind_changed = key != question.key, fields["kind"] != question.kind
        answered = heading_answer_counts(call).get(question.key, 0)
        purpose_changed = fields.get("purpose", question.purpose) != question.purpose
        if question.purpose in Purpose.RELIED_ON and (purpose_changed or kind_changed):
            errors["purpose" if purpose_changed else "kind"] = RELIED_ON
        elif answered and key_changed:
            errors["key"] = f"You cannot change the key: {_answers(answered)} an answer under ‘{question.key}’"
        elif answered and kind_changed:
            errors["kind"] = f"You cannot change the type: {_answers(answered)} an answer to this heading"
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def heading_add(*, call: Call, by: User, **fields) -> Question:
    _check(call=call, question=None, fields=fields)
    last = call.questions.aggregate(last=Max("position"))["last"] or 0
    question = Question.objects.create(call=call, position=last + 1, **fields)
    audit_record(actor=by, action="call.heading_added", obj=call, data={"key": question.key})
    return question


@transaction.atomic
def heading_update(*, question: Question, by: User, **fields) -> Question:
    _check(call=question.call, question=question, fields=fields)
    changed = sorted(name for name in FIELDS if getattr(question, name) != fields[name])
    for name in FIELDS:
        setattr(question, name, fields[name])
    question.save()
    audit_record(
        actor=by, action="call.heading_changed", obj=question.call, data={"key": question.key, "fields": changed}
    )
    return question


def _renumber(call: Call, ordered: list[Question]) -> None:
    for position, question in enumerate(ordered, start=1):
        question.position = position
    Question.objects.bulk_update(ordered, ["position"])


@transaction.atomic
def heading_move(*, question: Question, by: User, up: bool) -> None:
    """Swap the heading with the one before it (`up`) or after it; the first and last stay put."""
    call = Call.objects.select_for_update().get(pk=question.call_id)
    ordered = list(call.questions.order_by("position", "pk"))
    index = next(i for i, other in enumerate(ordered) if other.pk == question.pk)
    other = index - 1 if up else index + 1
    if 0 <= other < len(ordered):
        ordered[index], ordered[other] = ordered[other], ordered[index]
        _renumber(call, ordered)
        audit_record(actor=by, action="call.heading_moved", obj=call, data={"key": question.key, "up": up})


def heading_removal_blocker(*, question: Question) -> str:
    """Why the heading cannot be removed, or "" when it can."""
    if question.purpose in Purpose.RELIED_ON:
        return RELIED_ON
    answered = heading_answer_counts(question.call).get(question.key, 0)
    if answered:
        return f"You cannot remove this heading: {_answers(answered)} an answer under it"
    return ""


@transaction.atomic
def heading_remove(*, question: Question, by: User) -> None:
    call = Call.objects.select_for_update().get(pk=question.call_id)
    blocker = heading_removal_blocker(question=question)
    if blocker:
        raise ValidationError(blocker)
    question.delete()
    _renumber(call, list(call.questions.order_by("position", "pk")))
    audit_record(actor=by, action="call.heading_removed", obj=call, data={"key": question.key})


def kind_needs_choices(kind: str) -> bool:
    return kind in (Kind.ONE_CHOICE, Kind.SEVERAL_CHOICES)
