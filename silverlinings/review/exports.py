"""The call's themes and linked ideas as a spreadsheet (XLSX): one row per nomination in a theme or idea."""

import io

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from silverlinings.calls.models import Call

from .selectors import grouping as selectors

THEME_HEADER = ["Theme", "Status", "Description", "Keywords", "Reference", "Nomination", "Authority"]
IDEA_HEADER = ["Idea", "Reference", "Nomination", "Authority"]


def _safe(value) -> str:
    """Stop a spreadsheet treating typed text as a formula (formula injection)."""
    value = "" if value is None else str(value)
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def _nomination(nomination) -> list[str]:
    authority = nomination.authority.short_name if nomination.authority_id else ""
    return [nomination.reference, nomination.title or "Untitled nomination", authority]


def theme_rows(call: Call) -> list[list[str]]:
    rows = []
    for theme in selectors.themes_for_export(call):
        start = [theme.label, theme.get_status_display(), theme.description, " · ".join(theme.keywords)]
        for nomination in theme.members or [None]:
            rows.append(start + (_nomination(nomination) if nomination else ["", "", ""]))
    return rows


def idea_rows(call: Call) -> list[list[str]]:
    ideas = selectors.ideas_for_call(call)
    return [[idea.label, *_nomination(nomination)] for idea in ideas for nomination in idea.members]


def _sheet(workbook: Workbook, title: str, header: list[str], rows: list[list[str]]) -> None:
    sheet = workbook.create_sheet(title)
    sheet.freeze_panes = "A2"
    cells = []
    for text in header:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = Font(bold=True)
        cells.append(cell)
    sheet.append(cells)
    for row in rows:
        sheet.append([_safe(cell) for cell in row])


def grouping_xlsx(call: Call) -> bytes:
    """Two sheets, ‘Themes’ and ‘Ideas’."""
    workbook = Workbook(write_only=True)
    _sheet(workbook, "Themes", THEME_HEADER, theme_rows(call))
    _sheet(workbook, "Ideas", IDEA_HEADER, idea_rows(call))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
