"""Hide who nominated from reviewers: names, contact details and the authority, also inside answers."""

import re
from collections.abc import Iterable


def _pattern(names: Iterable[str]) -> re.Pattern | None:
    words, phones = set(), set()
    for name in names:
        name = (name or "").strip()
        if len(name) < 3:
            continue
        digits = re.sub(r"\D", "", name)
        if len(digits) >= 7 and len(digits) >= len(name.replace(" ", "")) - 3:
            phones.add(r"[\s-]?".join(digits))
            continue
        words.add(name)
        parts = name.split()
        if len(parts) > 1 and "@" not in name:
            words.update(part for part in parts if len(part) >= 3 and part[0].isupper())
    alternatives = [re.escape(word) for word in sorted(words, key=len, reverse=True)] + sorted(
        phones, key=len, reverse=True
    )
    if not alternatives:
        return None
    return re.compile(r"(?<![\w@.])(?:" + "|".join(alternatives) + r")(?:'s|’s)?(?![\w@])", re.IGNORECASE)


def anonymise_text(text: str, *, names: Iterable[str], replacement: str = "[removed]") -> str:
    pattern = _pattern(names)
    return pattern.sub(replacement, text) if pattern and text else text


def _walk(value, pattern, replacement):
    if isinstance(value, str):
        return pattern.sub(replacement, value)
    if isinstance(value, list):
        return [_walk(item, pattern, replacement) for item in value]
    if isinstance(value, dict):
        return {key: _walk(item, pattern, replacement) for key, item in value.items()}
    return value


def anonymise_answers(
    answers: dict,
    *,
    names: Iterable[str],
    hidden_keys: Iterable[str] = ("contact", "authority", "organisation"),
    replacement: str = "[removed]",
) -> dict:
    hidden = set(hidden_keys)
    kept = {key: value for key, value in answers.items() if key not in hidden}
    pattern = _pattern(names)
    return _walk(kept, pattern, replacement) if pattern else kept
