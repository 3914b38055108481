"""Contact answers: labelled lines ("Name:", "Tel:"), or a block of free text read by what each piece is
(an email, a telephone number, a person's name, a role), and answers that point elsewhere ("See below")."""

import re

from ...headings import CONTACT_PARTS, HeadingSpec
from .text import Answer, Items, _lines, normalise

EMAIL = re.compile(r"[^@\s<>(),;:\"'\[\]]+@[^@\s<>(),;:\"'\[\]]+\.[A-Za-z]{2,}")
PHONE = re.compile(r"^\+?[\d\s()\-.]{7,25}$")
_LABEL = re.compile(r"^\s*([A-Za-z][A-Za-z .\-]{0,24}?)\s*(?::|\s[-–]\s)\s*(.*)$")
CONTACT_LABELS = {
    "name": ("name", "full name", "contact name", "your name", "name of contact"),
    "role": ("role", "job title", "title", "position", "job role", "job", "role or job title", "designation", "post"),
    "email": ("email", "e mail", "email address", "e mail address", "mail", "e"),
    "phone": (
        "telephone", "phone", "tel", "mobile", "telephone number", "phone number", "mobile number", "tel no", "t",
        "m", "mob", "contact number", "contact telephone", "direct line", "direct dial", "work mobile",
    ),
}  # fmt: skip
_LABEL_PART: dict[str, str | None] = {label: part for part, labels in CONTACT_LABELS.items() for label in labels}
_LABEL_PART |= {"contact": None, "contact details": None}
#: A contact block's label (normalised) → the part it labels; None for "Contact" itself.
CONTACT_LABEL_PARTS = _LABEL_PART
#: A telephone number inside a line of text: UK numbers as people type them.
PHONE_IN_TEXT = re.compile(r"(?:\+44\s?(?:\(0\)\s?)?|(?<![\w@.])\(?0)\d{2,4}\)?[\s\-]?\d{3,4}[\s\-]?\d{2,5}(?![\w@])")
_HONORIFIC = r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Cllr|Revd?)\.?\s+)?"
_NAME_WORD = r"(?:[A-Z][\w’'\-]*|(?:van|von|de|da|del|der|le|la|bin|al)(?=\s))"
PERSONAL_NAME = re.compile(rf"^{_HONORIFIC}[A-Z][\w’'\-]+(?:\s+{_NAME_WORD}){{1,3}}$")
#: Words that make a piece of a contact block a job or a place, not a person's name.
ROLE_WORDS = frozenset(
    [
        "manager",
        "officer",
        "director",
        "head",
        "headteacher",
        "teacher",
        "lead",
        "leader",
        "coordinator",
        "co",
        "ordinator",
        "worker",
        "adviser",
        "advisor",
        "team",
        "service",
        "services",
        "council",
        "school",
        "practitioner",
        "nurse",
        "social",
        "assistant",
        "deputy",
        "principal",
        "senior",
        "chair",
        "consultant",
        "specialist",
        "administrator",
        "analyst",
        "commissioner",
        "clerk",
        "centre",
        "center",
        "support",
        "children",
        "childrens",
        "family",
        "families",
        "care",
        "education",
        "health",
        "board",
        "county",
        "city",
        "borough",
        "unit",
        "hub",
        "virtual",
        "practice",
        "business",
        "designated",
        "strategic",
        "operations",
        "partnership",
        "trust",
        "academy",
        "college",
        "university",
        "nhs",
        "police",
        "justice",
        "youth",
        "early",
        "help",
        "send",
        "court",
        "legal",
        "executive",
        "chief",
        "interim",
        "acting",
        "group",
        "programme",
        "project",
        "development",
        "inclusion",
        "safeguarding",
        "fostering",
        "adoption",
    ]
)


