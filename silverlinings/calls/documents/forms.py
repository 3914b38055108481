"""Cut a returned document's segments into forms and read each: its headings assigned to the call's
headings one to one (the best overall match winning), each answer read by its heading's kind, and a
heading assigned to nothing reported, with its text, as unplaced. See `read` for how the segments are
found.
"""

import itertools
import re

from ..headings import HeadingSpec, Kind
from .confidence import LINE_ENDS, PAGE_LINE, form_checked
from .consent import says_both, yes_no_elsewhere, yes_no_reread
from .elsewhere import (
    FROM_EMAIL,
    answer_pointed_to,
    authority_check,
    authority_from_email,
    choice_before_headings,
    confirmed_by_email,
    contact_from_elsewhere,
    contact_from_signature,
    review_notes_removed,
    title_from_document,
)
from .guidance import guidance_set_aside
from .joined import forms_joined
from .leadin import leadin_removed
from .margins import answers_from_margins
from .meaning import BRACKETS, NUMBERING
from .numbered import by_number, conversation_refused
from .printed import page_lines_removed, running_lines
from .read import HINT_START, FormRead, _Cutter
from .safety import open_word
from .segments import HEADER as SURELY
from .segments import MAX_HEADING_WORDS, MEANS, WHOLLY_BRACKETED, _Item, _prepared_for, _Segment, _top
from .values import answer_value
from .values.contact import EMAIL
from .values.text import as_text, normalise
from .values.yes_no import is_yes_or_no
from .walk import Para, Row, Walker
from .whole import document_checked, forms_checked

SHARED = 0.4  # a yes-or-no heading answers another yes-or-no question too ("May we publish and contact you?")
ORDER = 0.05  # the most that the order of the headings adds to a score
EVIDENCE = 0.1  # what an answer of the heading's kind underneath adds ("Yes" under a yes-or-no question)
ANSWERED = 0.02  # of two headings alike, the one with an answer under it wins
SECTION = 1.0  # an empty heading followed by another gives way to any heading with an answer that means it


#: A paragraph wholly in square brackets: the template's prompt, or an answer typed over it ("[Portsmouth]").
TYPED_OVER = re.compile(r"^\s*\[([^\[\]]+)\]\s*$")
FORM_AGAIN = 3  # the headings a form must have gone through before its first heading, reworded, starts another


#: A document's own contents list: its heading is none of the call's ("Contents" is not "Contact").
CONTENTS = re.compile(r"^\s*(?:table of\s+)?contents(?:\s+page)?\s*:?\s*$", re.I)


def _contents_unscored(segments: list[_Segment]) -> None:
    """A contents list's heading means none of the call's headings; its lines are reported as unplaced text."""
    for segment in segments:
        if segment.scores and CONTENTS.match(segment.text):
            segment.scores = ()


def _section(segments: list[_Segment], place: int) -> bool:
    """An empty heading followed at once by one surely meaning another of the call's headings: a section's
    heading ("2. The innovation" over "The problem or need"), never the start of another form."""
    segment = segments[place]
    after = segments[place + 1] if place + 1 < len(segments) else None
    return (
        not segment.items
        and after is not None
        and bool(after.scores)
        and after.best >= SURELY
        and _top(after.scores) != _top(segment.scores)
    )


def _forms(segments: list[_Segment]) -> list[list[_Segment]]:
    """Cut into forms: a new form starts when the first heading of the form comes round again, in the
    same words or in others that surely mean it ("Name of innovation", later "Title of the innovation")."""
    _contents_unscored(segments)
    forms: list[list[_Segment]] = []
    first: _Segment | None = None
    surest: _Segment | None = None  # the form's first heading that surely means one of the call's
    for place, segment in enumerate(segments):
        again = _again(first, segment, forms[-1]) if forms else False
        again = again or (forms and surest is not first and _again(surest, segment, forms[-1], exact=False))
        again = again and not _section(segments, place)
        if not forms or (again and any(other.items for other in forms[-1])):
            forms.append([])
            first = segment if segment.scores else None
            surest = segment if segment.scores and segment.best >= SURELY else None
        else:
            first = first or (segment if segment.scores else None)
            surest = surest or (segment if segment.scores and segment.best >= SURELY else None)
        forms[-1].append(segment)
    return _ends_moved(forms)


