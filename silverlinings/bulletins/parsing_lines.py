"""A pasted update as numbered lines, with the damage that copying does put right: non-breaking and
other odd spaces, invisible characters, and UTF-8 that went through Windows-1252 by mistake."""

import re
from dataclasses import dataclass

#: A weekly update is 10–20 KB of text; a paste many times that is not one update.
MAX_CHARS = 250_000
_MOJIBAKE = re.compile(r"[ÂÃâ][\u0080-\u00bf\u0152-\u0192\u02c6-\u02dc\u2013-\u2122]")
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")


class UpdateRefused(Exception):
    """The text cannot be imported as it is; `message` says why and what to do."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Line:
    number: int  # 1-based, as an editor shows it
    text: str  # spaces collapsed, non-breaking spaces and mojibake put right


def _as_windows_1252(text: str) -> bytes:
    """The bytes that were misread. Windows-1252 has no character for 0x81, 0x8D, 0x8F, 0x90 and 0x9D:
    a misreading keeps them as control characters, or loses them (U+FFFD); the one lost in English text
    is the last byte of ‘”’."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1252")
        except UnicodeEncodeError:
            if ord(char) < 256:
                out.append(ord(char))
            elif char == "\ufffd":
                out.append(0x9D)
            else:
                raise
    return bytes(out)


def _repaired(text: str) -> str:
    """Undo UTF-8 read as Windows-1252 (‘Childrenâ€™s’ → ‘Children’s’) when the whole line allows it."""
    if not _MOJIBAKE.search(text):
        return text
    try:
        return _as_windows_1252(text).decode("utf-8")
    except UnicodeError:
        return text


def _normalised(raw: str) -> str:
    if raw.isascii():
        return " ".join(raw.split())
    return _SPACES.sub(" ", _INVISIBLE.sub("", _repaired(raw))).strip()


def update_lines(text: str) -> list[Line]:
    """The paste as numbered lines, refused with a message when it is far too long to be one update."""
    if len(text) > MAX_CHARS:
        raise UpdateRefused(
            f"The text is too long to be one weekly update ({len(text):,} characters). "
            f"Paste or upload one update at a time: an update is usually under 50,000 characters"
        )
    return [Line(number, _normalised(raw)) for number, raw in enumerate(text.splitlines(), start=1)]


def blank_line_runs(lines: list[Line], gap: int) -> list[list[Line]]:
    """The lines in runs separated by `gap` or more blank lines, blank lines at either end removed."""
    runs, current, blanks = [], [], 0
    for line in lines:
        if not line.text:
            blanks += 1
            continue
        if current and blanks >= gap:
            runs.append(current)
            current = []
        elif current and blanks:
            current.append(Line(line.number - 1, ""))
        current.append(line)
        blanks = 0
    return [*runs, current] if current else runs
