"""Factories for review: themes, suggestion runs, near-duplicate pairs, ideas and panel memberships.

Nominations come from tests/calls/factories.py (`make_call`, `submitted_nomination`), so they are made
the way real ones are. `REALISTIC` is a small set of nominations in three clear themes, with one idea
sent twice by two authorities in different words.
"""

from itertools import count

import factory

from silverlinings.accounts.models import Membership, MembershipRole
from silverlinings.accounts.services import membership_grant
from silverlinings.review.models import DuplicatePair, Idea, SuggestionRun, Theme, ThemeMembership
from tests.accounts.factories import PanelMemberFactory, ProgrammeTeamFactory
from tests.calls.factories import make_call, submitted_nomination

_calls = count(1)


def another_call():
    """A new call with its own slug, for factories used without a call."""
    return make_call(slug=f"review-call-{next(_calls)}")


class SuggestionRunFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SuggestionRun

    call = factory.LazyFunction(another_call)
    requested_by = factory.SubFactory(ProgrammeTeamFactory)


class ThemeFactory(factory.django.DjangoModelFactory):
    """ThemeFactory(call=call, nominations=[...], exemplars=[...]) puts those nominations in the theme."""

    class Meta:
        model = Theme
        skip_postgeneration_save = True

    call = factory.LazyFunction(another_call)
    label = factory.Sequence(lambda n: f"Theme {n}")
    keywords = factory.LazyFunction(list)

    @factory.post_generation
    def nominations(self, create, extracted, **kwargs):
        ThemeMembership.objects.bulk_create(ThemeMembership(theme=self, nomination=n) for n in extracted or [])

    @factory.post_generation
    def exemplars(self, create, extracted, **kwargs):
        if extracted:
            ThemeMembership.objects.filter(theme=self, nomination__in=extracted).update(exemplar=True)


class DuplicatePairFactory(factory.django.DjangoModelFactory):
    """DuplicatePairFactory(first=a, second=b): give nominations of one call with a.pk < b.pk."""

    class Meta:
        model = DuplicatePair

    call = factory.LazyAttribute(lambda pair: pair.first.call)
    similarity = 0.8


class IdeaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Idea
        skip_postgeneration_save = True

    call = factory.LazyFunction(another_call)
    label = factory.Sequence(lambda n: f"Idea {n}")
    created_by = factory.SubFactory(ProgrammeTeamFactory)

    @factory.post_generation
    def nominations(self, create, extracted, **kwargs):
        if extracted:
            self.nominations.add(*extracted)


def PanelMembershipFactory(*, call=None, member=None) -> Membership:
    """A seat on a call's panel: `Membership(panel_member, scope=call)`, given as the team gives it."""
    member = member or PanelMemberFactory()
    return membership_grant(user=member, role=MembershipRole.PANEL_MEMBER, scope=call or another_call(), by=None)[0]


# (key, ONS code, title, problem, what_you_did, difference) — three themes: hybrid conferences, foster
# carers, laptops for pupils. "conference_kent" and "conference_surrey" are the same idea, reworded.
REALISTIC = [
    (
        "conference_kent",
        "E10000016",
        "Hybrid child protection conferences",
        "Partners could not travel to child protection conferences and parents felt outnumbered in the room.",
        "Families meet the conference chair in person while partners join the child protection conference by video.",
        "Child protection conferences held on time rose from 71% to 93%.",
    ),
    (
        "conference_surrey",
        "E10000030",
        "Hybrid child protection conferences for families",
        "Partners could not travel to our child protection conferences, and parents felt outnumbered.",
        "Parents meet the conference chair in person and partners join the child protection conference by video call.",
        "Child protection conferences on time rose from 68% to 90%.",
    ),
    (
        "conference_medway",
        "E06000035",
        "Video links for review conferences",
        "Review conferences were cancelled when health partners could not attend the conference in person.",
        "Conference chairs run each review conference with a video link so partners join from their offices.",
        "Fewer review conferences cancelled and partners attend every conference.",
    ),
    (
        "fostering_hampshire",
        "E10000014",
        "Online foster carer recruitment evenings",
        "Foster carer recruitment stalled because information evenings for prospective foster carers were cancelled.",
        "Fostering recruitment evenings moved online, with foster carers answering questions from prospective carers.",
        "More enquiries from prospective foster carers and twelve new fostering households approved.",
    ),
    (
        "fostering_kent",
        "E10000016",
        "Virtual training for foster carers",
        "Foster carers could not attend fostering training at the centre, and skills to foster lapsed.",
        "Short fostering training sessions for foster carers online, recorded so carers can watch in the evening.",
        "Foster carer training completion doubled and fostering households kept their skills up to date.",
    ),
    (
        "fostering_surrey",
        "E10000030",
        "Fostering panel with foster carers online",
        "Fostering panels were delayed, so approval of new foster carers took months.",
        "The fostering panel meets online and prospective foster carers join from home for their approval.",
        "Foster carers approved six weeks sooner and the fostering panel never cancelled.",
    ),
    (
        "laptops_reading",
        "E06000038",
        "Laptops for pupils learning at home",
        "Pupils without laptops could not join remote lessons from home and fell behind with schoolwork.",
        "Schools lent laptops and internet dongles to pupils, with help for parents to set up remote lessons.",
        "Every pupil joined remote lessons and schoolwork returned on time rose sharply.",
    ),
    (
        "laptops_slough",
        "E06000039",
        "Devices and data for secondary pupils",
        "Secondary pupils shared one phone per family and missed remote lessons and homework.",
        "The school gave each pupil a laptop and mobile data so pupils could learn at home with remote lessons.",
        "Attendance at remote lessons reached 95% and homework was handed in by nearly every pupil.",
    ),
    (
        "laptops_wokingham",
        "E06000041",
        "Recycled laptops for primary pupils",
        "Primary pupils in families without a computer missed remote learning and lessons at home.",
        "Local businesses donated old laptops, which were wiped and given to primary pupils for remote lessons.",
        "Two hundred pupils got a laptop and joined remote lessons from home.",
    ),
]


def realistic_nominations(call) -> dict:
    """The REALISTIC nominations, submitted to `call`, by key."""
    made = {}
    for key, ons_code, title, problem, what_you_did, difference in REALISTIC:
        made[key] = submitted_nomination(
            call,
            ons_code=ons_code,
            title=title,
            problem=problem,
            what_you_did=what_you_did,
            difference=difference,
            permanence="It is how we work now.",
            adoption="A short guide and the right equipment.",
        )
    return made