def _ends_moved(forms: list[list[_Segment]]) -> list[list[_Segment]]:
    """A heading answered a second time at the very end of a form, and not in the next form, starts the next
    form: the second person filled in their details first ("Contact", then "Title of the innovation")."""
    for before, after in itertools.pairwise(forms):
        taken_after = {_top(segment.scores) for segment in after if segment.scores}
        while len(before) > 1 and (last := before[-1]).scores and last.items and last.best >= SURELY:
            column = _top(last.scores)
            earlier = any(s.scores and s.items and _top(s.scores) == column for s in before[:-1])
            if not earlier or column in taken_after:
                break
            after.insert(0, before.pop())
            taken_after.add(column)
    return forms


def _again(first: "_Segment | None", segment: _Segment, form: list[_Segment], *, exact: bool = True) -> bool:
    if first is None or not segment.scores:
        return False
    if exact and segment.text.strip().lower() == first.text.strip().lower():
        return True
    # In other words: only once the form has gone on to other headings (not "Our innovation: …" then "Title").
    others = {_top(other.scores) for other in form if other.scores and other.best >= SURELY}
    surely = min(first.best, segment.best) >= SURELY and _top(first.scores) == _top(segment.scores)
    return surely and len(others) >= FORM_AGAIN


def _evidence(spec: HeadingSpec, items: list[_Item]) -> float:
    """A little more when what is written underneath is an answer of the heading's kind."""
    if not items:
        return 0.0
    first = items[0].text
    if spec.kind == Kind.YES_NO and is_yes_or_no(first):
        return EVIDENCE
    if spec.kind == Kind.CONTACT and any(EMAIL.search(item.text) for item in items):
        return EVIDENCE
    if spec.kind in (Kind.ONE_CHOICE, Kind.SEVERAL_CHOICES) and spec.choices:
        written = normalise(BRACKETS.sub(" ", first))
        if any(normalise(choice) in written for choice in spec.choices):
            return EVIDENCE
    return 0.0


def _assign(specs: list[HeadingSpec], form: list[_Segment]) -> dict[int, int]:
    """Segment index → heading index, one to one, the best overall match winning."""
    from scipy.optimize import linear_sum_assignment

    rows = [index for index, segment in enumerate(form) if segment.scores]
    if not rows:
        return {}
    matrix, raw = [], []
    for place, index in enumerate(rows):
        segment = form[index]
        # An empty heading straight before another ("Section 2: what you did", then "Problem") yields its
        # heading to one with an answer under it; it keeps it when no other heading means it.
        after = form[index + 1] if index + 1 < len(form) else None
        yields = SECTION if not segment.items and after is not None and after.scores else 0.0
        where = place / (len(rows) - 1) if len(rows) > 1 else 0.0
        line = []
        for column, spec in enumerate(specs):
            score = segment.scores[column]
            if score < MEANS:
                line.append(-1.0)
                continue
            order = ORDER * (1 - abs(where - column / max(len(specs) - 1, 1)))
            answered = ANSWERED if segment.items else 0.0
            line.append(score + order + answered + _evidence(spec, segment.items) - yields)
        matrix.append(line)
        raw.append([value + yields for value in line])
    chosen_rows, chosen_columns = linear_sum_assignment(matrix, maximize=True)
    return {
        rows[row]: int(column)
        for row, column in zip(chosen_rows, chosen_columns, strict=True)
        if raw[row][column] >= MEANS
    }


BRACKETED_MOST = 0.5  # the share of a form's answers typed inside brackets, at least, for brackets to be its way


def _typed_in_brackets(specs: list[HeadingSpec], form: list[_Segment]) -> set[int]:
    """The segments whose answer is typed over the template's "[…]" prompt, its square brackets kept: when most of
    the form's answers are so (a writer's way, not a hint here and there), each that is no hint or guidance."""
    answered = [segment for segment in form if segment.scores and segment.items]
    guidance = _prepared_for(specs)[1]
    typed = [
        segment
        for segment in answered
        if all(
            TYPED_OVER.match(item.text)
            and not HINT_START.match(TYPED_OVER.match(item.text).group(1))
            and normalise(item.text) not in guidance
            for item in segment.items
        )
    ]
    return {id(segment) for segment in typed} if len(typed) >= max(2, BRACKETED_MOST * len(answered)) else set()


