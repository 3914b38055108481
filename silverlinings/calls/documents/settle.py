"""Settle the segments cut from a document: a heading-like paragraph that means none of the call's headings
is an unknown heading when it looks like the document's other headings, and answer text when it does not.
A heading weaker than the document's own (a bold line among Word headings, a sub-heading) is read the same way.
"""

import re

from .segments import PLAIN_LINE, STRENGTH, _Item, _Segment, _top

_NUMBERED = re.compile(r"^\s*(?:q(?:uestion)?\s*)?(\d{1,2})[.):]?\s", re.I)  # "12. Contact", "Q3 Authority"
_NUMBER = re.compile(r"^\s*(?:q(?:uestion)?\s*)?(\d{1,2})[.):]?\s*$", re.I)  # "12", "Q3.", "(no more)"
IN_STYLE = 3  # answers typed in the heading style, at least, before short ones are read as answers
STYLED_SENTENCE = re.compile(r"^(?=(?:\S+\s+){11,}\S)[^.?!:]*[^.?!:\s]\.$")  # 12+ words, one full stop
BY_NUMBER = 3  # answers given by number, at least, before they are put under the questions of those numbers


def _answers_in_another_look(segments: list[_Segment]) -> list[_Segment]:
    """Answers typed in italics (or bold) under headings of the document's usual look are answers.

    A line in a weaker or equal look straight under a heading of the usual look with nothing under it
    yet, and not as sure a heading itself, is that heading's answer ("Question 2 – Authority", then
    "West Berkshire" in italics).
    """
    counts: dict[str, int] = {}
    for segment in segments:
        if segment.scores:
            counts[segment.look] = counts.get(segment.look, 0) + 1
    if not counts:
        return segments
    usual = max(counts, key=counts.__getitem__)
    kept: list[_Segment] = []
    for segment in segments:
        before = kept[-1] if kept else None
        if (
            before is not None
            and before.scores
            and not before.items
            and before.look == usual
            and segment.look in ("italic", "bold")
            and segment.look != usual
            and STRENGTH[segment.look] <= STRENGTH[usual]
            and segment.best < PLAIN_LINE
        ):
            before.items += [_Item(segment.text, hint_like=segment.look == "italic"), *segment.items]
            continue
        kept.append(segment)
    return kept


def _answers_in_the_heading_style(segments: list[_Segment]) -> list[_Segment]:
    """Answers typed in the questions' own heading style (Word keeps the style after a heading) are answers.

    A line of the same look and level straight under a heading of the call with nothing under it yet,
    meaning no heading itself, is that heading's answer when the document does so at least `IN_STYLE`
    times (a blank question then a heading of the writer's own happens once), or when it reads as a
    sentence (`STYLED_SENTENCE`: twelve words or more, ending in a full stop).
    """
    pairs = [
        index
        for index in range(1, len(segments))
        if (before := segments[index - 1]).scores
        and not before.items
        and not (segment := segments[index]).scores
        and segment.look == before.look
        and segment.look in ("style", "bold")
        and segment.level == before.level
    ]
    many = len(pairs) >= IN_STYLE
    folded = {index for index in pairs if many or STYLED_SENTENCE.match(segments[index].text)}
    if not folded:
        return segments
    kept: list[_Segment] = []
    for index, segment in enumerate(segments):
        if index in folded:
            kept[-1].items += [_Item(segment.text), *segment.items]
            continue
        kept.append(segment)
    return kept


def _answers_by_number(segments: list[_Segment]) -> list[_Segment]:
    """Questions numbered with nothing under them, and the answers given later by those numbers ("12 |
    Bernadette Quinn, …" in a table at the end): each answer goes under the question of its number. What
    comes before the first number ("Answers", "No. | Answer") is a heading of the writer's own."""
    for holder in segments:
        empty = {
            int(found.group(1)): segment
            for segment in segments
            if segment.scores and (segment is holder or not segment.items) and (found := _NUMBERED.match(segment.text))
        }
        numbers = [index for index, item in enumerate(holder.items) if _NUMBER.match(item.text)]
        given = [index for index in numbers if int(_NUMBER.match(holder.items[index].text).group(1)) in empty]
        if len(given) < BY_NUMBER or len(given) * 2 < len(empty) or len(given) != len(numbers):
            continue
        items, leading = holder.items, holder.items[: given[0]]
        holder.items = []
        for start, end in zip(given, [*given[1:], len(items)], strict=True):
            empty[int(_NUMBER.match(items[start].text).group(1))].items += items[start + 1 : end]
        if leading:
            segments.insert(segments.index(holder) + 1, _Segment(leading[0].text, look="bold", items=leading[1:]))
        break
    return segments


def segments_settled(segments: list[_Segment]) -> list[_Segment]:
    """Put back the heading-like paragraphs that mean no heading: unknown headings, or answer text."""
    segments = _answers_in_the_heading_style(_answers_in_another_look(segments))
    looks: dict[str, int] = {}
    levels: dict[int, int] = {}
    for segment in segments:
        if segment.scores:
            looks[segment.look] = looks.get(segment.look, 0) + 1
            if segment.level is not None:
                levels[segment.level] = levels.get(segment.level, 0) + 1
    usual = {look for look, count in looks.items() if count >= 2}
    weakest = min((STRENGTH[look] for look in usual), default=0)
    level = max(levels, key=levels.__getitem__) if levels else None
    settled: list[_Segment] = []
    for index, segment in enumerate(segments):
        after = segments[index + 1] if index + 1 < len(segments) else None
        section = after is not None and after.look == segment.look == "style" and not segment.items
        section = section and bool(after.scores)  # a question's own sub-headings are part of its answer
        same = after is not None and bool(after.scores) and bool(segment.scores) and not segment.items
        if same and _top(after.scores) == _top(segment.scores):
            segment.scores = ()  # "Section 3: the difference it made", then "Difference" and its answer
        if section and (after.level or 0) > (segment.level or 0):
            segment.scores = ()  # a section's heading, with the headings of its questions below it
        if segment.scores and segment.best < PLAIN_LINE:
            # A heading weaker than the document's own headings ("The problem" in bold among Word headings,
            # a sub-heading) is read like an unknown heading: it is then most likely part of an answer.
            deeper = segment.look == "style" and level is not None and (segment.level or 0) > level
            if STRENGTH[segment.look] < weakest or deeper:
                segment.scores, segment.text = (), f"{segment.text}:" if segment.look == "plain" else segment.text
        if not segment.scores:
            # A heading of the person's own when it looks like the document's other headings.
            if segment.look in ("title", "preamble", "signature", "aside"):
                stands_out = True
            elif segment.look == "style":
                stands_out = level is None or (segment.level or 0) <= level
            elif segment.look == "italic":
                stands_out = looks.get(segment.look, 0) >= 2  # otherwise a hint, as italics under a heading are
            else:
                stands_out = segment.text.endswith(("?", ":")) or segment.text.isupper()
                stands_out = stands_out or looks.get(segment.look, 0) >= 2
            if not stands_out and settled:
                settled[-1].items += [_Item(segment.text, hint_like=segment.look == "italic"), *segment.items]
                continue
        settled.append(segment)
    return _answers_by_number(settled)
