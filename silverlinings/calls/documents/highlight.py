"""Options printed on one line with the chosen ones highlighted ("Yes / No", the word "No" in yellow).

A line of short options parted by "/", "|", ";", "," or a tab, some highlighted (or shaded) as a whole and some
not, is read as a line of check boxes: "☐ Yes / ☒ No". Highlighting inside a sentence, on every option or on a
part of one, is left as it was: it marks no choice.
"""

import re

#: What parts the options of one line.
SEPARATOR = re.compile(r"\s*(?:[/|;,\t]|\s{3,})\s*")
MOST_WORDS = 6


def options_marked(pieces: list[tuple]) -> list[tuple]:
    """The paragraph's pieces (text, bold, italic, underline, highlighted), its options marked by their
    highlighting when it marks some of them."""
    if not any(piece[4] and piece[0].strip() for piece in pieces):
        return pieces
    text = "".join(piece[0] for piece in pieces)
    lit = [piece[4] for piece in pieces for _char in piece[0]]
    parts, start = [], 0
    for gap in [*SEPARATOR.finditer(text), None]:
        end = gap.start() if gap else len(text)
        if text[start:end].strip():
            parts.append((start, end, gap.group(0) if gap else ""))
        start = gap.end() if gap else end
    marks = []
    for begin, end, _gap in parts:
        shown = {lit[index] for index in range(begin, end) if not text[index].isspace()}
        if len(shown) != 1 or len(text[begin:end].split()) > MOST_WORDS:
            return pieces
        marks.append(shown.pop())
    if len(parts) < 2 or all(marks) or not any(marks):
        return pieces
    written = "".join(
        f"{'☒' if mark else '☐'} {text[begin:end].strip()}{gap}"
        for (begin, end, gap), mark in zip(parts, marks, strict=True)
    )
    return [(written, *pieces[0][1:4], False)]
