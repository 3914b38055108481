"""Answers written outside their heading, taken only when the document leaves no doubt, and always
marked for the person checking the draft.

- A choice named in the letterhead or the lines before the first heading ("Oxfordshire County
  Council" at the top of the page) when the document has no heading for it: the one choice named there.
- The innovation's name typed as the document's title (Word's Title style) when no heading asks for it.
- A check, not an answer: an authority that differs from the one council the contact's email address
  names ("…@kent.example.gov.uk" for Medway) is marked for checking.
- A contact that points elsewhere ("Me – details below") read from the one block of text outside the
  answers that gives an email address (an email's signature, a letterhead).
- An answer that points to a part of the document ("See Appendix A") read from the one heading left
  over that names that part, or else that means the same heading.
- Consent lines typed at the end of the contact's answer ("Publish – yes") answer the consent questions.
- Notes to colleagues left in an answer ("[JB: check figure]", "[comment: add cost?]") taken out of it
  and reported as unplaced text.
"""

import re

from ..headings import HeadingSpec, Kind, Purpose
from .segments import LABEL_LINE, MEANS, QUESTION_ANSWER, _top
from .values import answer_value
from .values.choices import choices_named, short_form_of
from .values.contact import EMAIL, SIGN_OFF, points_elsewhere
from .values.text import Answer, Items, as_text, normalise
from .values.yes_no import BOXED_WORDS, is_yes_or_no


def choice_before_headings(spec: HeadingSpec, lines: list[str]) -> Answer | None:
    """The one choice of a one-choice heading named, whole, on a line before the first heading."""
    if spec.kind != Kind.ONE_CHOICE or not spec.choices:
        return None
    named = {choice for line in lines for choice in choices_named(spec.choices, line)}
    if len(named) != 1:
        return None
    choice = named.pop()
    return Answer(
        choice, [], [f"‘{spec.text}’: not answered under a heading; ‘{choice}’ is taken from the top of the document"]
    )


def confirmed_by_email(spec: HeadingSpec, chosen: object, contact: object) -> bool:
    """The contact's email address names the authority chosen, and no other: taken from the top of the
    document, it is then read from two places that agree, and the answer is not marked."""
    return spec.purpose == Purpose.AUTHORITY and bool(spec.choices) and named_by_email(spec, contact) == {chosen}


def contact_from_elsewhere(spec: HeadingSpec, items: Items, blocks: list[Items]) -> Answer | None:
    """The contact read from the one block outside the answers with an email, when the answer points to it."""
    if spec.kind != Kind.CONTACT or not points_elsewhere(items):
        return None
    with_email = [block for block in blocks if any(EMAIL.search(text) for text, _listed in block)]
    if len(with_email) != 1:
        return None
    found = answer_value(spec, with_email[0])
    if found.value is None or not found.value.get("email"):
        return None
    said = " ".join(text for text, _listed in items)
    note = f"‘{spec.text}’: it says ‘{said}’; the details are taken from the text it points to"
    return Answer(found.value, found.problems, [*found.notes, note])


def contact_from_signature(spec: HeadingSpec, signatures: list[Items], said: Items = ()) -> Answer | None:
    """The contact read from a letter's sign-off ("Many thanks," then the sender's details), when no heading
    asks for it, or its answer points elsewhere (`said`: "me (see signature)"), and the document has one
    sign-off giving an email address."""
    if spec.kind != Kind.CONTACT or (said and not points_elsewhere(said)):
        return None
    with_email = [block for block in signatures if any(EMAIL.search(text) for text, _listed in block)]
    if len(with_email) != 1:
        return None
    block = with_email[0]
    first = block[0][0].split("\n")
    if SIGN_OFF.match(first[0].strip()):  # the sign-off and the name under it ("Thanks\nAmira") are not details
        block = ([("\n".join(first[1:]), False)] if EMAIL.search("\n".join(first[1:])) else []) + block[1:]
    found = answer_value(spec, block)
    if found.value is None or not found.value.get("email"):
        return None
    where = f"it says ‘{' '.join(text for text, _listed in said)}’" if said else "not answered under a heading"
    note = f"‘{spec.text}’: {where}; the details are taken from the letter’s sign-off"
    return Answer(found.value, found.problems, [*found.notes, note])


