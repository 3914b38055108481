"""A paragraph answering several of the call's headings at once, each part after a label of its own: under a
heading answering two questions ("Q6 and Q7": "Problem – … What we did – …"), several short yes-or-no answers
on one line ("Proprietary: no. Publish: yes."), or, before any heading of the call, "Label: answer." sentences
run together ("Title: Bedtime stories. Authority: Isle of Wight.") or a line each, parted by line breaks in one
paragraph or cell ("Title: Youth workers in A&E⏎Authority: Nottingham⏎…").

A mixin of the cutter in `read`, which keeps the segments and the measures of meaning.
"""

import re

from ..headings import Kind
from .segments import PLAIN_LABEL, RUN_TOGETHER, _top
from .values.yes_no import is_yes_or_no

#: A heading answering two of the call's questions at once ("Q6 and Q7. The problem, and what you did"): its
#: answer, when it gives each part after a label ("Problem – … What we did – …"), is cut at the labels.
JOINT = re.compile(r"\b(?:q(?:uestions?)?\.?\s*)?\d{1,2}[a-z]?\s*(?:and|&|/|\+)\s*(?:q\.?\s*)?\d{1,2}[a-z]?\b", re.I)
#: A line starting with its label: "Service areas: Youth justice" (the label no sentence).
LINE_LABEL = re.compile(r"^([A-Z][^:.;?!\n]{0,40}?):\s+\S")
JOINT_LABELS = re.compile(r"(?:^|(?<=[.;!?]\s))([A-Z][^:.;–—\n]{0,40}?)\s*(?::|\s[-–—])\s+")


class _Several:
    """What the cutter does with a paragraph giving several headings' answers (see `read._Cutter`)."""

    def _joint(self, text: str) -> list[tuple[str, tuple[float, ...], str]]:
        """Under a heading answering two questions at once ("Q6 and Q7. The problem, and what you did"), a
        paragraph giving each part after a label of its own ("Problem – … What we did – …"), cut at the labels:
        (label, scores, text), each label a different heading of the call."""
        if not self.segments or not self.segments[-1].scores or not JOINT.search(self.segments[-1].text):
            return []
        starts = list(JOINT_LABELS.finditer(text))
        if len(starts) < 2 or starts[0].start() != 0:
            return []
        labels = [found.group(1).strip() for found in starts]
        scores = [self.scores(label) for label in labels]
        if any(max(label) < PLAIN_LABEL for label in scores) or len({_top(label) for label in scores}) < len(scores):
            return []
        ends = [found.start() for found in starts[1:]] + [len(text)]
        return [
            (label, score, text[found.end() : end].strip())
            for label, score, found, end in zip(labels, scores, starts, ends, strict=True)
        ]

    def _yes_nos(self, text: str) -> list[tuple[str, tuple[float, ...], str]]:
        """Under a heading of the call, several short yes-or-no answers each after its label on one line
        ("Proprietary: no. Publish: yes. Contact: yes."): (label, scores, answer), each label read as the
        yes-or-no heading it means ("Contact" there asks for consent, not for a person)."""
        if not self.segments or not self.segments[-1].scores:
            return []
        starts = [found for found in RUN_TOGETHER.finditer(text) if "\n" not in found.group(1)]
        if len(starts) < 2 or starts[0].start() != 0:
            return []
        ends = [found.start() for found in starts[1:]] + [len(text)]
        answers = [
            text[found.end() : end].strip().rstrip(".;,").strip() for found, end in zip(starts, ends, strict=True)
        ]
        if not all(len(answer.split()) <= 3 and is_yes_or_no(answer) for answer in answers):
            return []
        kinds = self.meaning.kinds
        scores = [
            tuple(
                0.0 if kind != Kind.YES_NO else score
                for kind, score in zip(kinds, self.scores(found.group(1)), strict=True)
            )
            for found in starts
        ]
        if any(max(label) < PLAIN_LABEL for label in scores) or len({_top(label) for label in scores}) < len(scores):
            return []
        return [
            (found.group(1).strip(), score, answer)
            for found, score, answer in zip(starts, scores, answers, strict=True)
        ]

    def _labelled_lines(self, text: str) -> list[str]:
        """A paragraph whose lines start "Label: answer", the first line's among them, the labels meaning three
        headings of the call at least: cut at those lines, each part as typed (its full stop kept), for the
        cutter to read as it reads a paragraph; a line with no such label goes on with the part above it."""
        lines = text.split("\n")
        cuts = [number for number, line in enumerate(lines) if self._line_label(line) is not None]
        if len(cuts) < 3 or cuts[0] != 0:
            return []
        tops = {_top(self._line_label(lines[number])) for number in cuts}
        if len(tops) < 3:
            return []
        ends = [*cuts[1:], len(lines)]
        return ["\n".join(lines[start:end]).strip() for start, end in zip(cuts, ends, strict=True)]

    def _line_label(self, line: str) -> tuple[float, ...] | None:
        found = LINE_LABEL.match(line.strip())
        scores = self.scores(found.group(1)) if found else None
        return scores if scores and max(scores) >= PLAIN_LABEL else None

    def _run_together(self, text: str) -> list[str]:
        """A paragraph of several "Label: answer." sentences, each label a different heading, cut at each label."""
        if self.segments and self.segments[-1].scores:
            return []  # under a heading of the call: "Problem: … Solution: …" is that heading's answer
        if "\n" in text and (lines := self._labelled_lines(text)):
            return lines
        starts = [found for found in RUN_TOGETHER.finditer(text) if "\n" not in found.group(1)]
        if len(starts) < 2 or starts[0].start() != 0:
            return []
        if self.segments and self.segments[-1].scores:
            return []  # under a heading of the call: "Problem: … Solution: …" is that heading's answer
        scores = [self.scores(found.group(1)) for found in starts]
        if any(max(label) < PLAIN_LABEL for label in scores) or len({_top(label) for label in scores}) < len(scores):
            return []
        ends = [found.start() for found in starts[1:]] + [len(text)]
        return [text[found.start() : end].strip().rstrip(".;").strip() for found, end in zip(starts, ends, strict=True)]
