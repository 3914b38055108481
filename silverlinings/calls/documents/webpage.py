"""What a web page adds around its text, copied with it into Word: the links to skip to the content, the
cookie banner, the "Share this page" and "Was this page useful?" lines, the page's dates and the copyright line.

A paragraph that is wholly such a line is no part of any answer and no heading: it is left out, as a printed
page's running title is. A line that goes on with other words ("Share this page with your team leaders, as we
did") is kept. "(c)" is a copyright mark only with a year after it ("(c) 2026 Reading Borough Council"): a
question lettered "(c) The difference it made" is a heading.
"""

import re

_DATE = r"(?:\d{1,2}\s+[A-Za-z]{3,9}\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4}|[A-Za-z]{3,9}\s+\d{4})"
FURNITURE = re.compile(
    r"^\s*(?:"
    r"skip to (?:the )?(?:main )?content"
    r"|home\s*[>›»]\s*.{0,200}"  # the breadcrumbs: "Home > Children > Silver Linings"
    r"|we use (?:some )?(?:essential |necessary |additional |analytics )*cookies\b.{0,200}"
    r"|(?:accept|reject) (?:all |additional |analytics |optional )?cookies(?:\s+(?:accept|reject|view|change) .{0,80})?"
    r"|(?:view|change) (?:your )?cookie (?:settings|preferences)"
    r"|share this page(?:\s*:?\s*(?:(?:facebook|x|twitter|linkedin|email|whatsapp|print|copy link)[\s,|]*)*)?"
    r"|was this page (?:useful|helpful)\??(?:\s*(?:yes|no)\b[\s,|/]*)*"
    r"|report a problem with this page"
    r"|(?:print|email) this page"
    r"|back to top"
    rf"|(?:last updated|page last updated|last reviewed|published|first published)\s*:?\s*(?:on\s+)?{_DATE}"
    r"|(?:©|copyright)\s*(?:\d{4}\s*)?[A-Z][\w&' ]{2,60}"
    r"|\(c\)\s*\d{4}\s*[A-Z][\w&' ]{2,60}"  # "(c)" only with its year: without, a list's letter "(c) The …"
    r")\s*[.!]?\s*$",
    re.I,
)


def furniture(text: str) -> bool:
    """Whether a paragraph is a web page's own line, copied with the page, and nothing more."""
    return "\n" not in text.strip() and bool(FURNITURE.match(text))
