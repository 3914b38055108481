"""How well returned Word documents are read: the share of answers right on the returned-documents set
(tests/data/returns/, documents written the ways different people fill in a form), the errors nobody
is told about, and the time and memory per document.

    .venv/bin/python -m bench.bench_returns [--repeat 5]

Each document is read `--repeat` times for the timings (the first pass, with the heading tables being
built, is reported apart). Peak memory is a separate pass under tracemalloc.
"""

import argparse
import statistics
import time

from bench.harness import measured, progress, table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    from silverlinings.calls.documents import DocumentRefused
    from silverlinings.calls.documents import document_read as reader

    def document_read(**kwargs):  # a refused document takes its time too
        try:
            return reader(**kwargs)
        except DocumentRefused:
            return []

    from tests.calls.docs.forms import SPECS
    from tests.data.returns.score import report, returns, score

    documents = returns()
    start = time.perf_counter()
    result = score(SPECS, documents)
    first = time.perf_counter() - start
    timings: dict[str, list[float]] = {name: [] for name, _data, _expected in documents}
    for repeat in range(args.repeat):
        for name, data, _expected in documents:
            start = time.perf_counter()
            document_read(data=data, filename=f"{name}.docx", headings=SPECS)
            timings[name].append(time.perf_counter() - start)
        progress(repeat + 1, args.repeat, "reading the returned-documents set")
    with measured() as whole:
        for name, data, _expected in documents:
            document_read(data=data, filename=f"{name}.docx", headings=SPECS)
    per_document = [statistics.median(times) for times in timings.values()]
    print(f"\nReturned-documents set ({len(documents)} documents, {result.answers} answers)")
    print(
        table(
            ["documents", "answers", "right", "share right", "flagged", "silent errors", "right but flagged",
             "refused"],
            [[result.documents, result.answers, result.right, f"{result.share_right:.1%}", result.flagged,
              len(result.silent), result.right_flagged, result.refused]],
        )
    )  # fmt: skip
    print("\nTime and memory per document")
    print(
        table(
            ["first pass (all)", "median per document", "slowest document", "peak memory (tracemalloc)"],
            [[f"{first:.2f} s", f"{statistics.median(per_document) * 1000:.1f} ms",
              f"{max(per_document) * 1000:.1f} ms", f"{whole['peak_mib']:.1f} MiB"]],
        )
    )  # fmt: skip
    if result.wrong or result.silent:
        print("\n" + report(result))


if __name__ == "__main__":
    main()
