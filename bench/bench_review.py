"""Benchmarks for the review step's algorithms: theme suggestion and near-duplicate detection.

    .venv/bin/python -m bench.bench_review [--sizes 200,2000,10000] [--naive-up-to 2000]

A warm-up call on 60 nominations comes first. Each size is a labelled synthetic corpus from
bench/corpus.py (12 themes, about 15% of nominations mixing two themes, 3% planted reworded copies).
Every figure comes from this run:

- time: wall clock of one call, without memory tracing;
- peak memory: a second, identical call under tracemalloc (Python and NumPy allocations; BLAS and
  OpenMP work buffers are not traced);
- ratio: time per nomination against the smallest size;
- themes: adjusted Rand index (sklearn) of the suggested themes against the true themes;
- duplicates: precision and recall of the default list against the planted copies, and, up to
  --naive-up-to nominations, the naive baseline (every pair compared with sparse matrix products) for
  speed and search recall;
- the four labelled sets written by hand, apart from each other (tests/data/grouping/nominations.json:
  155 nominations, 12 themes, 44 twin pairs; holdout.json: 120 nominations, 10 themes, 30 twin
  pairs; unseen.json: 96 nominations, 9 themes, 23 twin pairs; fresh.json: 106 nominations, 10 themes,
  32 twin pairs): ARI and NMI as mean and spread over
  5 seeds, and for twins the pairs found among each other's three likeliest, the pairs in the default
  list, and the false pairs listed.
"""

import argparse
import itertools
import json
import sys
import time
import tracemalloc
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

from bench.corpus import generate, theme_names
from bench.harness import table
from silverlinings.review.algorithms import duplicates_find, themes_suggest
from silverlinings.review.algorithms.duplicates import exact_pairs, exact_similarity, text_vectors

SEED = 1
COPIES = 0.03
LABELLED = Path(__file__).resolve().parents[1] / "tests" / "data" / "grouping"
LABELLED_SETS = ["nominations.json", "holdout.json", "unseen.json", "fresh.json"]
SEEDS = range(5)


def bar(label: str):
    """A progress callback drawing a text bar on stderr."""

    def draw(fraction: float, message: str) -> None:
        filled = int(30 * fraction)
        sys.stderr.write(f"\r  {label:<24} [{'#' * filled}{'.' * (30 - filled)}] {fraction:4.0%} {message[:34]:<34}")
        if fraction >= 1:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return draw


def timed_and_traced(run, label: str):
    """(result, seconds without tracing, peak MiB under tracemalloc)."""
    start = time.perf_counter()
    result = run(bar(f"{label}"))
    seconds = time.perf_counter() - start
    tracemalloc.start()
    run(bar(f"{label} (memory)"))
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return result, seconds, peak


def bench_themes(size: int, corpus) -> tuple[list, list]:
    docs = [(item.id, item.text) for item in corpus]
    themes, seconds, peak = timed_and_traced(
        lambda progress: themes_suggest(docs, progress=progress), f"themes, {size:,}"
    )
    found = {member: index for index, theme in enumerate(themes) for member in theme.member_ids}
    agreement = adjusted_rand_score([item.theme for item in corpus], [found[item.id] for item in corpus])
    truth = {item.id: item.theme for item in corpus}
    labels = []
    for theme in themes:
        main, count = Counter(truth[member] for member in theme.member_ids).most_common(1)[0]
        labels.append([len(theme.member_ids), f"{count / len(theme.member_ids):.0%}", theme_names()[main], theme.label])
    return [size, len(themes), seconds, peak, agreement], labels


def _naive(docs) -> tuple[set, float]:
    start = time.perf_counter()
    vectors = text_vectors([text for _, text in docs], lambda fraction, message: None)
    rows, columns = exact_pairs(vectors, 0.6, lambda fraction, message: None)
    seconds = time.perf_counter() - start
    return {(docs[i][0], docs[j][0]) for i, j in zip(rows.tolist(), columns.tolist(), strict=True)}, seconds


