"""What the walk through a Word document's body gives: its paragraphs and its table rows."""

from dataclasses import dataclass


@dataclass(slots=True)
class Para:
    text: str
    level: int | None = None  # outline level of a Word heading style; 0 for Title
    bold: bool = False  # every visible character is bold
    bold_prefix: str = ""  # the leading bold text, when bold text is followed by plain text
    listed: int = 0  # a list item's depth: 1, or 2 and more in a nested list; 0 when not a list item
    label: bool = False  # a table cell that has another cell after it in its row
    italic: bool = False  # every visible character is italic
    underline: bool = False  # every visible character is underlined
    #: a paragraph holding only pictures: their alt text (a heading saved as an image, a photo's description)
    pictured: str = ""


@dataclass(slots=True)
class Row:
    cells: list[list["Para | Row"]]
    #: the text of a column headed "Notes" or "Comments" on the writer's side, not part of the answer
    aside: str = ""
    first: bool = False  # the first row of its table
