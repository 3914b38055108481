"""Table rows of a returned document read into segments: the label cell nearest the answer as a heading,
rows of headings across the top answered by the rows under them (each further row of answers another
form), a contact's own labels across a small table, and a heading's hints left in its cell.

A mixin of the cutter in `read`, which keeps the segments and finds the headings.
"""

import re
from dataclasses import replace

from ..headings import Kind
from .segments import (
    ANSWER_LABEL,
    HEADER,
    MAX_HEADING_WORDS,
    MEANS,
    WHOLLY_BRACKETED,
    _is_contact_part,
    _paragraphs,
    _Segment,
    _top,
)
from .values.text import normalise
from .values.yes_no import is_yes_or_no
from .walk import Para, Row

#: A table's own header row over its two columns ("Question | Your answer"), also when repeated at the top of a
#: page: no heading and no answer.
COLUMN_HEADS = (
    re.compile(r"^\s*(?:questions?|headings?|sections?|items?)\s*$", re.I),
    re.compile(r"^\s*(?:your\s+)?(?:answers?|responses?|replies|reply|details)\s*(?:\(.*\))?\s*:?\s*$", re.I),
)
FIGURES = 3  # cells a row of a table inside an answer has, none of them a heading, to be read as a line of it


COLUMN_FORMS = 0.6  # share of a table's rows, after its top row, whose first cell means a heading of the call


#: A row of one cell titling a part of the form ("PART C – CONSENT", "Section 2: About you"): a title of the
#: writer's form, part of no answer.
PART_TITLE = re.compile(r"^(?:part|section)\s+(?:[a-h]|\d{1,2}|[ivx]{1,4})\b(?:\s*[-–—:.]\s*[^\n]{0,60})?$", re.I)


def _as_label(cell: list, label: bool) -> list:
    """A cell's blocks with its paragraphs marked as a label cell's (a cell with another after it) or not."""
    return [replace(block, label=label) if isinstance(block, Para) else block for block in cell]


