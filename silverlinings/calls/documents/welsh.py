"""Welsh words of a nomination form's headings, read as the English words they mean.

A council may send back the Welsh version of a form with only Welsh headings. The words are general
vocabulary for what a call asks (a title, an authority, a team, the problem, the difference, a contact, a
consent), not any call's own Welsh wording: each is given once, in its plain form, and its mutated forms
(a Welsh word's first letter changes after some words: "menter", "y fenter") are made from the rules. A word
joined to a following "'r" or "'n" ("Graddfa'r", "chi'n") is read without it.
"""

import unicodedata
from functools import lru_cache

#: Welsh word (plain form) → the English word it means in a heading.
WORDS = {
    "teitl": "title", "enw": "name", "menter": "innovation", "prosiect": "project", "syniad": "idea",
    "awdurdod": "authority", "cyngor": "council", "sefydliad": "organisation", "ysgol": "school",
    "lleoliad": "setting", "tim": "team", "adran": "department", "uned": "unit", "maes": "area",
    "meysydd": "areas", "gwasanaeth": "service", "gwasanaethau": "services", "graddfa": "scale", "maint": "size",
    "math": "type", "problem": "problem", "her": "challenge", "angen": "need", "anghenion": "needs",
    "gwnaethoch": "did", "gwneud": "do", "dull": "approach", "disgrifiad": "description", "gwahanol": "differently",
    "gwahaniaeth": "difference", "effaith": "impact", "canlyniad": "outcome", "canlyniadau": "outcomes",
    "tystiolaeth": "evidence", "parhaol": "permanent", "gwreiddio": "embedded", "cynaliadwy": "sustainable",
    "dyfodol": "future", "perchnogol": "proprietary", "meddalwedd": "software", "caledwedd": "hardware",
    "cynnyrch": "product", "cyflenwr": "supplier", "technoleg": "technology", "mabwysiadu": "adopt",
    "arall": "another", "eraill": "others", "cyswllt": "contact", "cysylltu": "contact", "manylion": "details",
    "rol": "role", "swydd": "job", "ebost": "email", "bost": "email", "ffon": "phone", "rhif": "number",
    "cyhoeddi": "publish", "arddangosfa": "showcase", "rhannu": "share", "caniatad": "permission",
    "cytuno": "agree", "hapus": "happy", "pwy": "who",
}  # fmt: skip
#: Welsh words that carry no meaning in a heading (articles, particles, pronouns, "and", "or", "how", "what").
STOP = frozenset(
    [
        "y",
        "yr",
        "r",
        "a",
        "ac",
        "ag",
        "neu",
        "yn",
        "n",
        "ei",
        "eich",
        "i",
        "iw",
        "am",
        "ar",
        "at",
        "chi",
        "ni",
        "fi",
        "hon",
        "hwn",
        "hyn",
        "mae",
        "maen",
        "sut",
        "beth",
        "fydd",
        "fyddai",
        "dod",
        "cael",
        "gyda",
        "gydach",
        "gawn",
        "allwn",
        "yw",
        "ywn",
        "o",
        "na",
        "ydy",
        "oes",
        "pa",
        "sydd",
        "wnaeth",
        "ein",
        "eu",
        "e",
    ]
)
#: A plain first letter → its mutated forms (soft, nasal and aspirate).
MUTATIONS = {
    "p": ("b", "mh", "ph"), "t": ("d", "nh", "th"), "c": ("g", "ngh", "ch"), "b": ("f", "m"), "d": ("dd", "n"),
    "g": ("", "ng"), "m": ("f",), "ll": ("l",), "rh": ("r",),
}  # fmt: skip


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _forms() -> dict[str, str]:
    forms: dict[str, str] = {}
    for word, english in WORDS.items():
        forms.setdefault(word, english)
        for start in sorted(MUTATIONS, key=len, reverse=True):
            if word.startswith(start):
                for changed in MUTATIONS[start]:
                    forms.setdefault(changed + word[len(start) :], english)
                break
    return forms


def english(word: str) -> str | None:
    """The English word a Welsh word of a heading means, "" for a Welsh word of no meaning, None if not Welsh."""
    word = _plain(word)
    forms = _forms()
    for candidate in (word, word[:-1] if word.endswith(("r", "n")) and len(word) > 3 else ""):
        if candidate in STOP:
            return ""
        if candidate in forms:
            return forms[candidate]
    return None
