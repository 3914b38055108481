"""Placeholders in the team's email templates: `{name}` fills in a value, `{{` and `}}` are literal braces.

Pure functions with no database, so that checking a template when it is saved and filling it in when a
message is queued follow exactly the same rules. A placeholder is a bare name: no attribute access, no
format specification, so an edited template can only ever show the values offered to it.
"""

import re
from collections.abc import Callable, Iterable, Mapping
from string import Formatter

from django.utils.html import conditional_escape

NAME = re.compile(r"^[a-z][a-z0-9_]*$")
#: A template read once: (literal text, placeholder name or None) pairs.
Pieces = tuple[tuple[str, str | None], ...]


class TemplateError(ValueError):
    """A template the team typed cannot be used; the message says what to change."""


def _pieces(text: str):
    """(literal, placeholder name or None) pairs, or a TemplateError that a person can act on."""
    try:
        parsed = list(Formatter().parse(text))
    except ValueError as error:
        if "Single '}'" in str(error):
            raise TemplateError("A ‘}’ has no matching ‘{’. To show a brace, type it twice: }}") from error
        raise TemplateError("A ‘{’ has no matching ‘}’. To show a brace, type it twice: {{") from error
    for literal, field, spec, conversion in parsed:
        if field is None:
            yield literal, None
            continue
        written = "{" + field + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
        if not NAME.match(field) or spec or conversion:
            raise TemplateError(f"‘{written}’ is not a placeholder. Placeholders are names in braces, like {{name}}")
        yield literal, field


def placeholders_used(text: str) -> list[str]:
    """The placeholder names in `text`, in order of first use. Raises TemplateError."""
    names: list[str] = []
    for _literal, name in _pieces(text):
        if name and name not in names:
            names.append(name)
    return names


def placeholder_errors(text: str, allowed: Iterable[str], required: Iterable[str] = ()) -> list[str]:
    """What is wrong with `text` as a template offering `allowed` placeholders (empty when it is fine)."""
    allowed = list(allowed)
    try:
        used = placeholders_used(text)
    except TemplateError as error:
        return [str(error)]
    unknown = [name for name in used if name not in allowed]
    errors = [
        f"{{{name}}} is not a placeholder of this email. Use one of: " + ", ".join(f"{{{n}}}" for n in allowed)
        for name in unknown
    ]
    errors += [f"Include {{{name}}}: the email is no use without it" for name in required if name not in used]
    return errors


def parse(text: str) -> Pieces:
    """`text` read once, to be filled in many times (`fill_parsed`). Raises TemplateError."""
    return tuple(_pieces(text))


def fill(text: str, values: Mapping[str, Callable[[], str]], *, html: bool = False) -> str:
    """Fill `text` in. In HTML every value is escaped unless it is already safe HTML; plain text and
    subjects are never escaped (an apostrophe stays an apostrophe)."""
    return fill_parsed(parse(text), values, html=html)


def fill_parsed(pieces: Pieces, values: Mapping[str, Callable[[], str]], *, html: bool = False) -> str:
    out = []
    for literal, name in pieces:
        out.append(literal)
        if name is not None:
            value = values[name]()
            out.append(str(conditional_escape(value)) if html else str(value))
    return "".join(out)
