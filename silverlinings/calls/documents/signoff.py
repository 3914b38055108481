"""Boxes a council adds to the form around the call's questions, filled in by others than the nominator: a
manager's sign-off of the nomination ("Assistant Director sign-off": name, role, email, "I support this: Yes")
and the office's own record ("For office use only": reference, date received). Their labels ("Name", "Email")
are no left-over answers of the call's headings, and an email in them is no second nomination's."""

import re

#: A heading opening such a box.
SET_APART = re.compile(
    r"(?i)\bsign(?:ed)?[- ]?off\b|\bapprov(?:al|ed by)\b|\bauthori[sz](?:ation|ed by)\b|\bendorse(?:ment|d by)\b"
    r"|\b(?:for\s+)?office\s+use\b"
)
#: How well a heading must mean one of the call's to end the box (a bare "Email" or "Name" in it does not).
BOX_ENDS = 0.8


def set_apart(segments) -> set[int]:
    """The places of the segments inside a sign-off or office-use box, the box's own heading among them."""
    inside, found = False, set()
    for index, segment in enumerate(segments):
        if SET_APART.search(segment.text):
            inside = True
        elif max(segment.scores, default=0.0) >= BOX_ENDS:
            inside = False
        if inside:
            found.add(index)
    return found
