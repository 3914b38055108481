from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
        ("mail", "0001_initial"),
    ]

    operations = [
        migrations.DeleteModel(
            name="OutboundEmail",
        ),
    ]