def _contact(spec: HeadingSpec, items: Items) -> Answer:
    """Labelled lines ("Name:", "Tel:") fill their part; the rest is read by what each piece is.

    In free text ("Gareth Okonjo, Deputy Headteacher, Virtual School Kent – gareth@… – 01632 960387",
    on one line or several) the email and the telephone number are found by their pattern, the name is
    the leading personal name, and the role is what remains, its own commas kept.
    """
    value = {part: "" for part, _label in CONTACT_PARTS}
    free, problems, notes, quiet = [], [], [], []

    def put(part: str, text: str) -> None:
        if text and value[part] and text != value[part]:
            label_text = dict(CONTACT_PARTS)[part].lower()
            problems.append(f"‘{spec.text}’: it gives more than one {label_text}, so ‘{text}’ was left out")
        elif text:
            value[part] = text

    lines = _labels_joined([piece for line in _lines(items) if not SENT_FROM.match(line) for piece in _parted(line)])
    lines = [_surname_first(line) for line in lines]
    lines = _capitals_turned(lines)
    signed = next((index for index, line in enumerate(lines) if SIGN_OFF.match(line)), None)
    if signed and _elsewhere(lines[:signed]) and any(EMAIL.search(line) for line in lines[signed + 1 :]):
        # "me (see signature)", then the letter's sign-off under it: the details are the signature's.
        found = _contact(spec, [(line, False) for line in lines[signed + 1 :]])
        said = " ".join(lines[:signed])
        note = f"‘{spec.text}’: it says ‘{said}’; the details are taken from the letter’s sign-off"
        return Answer(found.value, found.problems, [*found.notes, note])
    if signed == 0 and len(lines) > 1:
        # The answer is a pasted email signature, its sign-off first ("Kind regards," then the name): the details
        # are the signature's, the sign-off no part of them.
        lines = lines[1:]
    if _elsewhere(lines):
        said = " ".join(lines)
        return Answer(None, [f"‘{spec.text}’: it says ‘{said}’, so the contact’s details must be checked"])
    for index, line in enumerate(lines):
        if SIGN_OFF.match(line):
            # "Best wishes, Hollie": the letter's end, not the contact's details.
            notes.append(f"‘{spec.text}’: also written: ‘{' '.join(lines[index:])}’")
            break
        if _sentence(line):
            notes.append(f"‘{spec.text}’: also written: ‘{line}’")
            continue
        label = _LABEL.match(line) or _TWO_LABELS.match(line)
        known = label is not None and _known_label(label.group(1))
        part = _label_part(label.group(1)) if known else None
        text = label.group(2).strip() if known else line
        text = spelt_email(text)
        if part == "email" and (email := EMAIL.search(text)):
            text = email.group(0)
        if part == "phone":
            text, other = _first_number(_PHONE_NOTE.sub("", text))  # "(office)": which line it is, not the number
            text, said = _number_in_words(text)  # "Teams only", "via switchboard 03000 41 41 41, ask for Jo"
            other = " ".join(filter(None, (said, other)))
            if other:
                quiet.append(f"‘{spec.text}’: also written: ‘{other}’")
        if part is None:  # unlabelled, or labelled only "Contact" or "Lead"; two people: "Lead: …; Deputy: …"
            free += [_WHO_LABEL.sub("", piece, count=1) for piece in _people(text)]
        else:
            put(part, text)
    pieces, first_email, bracketed = [], None, []
    for text in free:
        for behalf in _BEHALF.finditer(text):  # "…, on behalf of Maria (foster carer)": whom they write for
            notes.append(f"‘{spec.text}’: also written: ‘{behalf.group(1).strip()}’")
        text = _BEHALF.sub(" ", text)
        emails = EMAIL.findall(text)
        first_email = first_email or value["email"] or (emails[0] if emails else None)
        if emails and first_email not in emails:
            # A second person ("Deputy: Tom Eze, Team Manager, tom@…"): kept for the person checking.
            notes.append(f"‘{spec.text}’: also written: ‘{text}’")
            continue
        for email in EMAIL.findall(text):
            put("email", email.strip(".<>"))
        text = EMAIL.sub(" ; ", text)
        text = MISREAD_PHONE.sub(_digits_restored, text)  # "0l622 69l234" from a scan: 01622 691234
        for phone in PHONE_IN_TEXT.findall(text):
            phone = phone.strip()
            put("phone", phone.lstrip("(") if phone.count("(") > phone.count(")") else phone)
        text = PHONE_IN_TEXT.sub(" ; ", text)
        for extension in EXTENSION.findall(text):  # "ext. 4417": the phone, or a part of it
            if value["phone"] and extension not in value["phone"]:
                value["phone"] = f"{value['phone']} {extension}"
            else:
                put("phone", extension)
        text = EXTENSION.sub(" ; ", text)
        text = re.sub(r"\b[A-Za-z][A-Za-z/ .\-]{0,30}[:.]\s*(?=;|$)", " ", text)  # "Tel/mobile:" left by the number
        text = _PHONE_WORD.sub(" ", _PRONOUNS.sub(" ", text))  # "mobile 07700…", "(she/her)": no part of the contact
        bracketed += [found.strip(" .:-–—") for found in _BRACKETED.findall(text)]
        pieces += [piece.strip(" .:-–—") for piece in re.split(r"[,;:|()\[\]<>]|\s[-–—]\s|\s[-–—]$", text)]
    pieces = [piece for piece in pieces if piece.strip(" .:-–—")]
    if pieces and not value["name"]:
        named = [index for index, piece in enumerate(pieces) if _personal_name(piece)]
        if not named and len(pieces[0].split()) <= 4 and not _role_like(pieces[0]) and not value["role"]:
            named = [0]  # a lone name that does not look like one, such as "priya"
        if named:
            value["name"] = pieces.pop(named[0])
    role = [piece for piece in pieces if len(piece.split()) <= 12]
    notes += [f"‘{spec.text}’: also written: ‘{piece}’" for piece in pieces if len(piece.split()) > 12]
    if role:
        put("role", ", ".join(role))
    if any(_LABEL_PART.get(normalise(piece)) for piece in value["role"].split(",")):
        problems.append(f"‘{spec.text}’: the role ‘{value['role']}’ holds a label, so a detail may be misplaced")
    roles = {piece.strip() for piece in value["role"].split(",")}
    if len(roles) > 1 and set(bracketed) & roles:  # "(Early Years Practitioner)" alone is the role, in brackets
        problems.append(f"‘{spec.text}’: the role ‘{value['role']}’ joins words written in brackets, perhaps a remark")
    if re.search(r"\d{3}", value["role"]):
        problems.append(f"‘{spec.text}’: the role ‘{value['role']}’ holds numbers, so the telephone may be wrong")
    if quiet and not notes and not problems:
        return Answer(value, [], quiet, quiet=True)  # only a second telephone number: shown, the answer not marked
    return Answer(value if any(value.values()) else None, problems, notes + quiet)


