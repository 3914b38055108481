"""Read every document of the returned-documents set and compare with its expected answers.

An answer is right when it equals the expected value exactly (text, choice, yes or no with its detail,
each part of the contact; several choices in any order). A wrong answer is *flagged* when the reader
said so for that heading (the heading is reported missing or blank, or a problem or note names it);
otherwise it is a *silent error*: a wrong value the person checking the draft is not told about.
A right answer the reader marked for checking all the same is counted as *right but flagged*: the cost of
the checks, which should stay low.
Expected unplaced text that is not reported is a silent error too, as is a form read that the document
does not hold or a form missed, unless the reader said the document may hold more nominations than it
read (`FormRead.may_hold`): then the missed form's answers are flagged; a form read that the document does
not hold is reported, not silent, when the reader said it may be part of another (`FormRead.maybe_part`).
A document the reader refuses (`DocumentRefused`: no form found in it) is not read at all, and the person
uploading it is told why: its answers are counted as *refused*, neither right nor silent.
"""

import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from silverlinings.calls.documents import DocumentRefused, document_read

HERE = Path(__file__).parent


@dataclass
class Score:
    documents: int = 0
    answers: int = 0
    right: int = 0
    flagged: int = 0
    right_flagged: int = 0
    refused: int = 0
    silent: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)

    @property
    def share_right(self) -> float:
        return self.right / self.answers if self.answers else 0.0


def returns() -> list[tuple[str, bytes, dict]]:
    return returns_in(HERE)


def returns_in(folder: Path) -> list[tuple[str, bytes, dict]]:
    return [
        (path.stem, path.read_bytes(), json.loads(path.with_suffix(".json").read_text()))
        for path in sorted(folder.glob("*.docx"))
    ]


def score(specs, documents=None, reader=document_read) -> Score:
    result = Score()
    for name, data, expected in documents or returns():
        result.documents += 1
        start = time.perf_counter()
        try:
            forms = reader(data=data, filename=f"{name}.docx", headings=specs)
        except DocumentRefused as refusal:
            result.seconds.append(time.perf_counter() - start)
            counted = sum(len(wanted) for wanted in expected["forms"])
            result.answers += counted
            result.refused += counted
            result.wrong.append(f"{name}: refused: {refusal.message}")
            continue
        result.seconds.append(time.perf_counter() - start)
        may_hold = max((getattr(form, "may_hold", 0) for form in forms), default=0)
        for index, wanted in enumerate(expected["forms"]):
            form = forms[index] if index < len(forms) else None
            for key, value in wanted.items():
                result.answers += 1
                got = form.answers.get(key) if form else None
                if got == value or (isinstance(value, list) and isinstance(got, list) and sorted(got) == sorted(value)):
                    result.right += 1
                    result.right_flagged += form is not None and key in form.flagged
                    continue
                line = f"{name} form {index + 1} {key}: expected {value!r}, read {got!r}"
                result.wrong.append(line)
                if (form is not None and (got is None or key in form.flagged)) or (form is None and may_hold > index):
                    result.flagged += 1
                else:
                    result.silent.append(line)
        for index in range(len(expected["forms"]), len(forms)):
            line = f"{name}: form {index + 1} read, but the document holds {len(expected['forms'])}"
            (result.wrong if getattr(forms[index], "maybe_part", False) else result.silent).append(line)
        unplaced = " ".join(text for form in forms for text in form.unplaced)
        result.silent += [
            f"{name}: ‘{text}’ not reported as unplaced" for text in expected["unplaced"] if text not in unplaced
        ]
    return result


def report(result: Score) -> str:
    lines = [
        f"{result.documents} documents, {result.answers} answers: {result.right} right "
        f"({result.share_right:.1%}), {result.flagged} wrong but flagged, {len(result.silent)} silent errors, "
        f"{result.right_flagged} right but flagged, {result.refused} in documents refused with a message",
        *(f"  wrong: {line}" for line in result.wrong),
        *(f"  SILENT: {line}" for line in result.silent),
    ]
    return "\n".join(lines)
