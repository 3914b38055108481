"""Documents with no heading of the call: answers given by question number only, and conversations.

- **Answers by number** ("1. Virtual reality training…", "Q3 Fostering team", "3) Yes", or Word's own
  numbered list with nothing else), when the call's headings found are fewer than half of them: read
  against the call's questions in order, the number saying which. A typed number places its answer
  (gaps allowed); a Word list gives no numbers, so it is read only when it holds exactly one item per
  question. Paragraphs between two numbers belong to the answer before; text before the first number
  or after the last is reported as unplaced. The form always has a note saying so. The answers that
  must be a choice, a yes or no or a contact check the order: when each of them fits its question the
  order is taken as right; when one does not, every answer is marked for checking.
- **All the answers in one paragraph, separated by " / "** ("Answers: Peer mentors / Hampshire / … / Yes"),
  exactly one part per question: read against the questions in order, checked as answers by number are.
- **A conversation written down** ("Interviewer: …" / "Priya: …"): refused with a message saying so,
  since which answer belongs to which question cannot be told for certain.
"""

import itertools
import re

from ..headings import HeadingSpec, Kind
from .safety import DocumentRefused
from .segments import MEANS, _Item, _prepared_for, _Segment
from .values import answer_value
from .walk import Para

TYPED_NUMBER = re.compile(r"^\s*(?:q(?:uestion)?\.?\s*(\d{1,2})[.):]?|\(?(\d{1,2})[.)])\s+(\S.*)$", re.I | re.S)
#: A question's number on a line of its own ("Q1", "Question 3:", "4."): its answer is in the paragraphs under it.
NUMBER_ALONE = re.compile(r"^\s*(?:q(?:uestion)?\.?\s*(\d{1,2})[.):]?|\(?(\d{1,2})[.)])\s*()$", re.I)


def _typed(text: str) -> re.Match | None:
    """The question number a paragraph starts with (group 1 or 2) and the answer after it (group 3), or None."""
    return TYPED_NUMBER.match(text) or NUMBER_ALONE.match(text)


#: "Interviewer: …", "Priya N: …": a speaker's name or part before what they said.
SPEAKER = re.compile(r"^\s*([A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,2})\s*:\s+\S")
SPEAKER_LINES = 4  # lines with a speaker before a document reads as a conversation
ANCHORS = (Kind.ONE_CHOICE, Kind.SEVERAL_CHOICES, Kind.YES_NO, Kind.CONTACT)

NO_HEADINGS = (
    "We could not find any of the call's headings in this document. Download the nomination "
    "form from the call page, fill it in and upload it again."
)


SLASH = " / "
SLASH_LABEL = re.compile(r"^\s*[A-Za-z]+(?:\s+[A-Za-z]+)?\s*:\s+")  # "Answers: ", "My answers: "


def _slashed(para: Para, count: int) -> list[str] | None:
    """The parts of a paragraph giving every answer in order, separated by " / ", or None."""
    parts = [part.strip() for part in SLASH_LABEL.sub("", para.text, count=1).split(SLASH)]
    return parts if len(parts) == count and all(parts) else None


def _numbered(paras: list[Para], count: int) -> list[tuple[int, list[Para]]] | None:
    """(question index, paragraphs) for each answer given by number, or None when the document is not so."""
    slashed = [parts for para in paras if (parts := _slashed(para, count))]
    if len(slashed) == 1:
        return [(place, [Para(text=part, listed=False)]) for place, part in enumerate(slashed[0])]
    typed = [(index, _typed(para.text)) for index, para in enumerate(paras)]
    typed = [(index, found) for index, found in typed if found]
    if typed:
        numbers = [int(found.group(1) or found.group(2)) for _index, found in typed]
        if any(b <= a for a, b in itertools.pairwise(numbers)) or not 1 <= numbers[0] <= numbers[-1]:
            return None
        if numbers[-1] > count or len(numbers) * 2 < count:
            return None
        answers = []
        for place, (index, found) in enumerate(typed):
            alone = not found.group(3).strip()  # the last number alone on its line: its answer is the line under it
            end = typed[place + 1][0] if place + 1 < len(typed) else index + 1 + alone
            first = [Para(text=found.group(3).strip(), listed=False)] if found.group(3).strip() else []
            answers.append((numbers[place] - 1, [*first, *paras[index + 1 : end]]))
        return answers
    listed = [index for index, para in enumerate(paras) if para.listed]
    if len(listed) != count or listed[-1] - listed[0] != count - 1:
        return None  # a Word list: one item per question, one after another
    return [(place, [paras[index]]) for place, index in enumerate(listed)]