def _planted_reachable(docs, planted) -> int:
    """Planted copies whose exact similarity reaches the threshold (what a perfect search would find)."""
    index = {doc_id: k for k, (doc_id, _) in enumerate(docs)}
    vectors = text_vectors([text for _, text in docs], lambda fraction, message: None)
    rows = np.array([index[a] for a, _ in planted])
    columns = np.array([index[b] for _, b in planted])
    return int((exact_similarity(vectors, rows, columns) >= 0.6).sum())


def bench_duplicates(size: int, corpus, naive_up_to: int) -> list:
    docs = [(item.id, item.text) for item in corpus]
    planted = {(item.copy_of, item.id) for item in corpus if item.copy_of}
    pairs, seconds, peak = timed_and_traced(
        lambda progress: duplicates_find(docs, progress=progress), f"duplicates, {size:,}"
    )
    found = {(pair.a, pair.b) for pair in pairs if pair.listed}
    hits = len(found & planted)
    naive_seconds, search_recall = None, None
    if size <= naive_up_to:
        sys.stderr.write(f"  naive baseline, {size:,} nominations...\n")
        exact, naive_seconds = _naive(docs)
        search_recall = len(found & exact) / len(exact) if exact else 1.0
    return [
        size,
        len(planted),
        len(found),
        hits / len(found) if found else 1.0,
        hits / len(planted) if planted else 1.0,
        _planted_reachable(docs, planted) if planted else 0,
        seconds,
        naive_seconds,
        search_recall,
        peak,
    ]


def _per_document_ratio(rows: list, size_column: int, seconds_column: int) -> list[str]:
    base = rows[0][seconds_column] / rows[0][size_column]
    return [f"{row[seconds_column] / row[size_column] / base:.2f}×" for row in rows]


def themes_table(rows: list) -> str:
    ratios = _per_document_ratio(rows, 0, 2)
    body = [
        [f"{size:,}", k, f"{seconds:.2f} s", f"{seconds / size * 1000:.2f} ms", ratio, f"{peak:.0f} MiB", f"{ari:.3f}"]
        for (size, k, seconds, peak, ari), ratio in zip(rows, ratios, strict=True)
    ]
    headers = ["nominations", "themes", "time", "per nomination", "ratio per nom.", "peak memory", "ARI"]
    return table(headers, body)


def duplicates_table(rows: list) -> str:
    ratios = _per_document_ratio(rows, 0, 6)
    body = []
    for row, ratio in zip(rows, ratios, strict=True):
        size, planted, found, precision, recall, reachable, seconds, naive, search_recall, peak = row
        body.append([
            f"{size:,}", planted, found, f"{precision:.3f}", f"{recall:.3f}", reachable, f"{seconds:.2f} s", ratio,
            f"{naive:.2f} s" if naive else "not run", f"{naive / seconds:.1f}×" if naive else "–",
            f"{search_recall:.3f}" if search_recall is not None else "–", f"{peak:.0f} MiB",
        ])  # fmt: skip
    headers = [
        "nominations", "planted", "found", "precision", "recall", "reachable", "time", "ratio per nom.",
        "naive all pairs", "speed-up", "search recall", "peak memory",
    ]  # fmt: skip
    return table(headers, body)


