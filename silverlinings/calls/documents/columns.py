"""Columns of a returned document's table that hold no answers, known by the name in the table's top row, and
cells that stand for something else. Each test of a column takes the text of a cell holding one paragraph (None
for any other cell) and the column's place: the question is column 0, its answer column 1.

- an "Office use only" column, or one counting each answer's words ("Words used"), after the answer: left out;
- a column of the call's guidance in a table of three columns or more ("Question | Guidance | Your answer"), in
  the middle or after the answers: left out;
- a column of notes, ratings or evidence after the answers ("Notes", "Comments", "RAG", "Head of Service
  comments", "Evidence attached?"): its text is reported beside the row's heading;
- the columns a web form's export adds ("Timestamp", "Email address", "ID"), when a time column is among them;
- a grid of "Yes" and "No" columns after the question's, a mark in one of the two: the row is answered by that
  column's name;
- a cell standing for a picture ("[School crest]"): empty.
"""

import re

from .blocks import Para

OFFICE_USE = re.compile(r"\b(?:office|official|admin)\s+use\b", re.I)


#: A column after the answers that holds the writer's notes, a rating of each row ("RAG", "Status") or whether
#: evidence is attached to it ("Evidence attached?": Y or N), not answers;
#: notes may be named in the languages the partnership's writers use beside English (Welsh "nodiadau", Polish
#: "notatki", "uwagi") and say their language after them ("Notes (PL)", "Notatki – po polsku"), or whose notes
#: they are ("Head of Service comments", "Manager's notes", "Comments from HoS").
NOTES_COLUMN = re.compile(
    r"^(?:notes?|comments?|remarks|internal notes?|our notes?|my notes?|translation"
    r"|nodiadau|sylwadau|notatki|uwagi|komentarze|t[łl]umaczenie"
    r"|rag(?: status| rating)?|status|rating|score|priority"
    r"|evidence(?: (?:attached|enclosed|provided|supplied|available))?|attached|attachments?)"
    r"(?:\s*(?:\([^()]{1,20}\)|[–-]\s*[\w ]{1,20}))?\W*$"
    r"|^(?:[\w’'.\-]+\s+){1,4}(?:comments?|notes?|remarks)\W*$"
    r"|^(?:comments?|notes?|remarks)\s+(?:from|by)\s+[\w’' ]{1,30}$",
    re.I,
)

#: A column counting each answer's words or characters, as a web form's export gives it: not an answer.
COUNT_COLUMN = re.compile(
    r"^(?:(?:no\.?|number) of )?(?:words?|characters?|chars?)(?: (?:used|count|limit|left|remaining))?\W*$"
    r"|^(?:word|character|char) (?:count|limit)\W*$",
    re.I,
)

#: A column holding the form's guidance on each question, as the form was sent ("Guidance", "Help text",
#: "Guidance notes", "Hints", "What we are looking for", "How to answer"): not the writer's words.
GUIDANCE_COLUMN = re.compile(
    r"^(?:guidance(?: notes?| for completion| on (?:completion|answering))?|help(?: text)?|hints?"
    r"|(?:completion )?notes for completion|instructions|what we(?: are|'re|’re) looking for|how to answer)\W*$",
    re.I,
)

#: A cell standing in for a picture, as a letter template leaves it ("[School crest]", "[Insert logo here]").
PICTURE_PLACEHOLDER = re.compile(
    r"^\[(?:[\w'’ ]{0,30}\s)?(?:crest|logo|badge|emblem|picture|image|photo|letterhead)(?:\s[\w ]{0,20})?\]$", re.I
)

#: The columns a web form's export adds to its responses ("Timestamp", "Start time", "Email address", "ID"):
#: when a table's top row has a time column among them, they are the form's own, not the nomination's.
EXPORT_TIME = re.compile(r"^(?:timestamp|start time|completion time|last modified time|submitted(?: at| on)?)$", re.I)
EXPORT_COLUMN = re.compile(r"^(?:id|email|email address|name|respondent|total points|score|quiz feedback)$", re.I)


def office_column(text: str | None, index: int) -> bool:
    """An "Office use only" column anywhere, or a word count after a question and its answer."""
    return text is not None and bool(OFFICE_USE.search(text) or (index >= 2 and COUNT_COLUMN.match(text)))


def guidance_column(text: str | None, index: int, count: int) -> bool:
    """The form's own guidance, not the question's column, in a table with a question and an answer beside it."""
    return text is not None and index >= 1 and count >= 3 and bool(GUIDANCE_COLUMN.match(text))


def notes_column(text: str | None, index: int) -> bool:
    return text is not None and index >= 2 and bool(NOTES_COLUMN.match(text))


def picture_placeholder(text: str | None) -> bool:
    return text is not None and bool(PICTURE_PLACEHOLDER.match(text))


def export_columns(texts: list[str | None]) -> set[int]:
    """The places of a web form's own columns in a table's top row, when a time column is among them."""
    names = [(text or "").rstrip(" :") for text in texts]
    if not any(EXPORT_TIME.match(name) for name in names):
        return set()
    return {index for index, name in enumerate(names) if EXPORT_TIME.match(name) or EXPORT_COLUMN.match(name)}


YES_NO_HEADS = {"yes": "Yes", "y": "Yes", "no": "No", "n": "No"}
#: What marks a cell of a "Yes" or "No" column: "X", a tick or a cross, a box ticked, a blob, "Y", "tick"; or the
#: column's own name written in it.
TICKED = re.compile(r"^(?:[xX✓✔✗✘☒☑✅■●•*]|y|yes|tick(?:ed)?)$", re.I)


def _cell_text(cell) -> str:
    return " ".join(block.text for block in cell if isinstance(block, Para)).strip()


def yes_no_columns(cells) -> dict[int, str]:
    """The columns of a top row "(question) | Yes | No" after the first, by the answer each stands for."""
    heads = {index: _cell_text(cell).lower().rstrip(" ?:.") for index, cell in enumerate(cells) if index}
    found = {index: YES_NO_HEADS[head] for index, head in heads.items() if head in YES_NO_HEADS}
    return found if set(found.values()) == {"Yes", "No"} and len(found) == 2 else {}


def marked(cells, marks: dict[int, str]):
    """A row of a yes-and-no grid as its question and the answer whose column is marked ("X"), when exactly one
    is and the other is empty; otherwise the row as written (no mark, both, or other words in them)."""
    if len(cells) <= max(marks):
        return cells

    def ticked(index: int) -> bool:
        text = _cell_text(cells[index])
        return bool(TICKED.match(text)) or text.lower() == marks[index].lower()

    chosen = [index for index in marks if ticked(index)]
    others = [index for index in marks if index not in chosen and _cell_text(cells[index])]
    if len(chosen) != 1 or others:
        return cells
    rest = [cell for index, cell in enumerate(cells) if index and index not in marks]
    return [cells[0], [Para(text=marks[chosen[0]])], *rest]
