"""An item's one attachment, from before items could carry several, becomes its first attachment."""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def test_an_items_attachment_becomes_its_first_attachment_and_goes_back():
    old = migrate([("bulletins", "0005_delivery_bounced")])
    Publication, Issue, Item = (old.get_model("bulletins", name) for name in ("Publication", "Issue", "Item"))
    publication, _ = Publication.objects.get_or_create(slug="update", defaults={"name": "Weekly update"})
    issue = Issue.objects.create(publication=publication, number=900, date=datetime.date(2020, 11, 13))
    with_file = Item.objects.create(
        issue=issue,
        headline="A flyer",
        slug="a-flyer",
        attachment="bulletins/attachments/x/flyer.pdf",
        attachment_title="The flyer",
    )
    Item.objects.create(issue=issue, headline="No file", slug="no-file")
    try:
        new = migrate([("bulletins", "0006_item_attachments")])
        ItemAttachment = new.get_model("bulletins", "ItemAttachment")
        assert list(ItemAttachment.objects.values_list("item_id", "file", "title")) == [
            (with_file.pk, "bulletins/attachments/x/flyer.pdf", "The flyer")
        ]
        ItemAttachment.objects.create(item_id=with_file.pk, file="bulletins/attachments/y/report.pdf", title="More")
        back = migrate([("bulletins", "0005_delivery_bounced")])
        assert list(
            back.get_model("bulletins", "Item")
            .objects.values_list("headline", "attachment", "attachment_title")
            .order_by("pk")
        ) == [
            ("A flyer", "bulletins/attachments/x/flyer.pdf", "The flyer"),
            ("No file", "", ""),
        ]
    finally:
        migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
        ContentType.objects.clear_cache()  # ids cached while migrating may not survive the flush
