"""Spot text that looks like personal data about a child or family, before it reaches the panel.

Conservative on purpose: it asks a person to look again, it does not block. Each finding says what
it looks like and quotes the text around it so the nominator can find it.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    kind: str
    label: str
    excerpt: str
    field: str


LABELS = {
    "name_with_age": "A name with an age",
    "date_of_birth": "A date of birth",
    "address": "A home address",
    "postcode": "A postcode",
    "nhs_number": "An NHS number",
    "phone": "A phone number",
    "email": "An email address",
    "name_with_relation": "A name with a family relationship",
}

NOT_NAMES = {
    "The",
    "This",
    "That",
    "These",
    "Our",
    "We",
    "They",
    "It",
    "In",
    "On",
    "At",
    "For",
    "With",
    "After",
    "Before",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Covid",
    "Zoom",
    "Teams",
    "Children",
    "Social",
    "Early",
    "Help",
    "Year",
    "Years",
    "Key",
    "Stage",
    "Section",
    "Kent",
    "Surrey",
    "Medway",
    "Reading",
    "Slough",
    "Hampshire",
    "Portsmouth",
    "Southampton",
    "Brighton",
    "Hove",
    "Sussex",
    "Oxfordshire",
    "Buckinghamshire",
    "Milton",
    "Keynes",
    "Bracknell",
    "Windsor",
    "Maidenhead",
    "Wokingham",
    "Berkshire",
    "Isle",
    "Wight",
    "Council",
    "School",
    "Schools",
    "Primary",
    "Secondary",
    "Academy",
    "SEND",
    "NHS",
    "Ofsted",
    "DfE",
    "CAMHS",
    "Mosaic",
    "Group",
    "Team",
    "Service",
    "Services",
    "Family",
    "Families",
    "Virtual",
}
NAME = r"(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)"
MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"
DATE = rf"(?:\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTHS}\s+\d{{4}})"

PATTERNS = [
    (
        "name_with_age",
        re.compile(rf"\b{NAME}\s*(?:,\s*|\()(?:aged?\s*)?(?P<age>\d{{1,2}})\s*(?:\)|,|\s+years?\s+old\b)"),
    ),
    ("name_with_age", re.compile(rf"\b{NAME},?\s+aged?\s+(?P<age>\d{{1,2}})\b")),
    ("name_with_age", re.compile(rf"\b{NAME}\s+(?:who|that)\s+is\s+(?P<age>\d{{1,2}})\b")),
    (
        "name_with_age",
        re.compile(
            rf"\b(?P<age>\d{{1,2}})[- ]year[- ]old\s+(?:boy|girl|child|called|named)?\s*(?:called|named)?\s*{NAME}"
        ),
    ),
    ("date_of_birth", re.compile(rf"\b(?:DOB|D\.O\.B\.?|date of birth|born(?: on)?)\s*:?\s*{DATE}", re.IGNORECASE)),
    (
        "address",
        re.compile(
            r"\b(?:Flat\s+\d+[A-Za-z]?,?\s+)?\d{1,4}[A-Za-z]?\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:Street|St|Road|Rd|Avenue|Ave|Lane|Close|Drive|Way|Crescent|Gardens|Place|Court|Terrace|Grove|Mews|Hill)\b"
        ),
    ),
    ("postcode", re.compile(r"\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?)\s*\d[ABD-HJLNP-UW-Z]{2}\b")),
    ("nhs_number", re.compile(r"\b\d{3}[ -]?\d{3}[ -]?\d{4}\b")),
    (
        "phone",
        re.compile(r"(?<![\d\w])(?:\+44\s?\(?0?\)?\s?|0)(?:7\d{3}|[123]\d{2,4})[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\d)"),
    ),
    ("email", re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")),
    (
        "name_with_relation",
        re.compile(
            rf"\b(?:her|his|their)\s+(?:son|daughter|child|baby|brother|sister|mother|father|mum|dad)\s*,?\s+{NAME}"
        ),
    ),
    ("name_with_relation", re.compile(rf"\bthe\s+(?:mother|father|mum|dad|grandmother|grandfather|carer),\s+{NAME}")),
]


def _nhs_valid(digits: str) -> bool:
    total = sum(int(d) * (10 - i) for i, d in enumerate(digits[:9]))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text).removeprefix("44").lstrip("0")


def _excerpt(text: str, start: int, end: int) -> str:
    left, right = max(0, start - 25), min(len(text), end + 25)
    return ("…" if left else "") + text[left:right].strip() + ("…" if right < len(text) else "")


def _keep(kind: str, match: re.Match, allowed_emails: set[str], allowed_phones: set[str]) -> bool:
    value = match.group(0)
    name = match.groupdict().get("name")
    if name and name.split()[0].split("-")[0] in NOT_NAMES:
        return False
    if kind == "nhs_number":
        return _nhs_valid(re.sub(r"\D", "", value))
    if kind == "phone":
        return _digits(value) not in allowed_phones
    if kind == "email":
        return value.lower() not in allowed_emails
    return True


def personal_data_find(answers: dict[str, str], *, allowed: Iterable[str] = ()) -> list[Finding]:
    allowed = list(allowed)
    emails = {value.lower() for value in allowed if "@" in value}
    phones = {_digits(value) for value in allowed if "@" not in value and _digits(value)}
    findings = []
    for field, text in answers.items():
        found, spans = [], []
        for kind, pattern in PATTERNS:
            for match in pattern.finditer(text or ""):
                if any(match.start() < end and start < match.end() for start, end in spans):
                    continue
                if _keep(kind, match, emails, phones):
                    spans.append((match.start(), match.end()))
                    found.append((match.start(), Finding(kind, LABELS[kind], _excerpt(text, *match.span()), field)))
        findings += [finding for _, finding in sorted(found, key=lambda pair: pair[0])]
    return findings
