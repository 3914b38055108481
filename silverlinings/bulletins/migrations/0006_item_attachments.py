import django.db.models.deletion
from django.db import migrations, models

import silverlinings.bulletins.models


def attachments_from_items(apps, schema_editor):
    """Each item's one attachment becomes its first attachment, under the same name."""
    Item = apps.get_model("bulletins", "Item")
    ItemAttachment = apps.get_model("bulletins", "ItemAttachment")
    ItemAttachment.objects.bulk_create(
        ItemAttachment(item_id=item.pk, file=item.attachment.name, title=item.attachment_title)
        for item in Item.objects.exclude(attachment="").only("pk", "attachment", "attachment_title").iterator()
    )


def attachments_to_items(apps, schema_editor):
    """Back: an item keeps its first attachment (the others stay in storage)."""
    Item = apps.get_model("bulletins", "Item")
    ItemAttachment = apps.get_model("bulletins", "ItemAttachment")
    for attachment in ItemAttachment.objects.order_by("-pk").iterator():
        Item.objects.filter(pk=attachment.item_id).update(
            attachment=attachment.file.name, attachment_title=attachment.title
        )


class Migration(migrations.Migration):
    dependencies = [
        ("bulletins", "0005_delivery_bounced"),
    ]

    operations = [
        migrations.CreateModel(
            name="ItemAttachment",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("updated_at", models.DateTimeField(auto_now=True)),
                ("file", models.FileField(max_length=300, upload_to=silverlinings.bulletins.models.attachment_path)),
                ("title", models.CharField(blank=True, max_length=200)),
                (
                    "item",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="attachments", to="bulletins.item"
                    ),
                ),
            ],
            options={
                "ordering": ["pk"],
            },
        ),
        migrations.RunPython(attachments_from_items, attachments_to_items),
        migrations.RemoveField(
            model_name="item",
            name="attachment",
        ),
        migrations.RemoveField(
            model_name="item",
            name="attachment_title",
        ),
    ]
