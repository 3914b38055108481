"""The first readings of the returned-documents batches, replayed: each batch read by the reader as it
was when the batch was written (taken from git), with and without today's checks of confidence
(`silverlinings.calls.documents.confidence`) applied to its forms (`form_checked` to each form, `forms_checked`
to the forms read from one document; `document_checked` needs the segments, which the older readers do not
give).

    .venv/bin/python -m bench.bench_returns_replay

This shows what the checks would have changed on documents of shapes the reader had never seen: the
silent errors they turn into flagged ones, and the right answers they flag as well.
"""

import importlib
import io
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from silverlinings.calls.documents import DocumentRefused, confidence, whole
from tests.calls.docs.forms import SPECS
from tests.data.returns import score as scoring

#: (commit where the batch was added and the reader not yet changed for it, first document, last document)
BATCHES = [
    ("6b9e92a", 51, 62),
    ("6980818", 63, 70),
    ("338eb2a", 71, 78),
    ("87f304f", 87, 99),
    ("47bb254", 100, 111),
    ("0b9624c", 112, 124),
    ("b3bb798", 125, 137),
    ("dcff644", 138, 149),
    ("f617707", 150, 161),
    ("89a0f75", 162, 173),
    ("be06a81", 174, 185),
    ("9229219", 186, 197),
    ("d2806e7", 198, 209),
    ("9545f7b", 210, 221),
    ("03ba9cd", 222, 233),
    ("352f1db", 234, 245),
    ("97f552b", 246, 257),
    ("0842271", 258, 269),
    ("aa2acde", 270, 281),
    ("16c78ad", 282, 293),
    ("b6461b2", 294, 305),
    ("f384c78", 306, 317),
    ("e171952", 318, 329),
    ("e220082", 330, 341),
    ("d7adb02", 342, 353),
    ("750e0d2", 354, 365),
    ("efd053f", 366, 377),
    ("a9665d0", 378, 389),
    ("4c88668", 390, 401),
    ("555f65d", 402, 413),
]
ROOT = Path(__file__).resolve().parent.parent


def _old_reader(commit: str, into: Path):
    """The reader's package at `commit`, importable on its own as `old_<commit>.calls.documents`."""
    archive = subprocess.run(
        ["git", "archive", commit, "silverlinings/calls/headings.py", "silverlinings/calls/documents",
         "tests/data/returns"],
        cwd=ROOT, capture_output=True, check=True,
    ).stdout  # fmt: skip
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into / commit, filter="data")
    package = into / f"old_{commit}"
    (package / "calls").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "calls" / "__init__.py").write_text("")
    (into / commit / "silverlinings/calls/headings.py").rename(package / "calls/headings.py")
    (into / commit / "silverlinings/calls/documents").rename(package / "calls/documents")
    sys.path.insert(0, str(into))
    documents = importlib.import_module(f"old_{commit}.calls.documents")
    return documents, into / commit / "tests/data/returns"


def _with_checks(module) -> None:
    """Apply the checks to every form the old reader reads, as the reader does now."""
    original = module._read_form

    def read_form(specs, form):
        read = original(specs, form)
        confidence.form_checked(specs, form, module._assign(specs, form), read)
        return read

    module._read_form = read_form


def _batch(documents, folder: Path, first: int, last: int, *, checked: bool = False):
    chosen = [item for item in scoring.returns_in(folder) if first <= int(item[0].split("-")[0]) <= last]

    def reader(**kwargs):  # with the checks, today's check of the forms read from one document too
        try:
            reads = documents.document_read(**kwargs)
        except documents.DocumentRefused as refusal:  # the old package's own class: scored as today's refusal
            raise DocumentRefused(refusal.message) from refusal
        if checked:
            whole.forms_checked(kwargs["headings"], reads)
        return reads

    return scoring.score(SPECS, chosen, reader=reader)


def main() -> None:
    rows = []
    with tempfile.TemporaryDirectory() as into:
        for commit, first, last in BATCHES:
            documents, folder = _old_reader(commit, Path(into))
            before = _batch(documents, folder, first, last)
            holder = importlib.import_module(f"old_{commit}.calls.documents.forms") if hasattr(
                importlib.import_module(f"old_{commit}.calls.documents"), "forms") else None  # fmt: skip
            module = holder or importlib.import_module(f"old_{commit}.calls.documents.read")
            _with_checks(module)
            after = _batch(documents, folder, first, last, checked=True)
            for label, result in (("as first read", before), ("with the checks", after)):
                rows.append(
                    f"| {first}–{last} {label} | {result.answers} | {result.right} | {result.share_right:.1%} "
                    f"| {result.flagged} | {result.right_flagged} | {len(result.silent)} |"
                )
            print(scoring.report(after), file=sys.stderr)
    print("| batch | answers | right | share right | wrong but flagged | right but flagged | silent errors |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
