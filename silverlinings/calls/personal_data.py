"""Spot text that looks like personal data about a child or family, before it reaches the panel.

Conservative on purpose: it asks a person to look again, it does not block. Each finding says what
it looks like and quotes the text around it so the nominator can find it. Names are found by a
capitalised-word heuristic, so a name only counts next to an age or a family relationship.
"""

import bisect
import re
from collections.abc import Iterable, Iterator
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
EXCERPT_WIDTH = 78


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Capitalised words that are not people's names: sentence openers, calendar, places in the region,
# councils, services and products. Compared in lower case.
NOT_NAMES = _word_set(
    """
    a an the this that these those our we they it its in on at for with after before during since from by to of
    and but or so as if when while where which who what how why all some many most each every any both few several
    one two three four five six seven eight nine ten eleven twelve first second third last next new now then also
    however overall finally initially previously currently today yesterday recently together here there yes no not
    only just more less over under around about between within without through across because although though
    despite following using including once again other another such her his their my your she he you us them
    everyone anyone someone nobody total number average further approximately nearly almost roughly up out off
    mr mrs ms miss dr mx sir dame lord lady
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec spring summer autumn winter christmas easter half term
    week weeks month months day days year years covid coronavirus pandemic lockdown omicron
    zoom teams microsoft whatsapp facebook instagram youtube google skype mosaic liquidlogic servelec excel word
    outlook sharepoint padlet kahoot mentimeter miro jamboard tiktok snapchat twitter android apple ipad windows
    signs safety mind own barnardo barnardos action trust foundation charity
    kent surrey medway reading slough hampshire portsmouth southampton brighton hove sussex oxfordshire
    buckinghamshire milton keynes bracknell forest windsor maidenhead wokingham berkshire isle wight west east north
    south central royal borough city county council district england english britain british london uk europe
    canterbury maidstone ashford dover folkestone thanet margate guildford woking crawley horsham chichester worthing
    eastbourne hastings lewes oxford banbury aylesbury wycombe high winchester basingstoke newbury chatham
    gillingham rochester gravesend dartford sevenoaks tunbridge wells newport ryde cowes bletchley
    ukrainian afghan syrian eritrean sudanese albanian iranian iraqi kurdish vietnamese polish romanian welsh
    scottish irish asian african caribbean european roma gypsy traveller travellers muslim christian jewish sikh hindu
    children child childrens young people youth pupils pupil students student parents parent carers carer families
    family boys girls babies baby mothers fathers mums dads mum dad siblings staff workers worker practitioners
    managers manager leaders headteachers headteacher heads head governors police health education attendance
    training sessions session meetings meeting visits referrals cases social early help care leavers leaving looked
    foster fostering adoption adopters virtual online hybrid digital remote video phone email text face home office
    hub hubs centre centres service services group groups project programme pilot scheme model approach offer plan
    plans panel board partnership forum network unit department directorate local national authority authorities
    government nhs ofsted dfe send camhs mash ehcp key stage section part chapter page table figure appendix annex
    phase step level tier wave option question outcome outcomes priority recommendation act school schools primary
    secondary academy college nursery team director officer lead chair judge court tribunal protection
    safeguarding support wellbeing development justice
    """
)

WORD = r"[A-Z](?:['’][A-Z])?[a-zA-Z]*[a-z]\b(?:-[A-Z][a-zA-Z]*[a-z]\b)*"
WORD_RE = re.compile(WORD)
RUN_RE = re.compile(rf"(?<![\w'’-]){WORD}(?: +{WORD})*")

NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
NUM = rf"(?:\d{{1,2}}(?!\d)|(?:{NUMBER_WORDS}|seventeen|eighteen|nineteen)\b)"
BARE = r"(?:2[0-5]|1\d|\d)(?!\d)"
YEARS_OLD = r"(?:\s*(?:years?|yrs?|months?)(?:[\s-]*old)?)?"
NOT_RANGE = (
    r"(?!\d|\s*(?:%|\+|per\s?cent)|\s*(?:-|–|—|to)\s*\d|\s+(?:and|or)\s+(?:over|under|above|older|younger|up)\b)"
)
AFTER_NAME_RE = re.compile(
    "|".join(
        [
            rf",?\s+aged?\s+{NUM}{NOT_RANGE}",
            rf"\s*\(\s*(?:aged?\s*)?{BARE}{YEARS_OLD}\s*\)",
            rf",\s*{BARE}{YEARS_OLD}(?=\s*[,;)]|\.(?:\s|$)|\s+and\s)",
            rf",?\s+(?:who|that)\s+(?:is|was|turned|has\s+just\s+turned)\s+(?:now\s+|just\s+|only\s+)?{NUM}{NOT_RANGE}",
            rf",\s*(?:now\s+)?an?\s+{NUM}[\s-]years?[\s-]old\b",
            rf"\s+is\s+(?:now\s+)?{BARE}{YEARS_OLD}(?=[,.;]|\s+and\s)",
        ]
    )
)
BEFORE_AGE_RE = re.compile(rf"\b{NUM}[\s-]years?[\s-]old(?:\s+[a-z]+){{0,2}}?,?\s+(?:called|named|known\s+as)\s+\Z")
RELATION = (
    r"(?:son|daughter|child|baby|brother|sister|mother|father|mum|dad|grandson|granddaughter|grandmother|"
    r"grandfather|grandma|grandad|granny|nan|nephew|niece|aunt|uncle|cousin|stepson|stepdaughter|stepmother|"
    r"stepfather|stepdad|stepmum|partner|boyfriend|girlfriend|husband|wife|twin)"
)
RELATION_ADJECTIVE = r"(?:eldest|oldest|youngest|older|younger|little|big|baby|foster|adopted|twin|teenage|new-?born)"
BEFORE_RELATION_RE = re.compile(
    rf"\b(?:(?:her|his|their|my|our)\s+(?:{RELATION_ADJECTIVE}\s+){{0,2}}{RELATION}(?:,?\s+(?:called|named)\s+|,\s*|\s+)"
    rf"|the\s+(?:{RELATION}|carer|foster\s+carer),\s*)\Z",
    re.IGNORECASE,
)

MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
DAY = r"(?:0?[1-9]|[12]\d|3[01])"
ORDINAL = r"(?:st|nd|rd|th)?"
DATE = (
    rf"(?:{DAY}(?P<sep>[./-])(?:0?[1-9]|1[0-2])(?P=sep)(?:19|20)?\d\d"
    rf"|(?:19|20)\d\d-(?:0?[1-9]|1[0-2])-{DAY}"
    rf"|{DAY}{ORDINAL}\s+(?:of\s+)?{MONTH},?\s+(?:19|20)\d\d|{MONTH}\s+{DAY}{ORDINAL},?\s+(?:19|20)\d\d)(?!\d)"
)
DOB_RE = re.compile(
    rf"\b(?:d\.?o\.?b\.?|date\s+of\s+birth|birth\s*date|born(?:\s+on)?)\s*(?:[:–-]|is|was)?\s*(?:the\s+)?{DATE}",
    re.IGNORECASE,
)
STREET = (
    r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Close|Drive|Way|Crescent|Gardens|Place|Court|Terrace|Grove|Mews|"
    r"Hill|Park|Walk|Row|Square|Rise|View|Green|Parade|Meadows?|Vale|Gate|Chase|Wharf|Quay)"
)
ADDRESS_RE = re.compile(
    rf"(?<![\w£$.,/-])(?:(?:Flat|Apartment|Apt|Unit)\.?\s*\d{{1,3}}[A-Za-z]?,?\s+)?\d{{1,3}}[A-Za-z]?,?\s+"
    rf"(?:{WORD}(?:['’]s)?\s+){{1,3}}{STREET}\b"
)
POSTCODE_RE = re.compile(
    r"(?<![\w-])(?:GIR ?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW]?|\d\d|[A-HK-Y]\d[ABEHMNPRVWXY]?|[A-HK-Y]\d\d)"
    r" ?\d[ABD-HJLNP-UW-Z]{2})(?![\w-])"
)
NHS_RE = re.compile(r"(?<![\d£$.,+/-])\d{3}(?P<sep>[ -]?)\d{3}(?P=sep)\d{4}(?!\d|[.,/-]\d)")
PHONE_RE = re.compile(r"(?<![\w+/.-])(?:\+44\s?(?:\(0\)\s?)?|0044\s?|\(?0)[1237](?:[\s-]?\)?[\s-]?\d){8,9}(?!\d)")
EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _nhs_valid(value: str) -> bool:
    digits = [int(d) for d in re.sub(r"\D", "", value)]
    check = 11 - sum(d * (10 - i) for i, d in enumerate(digits[:9])) % 11
    return check != 10 and check % 11 == digits[9]


def _national(value: str) -> str:
    """A UK phone number's digits without the +44 or leading 0, so spacing and prefixes do not matter."""
    digits = re.sub(r"\D", "", value)
    if digits.startswith("0044"):
        digits = digits[4:]
    elif digits.startswith("44") and len(digits) > 10:
        digits = digits[2:]
    return digits.lstrip("0")