def _segments(specs: list[HeadingSpec], paras: list[Para], answers) -> list[_Segment]:
    used = {id(para) for _column, group in answers for para in group}
    used |= {id(paras[index]) for index, para in enumerate(paras) if _typed(para.text)}
    used |= {id(para) for para in paras if _slashed(para, len(specs))}
    first = next(index for index, para in enumerate(paras) if id(para) in used)
    last = max(index for index, para in enumerate(paras) if id(para) in used)
    segments = []
    if before := [para for para in paras[:first] if para.text]:
        segments.append(_Segment("", (), "preamble"))
        segments[-1].items = [_item(para) for para in before]
    for column, group in answers:
        scores = tuple(1.0 if index == column else 0.0 for index in range(len(specs)))
        segments.append(_Segment(f"{column + 1}.", scores, "plain"))
        segments[-1].items = [_item(para) for para in group if para.text]
    if after := [para for para in paras[last + 1 :] if para.text]:
        segments.append(_Segment("After the last answer", (), "bold"))
        segments[-1].items = [_item(para) for para in after]
    return segments


def _item(para: Para) -> _Item:
    return _Item(para.text, False, para.italic)


def by_number(specs: list[HeadingSpec], paras: list[Para], read_form, *, headings: int = 0):
    """The one form a document answers by question number only, or None. `read_form` reads segments.

    `headings`: how many of the call's headings were found in the document. The answers by number are
    taken instead only when they are more than twice as many ("Q5 IT hack or tool" read as a heading).
    """
    answers = _numbered(paras, len(specs))
    if not answers or headings * 2 >= len(answers):
        return None
    read = read_form(specs, _segments(specs, paras, answers))
    given_how = "by question number only"
    if sum(1 for para in paras if _slashed(para, len(specs))) == 1:  # as `_numbered` reads first
        given_how = "in one paragraph, separated by “ / ”,"
    given = {column for column, _group in answers}
    misfits = [
        spec.text
        for column, spec in enumerate(specs)
        if column in given and spec.kind in ANCHORS and not _fits(spec, read.answers.get(spec.key), answers, column)
    ]
    if misfits:
        read.notes.append(
            f"Read with low confidence: the answers are given {given_how} and were read against the "
            f"call's questions in order, but some do not fit their question ({', '.join(misfits)}). "
            "Check every answer against the document."
        )
        read.flagged += [spec.key for spec in specs if spec.key not in read.flagged]
    else:
        read.notes.append(
            f"The answers are given {given_how} and were read against the call's questions in "
            "order; each answer that must be a choice, a yes or no or a contact fits its question."
        )
    return read


def _fits(spec: HeadingSpec, value, answers, column: int) -> bool:
    if value is None:
        return False
    if spec.kind == Kind.CONTACT:
        return bool(value.get("email") or value.get("phone"))
    group = next(group for index, group in answers if index == column)
    return not answer_value(spec, [(para.text, para.listed) for para in group]).problems


def conversation_refused(specs: list[HeadingSpec], paras: list[Para]) -> None:
    """Refuse a conversation written down, with a message saying so; otherwise refuse for no heading."""
    meaning = _prepared_for(specs)[0]
    speakers = []
    for para in paras:
        label = para.bold_prefix.rstrip(" :") if para.bold_prefix.rstrip().endswith(":") else ""
        found = SPEAKER.match(para.text)
        label = label or (found.group(1) if found else "")
        if label and max(meaning.scores(label), default=0) < MEANS:
            speakers.append(label)
    counts = {speaker: speakers.count(speaker) for speaker in speakers}
    often = [speaker for speaker, times in counts.items() if times >= 2]
    turns = sum(1 for a, b in itertools.pairwise(speakers) if a != b)
    if len(speakers) >= SPEAKER_LINES and len(often) >= 2 and turns * 2 >= len(speakers):
        said = ", ".join(f"‘{speaker}:’" for speaker in often[:3])
        raise DocumentRefused(
            f"This document reads as a conversation written down ({said}), not as the nomination form, so we "
            "could not tell for certain which answer belongs to which question. Copy each answer under the "
            "form's headings (download the form from the call page) and upload it again, or type the answers "
            "in on the call page."
        )
    raise DocumentRefused(NO_HEADINGS)
