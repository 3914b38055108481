"""The review step's algorithms: plain data in, plain data out (no models, no database).

- themes_suggest: group nominations into themes with readable labels.
- duplicates_find: pairs of nominations that say nearly the same thing.
- assignment_balance: share nominations among panel members without conflicts, loads balanced.
"""

from silverlinings.review.algorithms.assignment import AssignmentImpossible, Item, Reviewer, assignment_balance
from silverlinings.review.algorithms.duplicates import DuplicatePair, duplicates_find
from silverlinings.review.algorithms.themes import SuggestedTheme, themes_suggest

__all__ = [
    "AssignmentImpossible",
    "DuplicatePair",
    "Item",
    "Reviewer",
    "SuggestedTheme",
    "assignment_balance",
    "duplicates_find",
    "themes_suggest",
]
