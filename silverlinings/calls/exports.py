"""Every nomination of a call with all its answers, as XLSX or CSV."""

import io
from collections.abc import Iterator

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from silverlinings.core.formatting import govuk_datetime
from silverlinings.core.spreadsheets import csv_bytes, safe_cell

from .answers import answer_display
from .models import Call, Nomination


def _header(call: Call) -> list[str]:
    fixed = [
        "Reference",
        "Status",
        "Channel",
        "Submitted",
        "Nominator",
        "Nominator email",
        "Authority",
        "Personal data flagged",
    ]
    return fixed + [spec.text for spec in call.heading_specs()]


def _rows(call: Call) -> Iterator[list[str]]:
    specs = call.heading_specs()
    nominations = (
        Nomination.objects.filter(call=call).select_related("nominator", "authority").order_by("number", "created_at")
    )
    for nomination in nominations.iterator(chunk_size=500):
        flags = "; ".join(f"{f['label']} in ‘{f['question']}’" for f in nomination.personal_data)
        yield [
            nomination.reference or "(draft)",
            nomination.get_status_display(),
            nomination.get_channel_display(),
            govuk_datetime(nomination.submitted_at),
            nomination.nominator.full_name,
            nomination.nominator.email,
            nomination.authority.short_name if nomination.authority else "",
            flags,
        ] + [answer_display(spec, nomination.answers.get(spec.key)) for spec in specs]


def export_csv(call: Call) -> bytes:
    return csv_bytes(_header(call), _rows(call))


def export_xlsx(call: Call) -> bytes:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Nominations")
    sheet.freeze_panes = "B2"
    header = []
    for text in _header(call):
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    for row in _rows(call):
        sheet.append([safe_cell(cell) for cell in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
