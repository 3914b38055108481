import factory

from silverlinings.accounts.models import MembershipRole, User
from silverlinings.accounts.services import membership_grant
from silverlinings.directory.models import Authority


def authority(ons_code: str = "E10000016") -> Authority:
    """The authorities are loaded by a migration; tests pick one by ONS code (default: Kent)."""
    return Authority.objects.get(ons_code=ons_code)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ["email"]
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    full_name = factory.Faker("name", locale="en_GB")
    authority = factory.LazyFunction(authority)
    password = factory.django.Password("correct horse battery staple")

    @factory.post_generation
    def memberships(obj, create, extracted, **kwargs):
        """`memberships=[(role, scope), …]`: more roles, each for a call, a commission… (None: for nothing)."""
        for role, scope in extracted or []:
            membership_grant(user=obj, role=role, scope=scope, by=None)


def _with_role(role: str | None):
    """Every factory of a role makes the person and gives them the membership, as the team would."""

    @factory.post_generation
    def held(obj, create, extracted, **kwargs):
        if role:
            membership_grant(user=obj, role=role, by=None)

    return held


class ProgrammeTeamFactory(UserFactory):
    authority = None
    held = _with_role(MembershipRole.PROGRAMME_TEAM)


class PanelMemberFactory(UserFactory):
    """A panel member the team has taken on; `panel_of=call` also puts them on that call's panel."""

    held = _with_role(MembershipRole.PANEL_MEMBER)

    @factory.post_generation
    def panel_of(obj, create, extracted, **kwargs):
        if extracted is not None:
            membership_grant(user=obj, role=MembershipRole.PANEL_MEMBER, scope=extracted, by=None)


class WriterFactory(UserFactory):
    authority = None
    held = _with_role(MembershipRole.WRITER)


class ContributorFactory(UserFactory):
    password = factory.LazyFunction(lambda: "!unusable")