def title_from_document(spec: HeadingSpec, titles: list[str]) -> Answer | None:
    """The document's one title, for the heading that asks for the innovation's name."""
    if spec.purpose != Purpose.TITLE or len(titles) != 1 or not titles[0].strip():
        return None
    note = f"‘{spec.text}’: not answered under a heading; ‘{titles[0]}’ is the document’s title"
    return Answer(titles[0].strip(), [], [note])


#: Parts of an email address's domain that name no place.
_DOMAIN_WORDS = frozenset(
    ["gov", "uk", "org", "com", "net", "co", "ac", "sch", "nhs", "example", "mail", "email", "www", "cc", "council"]
)


def authority_check(spec: HeadingSpec, chosen: object, contact: object) -> list[str]:
    """A note when the contact's email address names one of the choices, and not the one chosen."""
    if spec.purpose != Purpose.AUTHORITY or not spec.choices or not isinstance(chosen, str):
        return []
    named = named_by_email(spec, contact)
    if len(named) != 1 or chosen in named:
        return []
    return [f"‘{spec.text}’: the contact’s email address names {named.pop()}, not {chosen}: check the authority"]


#: The note on an authority taken from the contact's email address alone: such an answer stays marked.
FROM_EMAIL = "not read as written; taken from the contact’s email address"


def authority_from_email(spec: HeadingSpec, contact: object) -> str | None:
    """The one authority the contact's email address names, for an authority left unread ("Royal Borough",
    a postcode): taken, and always marked, for the answer was not given in words the reader knows."""
    if spec.purpose != Purpose.AUTHORITY or not spec.choices:
        return None
    named = named_by_email(spec, contact)
    return named.pop() if len(named) == 1 else None


def named_by_email(spec: HeadingSpec, contact: object) -> set[str]:
    """The authority's choices the contact's email address names ("tom@medway.gov.uk": Medway)."""
    email = contact.get("email", "") if isinstance(contact, dict) else ""
    labels = [label.replace("-", "") for label in email.partition("@")[2].lower().split(".")]
    labels = [label for label in labels if label and label not in _DOMAIN_WORDS]
    compact = {choice: "".join(w for w in normalise(choice).split() if w != "and") for choice in spec.choices}
    named = {choice for choice, key in compact.items() for label in labels if key and key in label}
    named |= {found for label in labels if (found := short_form_of(tuple(spec.choices), label))}
    return {
        choice for choice in named if not any(other != choice and compact[choice] in compact[other] for other in named)
    }


#: An answer that sends the reader elsewhere: "See Appendix A", "Please see attached", "Refer to section 3".
POINTER = re.compile(r"^\s*(?:please\s+)?(?:see|refer to|as (?:in|per))\s+(?P<place>[^.;]{1,40}?)\s*[.;]?\s*$", re.I)
POINTER_WORDS = 8  # an answer longer than this is an answer, whatever its first words
#: A note to colleagues in square brackets: initials or "comment", a colon, the note ("[JB: check figure]").
#: The writer's own "[Note: …]" is part of the answer.
REVIEW_NOTE = re.compile(r"\s*\[\s*(?:[A-Z]{1,3}\d?|comment|query|todo)\s*:[^\]\n]{1,200}\]", re.I)

#: A picture's alt text or caption between answers: "[Chart: bar chart of …]", "Figure 1: Reviews held on time".
CAPTION = re.compile(
    r"^(?:\[\s*(?:chart|graph|image|picture|photo|diagram|figure)\b[^\]]*\]|(?:figure|fig\.|chart|graph)\s*\d{1,2}\s*[:.–-]\s.*)$",
    re.I,
)
#: A paragraph of initials only, closing an answer written by several people: "RP", "– RP / DM".
INITIALS = re.compile(r"^[\s\-–—(]*[A-Z]{2,3}(?:\s*[/&,]\s*[A-Z]{2,3})*[\s).]*$")


