"""Benchmark for the personal-data check on long answers: time per character should stay flat (linear).

    .venv/bin/python -m bench.bench_personal_data [--sizes 20000,200000,1000000,4000000]

Plain Python, no database. The text repeats prose with a name, an age and an address every sentence
(the worst case for the overlap check, one finding every ~50 characters), and a run of plain prose.
Answers over 20,000 characters are refused before the check (decision 0020); the larger sizes show the
check itself would stay linear.
"""

import argparse
import time

from bench.harness import table

TEXTS = {
    "findings every sentence": "Sam Kaur, aged 9, lives at 12 High Street. Partners joined by video. ",
    "plain prose": "Families meet the chair in person while partners join the conference by video. ",
}


def bench(sizes: list[int]) -> list[list]:
    from silverlinings.calls.personal_data import personal_data_find

    rows = []
    for name, unit in TEXTS.items():
        smallest = None
        for size in sizes:
            text = (unit * (size // len(unit) + 1))[:size]
            start = time.perf_counter()
            findings = personal_data_find({"problem": text})
            seconds = time.perf_counter() - start
            per_char = seconds / size
            smallest = smallest or per_char
            rows.append([name, f"{size:,}", len(findings), f"{seconds * 1000:.0f} ms", f"{per_char / smallest:.2f}×"])
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="20000,200000,1000000,4000000")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    print("\nPersonal-data check on one answer (ratio: time per character against the smallest size)")
    print(table(["text", "characters", "findings", "time", "ratio per char."], bench(sizes)))


if __name__ == "__main__":
    main()
