"""The call's guidance notes pasted into a return beside the filled form ("Guidance notes" after the answers, each
note starting with its question's words: "The problem or need: tell us what was not working …").

Read like a form, such notes give a second nomination whose answers are instructions. A form is taken for the
guidance when at least `TOLD` of its text answers, and at least half of them, start as an instruction does
("Tell us …", "Describe …", "Give …", "Choose …") and it gives no contact's email address, while another form
of the document is a nomination. It is then no nomination: its text is reported as unplaced on the form read
before it (or after it, when it comes first), never dropped (its other answers and notes with it).
"""

from ..headings import HeadingSpec, Kind
from .segments import GUIDANCE_START

TOLD = 3


def guidance_set_aside(specs: list[HeadingSpec], reads: list) -> list:
    """The forms read (`FormRead`) without those that are the call's guidance, whose text goes to `unplaced`."""
    if len(reads) < 2:
        return reads
    texts = {spec.key: spec for spec in specs if spec.kind in (Kind.SHORT_TEXT, Kind.LONG_TEXT)}
    guidance = [read for read in reads if _instructions(read, texts)]
    kept = [read for read in reads if read not in guidance]
    if not guidance or not kept:
        return reads
    for read in guidance:
        before = [other for other in kept if reads.index(other) < reads.index(read)]
        holder = before[-1] if before else kept[0]
        named = {spec.key: spec.text for spec in specs}
        holder.unplaced += [f"Guidance notes: {named[key]}: {_shown(value)}" for key, value in read.answers.items()]
        holder.unplaced += [f"Guidance notes: {note}" for note in read.notes]
    return kept


def _shown(value) -> str:
    if isinstance(value, dict):
        return " ".join(str(part) for part in value.values() if part not in ("", None))
    return ", ".join(value) if isinstance(value, list) else str(value)


def _instructions(read, texts: dict[str, HeadingSpec]) -> bool:
    answers = [value for key, value in read.answers.items() if key in texts and isinstance(value, str)]
    told = [value for value in answers if GUIDANCE_START.match(value.strip())]
    contact = read.answers.get("contact")
    emailed = isinstance(contact, dict) and bool(contact.get("email"))
    return len(told) >= TOLD and 2 * len(told) >= len(answers) and not emailed
