import factory

from silverlinings.accounts.models import Role, User
from silverlinings.directory.models import Authority


def authority(ons_code: str = "E10000016") -> Authority:
    """The authorities are loaded by a migration; tests pick one by ONS code (default: Kent)."""
    return Authority.objects.get(ons_code=ons_code)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ["email"]

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    full_name = factory.Faker("name", locale="en_GB")
    role = Role.CONTRIBUTOR
    authority = factory.LazyFunction(authority)
    password = factory.django.Password("correct horse battery staple")


class ProgrammeTeamFactory(UserFactory):
    role = Role.PROGRAMME_TEAM
    authority = None


class PanelMemberFactory(UserFactory):
    role = Role.PANEL


class WriterFactory(UserFactory):
    role = Role.WRITER
    authority = None


class ContributorFactory(UserFactory):
    role = Role.CONTRIBUTOR
    password = factory.LazyFunction(lambda: "!unusable")
