"""Options chosen by marking them among all the options left in: the chosen ones highlighted (or shaded), or made
bold in a "Yes / No" line, the others left plain ("Early help, *Youth justice*, SEND", "**Yes** / No").

A paragraph is read so only when it is a line of short options (at most `OPTION_WORDS` words each, set apart by
"/", "|", ",", ";", a spaced dash or a wide gap), each option wholly marked or wholly plain, at least one of each;
bold counts only where a "/" sets the options apart, since bold also marks a label or a word stressed in a
sentence. The plain options are then left out, as struck-through ones are, and the line reads as a line of boxes
with only the marked ones ticked would ("Yes / ==No==" is a no); a longer plain part stays (the detail after
"**Yes** / No – Microsoft Teams": only parts set apart as the chosen ones count as options). Highlighting inside a
sentence, on part of an option or on every option marks no choice. This is the one rule for options marked so, for
the choices and the yes-or-no questions alike.
"""

import re

OPTION_WORDS = 4
SEPARATOR = re.compile(r"\s*(?:[/|;,]|\s[-–—]\s)\s*|\s{2,}|\t")


def chosen_only(pieces: list[tuple[str, bool, bool]]) -> str | None:
    """The paragraph's text with the plain options left out; `pieces` are (text, bold, highlighted) runs. None
    when the paragraph is no line of options marked so."""
    text = "".join(piece[0] for piece in pieces)
    for index, needs_slash in ((2, False), (1, True)):
        marks = [piece[index] for piece in pieces for _ in piece[0]]
        everywhere = all(marks[i] for i, ch in enumerate(text) if not ch.isspace())
        if any(marks) and not everywhere and (found := _options_kept(text, marks, needs_slash=needs_slash)):
            return found
    return None


def _options_kept(text: str, marks: list[bool], *, needs_slash: bool) -> str | None:
    gaps = list(SEPARATOR.finditer(text))
    if needs_slash and not any("/" in gap.group(0) for gap in gaps):
        return None
    starts, ends = [0, *(gap.end() for gap in gaps)], [*(gap.start() for gap in gaps), len(text)]
    options = []  # (separator before it, text, marked)
    for number, (start, end) in enumerate(zip(starts, ends, strict=True)):
        word = text[start:end]
        if not word.strip():
            continue
        marked = {marks[i] for i in range(start, end) if not text[i].isspace()}
        if len(marked) > 1:
            return None  # part of an option marked: a stressed word, not a choice
        options.append((gaps[number - 1].group(0) if number else "", word.strip(), marked.pop()))
    chosen = [option for option in options if option[2]]
    if not chosen or any(len(option[1].split()) > OPTION_WORDS for option in chosen):
        return None
    between = {_kind(options[number][0]) for number, option in enumerate(options) if option[2] and number}
    between |= {_kind(options[number + 1][0]) for number, option in enumerate(options[:-1]) if option[2]}
    plain = [
        option
        for number, option in enumerate(options)
        if not option[2]
        and len(option[1].split()) <= OPTION_WORDS
        and _kind(option[0] if number else options[1][0]) in between
    ]
    if not plain:
        return None
    kept = [option for option in options if option not in plain]
    return "".join((separator if number else "") + word for number, (separator, word, _) in enumerate(kept))


def _kind(separator: str) -> str:
    return separator.strip() or " "


def highlighted(rpr, q: dict[str, str]) -> bool:
    """A run highlighted (Word's highlighter) or shaded in a colour."""
    light = rpr.find(q["highlight"])
    if light is not None and light.get(q["val"], "none").lower() != "none":
        return True
    shade = rpr.find(q["shd"])
    return shade is not None and shade.get(q["fill"], "auto").lower() not in ("auto", "ffffff", "")
