"""Registration limits are counted in an unlogged table on PostgreSQL (decision 0097): counting one attempt then
costs no wait for the disk, and a crash of the database forgets the counts of the last ten minutes, no more."""

from django.db import migrations


def unlogged(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        table = schema_editor.quote_name(apps.get_model("events", "RegistrationCount")._meta.db_table)
        schema_editor.execute(f"ALTER TABLE {table} SET UNLOGGED")


def logged(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        table = schema_editor.quote_name(apps.get_model("events", "RegistrationCount")._meta.db_table)
        schema_editor.execute(f"ALTER TABLE {table} SET LOGGED")


class Migration(migrations.Migration):
    dependencies = [("events", "0004_workshop_lines")]

    operations = [migrations.RunPython(unlogged, logged)]
