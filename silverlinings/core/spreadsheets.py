"""Spreadsheets people download: one rule against formula injection, one way to write a CSV file."""

import csv
import io
from collections.abc import Iterable

#: A cell starting with one of these is read as a formula by Excel, LibreOffice and Google Sheets.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value) -> str:
    """The value as text a spreadsheet shows as typed: a leading quote stops a formula (CSV injection)."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in FORMULA_STARTS else text


def csv_bytes(header: list[str], rows: Iterable[Iterable]) -> bytes:
    """A UTF-8 CSV file with a byte-order mark (so Excel reads the accents), every cell made safe."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([safe_cell(cell) for cell in header])
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
