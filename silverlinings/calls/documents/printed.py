"""What printed pages leave in the text of a document turned back into Word (a PDF converted, a printout read
back): the running title typed again at the top of each page, and the page number beside it.

A line of 4 to 16 words of letters, not ending a sentence, that stands word for word three times or more in one
form is such a title ("Silver Linings 2026 – Nomination – Surrey County Council"): it is left out of every
answer, and so is a page number ("2", "Page 2", "2 of 4") on the line just before or after it. An answer is never
three times the same short line: two forms that agree are read as two forms, each once.
"""

import re
from collections import Counter

from .values.text import normalise

RUNNING_TIMES = 3  # times a line stands in one form, at least, to be the pages' running title
RUNNING_WORDS = (4, 16)  # words a running title has, at least and at most
PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?\s*$", re.I)


def _title_like(text: str) -> bool:
    least, most = RUNNING_WORDS
    words = len(re.findall(r"[^\W\d_]{2,}", text))  # words of letters: "☐ Yes ☒ No" has two
    return "\n" not in text.strip() and least <= words <= most and not text.rstrip().endswith(".")


def running_lines(form) -> set[str]:
    """The running titles of a form's pages: lines standing word for word three times or more."""
    counts = Counter(normalise(item.text) for segment in form for item in segment.items if _title_like(item.text))
    return {text for text, times in counts.items() if times >= RUNNING_TIMES}


def page_lines_removed(items: list[tuple[str, bool]], running: set[str]) -> list[tuple[str, bool]]:
    """An answer's paragraphs without the running title and the page number beside it."""
    if not running:
        return items
    title = [normalise(text) in running for text, _listed in items]

    def beside(index: int) -> bool:
        return (index > 0 and title[index - 1]) or (index + 1 < len(items) and title[index + 1])

    return [
        (text, listed)
        for index, (text, listed) in enumerate(items)
        if not title[index] and not (PAGE_NUMBER.match(text) and beside(index))
    ]


#: A printed page's pointer to the next ("Continued overleaf", "(continued on next page)", "PTO") on a line of its
#: own: no part of the answer it interrupts.
CONTINUED_LINE = re.compile(
    r"^\s*[(\[]?\s*(?:(?:continued|cont(?:[’']d|\.|d)?)\s*(?:overleaf|on (?:the )?(?:next|following) page|below|over)?"
    r"|p\.?t\.?o\.?|please turn over)\s*[.…]*\s*[)\]]?\s*[.…]*\s*$",
    re.I,
)
#: A heading given again at the top of the next page with "(continued)" after it: the same heading.
CONTINUED_HEADING = re.compile(
    r"^(.{3,200}?)\s*(?:[(\[]\s*(?:continued|cont(?:[’']d|\.|d)?)\s*[)\]]|[-–—:]\s*continued)\s*$", re.I
)


#: A government security classification typed as a line of its own at the top or bottom of a page
#: ("OFFICIAL-SENSITIVE", "OFFICIAL – SENSITIVE: PERSONAL", "NOT PROTECTIVELY MARKED"), in capitals as it is
#: written: a marking of the page, no part of the answer it stands under.
PROTECTIVE_MARKING = re.compile(
    r"^\s*(?:OFFICIAL(?:\s*[-–—:]?\s*SENSITIVE)?(?:\s*[-–—:]\s*[A-Z]+)?|SECRET|TOP SECRET|RESTRICTED"
    r"|NOT PROTECTIVELY MARKED)\s*$"
)


def protective_marking(text: str) -> bool:
    """Whether a paragraph is only a page's security classification."""
    return bool(PROTECTIVE_MARKING.match(text))


def continued_line(text: str) -> bool:
    """Whether a paragraph is only a printed page's "Continued overleaf"."""
    return bool(CONTINUED_LINE.match(text))


def continued_heading(text: str) -> str | None:
    """The heading of a line "What you did differently (continued)", or None."""
    found = CONTINUED_HEADING.match(text) if "\n" not in text else None
    return found.group(1) if found else None
