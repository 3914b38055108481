"""Hide who nominated from reviewers: names, contact details and the authority, also inside answers.

The caller passes every name or phrase to take out (full names, first and last names, emails, phones,
the authority's full and short names, the organisation). Matching is case-insensitive on word
boundaries, longest first, takes a possessive with it, and compares phone numbers by their digits.
"""

import re
from collections.abc import Iterable
from functools import lru_cache

MIN_LENGTH = 3
PHONE_LIKE_RE = re.compile(r"^[\d\s()+.-]+$")
# Names that are also everyday words: only their capitalised or upper-case forms are taken out,
# so "Reading" goes but "reading age" stays.
EVERYDAY_WORDS = frozenset(
    str.split(
        "reading will may mark hope grace rose bill frank june april joy faith dawn summer ray rob sue pat jack "
        "don guy bob sandy holly ivy amber iris lily heather ruby pearl penny rich victor chase sage"
    )
)
PHONE_GAP = r"[\s().-]*"


def _phone_pattern(name: str) -> str:
    digits = re.sub(r"\D", "", name)
    if digits.startswith("0044"):
        digits, national = digits[4:], True
    elif digits.startswith("44") and len(digits) > 10:
        digits, national = digits[2:], True
    else:
        national = digits.startswith("0")
    digits = digits.lstrip("0")
    prefix = r"(?:\+44\s*(?:\(0\)\s*)?|0044\s*|\(?0)" if national else ""
    return rf"(?<![\w+]){prefix}{PHONE_GAP.join(digits)}(?!\d)"


def _email_pattern(name: str) -> str:
    return rf"(?<![\w.+-]){re.escape(name)}(?![\w-]|\.\w)"


def _token_pattern(token: str) -> str:
    if token.lower() in ("and", "&"):
        return r"(?:and|&)"
    return re.sub(r"['’]", "['’]", re.escape(token))


def _words_pattern(name: str) -> str:
    if name.lower() in EVERYDAY_WORDS:
        body = rf"(?-i:{re.escape(name[0].upper() + name[1:].lower())}|{re.escape(name.upper())})"
    else:
        body = r"\s+".join(_token_pattern(token) for token in name.split())
    return rf"(?<!\w){body}(?:['’]s)?(?!\w)"


def _name_pattern(name: str) -> str:
    if "@" in name:
        return _email_pattern(name)
    if PHONE_LIKE_RE.match(name) and len(re.sub(r"\D", "", name)) >= 7:
        return _phone_pattern(name)
    return _words_pattern(name)


@lru_cache(maxsize=256)
def _pattern(names: tuple[str, ...]) -> re.Pattern | None:
    kept = sorted({name for name in names if len(name) >= MIN_LENGTH}, key=lambda name: (-len(name), name))
    if not kept:
        return None
    return re.compile("|".join(_name_pattern(name) for name in kept), re.IGNORECASE)


def _compile(names: Iterable[str]) -> re.Pattern | None:
    return _pattern(tuple(" ".join(str(name).split()) for name in names if name))


def anonymise_text(text: str, *, names: Iterable[str], replacement: str = "[removed]") -> str:
    """The text with each of the names replaced. Names shorter than three characters are left alone."""
    pattern = _compile(names)
    return _replace(text, pattern, replacement)


def _replace(text: str, pattern: re.Pattern | None, replacement: str) -> str:
    if not pattern or not text:
        return text
    return pattern.sub(lambda _match: replacement, text)


def _walk(value, pattern: re.Pattern | None, replacement: str):
    if isinstance(value, str):
        return _replace(value, pattern, replacement)
    if isinstance(value, list | tuple):
        return type(value)(_walk(item, pattern, replacement) for item in value)
    if isinstance(value, dict):
        return {key: _walk(item, pattern, replacement) for key, item in value.items()}
    return value


def anonymise_answers(
    answers: dict,
    *,
    names: Iterable[str],
    hidden_keys: Iterable[str],
    replacement: str = "[removed]",
) -> dict:
    """A copy of the answers without the hidden keys (found by purpose), with the names taken out of the rest."""
    hidden = set(hidden_keys)
    pattern = _compile(names)
    return {key: _walk(value, pattern, replacement) for key, value in answers.items() if key not in hidden}
