"""Answers to a call's headings: read them from a form post, check them and show them.

Pure functions over `HeadingSpec`, shared by the web form, the document import and the exports.
"""

import re

from .headings import CONTACT_PARTS, HeadingSpec, Kind

WORD = re.compile(r"\S+")
# The most any one answer (or part of one) may hold. Longer is refused before it is stored or checked
# for personal data: far beyond any word limit, small enough that every check on it stays quick.
MAX_CHARS = 20_000
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def word_count(text: str) -> int:
    return len(WORD.findall(text or ""))


def _label(spec: HeadingSpec) -> str:
    text = spec.text.rstrip("?").strip()
    return text[0].lower() + text[1:] if text[:2] != text[:2].upper() else text


def answer_from_post(spec: HeadingSpec, data) -> object:
    """The value as typed, valid or not, so that nothing typed is ever lost."""
    key = spec.key
    if spec.kind in (Kind.SHORT_TEXT, Kind.LONG_TEXT, Kind.ONE_CHOICE):
        return (data.get(key) or "").strip()
    if spec.kind == Kind.SEVERAL_CHOICES:
        return [value for value in data.getlist(key) if value]
    if spec.kind == Kind.YES_NO:
        raw = data.get(key, "")
        return {"answer": {"yes": True, "no": False}.get(raw), "detail": (data.get(f"{key}__detail") or "").strip()}
    if spec.kind == Kind.CONTACT:
        return {part: (data.get(f"{key}__{part}") or "").strip() for part, _label_ in CONTACT_PARTS}
    raise ValueError(f"Unknown kind {spec.kind}")


def _longest(value) -> int:
    if isinstance(value, str):
        return len(value)
    if isinstance(value, dict):
        return max((_longest(part) for part in value.values()), default=0)
    if isinstance(value, list | tuple):
        return max((_longest(part) for part in value), default=0)
    return 0


def is_answered(value) -> bool:
    """A stored answer that says something: not blank, and for a yes/no or contact, some part given."""
    if isinstance(value, bool):
        return True
    if isinstance(value, dict):
        return any(is_answered(part) for part in value.values())
    if isinstance(value, list | tuple):
        return bool(value)
    return value not in (None, "") and str(value).strip() != ""


def answer_too_long(value) -> bool:
    return _longest(value) > MAX_CHARS


def is_blank(spec: HeadingSpec, value) -> bool:
    if value in (None, "", [], {}):
        return True
    if spec.kind == Kind.YES_NO:
        return value.get("answer") is None
    if spec.kind == Kind.CONTACT:
        return not any(value.get(part) for part, _ in CONTACT_PARTS)
    return False


def answer_errors(spec: HeadingSpec, value) -> dict[str, str]:
    """Errors for one answer, keyed by form field name (`key`, or `key__part`). Empty when valid."""
    key = spec.key
    if answer_too_long(value):
        return _too_long_errors(spec, value)
    if is_blank(spec, value):
        if not spec.required:
            return {}
        if spec.kind in (Kind.ONE_CHOICE,):
            return {key: f"Select {_label(spec)}"}
        if spec.kind == Kind.SEVERAL_CHOICES:
            return {key: f"Select at least one of the {_label(spec)}"}
        if spec.kind == Kind.YES_NO:
            return {key: "Select yes or no"}
        if spec.kind == Kind.CONTACT:
            return {f"{key}__name": "Enter the contact's name"}
        return {key: f"Enter {_label(spec)}"}
    if spec.kind == Kind.LONG_TEXT and spec.word_limit and word_count(value) > spec.word_limit:
        return {key: f"{spec.text.rstrip('?')} must be {spec.word_limit} words or fewer (it has {word_count(value)})"}
    if spec.kind == Kind.SHORT_TEXT and len(value) > 300:
        return {key: f"{spec.text} must be 300 characters or fewer"}
    if spec.kind == Kind.ONE_CHOICE and spec.choices and value not in spec.choices:
        return {key: f"Select {_label(spec)} from the list"}  # noqa: S608 - a sentence, not SQL
    if spec.kind == Kind.SEVERAL_CHOICES and spec.choices and set(value) - set(spec.choices):
        return {key: f"Select {_label(spec)} from the list"}  # noqa: S608 - a sentence, not SQL
    if spec.kind == Kind.YES_NO and value.get("answer") and spec.follow_up and not value.get("detail"):
        return {f"{key}__detail": f"{spec.follow_up}"}
    if spec.kind == Kind.CONTACT:
        return _contact_errors(spec, value)
    return {}


def _too_long_errors(spec: HeadingSpec, value) -> dict[str, str]:
    message = f"must be {MAX_CHARS:,} characters or fewer"
    if isinstance(value, dict):
        labels = dict(CONTACT_PARTS) if spec.kind == Kind.CONTACT else {"detail": spec.follow_up or "The detail"}
        part = next(part for part, text in value.items() if answer_too_long(text))
        return {f"{spec.key}__{part}": f"{labels.get(part, spec.text)} {message}"}
    return {spec.key: f"{spec.text.rstrip('?')} {message}"}


def _contact_errors(spec: HeadingSpec, value: dict) -> dict[str, str]:
    errors = {}
    if not value.get("name"):
        errors[f"{spec.key}__name"] = "Enter the contact's name"
    email = value.get("email", "")
    if not email:
        errors[f"{spec.key}__email"] = "Enter the contact's email address"
    elif not EMAIL.match(email):
        errors[f"{spec.key}__email"] = "Enter an email address in the correct format, like name@example.org"
    phone = value.get("phone", "")
    if phone and not re.fullmatch(r"[0-9 +()\-]{7,20}", phone):
        errors[f"{spec.key}__phone"] = "Enter a telephone number, like 01632 960 001 or 07700 900 982"
    return errors


def answers_errors(specs: list[HeadingSpec], answers: dict) -> dict[str, str]:
    errors: dict[str, str] = {}
    for spec in specs:
        errors.update(answer_errors(spec, answers.get(spec.key)))
    return errors


def answer_display(spec: HeadingSpec, value) -> str:
    """Plain-text form of an answer, for check-your-answers, emails and exports."""
    if is_blank(spec, value):
        return ""
    if spec.kind == Kind.SEVERAL_CHOICES:
        return "; ".join(value)
    if spec.kind == Kind.YES_NO:
        text = "Yes" if value.get("answer") else "No"
        return f"{text}: {value['detail']}" if value.get("detail") else text
    if spec.kind == Kind.CONTACT:
        return "\n".join(value.get(part, "") for part, _ in CONTACT_PARTS if value.get(part))
    return str(value)


def answers_as_text(specs: list[HeadingSpec], answers: dict) -> dict[str, str]:
    """Answer text by key, for searching, theme suggestion and the personal-data check."""
    return {spec.key: answer_display(spec, answers.get(spec.key)) for spec in specs}