def _answer_items(
    specs: list[HeadingSpec], spec: HeadingSpec, segment: _Segment, *, bracketed: bool = False
) -> list[tuple[str, bool]]:
    """The paragraphs under a heading, without hints left at their start (on lines of their own, or
    typed before the answer on its first line); without the square brackets an answer was typed in."""
    items = list(segment.items)
    if bracketed:
        items = [_Item(TYPED_OVER.match(item.text).group(1).strip(), item.listed) for item in items]
    hint = normalise(spec.hint) if spec.hint else ""
    while items and (
        (items[0].hint_like and (WHOLLY_BRACKETED.match(items[0].text) or any(not item.hint_like for item in items)))
        or (hint and normalise(items[0].text) == hint)
    ):
        items.pop(0)
    found = [(item.text, item.listed) for item in items if not PAGE_LINE.search(item.text)]
    found = _rejoined(found) if spec.kind in (Kind.SHORT_TEXT, Kind.LONG_TEXT) else found
    if found:
        found[0] = (leadin_removed(specs, spec, found[0][0]), found[0][1])
    return found


#: A printed line ending in a word cut by a hyphen ("innova-"): the word goes on at the next line's start.
BROKEN_WORD = re.compile(r"[a-z]{2}-$")
LINE_WORDS = 6  # words of a printed line at least: a shorter paragraph is a line of its own ("Inclusion Lead")