def answer_pointed_to(specs: list[HeadingSpec], spec: HeadingSpec, items: Items, outside) -> Answer | None:
    """The text under the one heading left over that an answer points to ("See Appendix A")."""
    said = " ".join(text for text, _listed in items).strip()
    if spec.kind in (Kind.CONTACT, Kind.YES_NO) or len(said.split()) > POINTER_WORDS:
        return None
    if (found := POINTER.match(said)) is None:
        return None
    place = normalise(found.group("place"))
    column = specs.index(spec)
    named = [segment for segment in outside if place and place in normalise(segment.text)]
    meant = [
        segment for segment in outside if segment.scores and segment.best >= MEANS and _top(segment.scores) == column
    ]
    chosen = named if named else meant
    if len(chosen) != 1:
        return None
    text = as_text([(item.text, item.listed) for item in chosen[0].items if not item.hint_like])
    if not text:
        return None
    note = f"‘{spec.text}’: it says ‘{said}’; the answer is taken from ‘{chosen[0].text}’"
    return Answer(text, [], [note])


def review_notes_removed(items: Items) -> tuple[Items, list[str]]:
    """The answer without notes to colleagues in square brackets, a chart's alt text or caption, or the
    writers' initials as its last paragraph, and what was taken out."""
    asides: list[str] = []
    kept: Items = []
    for text, listed in items:
        asides += [found.group(0).strip() for found in REVIEW_NOTE.finditer(text)]
        cleaned = REVIEW_NOTE.sub("", text).strip()
        if cleaned and CAPTION.match(cleaned):
            asides.append(cleaned)
        elif cleaned:
            kept.append((cleaned, listed))
    if len(kept) > 1 and INITIALS.match(kept[-1][0]):
        asides.append(kept.pop()[0])
    return (kept, asides) if asides else (items, [])


def consent_lines(meaning, text: str, under: Kind | None) -> tuple[str, list[tuple[str, str]]] | None:
    """Lines answering yes-or-no headings of their own, typed under another heading: "Publish – yes" at the end
    of a contact's answer, "☒ Yes, you may publish this ☐ No" after an answer.

    A line is a label that means a yes-or-no heading and a yes or no after it ("Consent to publish and to
    contact – yes"), or a yes and a no with a box marked and words that mean a yes-or-no heading. Under the
    contact (`under`) they are read from the end of its answer; under a yes-or-no heading, when every line is
    one and none means that heading ("Consent", then "Happy for it to be published: yes" and "Happy to be
    contacted: yes"); under any other heading, when every line has a box marked. Returns the text left and the
    (label, answer) lines, or None when there are none.
    """
    lines = text.split("\n")
    found: list[tuple[str, str]] = []
    while lines:
        last = lines[-1].strip()
        line = LABEL_LINE.match(last) or QUESTION_ANSWER.match(last)
        if under is not None and line is not None and is_yes_or_no(line.group(2).strip()):
            label, answer = line.group(1).strip(), line.group(2).strip()
        elif BOXED_WORDS.search(last) and is_yes_or_no(last):
            label = BOXED_WORDS.sub(" ", last).strip(" ,.;:-–—")
            answer = " ".join(box.group(0) for box in BOXED_WORDS.finditer(last))
        else:
            break
        scores = meaning.scores(label)
        if not any(kind == Kind.YES_NO and score >= MEANS for kind, score in zip(meaning.kinds, scores, strict=True)):
            break
        found.insert(0, (label, answer))
        lines.pop()
    kept = "\n".join(lines).strip()
    if not found or (under != Kind.CONTACT and kept):
        return None
    return kept, found