class _Tables:
    """What the cutter does with a table's rows (see `read._Cutter`)."""

    def columns_swapped(self, rows: list[Row]) -> list[Row]:
        """A two-column table with the call's headings down its right-hand column and the answers on the left
        ("Kent | Authority"): its columns put the other way round, so that it reads as the form's table does. Only
        when most rows have a heading on the right and no row has one on the left alone."""
        if len(rows) < 4 or any(len(row.cells) != 2 for row in rows):
            return rows
        texts = [[" ".join(p.text for p in _paragraphs(cell)).strip() for cell in row.cells] for row in rows]
        sides = [(self._heading_like(left), self._heading_like(right)) for left, right in texts]
        right = sum(1 for left_like, right_like in sides if right_like and not left_like)
        if right < COLUMN_FORMS * len(rows) or any(left_like and not right_like for left_like, right_like in sides):
            return rows
        return [
            Row([_as_label(row.cells[1], True), _as_label(row.cells[0], False)], row.aside, row.first) for row in rows
        ]

    def pairs_across(self, rows: list[Row]) -> list[Row]:
        """A table of four columns giving two questions and their answers on each row ("Authority | Kent | Team |
        Virtual School"): each row given as two, its left pair and then its right, as the form's table reads. Only
        when the first and third cells of most rows read as headings and no second or fourth cell is surely one."""
        if len(rows) < 2 or any(len(row.cells) != 4 for row in rows):
            return rows
        texts = [[" ".join(p.text for p in _paragraphs(cell)).strip() for cell in row.cells] for row in rows]
        pairs = sum(1 for row in texts if self._heading_like(row[0]) and self._heading_like(row[2]))
        if pairs < COLUMN_FORMS * len(rows) or any(self._surely(row[1]) or self._surely(row[3]) for row in texts):
            return rows
        return [
            Row(
                [_as_label(row.cells[start], True), _as_label(row.cells[start + 1], False)], "", row.first and not start
            )
            for row in rows
            for start in (0, 2)
        ]

    def columns_as_forms(self, rows: list[Row]) -> list[Row]:
        """A table with the call's headings down its first column and two or more columns of answers, each
        headed by a name of its own that is no heading ("Innovation 1 | Innovation 2"), and the columns' answers
        not all the same: a nomination in each column. Its rows are given column by column, each a heading and
        its answer, so that each column is read as a form of its own; any other table is given as it is."""
        width = len(rows[0].cells) if rows else 0
        if width < 3 or len(rows) < 4 or any(len(row.cells) != width for row in rows):
            return rows
        texts = [[" ".join(p.text for p in _paragraphs(cell)).strip() for cell in row.cells] for row in rows]
        top = texts[0][1:]
        if any(not text or len(text.split()) > MAX_HEADING_WORDS or ANSWER_LABEL.match(text + ": ") for text in top):
            return rows
        meant = {_top(self.scores(text)) for text in top if self._heading_like(text)}
        if len(set(top)) < len(top) or len(meant) > 1:
            return rows  # the same name twice, or headings across the top, each meaning another of the call's
        labelled = [row for row in texts[1:] if row[0] and max(self.scores(row[0])) >= MEANS]
        if len(labelled) < COLUMN_FORMS * (len(rows) - 1) or any(self._surely(t) for row in labelled for t in row[1:]):
            return rows  # a heading of the call in an answer column: two questions a row, not two nominations
        if all(len({row[column] for column in range(1, width)}) == 1 for row in labelled):
            return rows  # the same answers in every column: not several nominations
        return [
            Row([row.cells[0], row.cells[column]], first=number == 0)
            for column in range(1, width)
            for number, row in enumerate(rows[1:])
        ]

    def flush(self) -> None:
        """A row kept back as possible headings across the top, when no row of answers came under it."""
        self.parts = None
        if self.header is not None:
            cells, _segments, _surely, used = self.header
            self.header = None
            if not used:  # read as a row of its table, not as text after the table
                ended, self.table_ended = self.table_ended, False
                self._row(cells)
                self.table_ended = ended

    def row(self, row: Row) -> None:
        self._row_read(row)
        if row.aside:  # the writer's note beside the answer: reported, not part of it
            heading = self.segments[-1].text if self.segments and self.segments[-1].scores else ""
            self.segments.append(_Segment(f"Note beside ‘{heading}’" if heading else "Note", (), "aside"))
            self.content(row.aside, False, False)

    def _row_read(self, row: Row) -> None:
        cells = [[block for block in cell if not isinstance(block, Para) or block.text] for cell in row.cells]
        cells = [cell for cell in cells if cell]
        if self.header is not None:
            header_cells, header, surely, used = self.header
            if len(cells) == len(header) and ((surely and not used) or self._answers_row(cells)):
                # A row under a row of headings: each cell answers the heading above it. Each further row
                # of answers is another form ("three ideas in one table").
                self.header = (header_cells, header, surely, True)
                for segment, cell in zip(header, cells, strict=True):
                    self.segments.append(_Segment(segment.text, segment.scores, segment.look))
                    for para in _paragraphs(cell):
                        self.content(para.text, para.listed, para.italic)
                return
            self.flush()
        texts = [" ".join(para.text for para in _paragraphs(cell)).strip() for cell in cells]
        if len(texts) == 2 and all(pattern.match(text) for pattern, text in zip(COLUMN_HEADS, texts, strict=True)):
            return  # the table's header row, perhaps repeated after a page break: the answer above goes on below
        if self.parts is not None:
            labels, self.parts = self.parts, None
            if len(cells) == len(labels):  # the row under a contact's own labels: "Name: …", "Email: …"
                for label, cell in zip(labels, cells, strict=True):
                    self.content(f"{label}: " + " ".join(para.text for para in _paragraphs(cell)), False, False)
                return
        if len(cells) > 1 and all(len(cell) == 1 and isinstance(cell[0], Para) for cell in cells):
            texts = [cell[0].text for cell in cells]
            if all(_is_contact_part(text.rstrip(" :")) for text in texts) and self._contact_part(texts[0]):
                self.parts = texts  # "Name | Job title | Email | Phone" across the top of a small table
                return
            scores = [self.scores(text) for text in texts]
            tops = {_top(row_scores) for row_scores in scores}
            short = all(len(text.split()) <= MAX_HEADING_WORDS and "\n" not in text for text in texts)
            if short and len(tops) == len(cells) and all(self._heading_like(text) for text in texts):
                surely = all(max(row_scores) >= HEADER for row_scores in scores)
                surely = surely and all(self.meaning.all_known(text) for text in texts)
                segments = [_Segment(text, row_scores, "label") for text, row_scores in zip(texts, scores, strict=True)]
                self.header = (cells, segments, surely, False)
                return  # perhaps headings across the top: their answers would be in the next row
        self._row(cells)

    def _answers_row(self, cells) -> bool:
        """Whether a row reads as answers, not as another row of headings or a heading and its answer."""
        paragraphs = [next(_paragraphs(cell), None) for cell in cells]
        texts = [para.text if para is not None else "" for para in paragraphs]
        headings = [self._heading_like(text) for text in texts]
        return sum(headings) * 2 < len(headings)

    def _surely(self, text: str) -> bool:
        """A cell that is one of the call's headings, spelled as the call spells it."""
        return bool(text) and max(self.scores(text)) >= HEADER and self.meaning.all_known(text)

    def _heading_like(self, text: str) -> bool:
        """A table cell that could be a heading: not a choice, a yes or no, or a sentence."""
        answer = is_yes_or_no(text) and not text.rstrip().endswith("?")  # "No, just Teams", not "OK to publish?"
        if not text or normalise(text) in self.choices or answer or text.rstrip().endswith("."):
            return False
        return len(text.split()) <= MAX_HEADING_WORDS and max(self.scores(text)) >= MEANS

    def _row(self, cells) -> None:
        alone = cells[0][0] if len(cells) == 1 and len(cells[0]) == 1 else None
        if isinstance(alone, Para) and PART_TITLE.match(alone.text.strip()):  # "PART C – CONSENT" across a table
            self.segments.append(_Segment(alone.text.strip(), (), "aside"))
            return
        # The label cell nearest the answer that means a heading: before it may be a number or a section.
        unknown = None
        for index in range(len(cells) - 2, -1, -1) if len(cells) > 1 else []:
            first = cells[index][0]
            if not isinstance(first, Para) or not first.label or not first.text or first.italic:
                continue
            if index and _is_contact_part(first.text.rstrip(" :")) and self._contact_label(cells[index - 1]):
                continue  # "Contact | Name | Aisha Rahman": a part of the contact after its heading's label
            if normalise(first.text) in self.guidance or (found := self._heading(first, label=True)) is None:
                continue
            if not found[0].scores:
                unknown = (index, found)  # a label of the person's own, or a number column
                continue
            self._label_row(cells, index, found)
            return
        single = all(len(cell) == 1 and isinstance(cell[0], Para) and "\n" not in cell[0].text for cell in cells)
        current = self.segments[-1] if self.segments else None
        if unknown is not None and single and len(cells) >= FIGURES and current is not None and current.scores:
            unknown = None  # a table of figures inside an answer ("Quarter | Step-downs | Rate"): lines of it
        if unknown is not None:
            self._label_row(cells, *unknown)
            return
        if len(cells) > 1 and single:
            texts = [cell[0].text for cell in cells]
            if len(texts) == 2 and len(texts[0]) <= 2:
                self.content(" ".join(texts), False, False)
            elif len(texts) == 2 and len(texts[0].split()) <= 4:
                self.content(texts[0].rstrip(":") + ": " + texts[1], False, False)
            else:
                self.content(" | ".join(texts), False, False)
            return
        for cell in cells:
            for block in cell:
                self.block(block)

    def _contact_label(self, cell) -> bool:
        """A label cell meaning a heading that asks for a contact ("Contact", "Lead officer")."""
        first = cell[0] if cell else None
        if not isinstance(first, Para) or not first.text or max(scores := self.scores(first.text)) < MEANS:
            return False
        return self.meaning.kinds[_top(scores)] == Kind.CONTACT

    def _label_row(self, cells, index: int, found: tuple[_Segment, str]) -> None:
        """A row whose cell `index` is a heading: the cells after it are its answer."""
        self.segments.append(found[0])
        if found[1]:
            self.content(found[1], False, False)  # "Title: …" typed in the label cell itself
        # The rest of the heading's cell, and any cells before the answer's, are hints if they look it.
        last = next(_paragraphs(cells[-1]), None)
        labelled = last is not None and bool(ANSWER_LABEL.match(last.text))  # "Response: …": the rest is guidance
        for block in [*cells[index][1:], *(block for middle in cells[index + 1 : -1] for block in middle)]:
            if isinstance(block, Para) and (labelled or block.italic or WHOLLY_BRACKETED.match(block.text)):
                continue
            self.block(block)
        for block in cells[-1]:
            self.block(block)
