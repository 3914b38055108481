"""The two publications the partnership has: the weekly update and the monthly newsletter with its sections."""

from django.db import migrations

NEWSLETTER_SECTIONS = ["Project News", "Other News", "Good Practice Guidance / Funding Opportunities"]


def load(apps, schema_editor):
    Publication = apps.get_model("bulletins", "Publication")
    Section = apps.get_model("bulletins", "Section")
    Publication.objects.get_or_create(
        slug="update",
        defaults={
            "name": "Weekly update",
            "kind": "update",
            "masthead": "UPDATE NO",
            "description": "News, actions required and reminders for children's services in the South East, every week.",
            "position": 1,
        },
    )
    newsletter, _ = Publication.objects.get_or_create(
        slug="newsletter",
        defaults={
            "name": "Monthly newsletter",
            "kind": "newsletter",
            "masthead": "NEWSLETTER NO",
            "description": "Project news and stories from the partnership, with a foreword, every month.",
            "send_weekday": 0,
            "position": 2,
        },
    )
    for position, name in enumerate(NEWSLETTER_SECTIONS, start=1):
        Section.objects.get_or_create(publication=newsletter, name=name, defaults={"position": position})


class Migration(migrations.Migration):
    dependencies = [("bulletins", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
