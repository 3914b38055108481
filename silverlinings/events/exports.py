"""Every registration of an event, as XLSX or CSV."""

import io
from collections.abc import Iterator

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from silverlinings.core.formatting import govuk_datetime
from silverlinings.core.spreadsheets import csv_bytes, safe_cell

from .models import Event
from .selectors import registrations_for, workshop_slots

FIXED = [
    "Name",
    "Email",
    "Authority",
    "Organisation",
    "Role",
    "Status",
    "Place",
    "Access needs",
    "Registered",
    "Attended",
]


def _header(event: Event) -> list[str]:
    return FIXED + [f"Workshop at {govuk_datetime(slot.starts_at)}" for slot in workshop_slots(event)]


def _rows(event: Event) -> Iterator[list[str]]:
    slots = [slot.key for slot in workshop_slots(event)]
    for registration in registrations_for(event):
        places = {place.slot: place.session.title for place in registration.workshop_places.all()}
        yield [
            registration.full_name,
            registration.email,
            registration.authority.short_name if registration.authority else "",
            registration.organisation,
            registration.job_role,
            registration.get_status_display(),
            registration.get_place_display(),
            "; ".join(registration.access_needs_display),
            govuk_datetime(registration.created_at),
            govuk_datetime(registration.attended_at),
        ] + [places.get(slot, "") for slot in slots]


def export_csv(event: Event) -> bytes:
    return csv_bytes(_header(event), _rows(event))


def export_xlsx(event: Event) -> bytes:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Registrations")
    sheet.freeze_panes = "B2"
    header = []
    for text in _header(event):
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    for row in _rows(event):
        sheet.append([safe_cell(cell) for cell in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