def bench_labelled(path: Path) -> tuple[list, list]:
    """Themes over SEEDS and twins on a hand-written labelled set."""
    data = json.loads(path.read_text(encoding="utf-8"))
    items = data["nominations"]
    docs = [(item["id"], f"{item['title']}\n\n{item['text']}") for item in items]
    truth = [item["theme"] for item in items]
    rows = []
    for seed in SEEDS:
        start = time.perf_counter()
        themes = themes_suggest(docs, random_state=seed)
        seconds = time.perf_counter() - start
        found = {member: index for index, theme in enumerate(themes) for member in theme.member_ids}
        labels = [found[item["id"]] for item in items]
        agreement = adjusted_rand_score(truth, labels), normalized_mutual_info_score(truth, labels)
        rows.append([seed, len(themes), *agreement, seconds])
    groups: dict[str, list[int]] = {}
    for item in items:
        if item["twin"]:
            groups.setdefault(item["twin"], []).append(item["id"])
    expected = {pair for ids in groups.values() for pair in itertools.combinations(sorted(ids), 2)}
    start = time.perf_counter()
    pairs = duplicates_find(docs)
    seconds = time.perf_counter() - start
    ranked: dict[int, list] = {}
    for pair in pairs:
        ranked.setdefault(pair.a, []).append((pair.score, pair.b))
        ranked.setdefault(pair.b, []).append((pair.score, pair.a))
    top = {doc: [other for _, other in sorted(found, reverse=True)[:3]] for doc, found in ranked.items()}
    both = sum(1 for a, b in expected if b in top.get(a, []) and a in top.get(b, []))
    either = sum(1 for a, b in expected if b in top.get(a, []) or a in top.get(b, []))
    listed = {(pair.a, pair.b) for pair in pairs if pair.listed}
    twins = [len(items), len(expected), both, either, len(listed & expected), len(listed - expected), seconds]
    return rows, twins


def labelled_report(rows: list, twins: list) -> str:
    ari = np.array([row[2] for row in rows])
    nmi = np.array([row[3] for row in rows])
    body = [[seed, k, f"{a:.3f}", f"{m:.3f}", f"{t:.2f} s"] for seed, k, a, m, t in rows]
    lines = [table(["seed", "themes", "ARI", "NMI", "time"], body)]
    spread = f"ARI {ari.mean():.3f} ± {ari.std():.3f}   NMI {nmi.mean():.3f} ± {nmi.std():.3f}"
    lines.append(f"{spread} (mean ± sd, 5 seeds)")
    size, expected, both, either, found, false, seconds = twins
    lines.append(
        f"Twins: {expected} true pairs among {size} nominations; among each other's 3 likeliest: {both} "
        f"({both / expected:.0%}), in one's 3 likeliest: {either} ({either / expected:.0%}); default list: "
        f"{found} true ({found / expected:.0%}) and {false} false ({false * 150 / size:.1f} per 150); {seconds:.2f} s"
    )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="200,2000,10000")
    parser.add_argument("--naive-up-to", type=int, default=2000, help="run the all-pairs baseline up to this size")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    warm_up = [(item.id, item.text) for item in generate(60, seed=SEED + 1, duplicates=COPIES)]
    themes_suggest(warm_up), duplicates_find(warm_up)  # first calls pay for imports and thread pools
    theme_rows, duplicate_rows, labels = [], [], []
    for size in sizes:
        corpus = generate(size, seed=SEED, duplicates=COPIES)
        row, labels = bench_themes(size, corpus)
        theme_rows.append(row)
        duplicate_rows.append(bench_duplicates(size, corpus, args.naive_up_to))
    print("\nTheme suggestion (number of themes chosen automatically; ratio: time per nomination vs the first size)")
    print(themes_table(theme_rows))
    print(f"\nSuggested themes for {sizes[-1]:,} nominations (share of the main true theme)")
    print(table(["size", "purity", "main true theme", "suggested label"], labels))
    print("\nDuplicates: the default list (precision/recall against planted copies; reachable: planted copies")
    print("whose exact similarity is ≥ 0.6; search recall: share of the naive baseline's pairs ≥ 0.6 listed)")
    print(duplicates_table(duplicate_rows))
    for name in LABELLED_SETS:
        print(f"\nThe labelled set written by hand (tests/data/grouping/{name})")
        print(labelled_report(*bench_labelled(LABELLED / name)))


if __name__ == "__main__":
    main()
