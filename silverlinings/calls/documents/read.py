"""Read a returned Word document back into answers, one `FormRead` per filled-in form.

The document is walked in reading order (paragraphs, tables, content controls, tracked insertions;
deleted and struck-through text is left out) and cut into *segments*: a heading and the paragraphs
under it. A paragraph is a heading when it looks like one (a Word heading style, a bold or italic
line, a bold label, the label cell of a table row nearest the answer; or a plain line ending in a colon
or a question mark, numbered "Q5.", "Label: answer", or of a few heading words after an answer) and
means one of the call's headings (see `meaning`), or when it looks like a heading in the same way as
the document's other headings and means none of them (an unknown heading). A heading weaker than the
document's own (a bold line among Word headings, a sub-heading, a section title) is answer text
(`settle`). The segments, and the measures and patterns that find headings, are in `segments`; a paragraph
answering several headings at once is cut in `several`.

The segments are then cut into forms and read (`forms`): in each form the headings are assigned to
the call's headings one to one, the best overall match winning. A heading assigned to nothing is
reported, with the text under it, as unplaced text for the person checking the draft: it is never
added to the answer before it, nor dropped. The guidance printed in our own form, and hints left in a
heading's cell or in brackets or italics under a heading, are recognised and left out.
"""

import re
from dataclasses import dataclass, field

from ..headings import HeadingSpec, Kind
from .elsewhere import consent_lines
from .printed import continued_heading
from .segments import (
    ANSWER_LABEL,
    BOX,
    BULLET,
    COUNTER,
    GAP_LINE,
    GAP_WORDS,
    GUIDANCE_START,
    IF_YES,
    LABEL_LINE,
    MAX_HEADING_WORDS,
    MEANS,
    PLAIN_LABEL,
    PLAIN_LINE,
    PLAIN_LIST,
    PLAIN_LIST_WORDS,
    PLAIN_QUESTION,
    PLAIN_SHORT,
    PLAIN_SHORT_WORDS,
    QUESTION_ANSWER,
    QUESTION_NUMBER,
    QUOTED,
    SENTENCE_START,
    SIGNATURE,
    WHOLLY_BRACKETED,
    WORD_LIMIT,
    _is_contact_part,
    _Item,
    _prepared_for,
    _Segment,
    _top,
)
from .settle import segments_settled
from .several import JOINT, _Several
from .tables import _Tables
from .values.choices import choices_named
from .values.contact import EMAIL, SIGN_OFF
from .values.text import normalise, placeholder_removed
from .walk import Para, Row

#: The end of a sentence inside a paragraph, perhaps after a closing quote or bracket.
SENTENCE_END = re.compile(r"[.?!][’”'\")]*\s+(?=\S)")
GUIDANCE_SENTENCES = 3  # sentences of our guidance at most before an answer typed in the same paragraph


GUIDANCE_WORDS = 4  # words at least of a part of the call's guidance after a dash, to be known as guidance
#: A bold line with a heading and its answer after a dash: "Authority – Surrey".
DASHED = re.compile(r"^(?P<label>[^–—:\-]{1,60}?)\s+[-–—]\s+(?P<rest>\S.*)$", re.S)
#: The words a hint starts with ("Title – a short name", "Problem – describe the need"): not an answer.
HINT_START = re.compile(
    r"^(?:(?:describe|tell|give|explain|list|include|please|e\.?g|for example|max|maximum|up to|in (?:no )?more"
    r"|what|how|why|who|which|where|when|if|a short|brief|briefly|summary|summarise|outline|state|enter|type|choose"
    r"|select|tick|delete|optional|required|see|\d+ words)\b)",
    re.I,
)


