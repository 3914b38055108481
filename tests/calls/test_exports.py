import csv
import io

import pytest
from openpyxl import load_workbook

from silverlinings.calls.exports import export_csv, export_xlsx
from tests.calls.factories import make_call, submitted_nomination

pytestmark = pytest.mark.django_db


def test_export_xlsx_has_every_nomination_with_all_answers():
    call = make_call()
    first = submitted_nomination(call, title="First idea")
    submitted_nomination(call, title='=HYPERLINK("http://evil")', ons_code="E06000038")
    sheet = load_workbook(io.BytesIO(export_xlsx(call))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("Reference", "Status", "Channel", "Submitted")
    assert rows[0][8] == "Title of the innovation"
    assert len(rows[0]) == 8 + 14
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