#: An email address spelt out in words, as people write it on the web to keep it from spam: "jane dot smith at
#: kent dot gov dot uk", "jane.smith [at] kent [dot] gov [dot] uk". The part after "at" has at least one "dot".
_SPELT_AT = r"(?:\s+at\s+|\s*[\[(]at[\])]\s*)"
_SPELT_DOT = r"(?:\s+dot\s+|\s*[\[(]dot[\])]\s*|\.)"
SPELT_EMAIL = re.compile(
    rf"(?<![\w.@])([A-Za-z0-9_\-]+(?:{_SPELT_DOT}[A-Za-z0-9_\-]+)*){_SPELT_AT}"
    rf"([A-Za-z0-9\-]+(?:{_SPELT_DOT}[A-Za-z0-9\-]+)*{_SPELT_DOT}[A-Za-z]{{2,6}})(?![\w@])",
    re.I,
)


def spelt_email(text: str) -> str:
    """The text with an email address spelt out in words written as an address, when the text holds no address."""
    if "@" in text or not re.search(r"(?i)\bdot\b|[\[(]at[\])]", text):
        return text

    def written(found: re.Match) -> str:
        local, domain = (re.sub(_SPELT_DOT, ".", part) for part in found.groups())
        return f"{local}@{domain}".lower()

    return SPELT_EMAIL.sub(written, text)


