import datetime

import factory
from django.utils import timezone

from silverlinings.bulletins.models import Issue, Item, ItemAttachment, Publication, Resource, Subscriber


def weekly_update() -> Publication:
    publication, _ = Publication.objects.get_or_create(
        slug="update", defaults={"name": "Weekly update", "masthead": "UPDATE NO"}
    )
    return publication


def newsletter() -> Publication:
    publication, _ = Publication.objects.get_or_create(
        slug="newsletter", defaults={"name": "Monthly newsletter", "masthead": "NEWSLETTER NO", "kind": "newsletter"}
    )
    return publication


class IssueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Issue

    publication = factory.LazyFunction(weekly_update)
    number = factory.Sequence(lambda n: 500 + n)
    date = datetime.date(2020, 11, 13)


class ItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Item

    issue = factory.SubFactory(IssueFactory)
    headline = factory.Sequence(lambda n: f"Item number {n}")
    slug = factory.Sequence(lambda n: f"item-number-{n}")
    body = "A paragraph about it."


class ResourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Resource

    title = factory.Sequence(lambda n: f"Guidance {n}")
    publisher = "Ofsted"
    published_on = datetime.date(2020, 11, 12)


class SubscriberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Subscriber
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"reader{n}@example.org")
    confirmed_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def publications(self, create, extracted, **kwargs):
        if create:
            self.publications.set(extracted if extracted is not None else [weekly_update()])


def sent_issue(**fields) -> Issue:
    """A published issue with one item, as the archive shows it."""
    issue = IssueFactory(status=Issue.Status.SENT, published=True, **fields)
    ItemFactory(issue=issue, headline="Last call for Silver Linings suggestions", slug="last-call")
    return issue


class ItemAttachmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ItemAttachment

    item = factory.SubFactory(ItemFactory)
    file = factory.django.FileField(filename="flyer.pdf", data=b"%PDF-1.4 flyer")
    title = factory.Sequence(lambda n: f"Flyer {n}")
