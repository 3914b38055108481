import factory

from silverlinings.directory.models import Contact


class ContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Contact

    name = factory.Faker("name", locale="en_GB")
    role_title = "Network Lead"
    organisation = "South East Sector-Led Improvement Programme"
    email = factory.Sequence(lambda n: f"contact{n}@example.org")
    phone = factory.Sequence(lambda n: f"07700 9{n:05d}")
