import django.utils.timezone
from django.db import migrations, models
from django.db.models import OuterRef, Subquery


def chosen_when_registered(apps, schema_editor):
    """Choices made before the lines existed date from their registration (decision 0096)."""
    WorkshopChoice = apps.get_model("events", "WorkshopChoice")
    Registration = apps.get_model("events", "Registration")
    registered = Registration.objects.filter(pk=OuterRef("registration_id")).values("created_at")[:1]
    WorkshopChoice.objects.update(chosen_at=Subquery(registered))


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0003_registration_counts"),
    ]

    operations = [
        migrations.AddField(
            model_name="workshopchoice",
            name="chosen_at",
            field=models.DateTimeField(
                default=django.utils.timezone.now,
                help_text="When they put it on their list: changing the order keeps it.",
            ),
        ),
        migrations.RunPython(chosen_when_registered, migrations.RunPython.noop, elidable=True),
    ]
