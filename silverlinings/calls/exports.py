"""Every sent nomination of a call with all its answers, as XLSX or CSV.

Drafts are left out: they are unfinished and their writers have not sent them. Withdrawn
nominations stay, with their status. Dates are real dates (a date cell in XLSX, ISO 8601 in CSV) so
that a spreadsheet sorts and filters them; text loses the control characters XML cannot hold.
"""

import io
import re
from collections.abc import Iterator
from datetime import datetime

from django.utils import timezone
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from silverlinings.core.spreadsheets import csv_bytes, safe_cell

from .answers import answer_display
from .models import Call, Nomination, NominationStatus

#: Characters no XML file (so no XLSX) may hold: C0 controls but tab, newline and carriage return.
#: A manual line break in Word (\x0b) is one; it becomes a newline.
ILLEGAL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
DATE_FORMAT = "yyyy-mm-dd hh:mm"
#: Headings whose answer already has a fixed column.
FIXED_KEYS = {"authority"}


def _specs(call: Call):
    return [spec for spec in call.heading_specs() if spec.key not in FIXED_KEYS]


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
    return fixed + [spec.text for spec in _specs(call)]


def _local(moment: datetime | None) -> datetime | None:
    """UK time without a time zone: what a spreadsheet cell holds."""
    return timezone.localtime(moment).replace(tzinfo=None, microsecond=0) if moment else None


def _rows(call: Call) -> Iterator[list]:
    specs = _specs(call)
    nominations = (
        Nomination.objects.filter(call=call)
        .exclude(status=NominationStatus.DRAFT)
        .select_related("nominator", "authority")
        .order_by("number", "created_at")
    )
    for nomination in nominations.iterator(chunk_size=500):
        flags = "; ".join(f"{f['label']} in ‘{f['question']}’" for f in nomination.personal_data)
        yield [
            nomination.reference,
            nomination.get_status_display(),
            nomination.get_channel_display(),
            _local(nomination.submitted_at),
            nomination.nominator.full_name,
            nomination.nominator.email,
            nomination.authority.short_name if nomination.authority else "",
            flags,
        ] + [answer_display(spec, nomination.answers.get(spec.key)) for spec in specs]


def _clean(value: str) -> str:
    """Text a spreadsheet can hold and will not run: no illegal characters, no formula (CSV injection)."""
    return safe_cell(ILLEGAL_RE.sub(lambda match: "\n" if match.group() == "\x0b" else "", value))


def _csv_cell(value) -> str:
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    return "" if value is None else _clean(str(value))


def export_csv(call: Call) -> bytes:
    return csv_bytes(_header(call), ([_csv_cell(value) for value in row] for row in _rows(call)))


def _xlsx_cell(sheet, value):
    if isinstance(value, datetime):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = DATE_FORMAT
        return cell
    return "" if value is None else _clean(str(value))


def export_xlsx(call: Call) -> bytes:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Nominations")
    sheet.freeze_panes = "B2"
    header = []
    for text in _header(call):
        cell = WriteOnlyCell(sheet, value=_clean(text))
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    for row in _rows(call):
        sheet.append([_xlsx_cell(sheet, value) for value in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
