import csv
import io
from datetime import UTC, datetime

import pytest
from django.db import connection
from django.urls import reverse
from openpyxl import load_workbook

from silverlinings.calls.exports import export_csv, export_xlsx
from silverlinings.calls.services import nominations as services
from tests.accounts.factories import ContributorFactory
from tests.calls.factories import make_call, submitted_nomination, valid_answers

pytestmark = pytest.mark.django_db


def control_characters() -> str:
    """\x00 to \x1f; PostgreSQL cannot store NUL in text at all (and the forms refuse it), so there from \x01."""
    first = 0x01 if connection.vendor == "postgresql" else 0x00
    return "".join(chr(code) for code in range(first, 0x20))


def _xlsx_rows(client, call) -> list[tuple]:
    response = client.get(reverse("calls:export", kwargs={"slug": call.slug, "fmt": "xlsx"}))
    assert response.status_code == 200
    return list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))


def _csv_rows(client, call) -> list[list[str]]:
    response = client.get(reverse("calls:export", kwargs={"slug": call.slug, "fmt": "csv"}))
    assert response.status_code == 200
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_export_xlsx_has_every_nomination_with_all_answers():
    call = make_call()
    first = submitted_nomination(call, title="First idea")
    submitted_nomination(call, title='=HYPERLINK("http://evil")', ons_code="E06000038")
    sheet = load_workbook(io.BytesIO(export_xlsx(call))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("Reference", "Status", "Channel", "Submitted")
    assert rows[0][8] == "Title of the innovation"
    assert len(rows[0]) == 8 + 13
    assert rows[1][0] == first.reference
    assert rows[1][8] == "First idea"
    assert rows[2][8] == '\'=HYPERLINK("http://evil")'
    assert rows[1][rows[0].index("Service areas")] == "Children's social care"


def test_export_csv_matches_the_xlsx_columns():
    call = make_call()
    submitted_nomination(call, service_areas=["Early help", "Fostering"])
    text = export_csv(call).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) == 2
    assert rows[1][rows[0].index("Service areas")] == "Early help; Fostering"
    assert rows[1][rows[0].index("Authority")] == "Kent"


def test_export_xlsx_takes_every_control_character(client, programme_team):
    call = make_call()
    submitted_nomination(
        call, problem=f"Before{control_characters()}after", title=f"Line\x0bbreak{control_characters()}"
    )
    client.force_login(programme_team)
    rows = _xlsx_rows(client, call)
    problem = next(value for value in rows[1] if isinstance(value, str) and value.startswith("Before"))
    assert problem == "Before\t\n\n\rafter"
    assert rows[1][8] == "Line\nbreak\t\n\n\r"


def test_export_csv_takes_every_control_character(client, programme_team):
    call = make_call()
    submitted_nomination(call, problem=f"Before{control_characters()}after")
    client.force_login(programme_team)
    rows = _csv_rows(client, call)
    assert [value for value in rows[1] if value.startswith("Before")] == ["Before\t\n\n\rafter"]


def test_exports_leave_out_drafts(client, programme_team):
    call = make_call()
    sent = submitted_nomination(call)
    withdrawn = submitted_nomination(call, title="Withdrawn idea")
    services.nomination_withdraw(nomination=withdrawn, by=withdrawn.nominator)
    nominator = ContributorFactory()
    draft = services.nomination_start(call=call, nominator=nominator, by=nominator)
    services.nomination_save_answers(nomination=draft, answers=valid_answers(title="Half-written"), by=nominator)
    client.force_login(programme_team)
    assert [row[:2] for row in _xlsx_rows(client, call)[1:]] == [
        (sent.reference, "Submitted"),
        (withdrawn.reference, "Withdrawn"),
    ]
    assert [row[:2] for row in _csv_rows(client, call)[1:]] == [
        [sent.reference, "Submitted"],
        [withdrawn.reference, "Withdrawn"],
    ]


def test_exports_have_one_authority_column(client, programme_team):
    call = make_call()
    submitted_nomination(call)
    client.force_login(programme_team)
    assert _xlsx_rows(client, call)[0].count("Authority") == 1
    assert _csv_rows(client, call)[0].count("Authority") == 1


def test_exports_write_the_submitted_time_as_a_date(client, programme_team):
    call = make_call()
    nomination = submitted_nomination(call)
    nomination.submitted_at = datetime(2026, 7, 1, 16, 30, tzinfo=UTC)
    nomination.save(update_fields=["submitted_at"])
    client.force_login(programme_team)
    assert _xlsx_rows(client, call)[1][3] == datetime(2026, 7, 1, 17, 30)
    assert _csv_rows(client, call)[1][3] == "2026-07-01 17:30"