def _rejoined(items: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Printed lines of one paragraph made paragraphs of their own (a PDF turned back into Word): a paragraph
    of a printed line's length that does not end a sentence, followed by one starting in lower case, is one
    paragraph with it."""
    joined: list[tuple[str, bool]] = []
    for text, listed in items:
        if joined and not listed and not joined[-1][1] and text[:1].islower():
            before = joined[-1][0].rstrip()
            if BROKEN_WORD.search(before):  # "social work-" then "ers.": a word hyphenated at the line's end
                joined[-1] = (before[:-1] + text.lstrip(), False)
                continue
            if len(before.split()) >= LINE_WORDS and not before.endswith(LINE_ENDS):
                joined[-1] = (f"{before} {text.lstrip()}", False)
                continue
        joined.append((text, listed))
    return joined


def _items(segment: _Segment) -> list[tuple[str, bool]]:
    return [(item.text, item.listed) for item in segment.items]


def _unplaced(segment: _Segment) -> str:
    text = as_text([(item.text, item.listed) for item in segment.items])
    if segment.look == "preamble":
        return f"Before the first heading: {text}" if text else ""
    heading = (NUMBERING.sub("", segment.text, count=1).strip() or segment.text).rstrip(" :")
    return f"{heading}: {text}" if text else ""


#: A short label before a colon at the start of an answer ("JM 12/3:", "Note:"): up to 3 words, 16 characters.
LEADING_LABEL = re.compile(r"^\s*(?P<label>(?P<first>[^\s:]+)(?:\s+[^\s:]+){0,2}?)\s*:\s+(?=\S)")
LEADING_LABEL_CHARS = 16
_SMALL = frozenset({"and", "of", "the", "&", "isle", "west", "east", "north", "south"})
SHARED_LABEL_ANSWERS = 4  # answers, at least, starting with a label of the same first word
SHARED_LABEL_SHARE = 0.5  # of the answered headings, at least


def _shared_label(form: list[_Segment], assigned: dict[int, int]) -> str | None:
    """The first word of a label the writer put before most answers ("JM 12/3: Southampton", "JM 14/3: Yes",
    "Note: Surrey"): initials and a date, or a word processor's note style. It is the writer's habit, no part of
    any answer; a label that differs from answer to answer ("Name: …", "Role: …") is not one."""
    answered = [form[index] for index in assigned if form[index].items]
    firsts = []
    for segment in answered:
        found = LEADING_LABEL.match(segment.items[0].text)
        if found and len(found.group("label")) <= LEADING_LABEL_CHARS:
            firsts.append(found.group("first"))
    if not firsts:
        return None
    first, count = max(((word, firsts.count(word)) for word in set(firsts)), key=lambda pair: pair[1])
    return first if count >= max(SHARED_LABEL_ANSWERS, SHARED_LABEL_SHARE * len(answered)) else None


def _label_removed(items: list[tuple[str, bool]], first: str | None) -> list[tuple[str, bool]]:
    if not first or not items:
        return items
    found = LEADING_LABEL.match(items[0][0])
    if not found or found.group("first") != first or len(found.group("label")) > LEADING_LABEL_CHARS:
        return items
    return [(items[0][0][found.end() :], items[0][1]), *items[1:]]


OWN_QUESTION_WORDS = 4  # words a question of the writer's own has, at least ("Anything else to add?")


def _own_question(meaning, items: list[tuple[str, bool]]) -> tuple[list[tuple[str, bool]], str]:
    """After the answer to a yes-or-no question that asks nothing more, a question of the writer's own on a
    line of its own with its answer under it ("Is there anything else you would like the panel to know?"),
    meaning none of the call's headings: text under a heading the call does not ask, reported as such."""
    for place in range(1, len(items) - 1):
        text = items[place][0].strip()
        words = len(text.split())
        if not text.endswith("?") or "\n" in text or not OWN_QUESTION_WORDS <= words <= MAX_HEADING_WORDS:
            continue
        if max(meaning.scores(text), default=0.0) < MEANS:
            return items[:place], f"{text.rstrip(' ?')}?: {as_text(items[place + 1 :])}"
    return items, ""


def _read_form(specs: list[HeadingSpec], form: list[_Segment]) -> FormRead:
    read = FormRead()
    meaning = _prepared_for(specs)[0]
    assigned = _assign(specs, form)
    by_spec = {column: form[index] for index, column in assigned.items()}
    # One yes-or-no heading may ask two questions at once: "May we publish this and contact you?"
    shared: dict[int, int] = {}  # heading → the heading whose segment it shares
    for column, spec in enumerate(specs):
        if column in by_spec or spec.kind != Kind.YES_NO:
            continue
        sharing = [
            (segment.scores[column], other)
            for other, segment in by_spec.items()
            if specs[other].kind == Kind.YES_NO
            and other not in shared
            and segment.scores[column] >= (MEANS if says_both(_items(segment)) else SHARED)
            and meaning.asks_too(segment.text, other, column)
        ]
        if sharing:
            other = max(sharing)[1]
            by_spec[column], shared[column], shared[other] = by_spec[other], other, column
    for index, segment in enumerate(form):
        if index not in assigned and segment.look != "title" and (text := _unplaced(segment)):
            read.unplaced.append(text)
    outside = [segment for index, segment in enumerate(form) if index not in assigned and segment.items]
    before = form[0].items if form and form[0].look == "preamble" else []
    top = [line for item in before for line in item.text.split("\n")]
    titles = [segment.text for segment in form if segment.look == "title"]
    signatures = [_items(segment) for segment in form if segment.look == "signature" and segment.items]
    tops: list[HeadingSpec] = []  # one-choice headings answered from the top of the document
    typed_over = _typed_in_brackets(specs, form)
    label = _shared_label(form, assigned)
    running = running_lines(form)
    if label:
        read.notes.append(f"‘{label}:’ before most answers was taken as the writer's own label and left out.")
    for column, spec in enumerate(specs):
        if column not in by_spec:
            answer = choice_before_headings(spec, top) or title_from_document(spec, titles)
            tops += [spec] if answer is not None and not answer.problems and spec.kind == Kind.ONE_CHOICE else []
            answer = answer or contact_from_signature(spec, signatures)
            if answer is None:
                read.missing.append(spec.key)
                continue
        else:
            bracketed = id(by_spec[column]) in typed_over
            items = _label_removed(_answer_items(specs, spec, by_spec[column], bracketed=bracketed), label)
            items = page_lines_removed(items, running)
            items, asides = review_notes_removed(items)
            read.unplaced += [f"A note left in ‘{spec.text}’: {aside}" for aside in asides]
            if spec.kind == Kind.YES_NO and not spec.follow_up:
                items, own = _own_question(meaning, items)
                read.unplaced += [own] if own else []
            blocks = [_items(segment) for segment in outside]
            found = (
                contact_from_elsewhere(spec, items, blocks)
                or (items and contact_from_signature(spec, signatures, items))
                or answer_pointed_to(specs, spec, items, outside)
            )
            answer = found or answer_value(spec, items)
            if spec.kind == Kind.YES_NO:
                answer = yes_no_reread(specs, column, by_spec[column].text, shared.get(column), items, answer)
        read.problems += answer.problems
        read.notes += answer.notes
        if answer.problems or (answer.notes and not answer.quiet):
            read.flagged.append(spec.key)
        if answer.value is not None:
            read.answers[spec.key] = answer.value
        elif not answer.problems:
            read.blank.append(spec.key)
    contact = next((read.answers.get(spec.key) for spec in specs if spec.kind == Kind.CONTACT), None)
    for spec in tops:
        if confirmed_by_email(spec, read.answers.get(spec.key), contact) and spec.key in read.flagged:
            read.flagged.remove(spec.key)
    for column, spec in enumerate(specs):
        # Written, but naming no choice even in part ("Royal Borough", a postcode; not "Sussex", nor two councils).
        written = {word for item in by_spec[column].items for word in normalise(item.text).split()} if (
            column in by_spec) else set()  # fmt: skip
        named_part = any(written & (set(normalise(choice).split()) - _SMALL) for choice in spec.choices or ())
        unread = read.answers.get(spec.key) is None and spec.key in read.flagged and written and not named_part
        if unread and (named := authority_from_email(spec, contact)):
            read.answers[spec.key] = named
            read.notes.append(f"‘{spec.text}’ ({named}): {FROM_EMAIL}")
            read.flagged += [spec.key] if spec.key not in read.flagged else []
            read.blank = [key for key in read.blank if key != spec.key]
            read.missing = [key for key in read.missing if key != spec.key]
    for spec in specs:
        if notes := authority_check(spec, read.answers.get(spec.key), contact):
            read.notes += notes
            read.flagged += [spec.key] if spec.key not in read.flagged else []
    yes_no_elsewhere(specs, form, assigned, read)
    form_checked(specs, form, assigned, read)
    return read


def _tables_gathered(cutter: _Cutter, blocks):
    """The document's blocks, each table's rows gathered to be given as the table reads (`columns_as_forms`)."""
    rows: list[Row] = []
    for block in blocks:
        if isinstance(block, Row) and not block.first:
            rows.append(block)
            continue
        yield from cutter.columns_as_forms(cutter.columns_swapped(cutter.pairs_across(rows)))
        rows = []
        if isinstance(block, Row):
            rows.append(block)
        else:
            yield block
    yield from cutter.columns_as_forms(cutter.columns_swapped(cutter.pairs_across(rows)))


def document_read(*, data: bytes, filename: str, headings: list[HeadingSpec]) -> list[FormRead]:
    """The forms filled in in a returned .docx, in order. Raises DocumentRefused for a file it cannot read,
    or in which no form is found (none of the call's headings, no answers by number)."""
    parts = open_word(data, filename)
    cutter = _Cutter(headings)
    paras = []  # the paragraphs outside tables, for a document with none of the call's headings
    for block in _tables_gathered(cutter, Walker(parts).blocks(parts.document.find(f"{{{parts.ns}}}body"))):
        cutter.top(block)
        if isinstance(block, Para):
            paras.append(block)
    segments = cutter.settle()
    reads = [_read_form(headings, form) for form in _forms(segments) if any(segment.scores for segment in form)]
    reads = guidance_set_aside(headings, forms_joined(reads))
    if (read := by_number(headings, paras, _read_form, headings=sum(1 for s in segments if s.scores))) is not None:
        reads = [read]
    if not reads:
        conversation_refused(headings, paras)  # raises: a conversation, or no heading at all
    if len(reads) == 1:
        answers_from_margins(headings, reads[0], parts)
    forms_checked(headings, reads)
    document_checked(reads, segments)
    return reads