def _phone_valid(value: str) -> bool:
    digits = _national(value)
    return len(digits) == 10 or (len(digits) == 9 and digits.startswith("1"))


# Earlier kinds win when two findings overlap.
PATTERNS = [
    ("email", EMAIL_RE, None),
    ("nhs_number", NHS_RE, _nhs_valid),
    ("date_of_birth", DOB_RE, None),
    ("phone", PHONE_RE, _phone_valid),
    ("postcode", POSTCODE_RE, None),
    ("address", ADDRESS_RE, None),
]


def _is_name_word(word: str) -> bool:
    return word.lower().strip("'’") not in NOT_NAMES and not word.lower().endswith(("'s", "’s"))


def _trailing_name(run: re.Match) -> int | None:
    """Where the name at the end of a run of capitalised words starts, after any opening words like "Today"."""
    words = list(WORD_RE.finditer(run.group()))
    while words and not _is_name_word(words[0].group()):
        words.pop(0)
    if not 1 <= len(words) <= 2 or not all(_is_name_word(word.group()) for word in words):
        return None
    return run.start() + words[0].start()


def _leading_name(run: re.Match) -> int | None:
    """Where a name at the start of a run of capitalised words ends: one or two words, not a stop word."""
    end = None
    for word in list(WORD_RE.finditer(run.group()))[:2]:
        if not _is_name_word(word.group()):
            break
        end = run.start() + word.end()
    return end


def _name_hits(text: str) -> Iterator[tuple[str, int, int]]:
    for run in RUN_RE.finditer(text):
        start = _trailing_name(run)
        after = AFTER_NAME_RE.match(text, run.end()) if start is not None else None
        if after:
            yield "name_with_age", start, after.end()
            continue
        end = _leading_name(run)
        if end is None:
            continue
        window_start = max(0, run.start() - 80)
        window = text[window_start : run.start()]
        for kind, pattern in (("name_with_age", BEFORE_AGE_RE), ("name_with_relation", BEFORE_RELATION_RE)):
            if before := pattern.search(window):
                yield kind, window_start + before.start(), end
                break


def _hits(text: str) -> Iterator[tuple[str, int, int]]:
    for kind, pattern, valid in PATTERNS:
        for match in pattern.finditer(text):
            if valid is None or valid(match.group()):
                yield kind, match.start(), match.end()
    yield from _name_hits(text)


def _is_allowed(kind: str, value: str, allowed: list[str]) -> bool:
    if kind == "phone":
        return _national(value) in {_national(item) for item in allowed if "@" not in item}
    return value.casefold() in {item.casefold() for item in allowed}


def _excerpt(text: str, start: int, end: int) -> str:
    """The match with a few words either side, on one line, at most about 80 characters."""
    room = max(0, EXCERPT_WIDTH - (end - start)) // 2
    left, right = max(0, start - room), min(len(text), end + room)
    if left > 0 and (space := text.find(" ", left, start)) != -1:
        left = space + 1
    if right < len(text) and (space := text.rfind(" ", end, right)) != -1:
        right = space
    snippet = " ".join(text[left:right].split())[:EXCERPT_WIDTH]
    return ("…" if left > 0 else "") + snippet + ("…" if right < len(text) else "")


def _field_findings(field: str, text: str, allowed: list[str]) -> list[Finding]:
    # Claimed stretches never overlap, so they stay sorted by start and by end alike: a new hit can only
    # overlap the stretch that starts just before its end. One binary search per hit keeps the scan linear.
    starts: list[int] = []
    claimed: list[tuple[int, int, str | None]] = []
    for kind, start, end in _hits(text):
        at = bisect.bisect_left(starts, end)
        if at and claimed[at - 1][1] > start:
            continue
        starts.insert(at, start)
        claimed.insert(at, (start, end, None if _is_allowed(kind, text[start:end], allowed) else kind))
    return [Finding(kind, LABELS[kind], _excerpt(text, start, end), field) for start, end, kind in claimed if kind]


def personal_data_find(answers: dict[str, str], *, allowed: Iterable[str] = ()) -> list[Finding]:
    """What in the answers may identify a child or family, in field order then position.

    `allowed` holds what is fine to show, such as the contact's own email and phone: an exact match is
    ignored, emails in any case and phone numbers by their digits.
    """
    allowed = [str(item).strip() for item in allowed if item and str(item).strip()]
    findings: list[Finding] = []
    for field, text in answers.items():
        if text:
            findings += _field_findings(field, str(text), allowed)
    return findings
