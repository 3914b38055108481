from tests.review.matrix_grouping import ENTRIES as GROUPING
from tests.review.matrix_panel import ENTRIES as PANEL

ENTRIES = {**GROUPING, **PANEL}
