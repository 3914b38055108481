"""The hand-made expected readings in tests/data/bulletins/, and how a reading is scored against one."""

import json
from collections import Counter
from pathlib import Path

from silverlinings.bulletins.parsing import ParsedIssue, update_parse, update_text_from_upload

DATA = Path(__file__).resolve().parent.parent / "data" / "bulletins"
UPDATES = sorted(DATA.glob("update-*.txt"))
FIELDS = {
    "items": ("headline", "body", "action_required", "links"),
    "reminders": ("headline", "body", "action_required", "links"),
    "resources": ("title", "publisher", "published", "published_text"),
    "network_meetings": ("network", "dates", "contact"),
    "contacts": ("name", "role", "organisation", "email", "phone"),
}


def _iso(value):
    return value.isoformat() if value else None


def _resource(resource) -> dict:
    fields = {key: getattr(resource, key) for key in FIELDS["resources"]}
    return fields | {"published": _iso(resource.published)}


def reading(issue: ParsedIssue) -> dict:
    """A reading in the shape of the expected JSON files."""

    def item(i):
        return {"headline": i.headline, "body": i.body, "action_required": i.action_required, "links": i.links}

    return {
        "number": issue.number,
        "date": _iso(issue.date),
        "items": [item(i) for i in issue.items],
        "reminders": [item(i) for i in issue.reminders],
        "resources": [_resource(r) for r in issue.resources],
        "network_meetings": [
            {"network": m.network, "dates": [d.isoformat() for d in m.dates], "contact": m.contact}
            for m in issue.network_meetings
        ],
        "contacts": [{key: getattr(c, key) for key in FIELDS["contacts"]} for c in issue.contacts],
        "unplaced": [u.text for u in issue.unplaced],
        "boilerplate": [[b.kind, b.text] for b in issue.boilerplate],
    }


def read(path: Path) -> ParsedIssue:
    return update_parse(update_text_from_upload(path.read_bytes()))


def expected(path: Path) -> dict:
    return json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))


def score(want: dict, got: dict) -> Counter:
    """(what, 'right' or 'total') counts: each field of each entry, and each whole entry (every field right).
    Entries are compared in order; an entry missing or extra has all its fields wrong."""
    tally: Counter = Counter()
    for key in ("number", "date"):
        tally[key, "total"] += 1
        tally[key, "right"] += want[key] == got[key]
    for kind, fields in FIELDS.items():
        wanted, found = want[kind], got[kind]
        for index in range(max(len(wanted), len(found))):
            a = wanted[index] if index < len(wanted) else None
            b = found[index] if index < len(found) else None
            right = [a is not None and b is not None and a[f] == b[f] for f in fields]
            tally[f"{kind} fields", "total"] += len(fields)
            tally[f"{kind} fields", "right"] += sum(right)
            tally[f"{kind} (every field right)", "total"] += 1
            tally[f"{kind} (every field right)", "right"] += all(right)
    wanted, found = want["unplaced"], got["unplaced"]
    tally["unplaced blocks", "total"] += max(len(wanted), len(found))
    tally["unplaced blocks", "right"] += sum(b.startswith(a) for a, b in zip(wanted, found, strict=False))
    return tally


def figures(paths) -> dict[str, tuple[int, int]]:
    """(right, total) per line of the report, over `paths`, plus every field of every kind together."""
    tally: Counter = Counter()
    for path in paths:
        tally += score(expected(path), reading(read(path)))
    rows = {what: (tally[what, "right"], tally[what, "total"]) for what, _ in sorted(tally) if _ == "total"}
    fields = [what for what in rows if what.endswith("fields") or what in ("number", "date")]
    rows["all fields"] = (sum(rows[w][0] for w in fields), sum(rows[w][1] for w in fields))
    return rows


def hard_pastes() -> dict[str, str]:
    """Lines shaped to make a careless pattern backtrack, each repeated to the largest paste allowed.

    tests/bulletins/test_parsing.py reads each whole; bench/bench_bulletins.py times each.
    """
    from silverlinings.bulletins.parsing import MAX_CHARS

    units = {
        "updates": "\n".join(path.read_text(encoding="utf-8") for path in UPDATES[:4]) + "\n",
        "long-lines": "x" * 1000 + "\n",
        "action": "Action Required:\n",
        "mastheads": "UPDATE NO 1 1 May 2020\n\n\n",
        "headlines": "A headline\n\n\n",
        "verbs": ("published by " * 20) + "\n",
        "contacts": ("Role: " * 50) + "Name Surname (" + "(" * 50 + "\n",
        "brackets": "(" * 200 + ")" * 10 + "\n",
        "url": "https://example.org/" + "a" * 5000 + " here.\n",
        "dashes": "-" * 2000 + "\n\n",
    }
    return {name: unit * (MAX_CHARS // len(unit)) for name, unit in units.items()}
