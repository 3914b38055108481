"""A table's columns that hold no answer of their own: for office use, the writer's notes, a web form's counts,
a picture's placeholder; and a grid of "Yes" and "No" columns whose marked cell is the answer."""

import re

from .blocks import Para

OFFICE_USE = re.compile(r"\b(?:office|official|admin)\s+use\b", re.I)


#: A column after the answers that holds the writer's notes, a rating of each row ("RAG", "Status") or whether
#: evidence is attached to it ("Evidence attached?": Y or N), not answers;
#: notes may be named in the languages the partnership's writers use beside English (Welsh "nodiadau", Polish
#: "notatki", "uwagi") and say their language after them ("Notes (PL)", "Notatki – po polsku").
NOTES_COLUMN = re.compile(
    r"^(?:notes?|comments?|remarks|internal notes?|our notes?|my notes?|translation"
    r"|nodiadau|sylwadau|notatki|uwagi|komentarze|t[łl]umaczenie"
    r"|rag(?: status| rating)?|status|rating|score|priority"
    r"|evidence(?: (?:attached|enclosed|provided|supplied|available))?|attached|attachments?)"
    r"(?:\s*(?:\([^()]{1,20}\)|[–-]\s*[\w ]{1,20}))?\W*$",
    re.I,
)


def notes_column(cell) -> bool:
    return len(cell) == 1 and isinstance(cell[0], Para) and bool(NOTES_COLUMN.match(cell[0].text.strip()))


#: A column counting each answer's words or characters, as a web form's export gives it: not an answer.
COUNT_COLUMN = re.compile(
    r"^(?:(?:no\.?|number) of )?(?:words?|characters?|chars?)(?: (?:used|count|limit|left|remaining))?\W*$"
    r"|^(?:word|character|char) (?:count|limit)\W*$",
    re.I,
)


def count_column(cell) -> bool:
    return len(cell) == 1 and isinstance(cell[0], Para) and bool(COUNT_COLUMN.match(cell[0].text.strip()))


#: A cell standing in for a picture, as a letter template leaves it ("[School crest]", "[Insert logo here]").
PICTURE_PLACEHOLDER = re.compile(
    r"^\[(?:[\w'’ ]{0,30}\s)?(?:crest|logo|badge|emblem|picture|image|photo|letterhead)(?:\s[\w ]{0,20})?\]$", re.I
)


def picture_placeholder(cell) -> bool:
    return len(cell) == 1 and isinstance(cell[0], Para) and bool(PICTURE_PLACEHOLDER.match(cell[0].text.strip()))


def _cell_text(cell) -> str:
    return " ".join(block.text for block in cell if isinstance(block, Para)).strip()


def yes_no_columns(cells) -> dict[int, str]:
    """The columns of a top row "(question) | Yes | No" after the first, by the answer each stands for."""
    heads = {index: _cell_text(cell).lower().rstrip(".?") for index, cell in enumerate(cells) if index}
    found = {index: "Yes" if head in ("yes", "y") else "No" for index, head in heads.items() if head in YES_NO_HEADS}
    return found if set(found.values()) == {"Yes", "No"} and len(found) == 2 else {}


YES_NO_HEADS = ("yes", "y", "no", "n")
TICKED = re.compile(r"^(?:[xX✓✔☒☑✅]|yes|y|tick(?:ed)?)$", re.I)  # what marks a "Yes" or "No" cell


def marked(cells, marks: dict[int, str]):
    """A row of a yes-and-no grid as its question and the answer whose column is marked ("X"), when one is."""
    ticked = [index for index in marks if TICKED.match(_cell_text(cells[index]))]
    others = [index for index in marks if index not in ticked and _cell_text(cells[index])]
    if len(ticked) != 1 or others:
        return cells
    rest = [cell for index, cell in enumerate(cells) if index and index not in marks]
    return [cells[0], [Para(text=marks[ticked[0]])], *rest]


def office_use(cell) -> bool:
    return len(cell) == 1 and isinstance(cell[0], Para) and bool(OFFICE_USE.search(cell[0].text))
