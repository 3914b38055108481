"""Dates as the weekly updates write them: ‘13 November 2020’, ‘4th March 2021’, ‘Friday 13 September’,
‘February 1, 2019’, ‘31/01/2020’, ‘2019-01-28’, ‘March 2021’.

A date without a year takes it from the update it appears in: a publication (`PAST`) is the latest such
day on or before the update, a meeting (`FUTURE`) the first on or after it. A month without a day is
found (its words are kept) but has no single day.
"""

import re
from dataclasses import dataclass
from datetime import date

PAST, FUTURE = "past", "future"
_MONTH_NAMES = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTH_NUMBER = {name: n for n, name in enumerate(_MONTH_NAMES, start=1)}
_MONTH_NUMBER |= {name[:3]: n for name, n in _MONTH_NUMBER.items()} | {"sept": 9}
_MONTHS = "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True))
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
_ORDINAL = r"(?:st|nd|rd|th)?"
DATE_RE = re.compile(
    r"\b" + _WEEKDAY + r"(?:"
    rf"(?P<d1>\d{{1,2}}){_ORDINAL}\s+(?P<m1>{_MONTHS})\b\.?(?:,?\s+(?P<y1>\d{{4}})\b)?"
    rf"|(?P<m2>{_MONTHS})\.?\s+(?P<d2>\d{{1,2}}){_ORDINAL}\b(?:,?\s+(?P<y2>\d{{4}})\b)?"
    rf"|(?P<m3>{_MONTHS})\.?\s+(?P<y3>\d{{4}})\b"
    r"|(?P<d4>\d{1,2})[/.](?P<mo4>\d{1,2})[/.](?P<y4>\d{4}|\d{2})\b"
    r"|(?P<y5>\d{4})-(?P<mo5>\d{2})-(?P<d5>\d{2})\b"
    r")",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class FoundDate:
    value: date | None  # None for a month without a day, or a day that does not exist
    text: str  # the words as written
    start: int
    end: int


def _real_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _with_year(month: int, day: int, reference: date | None, direction: str) -> date | None:
    if reference is None:
        return None
    for year in (reference.year, reference.year - 1) if direction == PAST else (reference.year, reference.year + 1):
        candidate = _real_day(year, month, day)
        if candidate and (candidate <= reference if direction == PAST else candidate >= reference):
            return candidate
    return _real_day(reference.year, month, day)


def _value(match: re.Match, reference: date | None, direction: str) -> date | None:
    groups = match.groupdict()
    if groups["y5"]:
        return _real_day(int(groups["y5"]), int(groups["mo5"]), int(groups["d5"]))
    if groups["y4"]:
        year = int(groups["y4"]) + (2000 if len(groups["y4"]) == 2 else 0)
        return _real_day(year, int(groups["mo4"]), int(groups["d4"]))
    if groups["m3"]:
        return None
    month = _MONTH_NUMBER[(groups["m1"] or groups["m2"]).lower()]
    day, year = int(groups["d1"] or groups["d2"]), groups["y1"] or groups["y2"]
    return _real_day(int(year), month, day) if year else _with_year(month, day, reference, direction)


def dates_in(text: str, *, reference: date | None = None, direction: str = PAST) -> list[FoundDate]:
    """Every date written in `text`, in order."""
    return [
        FoundDate(_value(match, reference, direction), match.group(0).strip(" ,"), match.start(), match.end())
        for match in DATE_RE.finditer(text)
    ]


def date_at_end(text: str, *, reference: date | None = None, direction: str = PAST) -> FoundDate | None:
    """The date that `text` ends with (trailing full stop allowed), or None."""
    found = dates_in(text, reference=reference, direction=direction)
    if found and not text[found[-1].end :].strip(" .,;"):
        return found[-1]
    return None


def whole_date(text: str, *, reference: date | None = None, direction: str = PAST) -> FoundDate | None:
    """`text` read as a date when it is nothing but a date (or a year alone, which has no single day)."""
    if re.fullmatch(r"(?:19|20)\d\d", text.strip(" .")):
        return FoundDate(None, text.strip(" ."), 0, len(text))
    found = date_at_end(text, reference=reference, direction=direction)
    return found if found and not text[: found.start].strip(" ,") else None
