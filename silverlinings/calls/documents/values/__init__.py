"""Turn the lines written under a heading into an answer of the heading's kind.

Each function takes the answer's paragraphs as (text, is list item) pairs and returns (value or None
when blank, problems). A value that cannot be read for certain is reported and left out, never guessed.
One module per kind: `choices`, `yes_no`, `contact`; what they share is in `text`.
"""

import re

from ...headings import HeadingSpec, Kind
from .choices import _choices, ticked_items
from .contact import _contact
from .text import Answer, Items, as_text
from .yes_no import _yes_no


def answer_value(spec: HeadingSpec, items: Items) -> Answer:
    """The answer to one heading; its value None when nothing usable was written."""
    if spec.kind in (Kind.ONE_CHOICE, Kind.SEVERAL_CHOICES) and spec.choices:
        return _choices(spec, items)
    if spec.kind == Kind.YES_NO:
        return _yes_no(spec, items)
    if spec.kind == Kind.CONTACT:
        return _contact(spec, items)
    text, notes = as_text(items), []
    if (ticked := ticked_items(text)) is not None:  # the council's own options in boxes, one ticked: its words
        if len(ticked) != 1:
            return Answer(None, [f"‘{spec.text}’: {len(ticked)} of the boxes ticked in ‘{text}’"], [])
        return Answer(ticked[0], [], [f"‘{spec.text}’: read from the box ticked in ‘{text}’"], quiet=True)
    if counted := WORD_COUNT.search(text):  # "… longest. (17 words)": the writer's count, shown beside the answer
        text = text[: counted.start()].rstrip()
        notes = [f"‘{spec.text}’: beside the answer: ‘{counted.group().strip()}’"]
    if NOT_ANSWERED.match(text):  # "N/A", "N/A – see below": the heading is not answered here
        return Answer(None, [], [f"‘{spec.text}’: it says ‘{text}’, so it is left blank"], quiet=True)
    if reason := NOT_ANSWERED_BECAUSE.match(text):  # "n/a – just me": not answered, and why
        named = any(word[:1].isupper() for word in reason.group(1).split()[1:])  # "n/a – Leaving Care Service"
        return Answer(None, [], [f"‘{spec.text}’: it says ‘{text}’, so it is left blank"], quiet=not named)
    if aside := ASIDE.search(text):  # "… – Sam to confirm", "(see also 7)": a note beside the answer, not of it
        text = text[: aside.start()].rstrip()
        notes = [f"‘{spec.text}’: beside the answer: ‘{aside.group(1).strip()}’", *notes]
    if spec.kind == Kind.SHORT_TEXT and "\n" not in text and ONE_STOP.search(text) and not SENTENCE.search(text):
        text = text[:-1].rstrip()  # "Education Welfare Service.": a name, not a sentence
    return Answer(text or None, [], notes, quiet=bool(notes))


#: A text answer saying it is not answered: "N/A", "n/a – see below", "None.", "Not applicable".
NOT_ANSWERED = re.compile(
    r"^\s*(?:n\s*/\s*a|not applicable|none|nil)\b\W*(?:(?:please\s+)?see (?:below|above|over)\W*)?$", re.I
)
#: "N/A" and a few words saying why, on one line: "n/a – just me", "N/A, not a school". Not answered; the words
#: are noted, and marked for checking when they name something ("N/A – Leaving Care Service").
NOT_ANSWERED_BECAUSE = re.compile(
    r"^\s*(?:n\s*/\s*a|not applicable)\s*[-–—,:;]\s*((?:[^\W\d_][\w’'-]*\s*){1,6})[.!]?\s*$", re.I
)
#: The words used, counted by the writer at the very end of an answer (the form gave a word limit): "(17 words)",
#: "[42 words]", "[148/250 words]", "(Word count: 14)", "(words used: 187/250)". In brackets only: "… over 40 words"
#: is the answer's.
WORD_COUNT = re.compile(
    r"\s*[(\[]\s*(?i:(?:word\s*count|words?(?:\s+used)?|no\.?\s+of\s+words)\s*[:=\-–]?\s*\d[\d,]*(?:\s*/\s*\d[\d,]*)?"
    r"|\d[\d,]*(?:\s*/\s*\d[\d,]*)?\s*words?(?:\s+used)?)\s*[)\]]\s*$"
)
#: A short answer written as a sentence ("The title of our innovation is “Walk and talk”."): its full stop stays.
SENTENCE = re.compile(r"\b(?:is|are|was|were|we|our|I)\b")
ONE_STOP = re.compile(r"(?<![.\s])(?<!\b[A-Z])(?<!\bLtd)(?<!\bCo)(?<!\bInc)\.$")  # not "…", "J.", "Ltd."
#: Words after the end of a text answer that speak about it, not for it: a pointer to another question
#: ("(see also 7)", "(see Q7)"), a note to a colleague ("– Sam to confirm", "(to be checked)", "TBC") or a
#: doubt about a name ("(I think that's our official name)"); the answer's word count is `WORD_COUNT`. Only at
#: the very end: a bracket inside the last sentence ("fell to 11% (I think – figures from the nurses).") is part
#: of what it says.
ASIDE = re.compile(
    r"(?<=\S)\s*("
    r"\(\s*(?i:(?:see|cf)\b\.?\s*(?:also\s+)?(?:q(?:uestion)?\.?\s*)?\d{1,2}[a-z]?(?:\s*(?:above|below))?)\s*\)"
    r"|\(\s*(?i:i think|i believe|i[’']m not sure|not sure|tbc|to be (?:confirmed|checked)|to check|to confirm)"
    r"\b[^()\n]{0,60}\)"
    r"|\s[-–—]\s*(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+)?(?:to|will|can you|please)\s+"
    r"(?:confirm|check|add|update|amend)\b[^.\n]{0,40}"
    r"|\s[-–—]\s*(?i:tbc|to be (?:confirmed|checked))"
    r")\s*$",
)