def _first_number(text: str) -> tuple[str, str]:
    """A labelled telephone line giving two numbers ("01632 960387 / 07700 900123 (mobile)"): the first, and the
    rest as written."""
    numbers = list(PHONE_IN_TEXT.finditer(text))
    if len(numbers) < 2 or not re.fullmatch(r"\s*(?:/|,|;|or|and)\s*", text[numbers[0].end() : numbers[1].start()]):
        return text, ""
    return text[: numbers[0].end()].strip(), text[numbers[1].start() :].strip()


#: A telephone number written in groups of any size ("03000 41 41 41", "+44 (0)1865 792 422").
_NUMBER_GROUPS = re.compile(r"(?:\+44\s?(?:\(0\)\s?)?|(?<![\w@.])\(?0)\d[\d\s()\-]{7,16}\d(?![\w@])")


def _number_in_words(text: str) -> tuple[str, str]:
    """A labelled telephone line that is words around one number, or words only: the number (or nothing), and
    the words as written. A number alone, or with an extension, is kept whole."""
    if not re.search(r"[^\W\d_]{3}", EXTENSION.sub("", text)):
        return text, ""
    numbers = list(_NUMBER_GROUPS.finditer(text))
    if len(numbers) > 1:
        return text, ""
    return (numbers[0].group(0).strip(), text) if numbers else ("", text)


#: The line an email app adds under a message ("Sent from my iPhone", "Get Outlook for Android"): no detail.
SENT_FROM = re.compile(r"^\s*(?:sent from (?:my )?[\w .]{2,30}|get outlook for \w+)\W*$", re.I)


def _parted(line: str) -> list[str]:
    """A signature's line giving two labelled details parted by "|" ("M: 07700 900456 | E: femi@…"): one a piece.
    A line of other parts ("Officer | Virtual School") stays whole."""
    pieces = [piece.strip() for piece in line.split("|")]
    labelled = [found for piece in pieces if (found := _LABEL.match(piece)) and _known_label(found.group(1))]
    return pieces if len(pieces) > 1 and len(labelled) == len(pieces) else [line]


#: An address line as an email app shows it, surname first: "Okoro, Samuel <samuel.okoro@…>".
ADDRESS_LINE = re.compile(r"^\s*([A-Z][\w’'\-]+),\s+([A-Z][\w’'\-]+)\s*<\s*([^<>\s]+@[^<>\s]+)\s*>\s*$")


def _surname_first(line: str) -> str:
    """ "Okoro, Samuel <samuel.okoro@…>" as "Samuel Okoro, samuel.okoro@…" when the address holds both names."""
    found = ADDRESS_LINE.match(line)
    if not found:
        return line
    surname, forename, email = found.groups()
    local = normalise(email.split("@")[0]).split()
    if surname.lower() not in local or forename.lower() not in local:
        return line
    return f"{forename} {surname}, {email}"


#: A name as a records system prints it, the surname in capitals first: "O'NEILL-BROWN, Siobhán", "SMITH, Jo – …".
CAPITALS_FIRST = re.compile(
    r"^\s*(?P<surname>[A-Z][A-Z’'\-]+(?:\s[A-Z][A-Z’'\-]+)?),\s+(?P<forename>[A-Z][^\W\d_A-Z]+(?:-[A-Z][^\W\d_A-Z]+)?)"
    r"(?=\s*$|\s+[-–—|]\s|\s*[,(])"
)


