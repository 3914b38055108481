"""Forms read apart that are one nomination: a key-facts table before the full answers, or a text box read
before the table it stands beside, starts a "form" of its own when a heading comes round again.

Two forms next to each other are one when no heading has different answers in them: each heading answered
in both has the same answer (a summary repeated in full), or is answered in one and only pointed to or
left unanswered in the other ("Contact: see box"). Two nominations differ at least in their titles, so
they are never joined. The joined form keeps the notes, problems and unplaced text of both, and says it
was joined; an answer taken from the other part for a heading that only pointed to it stays marked.
"""

from .read import FormRead
from .values.text import normalise

MOST = 4  # answers of a part that is a summary or a box: a part answering more is a form of its own


def forms_joined(reads: list[FormRead]) -> list[FormRead]:
    """The forms read, with each pair of neighbours that are one nomination joined into one."""
    joined: list[FormRead] = []
    for read in reads:
        if joined and _one(joined[-1], read):
            joined[-1] = _joined(joined[-1], read)
        else:
            joined.append(read)
    return joined


def _same(one: object, other: object) -> bool:
    if isinstance(one, str) and isinstance(other, str):
        return normalise(one) == normalise(other)
    return one == other


def _one(first: FormRead, second: FormRead) -> bool:
    smaller = min(len(first.answers), len(second.answers))
    if not smaller or smaller > MOST:
        return False
    both = set(first.answers) & set(second.answers)
    if any(not _same(first.answers[key], second.answers[key]) for key in both):
        return False
    pointed = {key for key in first.flagged + second.flagged if (key in first.answers) != (key in second.answers)}
    return bool(both) or bool(pointed)


def _joined(first: FormRead, second: FormRead) -> FormRead:
    answers = {**second.answers, **first.answers}
    keys = [*first.answers, *first.missing, *first.blank]
    read = FormRead(
        answers=answers,
        missing=[key for key in keys if key not in answers and key in first.missing and key not in second.blank],
        blank=[key for key in dict.fromkeys(first.blank + second.blank) if key not in answers],
        problems=first.problems + second.problems,
        unplaced=first.unplaced + second.unplaced,
        notes=[
            *first.notes,
            *second.notes,
            "Read as one nomination: the document gives some answers twice or in two places (a summary, a "
            "box beside the text); the answers agree.",
        ],
        flagged=list(dict.fromkeys(first.flagged + second.flagged)),
        may_hold=max(first.may_hold, second.may_hold),
    )
    return read