@dataclass
class FormRead:
    answers: dict[str, object] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    blank: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    #: text under headings that are none of the call's, as "Heading: text", for the person checking the draft
    unplaced: list[str] = field(default_factory=list)
    #: words written beside an answer that were not part of it ("Kent County Council (Virtual School Kent)")
    notes: list[str] = field(default_factory=list)
    #: keys of the headings whose answer has a problem or a note: the draft must be checked there
    flagged: list[str] = field(default_factory=list)
    #: the nominations the document may hold, when that is more than the forms read (0 otherwise)
    may_hold: int = 0
    #: read as a nomination of its own, but it may be part of another form of the document (a summary, a box)
    maybe_part: bool = False


class _Cutter(_Several, _Tables):
    """Cuts the document's blocks into segments: a heading, then the paragraphs under it."""

    def __init__(self, specs: list[HeadingSpec]):
        self.meaning, self.guidance = _prepared_for(specs)
        self.choices = {normalise(choice) for spec in specs for choice in spec.choices}
        self.spelled = {normalise(spec.text) for spec in specs}  # the call's headings as the call spells them
        self.choice_sets = [tuple(spec.choices) for spec in specs if spec.choices]
        self.parts: list[str] | None = None  # a contact's own labels across a table, for the row under them
        self.known, self.checked = False, 0  # whether a segment so far means a heading; segments looked at
        self.segments: list[_Segment] = []
        self.table_ended = False  # the paragraph being read comes straight after a table
        #: a table row that may be headings across the top (its cells, their segments, whether surely so,
        #: whether a row of answers came under it), waiting for the next row: a row of answers, or not
        self.header: tuple[list, list[_Segment], bool, bool] | None = None

    def _known_yet(self) -> bool:
        """Whether any heading of the call has been met yet (before it: a letterhead, a greeting)."""
        if not self.known:
            self.known = any(segment.scores for segment in self.segments[self.checked :])
            self.checked = len(self.segments)
        return self.known

    def scores(self, text: str) -> tuple[float, ...]:
        return tuple(self.meaning.scores(text))

    def _contact_part(self, text: str) -> bool:
        """A contact block's own label ("Email", "Job title") under a heading that asks for a contact."""
        current = self.segments[-1] if self.segments else None
        if current is None or not current.scores or not _is_contact_part(text.strip().rstrip(":")):
            return False
        return self.meaning.kinds[_top(current.scores)] == Kind.CONTACT

    # Paragraphs

    def para(self, para: Para, *, label: bool = False) -> None:
        if not para.text and para.pictured:
            # A heading saved as a picture: its alt text, when it surely means a heading of the call. Any other
            # picture ("Photo of Kwame Mensah") is no text of the answers.
            alt = para.pictured
            if "\n" not in alt and len(alt.split()) <= MAX_HEADING_WORDS and max(self.scores(alt)) >= MEANS:
                self.para(Para(text=alt, bold=True), label=label)
            return
        if not para.text:
            return
        if normalise(para.text) in self.guidance or (IF_YES.match(para.text) and len(para.text.split()) <= 12):
            return
        first, newline, rest = para.text.partition("\n")
        if newline and para.bold_prefix.strip() == first.strip() and rest.strip():
            # A bold label and its answer in one paragraph, split by a line break.
            self.para(Para(text=first, bold=True, listed=para.listed), label=label)
            self.content(rest, para.listed, para.italic)
            return
        if (
            newline
            and rest.strip()
            and not para.bold
            and para.level is None
            and self._heading_alone(first)
            and not any(self._heading_alone(line) for line in rest.split("\n"))  # not a list of headings
        ):
            # A plain heading and its answer in one paragraph, split by a line break ("Authority⏎Oxfordshire").
            self.segments.append(_Segment(first.strip().rstrip(":").strip(), self.scores(first.strip()), "plain"))
            self.content(rest, para.listed, para.italic)
            return
        if (
            para.level is None
            and not para.bold
            and len(parts := self._joint(para.text) or self._yes_nos(para.text)) > 1
        ):
            current = self.segments[-1]  # "Q6 and Q7": each part answers the heading its label means
            if not current.items and JOINT.search(current.text):
                self.segments.pop()  # the joint heading gives way to its parts' labels
            for heading, scores, rest in parts:
                self.segments.append(_Segment(heading, scores, current.look, current.level))
                self.segments[-1].items.append(_Item(rest))
            return
        if para.level is None and not para.bold and len(parts := self._run_together(para.text)) > 1:
            for part in parts:  # "Title: Bedtime stories. Authority: Isle of Wight. Scale: …"
                self.para(Para(text=part))
            return
        if SIGNATURE.match(para.text):
            self.segments.append(_Segment("Signature", (), "signature"))
            return
        if QUOTED.match(para.text):
            # An email reply quoting our questions: a quoted line is a heading or our own words, never an answer.
            para.text = QUOTED.sub("", para.text).strip()
            if para.text and (found := self._heading(para, label=label)) is not None and found[0].scores:
                self.segments.append(found[0])
            return
        if (rest := self._question_repeated(para)) is not None:
            self.content(rest, para.listed, para.italic)  # "Can we publish: Yes" under "Can we publish this …?"
            return
        if self._continued(para.text):
            return  # the heading again at the top of the next page: its answer goes on
        if (found := self._heading(para, label=label)) is not None:
            self.segments.append(found[0])
            if found[1]:
                self.content(found[1], False, False)
            return
        self.content(para.text, para.listed, para.italic)

    def _continued(self, text: str) -> bool:
        """Whether a line is the heading being answered, given again with "(continued)" after it."""
        heading = continued_heading(text)
        current = self.segments[-1] if self.segments else None
        return heading is not None and current is not None and normalise(heading) == normalise(current.text)

    def _question_repeated(self, para: Para) -> str | None:
        """The answer after the heading's own first words repeated in bold as a label, at the start of its answer
        ("Can we publish: Yes" under "Can we publish this innovation …?"), as children are taught to answer."""
        current = self.segments[-1] if self.segments else None
        label = para.bold_prefix.strip()
        if current is None or not current.scores or current.items or not label.endswith(":") or para.level is not None:
            return None
        words, heading = normalise(label.rstrip(":")).split(), normalise(current.text).split()
        if len(words) < 2 or heading[: len(words)] != words or not para.text.startswith(para.bold_prefix):
            return None
        return para.text[len(para.bold_prefix) :].strip() or None

    def _heading_alone(self, line: str) -> bool:
        """A line that is surely a heading of the call on its own: one of its headings nearly word for word, or a
        question or label (ending "?" or ":") that means one."""
        line = line.strip()
        if not line or len(line.split()) > MAX_HEADING_WORDS or self._contact_part(line.rstrip(":")):
            return False
        if SENTENCE_START.match(line):
            return False  # "We needed:" leads into the answer's list
        scores = self.scores(line)
        current = self.segments[-1] if self.segments else None
        if current is not None and current.scores and max(scores, default=0.0) and _top(current.scores) == _top(scores):
            return False  # the heading above again: a line of its answer
        best = max(scores, default=0.0)
        if line.endswith(("?", ":")):
            return best >= PLAIN_QUESTION
        return best >= PLAIN_LINE and self.meaning.spelled_known(line)

    def _heading(self, para: Para, *, label: bool) -> tuple[_Segment, str] | None:
        text = para.text
        if "\n" in text.strip() or len(text) > 300 or self._contact_part(LABEL_LINE.sub(r"\1", text.strip())):
            return None
        if para.bold_prefix and para.level is None:
            heading, rest = para.bold_prefix, text[len(para.bold_prefix) :] if text.startswith(para.bold_prefix) else ""
            rest = rest.lstrip(" :-–—\t")
            if self._contact_part(heading):
                return None
            scores = self.scores(heading)
            if max(scores) >= MEANS:
                return _Segment(heading.strip(" :"), scores, "bold"), rest
            return None
        look = "style" if para.level is not None else "bold" if para.bold else "label" if label else ""
        look = look or ("bold" if para.underline else "italic" if para.italic else "")  # underlined as bold
        words = len(text.split())
        if look and para.level is None and (split := self._dashed(text.strip(), look)) is not None:
            return split
        if look and words <= MAX_HEADING_WORDS and not self._contact_part(text):
            scores = self.scores(text)
            if (
                not self._known_yet()
                and max(scores) < PLAIN_LINE
                and any(choices_named(c, text) for c in self.choice_sets)
            ):
                return None  # a choice in bold before any heading: the council's name at the top of a letter
            if para.level == 0 and max(scores) < PLAIN_LINE:
                return _Segment(text.strip(), (), "title", 0), ""  # the document's title: what follows is its own
            if max(scores) >= MEANS:
                return self._heading_line(text.strip(), scores, look, para.level)
            return _Segment(text.strip(), (), look, para.level), ""  # an unknown heading: see `settle`
        if look:
            return None
        # A plain line: "Impact:", "What did you do?", "Title: Hybrid conferences", "Authority – Kent".
        stripped = text.strip()
        if SENTENCE_START.match(stripped):
            return None  # "We changed three things:" leads into an answer's list
        current = self.segments[-1] if self.segments else None
        short = words <= MAX_HEADING_WORDS
        capitals = stripped.isupper() and len(stripped) > 3  # "WHAT OTHERS WOULD NEED"
        asks = stripped.endswith((":", "?")) or bool(QUESTION_NUMBER.match(stripped)) or capitals
        if short and asks and max(scores := self.scores(stripped)) >= (MEANS if capitals else PLAIN_QUESTION):
            # The answer to the heading above only if it means a heading no more surely than that heading does
            # ("A1 Title" under "SECTION A – ABOUT THE INNOVATION" is a heading).
            inside = current is not None and bool(current.scores) and max(scores) <= current.best
            inside = inside and (not current.items or _top(current.scores) == _top(scores))
            if inside and max(scores) < PLAIN_LINE:
                return None  # the answer to the heading above, or a line inside it
            return _Segment(stripped.rstrip(":").strip(), scores, "plain"), ""
        line = LABEL_LINE.match(stripped)
        if (line is None or "?" in line.group(1)) and (asked := QUESTION_ANSWER.match(stripped)):
            line = asked  # "Sustainable? yes – the budget pays": the question, then its answer
        # A label with a comma is a heading only when it is the call's own heading, copied ("Organisation,
        # school, setting or team: …"); otherwise "In Kent, we found: …" would be read as one.
        spelled = line is not None and normalise(line.group(1)) in self.spelled
        if line and len(line.group(1).split()) <= 10 and ("," not in line.group(1) or spelled):
            heading, rest = line.group(1), line.group(2).strip()
            if not self._contact_part(heading) and max(scores := self.scores(heading)) >= PLAIN_LABEL:
                if current is not None and current.scores and _top(current.scores) == _top(scores):
                    return None  # "Contact: Sam Kaur" under the contact heading is part of its answer
                if current is not None and not current.items and max(scores) < PLAIN_LINE:
                    return None  # the answer to the heading just above, such as "Other – Virtual School"
                return _Segment(heading.strip(), scores, "plain"), rest
        if gap := GAP_LINE.match(stripped):  # "Authority   Slough": the answer typed after the question, spaced off
            heading, rest = gap.group(1), gap.group(2).strip()
            scores = self.scores(heading)
            fits = len(heading.split()) <= GAP_WORDS and not self._contact_part(heading) and max(scores) >= MEANS
            if fits and (current is None or not current.scores or _top(current.scores) != _top(scores)):
                return _Segment(heading.strip(" :"), scores, "plain"), rest
        if words > 10:
            return None
        scores = self.scores(stripped)
        if max(scores) >= PLAIN_LINE:
            return _Segment(stripped, scores, "plain"), ""
        # A short plain line that means a heading, after an answer: "Impact", "Contact you".
        # A list item is a heading only when the document numbers its headings as a list: it must mean more.
        weak = words <= (PLAIN_LIST_WORDS if para.listed else PLAIN_SHORT_WORDS) and not stripped.endswith((".", ","))
        weak = weak and not BOX.match(stripped) and normalise(stripped) not in self.choices  # not a choice
        least = PLAIN_LIST if para.listed else PLAIN_SHORT
        if weak and max(scores) >= least and self.meaning.all_known(stripped):
            same = current is not None and bool(current.scores) and _top(current.scores) == _top(scores)
            if current is None or (current.items and not same):
                return _Segment(stripped, scores, "plain"), ""
        return None

    def _dashed(self, text: str, look: str) -> tuple[_Segment, str] | None:
        """A bold line giving a heading and its answer after a dash ("Authority – Surrey", "Problem – Families
        were referred on …"): the words before the dash mean a heading on their own, and those after it are
        neither a hint (a question, an instruction, the call's own guidance, words in brackets) nor the heading
        again."""
        if not (found := DASHED.match(text)):
            return None
        label, rest = found.group("label").strip(), found.group("rest").strip()
        if rest.endswith("?") or HINT_START.match(rest) or WHOLLY_BRACKETED.match(rest):
            return None
        written = normalise(rest)
        guidance = written in self.guidance or (
            len(written.split()) >= GUIDANCE_WORDS and any(f" {written} " in f" {text} " for text in self.guidance)
        )
        if guidance and written not in self.choices:
            return None  # the call's guidance, whole or in part
        alone = self.scores(label)
        if max(alone) < PLAIN_LABEL or self._contact_part(label):
            return None
        again = self.scores(rest)
        if written not in self.choices and max(again) >= MEANS and _top(again) == _top(alone):
            return None
        whole = self.scores(text)
        if len(text.split()) <= MAX_HEADING_WORDS and max(whole) >= MEANS:  # read as before, the answer kept aside
            segment = _Segment(text.strip(), whole, look)
        else:
            segment = _Segment(label.strip(" :"), alone, look)
        segment.after_dash = (rest, alone)
        return segment, ""

    def _heading_line(self, text: str, scores, look: str, level) -> tuple[_Segment, str]:
        """A heading paragraph, perhaps with its answer after a colon ("Authority: Oxfordshire").

        What follows the colon is the answer when the words before it are a heading on their own and
        the words after it are neither guidance ("Select all that apply") nor the heading again.
        """
        before, colon, after = text.partition(":")
        after = after.strip()
        inside_brackets = before.count("(") > before.count(")") or before.count("[") > before.count("]")
        if (
            colon
            and after
            and not inside_brackets
            and not GUIDANCE_START.match(after)
            and not WHOLLY_BRACKETED.match(after)
        ):
            alone = self.scores(before)
            if max(alone) >= PLAIN_LINE - 0.1 and (
                max(again := self.scores(after)) < MEANS or _top(again) != _top(alone)
            ):
                return _Segment(before.strip(), alone, look, level), after
        return _Segment(text.rstrip(":").strip(), scores, look, level), ""

    def content(self, text: str, listed: bool, italic: bool) -> None:
        if not self.segments:
            # Before the first heading: a greeting, a letterhead with the sender's details, an introduction.
            self.segments.append(_Segment("", (), "preamble"))
        text = placeholder_removed(text)
        if not text.strip():
            return
        if self.table_ended and self.segments[-1].look == "label":
            # Text after a table of headings and answers answers no heading of the table: its cells held them.
            self.segments.append(_Segment("After the table", (), "aside"))
        norm = normalise(text)
        if norm in self.guidance or WORD_LIMIT.match(norm) or COUNTER.match(text.strip()):
            return
        text = self._typed_over(ANSWER_LABEL.sub("", text, count=1))
        current = self.segments[-1]
        kind = self.meaning.kinds[_top(current.scores)] if current.scores else None
        given = kind == Kind.CONTACT and any(EMAIL.search(item.text) for item in current.items)  # details given
        if kind is not None and (kind != Kind.CONTACT or given) and SIGN_OFF.match(text.split("\n")[0].strip()):
            # "Many thanks," after the last answer: a letter's end, and the sender's details after it.
            self.segments.append(_Segment("Signature", (), "signature"))
            self.segments[-1].items.append(_Item(text))
            return
        if kind is not None and (lines := self._yes_no_lines(current, kind, text)) is not None:
            kept, found = lines
            if kept:
                self.content(kept, listed, italic)
            look, level = current.look, current.level  # as sure a heading as the one they were under
            for heading, rest in found:
                self.segments.append(_Segment(heading, self.scores(heading), look, level))
                self.segments[-1].items.append(_Item(rest))
            return
        hint_like = italic or bool(WHOLLY_BRACKETED.match(text))
        if bullet := BULLET.match(text):
            text, listed = text[bullet.end() :], True
        if "\n" in text:  # bullets typed after line breaks
            first, *lines = text.split("\n")
            text = "\n".join([first, *(BULLET.sub("- ", line, count=1) for line in lines)])
        self.segments[-1].items.append(_Item(text, listed, hint_like))

    def _typed_over(self, text: str) -> str:
        """An answer typed inside our form's guidance, in the same paragraph ("A short name another authority
        would recognise, for example …. Bedtime calls"): the guidance's sentences at its start are left out."""
        cut = 0  # after the question asked again and the instructions following it ("Please give figures …")
        for count, end in enumerate(SENTENCE_END.finditer(text)):
            if count >= GUIDANCE_SENTENCES:
                break
            if normalise(text[: end.start() + 1]) in self.guidance:
                return text[end.end() :]
            sentence = text[cut : end.start() + 1].strip()
            if (count == 0 and self._asked(sentence)) or (cut and GUIDANCE_START.match(sentence)):
                cut = end.end()
            elif cut:
                break
        return text[cut:]

    def _asked(self, sentence: str) -> bool:
        """The question under which it stands, asked again in other words and pasted before the answer ("Please
        describe the problem or need …", "What difference has it made …?"): a question or instruction meaning it."""
        current = self.segments[-1]
        if not current.scores or not (sentence.rstrip().endswith("?") or GUIDANCE_START.match(sentence)):
            return False
        scores = self.scores(sentence)
        return max(scores) >= MEANS and _top(scores) == _top(current.scores)

    def _yes_no_lines(self, current: _Segment, kind: Kind, text: str):
        """Lines answering yes-or-no headings typed under another heading (`elsewhere.consent_lines`)."""
        found = consent_lines(self.meaning, text, kind if kind in (Kind.CONTACT, Kind.YES_NO) else None)
        if found is None or kind != Kind.YES_NO:
            return found
        yes_no = [column for column, kind in enumerate(self.meaning.kinds) if kind == Kind.YES_NO]
        column = _top(current.scores)  # under a yes-or-no heading: lines for the others only
        meant = [max(yes_no, key=self.scores(label).__getitem__) for label, _answer in found[1]]
        return None if column in meant else found

    def top(self, block: "Para | Row") -> None:
        """A block of the document's body (not inside a table)."""
        row = isinstance(block, Row)
        self.table_ended = self.table_ended and not row  # while a row's cells are read, no table has ended
        self.block(block)
        self.table_ended = row

    def block(self, block: "Para | Row") -> None:
        if isinstance(block, Row):
            self.row(block)
        else:
            self.flush()  # a paragraph after a table: the table has ended
            self.para(block)

    def settle(self) -> list[_Segment]:
        """Put back the heading-like paragraphs that mean no heading: unknown headings, or answer text."""
        self.flush()
        for segment in self.segments:
            if segment.after_dash is not None and not segment.items:  # "Authority – Surrey", nothing under it
                rest, segment.scores = segment.after_dash
                segment.text = segment.text.partition(rest)[0].rstrip(" -–—") or segment.text
                segment.items.append(_Item(rest))
        return segments_settled(self.segments)