def _capitals_turned(lines: list[str]) -> list[str]:
    """A name surname first in capitals written in order ("Siobhán O'Neill-Brown"), when the answer's email
    address holds the surname's letters: an organisation's initials ("YJS, Reading") are left as written."""
    addresses = " ".join(found.group().split("@")[0] for line in lines if (found := EMAIL.search(line)))
    letters = re.sub(r"[^a-z]", "", normalise(addresses))
    turned = []
    for line in lines:
        found = CAPITALS_FIRST.match(line)
        surname = re.sub(r"[^a-z]", "", normalise(found.group("surname"))) if found else ""
        if len(surname) < 2 or surname not in letters:
            turned.append(line)
            continue
        name = re.sub(r"[^\W\d_]+", lambda word: word.group().capitalize(), found.group("surname"))
        turned.append(f"{found.group('forename')} {name}{line[found.end() :]}")
    return turned


def _people(text: str) -> list[str]:
    """A line giving two people, each with an email address, parted by ";" ("Lead: …; Deputy: …"): one a piece."""
    pieces = text.split(";")
    if len(pieces) > 1 and sum(bool(EMAIL.search(piece)) for piece in pieces) >= 2:
        return [piece.strip() for piece in pieces if piece.strip()]
    return [text]


#: Whom the contact writes for, after their details ("on behalf of Maria (foster carer)"): not their role.
_BEHALF = re.compile(r"[\s,;–—-]*\b((?:for and )?on behalf of\s+[^,;@]*?(?:\([^)]*\))?)(?=\s*(?:[,;]|$))", re.I)
#: A phone number read back from a scan with letters for digits ("0l622 69l234", "O1483 5I8 200"): "l", "I", "|" for
#: 1 and "O" for 0, in a number of at least `MISREAD_DIGITS` real digits.
MISREAD_PHONE = re.compile(r"(?<![\w@.])[0O][\dlIO|]{2,4}[\s\-]?[\dlIO|]{3,4}[\s\-]?[\dlIO|]{2,5}(?![\w@])")
MISREAD_DIGITS = 6
_DIGITS = str.maketrans("lI|O", "1110")


def _digits_restored(found: re.Match) -> str:
    number = found.group(0)
    return number.translate(_DIGITS) if sum(ch.isdigit() for ch in number) >= MISREAD_DIGITS else number


#: Words in brackets in an unlabelled contact line ("(Perinatal MH)", "(this is my email, Nan uses it too)"): part of
#: the role or a remark beside it, which the role cannot tell apart once the brackets are gone.
_BRACKETED = re.compile(r"\(([^()]*[A-Za-z][^()]*)\)")
#: Words in brackets after a labelled telephone number, saying which line it is ("(office)", "(direct line)").
_PHONE_NOTE = re.compile(r"(?<=\d)\s*\((?:[A-Za-z]+\s?){1,3}\)\s*$")
#: A telephone extension, alone or after the number ("ext. 4417", "x2231", "extension 310").
EXTENSION = re.compile(r"(?<![\w@.])(?:ext(?:ension)?\.?|x)\s?\d{3,6}(?![\w@])", re.I)
_PRONOUNS = re.compile(r"\(?\b(?:she|he|they|ze|xe)\s*/\s*(?:her|him|them|hers|his|theirs|zir|xem)\b\)?", re.I)
_PHONE_WORD = re.compile(r"\b(?:tel(?:ephone)?|phone|mob(?:ile)?|direct line)\s*(?=;)", re.I)
#: A question's number before a contact block's label ("5b. Job title").
_NUMBERED = re.compile(r"^\s*(?:q(?:uestion)?\s*)?\d{1,3}[a-z]?[.)]\s*", re.I)
#: A contact answer that points elsewhere ("Me – details below", "See my signature") instead of giving them.
_POINTER = re.compile(r"^(?:me|myself|see\b.*|.*\b(?:below|above|signature|overleaf)\b.*|as (?:above|before))$", re.I)


#: A label given in two languages or two words, "Enw / Name:", "Rôl / Role:", "E-bost / Email:".
_TWO_LABELS = re.compile(r"^\s*([^\W\d_][^\W\d_ .\-']{0,20}\s*/\s*[^\W\d_][^\W\d_ .\-']{0,20}?)\s*:\s*(.*)$")


