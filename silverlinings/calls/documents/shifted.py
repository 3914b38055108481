"""Answers typed into the wrong box: a long text answer that is, whole, a choice of another heading ("Service or team
practice" as the problem) or one of the call's own headings ("The difference it made" as what was done) was typed
a box away from where it belongs, and a writer who slips one box slips every box after it. Pure: no database."""

from ..headings import HeadingSpec, Kind
from .values.text import normalise

#: Only a long answer's box: a short one may well name a team as a choice reads ("Children's social care").
TEXT = (Kind.LONG_TEXT,)


def answers_shifted(specs: list[HeadingSpec], answers: dict) -> dict[str, str]:
    """Key → why: from the first text answer that belongs to another heading, that answer and every one after."""
    choices = {normalise(choice): spec for spec in specs if spec.choices for choice in spec.choices}
    headings = {normalise(spec.text): spec for spec in specs}
    for position, spec in enumerate(specs):
        value = answers.get(spec.key)
        if spec.kind not in TEXT or not isinstance(value, str):
            continue
        other = choices.get(normalise(value)) or headings.get(normalise(value))
        if other is None or other is spec:
            continue
        why = f"‘{value.strip()}’ under ‘{spec.text}’ answers ‘{other.text}’: the answers from here may be a box off."
        return {later.key: why for later in specs[position:] if answers.get(later.key) is not None}
    return {}
