"""How readable the suggested themes' labels are, on the three labelled sets and the demo call.

    .venv/bin/python -m bench.bench_theme_labels

For each labelled set (tests/data/grouping/), themes are suggested as the product does (number of themes
chosen, random_state 0), and each theme with keywords is compared with its main true theme:

- named: the label shares a content word (lemma) with the name of the main true theme;
- small named: the same, over themes of 3 to 10 members only;
- keyword coverage: the mean, over themes and their keywords, of the share of members using the keyword
  (lemmas, word for word);
- label coverage: the same over the label's parts only.

The demo call's nominations (silverlinings/calls/demo_content.py) are grouped the same way and their
labels printed with each part's coverage.
"""

import json
from collections import Counter
from pathlib import Path

from bench.harness import table
from silverlinings.calls.demo_content import INNOVATIONS
from silverlinings.review.algorithms import text as words
from silverlinings.review.algorithms import themes_suggest

LABELLED = Path(__file__).resolve().parents[1] / "tests" / "data" / "grouping"
LABELLED_SETS = ["nominations.json", "holdout.json", "unseen.json"]


def _lemmas(text: str) -> list[str]:
    return [lemma for _, lemmas in words.lemmatised_runs(text) for lemma in lemmas]


def _flat(text: str) -> str:
    return " " + " | ".join(" ".join(lemmas) for _, lemmas in words.lemmatised_runs(text)) + " "


def coverage(term: str, flats: list[str]) -> float:
    lemmatised = " ".join(_lemmas(term))
    return sum(f" {lemmatised} " in flat for flat in flats) / len(flats) if flats and lemmatised else 0.0


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def measure(docs: list[tuple[int, str]], truth: dict[int, str] | None, names: dict[str, str] | None):
    flats = {doc_id: _flat(text) for doc_id, text in docs}
    rows, named, small_named, keyword_cover, label_cover = [], [], [], [], []
    for theme in themes_suggest(docs):
        if not theme.keywords:
            continue
        members = [flats[member] for member in theme.member_ids]
        keyword_cover.append(_mean([coverage(keyword, members) for keyword in theme.keywords]))
        parts = theme.label.split(" · ")
        label_cover.append(_mean([coverage(part, members) for part in parts]))
        shares = " ".join(f"{coverage(part, members):.0%}" for part in parts)
        row = [len(theme.member_ids), theme.label, shares]
        if truth is not None and names is not None:
            main = Counter(truth[member] for member in theme.member_ids).most_common(1)[0][0]
            hit = bool(set(_lemmas(theme.label)) & set(_lemmas(names[main])))
            named.append(hit)
            if 3 <= len(theme.member_ids) <= 10:
                small_named.append(hit)
            row += ["yes" if hit else "no", names[main]]
        rows.append(row)
    summary = {
        "themes": len(rows),
        "named": f"{sum(named)}/{len(named)}",
        "small named": f"{sum(small_named)}/{len(small_named)}",
        "keyword coverage": f"{_mean(keyword_cover):.0%}",
        "label coverage": f"{_mean(label_cover):.0%}",
    }
    return summary, rows


def demo_docs() -> list[tuple[int, str]]:
    """The demo call's nominations as the review step reads them: the free-text answers, one paragraph each."""
    docs = []
    for index, (title, _, _, _, *answers, _, _) in enumerate(INNOVATIONS, start=1):
        docs.append((index, "\n\n".join(text for text in [title, *answers] if text)))
    return docs


def main() -> None:
    summaries = []
    for name in LABELLED_SETS:
        data = json.loads((LABELLED / name).read_text())
        docs = [(item["id"], item["text"]) for item in data["nominations"]]
        truth = {item["id"]: item["theme"] for item in data["nominations"]}
        summary, rows = measure(docs, truth, data["themes"])
        summaries.append([name, *summary.values()])
        print(f"\n{name}")
        print(table(["size", "label", "coverage", "named", "main true theme"], rows))
    summary, rows = measure(demo_docs(), None, None)
    summaries.append(["demo call", *summary.values()])
    print("\nThe demo call")
    print(table(["size", "label", "coverage"], rows))
    print()
    print(table(["set", *summary.keys()], summaries))


if __name__ == "__main__":
    main()