def _halves(label: str) -> list[str]:
    return [normalise(label)] if "/" not in label else [normalise(half) for half in label.split("/")]


#: Words before a contact's label that say whose detail it is ("Contact email", "Lead contact's job title"), as a
#: web form splitting the contact into questions names them.
_WHOSE = re.compile(r"^(?:(?:lead|main|primary|named|your)\s+)?(?:contacts?|contact s)\s+(?=\S)")


def label_key(label: str) -> str:
    """A contact label normalised, without words saying whose detail it is when what remains is a label."""
    key = normalise(label)
    bare = _WHOSE.sub("", key, count=1)
    return bare if key not in _LABEL_PART and _LABEL_PART.get(bare) else key


def _known_label(label: str) -> bool:
    """A contact label: one of ours, or two halves of which those we know all name the same part."""
    if label_key(label) in _LABEL_PART:
        return True
    known = {_LABEL_PART[half] for half in _halves(label) if half in _LABEL_PART}
    return len(known) == 1


def _label_part(label: str) -> str | None:
    if label_key(label) in _LABEL_PART:
        return _LABEL_PART[label_key(label)]
    return next(_LABEL_PART[half] for half in _halves(label) if half in _LABEL_PART)


def _labels_joined(lines: list[str]) -> list[str]:
    """A label on a line of its own ("5b. Job title") joined to the line after it, its value."""
    joined: list[str] = []
    for line in lines:
        label = _LABEL_PART.get(label_key(_NUMBERED.sub("", line))) is not None
        labelled = (found := _LABEL.match(line) or _TWO_LABELS.match(line)) is not None and _known_label(found.group(1))
        if joined and joined[-1].endswith("\x00") and not label and not labelled:
            joined[-1] = joined[-1][:-1] + " " + line
        elif label:
            joined.append(_NUMBERED.sub("", line).rstrip(" :") + ":\x00")
        else:
            joined.append(line)
    return [line.rstrip("\x00") for line in joined]


def points_elsewhere(items: Items) -> bool:
    """Whether a contact answer points elsewhere ("Me – details below") instead of giving the details."""
    return _elsewhere(_lines(items))


def _elsewhere(lines: list[str]) -> bool:
    text = " ".join(lines)
    short = len(text.split()) <= 8
    return short and not EMAIL.search(text) and not PHONE_IN_TEXT.search(text) and bool(_POINTER.match(text.strip()))


#: A label that says whose details follow, not what they are ("Lead:", "Main contact:").
_WHO_LABEL = re.compile(r"^\s*(?:lead|main|primary|first|named)?\s*(?:contact|lead|officer)?\s*[:\-–—]\s+", re.I)
SIGN_OFF = re.compile(
    r"^(?:best wishes|kind regards|warm regards|many thanks|thanks|thank you|regards|yours sincerely|yours faithfully"
    r"|best|cheers)\b[\s,.!]*(?:\w+[.!]?)?$",
    re.I,
)


def _sentence(line: str) -> bool:
    """A sentence written under the contact ("We are happy for this to be published…"), not a detail of it."""
    if EMAIL.search(line) or PHONE_IN_TEXT.search(line):
        return False
    words = line.split()
    if len(words) >= LEAD_IN_WORDS and line.rstrip().endswith(":") and not _LABEL_PART.get(label_key(line)):
        return True  # "Please mark the remaining questions:": words leading to what follows, no detail
    return len(words) >= 6 and (
        line.rstrip().endswith((".", "!")) or bool(re.match(r"(?i)(?:we|i|our|please)\b", line))
    )


LEAD_IN_WORDS = 4  # words of a line ending in ":" under a contact, at least, to be words leading to what follows


def _role_like(text: str) -> bool:
    return bool(set(normalise(text).split()) & ROLE_WORDS) or any(char.isdigit() for char in text)


def _personal_name(text: str) -> bool:
    """A person's name: two to four capitalised words, perhaps after a title, none of them a job or a place."""
    return bool(PERSONAL_NAME.match(text.strip())) and not _role_like(text)
