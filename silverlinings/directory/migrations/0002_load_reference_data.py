"""Load the partnership's authorities, service areas and networks from the CSVs kept beside the app.

Re-running (or a later migration re-loading) updates rows in place, keyed by ONS code or name.
"""

import csv
from pathlib import Path

from django.db import migrations

DATA = Path(__file__).resolve().parent.parent / "data"


def rows(name):
    with open(DATA / name, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def load(apps, schema_editor):
    Authority = apps.get_model("directory", "Authority")
    ServiceArea = apps.get_model("directory", "ServiceArea")
    Network = apps.get_model("directory", "Network")
    for row in rows("authorities.csv"):
        Authority.objects.update_or_create(
            ons_code=row["ons_code"].strip(),
            defaults={
                "name": row["name"].strip(),
                "short_name": row["short_name"].strip(),
                "kind": row["kind"].strip(),
            },
        )
    for position, row in enumerate(rows("service-areas.csv"), start=1):
        ServiceArea.objects.update_or_create(
            name=row["name"].strip(),
            defaults={"position": position, "from_call_page": row["from_call_page"].strip() == "yes"},
        )
    for row in rows("networks.csv"):
        Network.objects.update_or_create(name=row["name"].strip(), defaults={"description": ""})


class Migration(migrations.Migration):
    dependencies = [("directory", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
