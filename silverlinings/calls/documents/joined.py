"""Forms read apart that are one nomination: a key-facts table before the full answers, or a text box read
before the table it stands beside, starts a "form" of its own when a heading comes round again.

Two forms next to each other are one when no heading has different answers in them: each heading answered
in both has the same answer (a summary repeated in full), or is answered in one and only pointed to or
left unanswered in the other ("Contact: see box"). Two nominations differ at least in their titles, so
they are never joined. The joined form keeps the notes, problems and unplaced text of both, and says it
was joined; an answer taken from the other part for a heading that only pointed to it stays marked. An answer
both parts give alike stays marked only when both readings doubt it: a doubt one part raises from what it lacks
(a key-facts table's team naming a service area the table does not answer, which the full form does) is settled
by the other.
"""

import re

from .read import FormRead
from .values.text import normalise

AGAIN = 2  # answers two copies of one form share at least, the title among them
MOST = 4  # answers of a part that is a summary or a box: a part answering more is a form of its own


def forms_joined(reads: list[FormRead]) -> list[FormRead]:
    """The forms read, with each pair of neighbours that are one nomination joined into one."""
    joined: list[FormRead] = []
    for read in reads:
        if joined and _one(joined[-1], read):
            joined[-1] = _joined(joined[-1], read)
        elif joined and _again(joined[-1], read):
            joined[-1] = _later_kept(joined[-1], read)
        else:
            joined.append(read)
    return joined


def _within(one: object, other: object) -> bool:
    """`one` says nothing `other` does not: the same, or a shorter start or part of it (a first try)."""
    if isinstance(one, str) and isinstance(other, str):
        return normalise(one) in normalise(other)
    if isinstance(one, dict) and isinstance(other, dict) and "answer" not in one:  # a contact: its parts given
        return all(not value or _within(value, other.get(part, "")) for part, value in one.items())
    if isinstance(one, list) and isinstance(other, list):
        return set(one) <= set(other)
    return one == other


def _again(first: FormRead, second: FormRead) -> bool:
    """The same form filled in twice, a first try then a fuller copy: the same title, each answer the two share
    given in the second the same or as part of a longer answer (or the document says the second replaces the
    first: "corrected version below"), and the second answering as many at least."""
    titles = [key for key in first.answers if key in second.answers and key == _title_key(first)]
    if not titles or not _same(first.answers[titles[0]], second.answers[titles[0]]):
        return False
    both = [key for key in first.answers if key in second.answers]
    if len(second.answers) < len(first.answers) or len(both) < AGAIN:
        return False
    return _replaced(first, second) or all(_within(first.answers[key], second.answers[key]) for key in both)


#: Words saying the copy that follows replaces the one before: "ignore the above", "corrected version below".
REPLACED = re.compile(
    r"\bignore (?:the|my|our) (?:above|previous|earlier|first)\b"
    r"|\b(?:updated|corrected|revised|amended|new|latest|final) (?:version|copy)\b"
    r"|\bplease use this (?:one|version|copy)\b",
    re.I,
)


def _replaced(first: FormRead, second: FormRead) -> bool:
    """The document says the second copy replaces the first: then it may change answers, not only add to them."""
    texts = [value for value in first.answers.values() if isinstance(value, str)] + first.unplaced + second.unplaced
    return any(REPLACED.search(text) for text in texts)


def _title_key(read: FormRead) -> str | None:
    """The first heading answered: the form's title, whatever the call names it."""
    return next(iter(read.answers), None)


def _later_kept(first: FormRead, second: FormRead) -> FormRead:
    """The form filled in twice read once: each answer from the later copy; from the first only where the
    later one has none (marked)."""
    earlier = [key for key in first.answers if key not in second.answers]
    answers = {**first.answers, **second.answers}
    return FormRead(
        answers=answers,
        missing=[key for key in second.missing if key not in answers],
        blank=[key for key in second.blank if key not in answers],
        problems=second.problems + [problem for problem in first.problems if any(k in problem for k in earlier)],
        unplaced=first.unplaced + second.unplaced,
        notes=[
            *second.notes,
            "The form is filled in twice in the document, a first try and then a fuller copy: each answer is "
            "taken from the later copy"
            + (f", and from the first where the later one has none ({', '.join(earlier)})." if earlier else "."),
        ],
        flagged=list(dict.fromkeys(second.flagged + earlier)),
        may_hold=max(first.may_hold, second.may_hold),
    )


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
        flagged=[key for key in dict.fromkeys(first.flagged + second.flagged) if _doubted(key, first, second)],
        may_hold=max(first.may_hold, second.may_hold),
    )
    return read


def _doubted(key: str, first: FormRead, second: FormRead) -> bool:
    """Whether the joined form's answer for `key` stays marked: not when both parts give it and one has no doubt."""
    both = key in first.answers and key in second.answers
    return not both or (key in first.flagged and key in second.flagged)
