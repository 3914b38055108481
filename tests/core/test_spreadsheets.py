"""One rule against formula injection for every spreadsheet people download."""

import pytest

from silverlinings.core.spreadsheets import csv_bytes, safe_cell


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ('=HYPERLINK("x")', '\'=HYPERLINK("x")'),
        ("+44 7700", "'+44 7700"),
        ("-1", "'-1"),
        ("@SUM", "'@SUM"),
        ("\tTab", "'\tTab"),
        ("Kent", "Kent"),
        (None, ""),
        (3, "3"),
        ("a=b", "a=b"),
    ],
)
def test_a_cell_that_would_be_a_formula_is_shown_as_typed(value, shown):
    assert safe_cell(value) == shown


def test_csv_bytes_has_a_byte_order_mark_and_safe_cells():
    assert csv_bytes(["Title", "Score"], [["=cmd", 4], ["Hybrid, online", None]]) == (
        '\ufeffTitle,Score\r\n\'=cmd,4\r\n"Hybrid, online",\r\n'.encode()
    )
