from datetime import timedelta

from django.utils import timezone

from silverlinings.calls.models import Call, Nomination
from silverlinings.calls.services import nominations as services
from tests.accounts.factories import ContributorFactory, ProgrammeTeamFactory, authority


def make_call(*, slug: str = "silver-linings", opens_in_days: int = -10, closes_in_days: int = 20, **fields) -> Call:
    """A call made the way the programme team makes one: with the Silver Linings headings."""
    now = timezone.now()
    team = ProgrammeTeamFactory(email="call-maker@seslip.example.org")
    values = {
        "title": "Silver Linings",
        "slug": slug,
        "introduction": "Tell us about the innovations that stay.",
        "opens_at": now + timedelta(days=opens_in_days),
        "closes_at": now + timedelta(days=closes_in_days),
        "contact_name": "Rachel Thorne",
        "contact_phone": "07700 900101",
        "contact_email": "sl@example.org",
        **fields,
    }
    return services.call_create(by=team, **values)


def valid_answers(
    *, authority_name: str = "Kent", title: str = "Hybrid child protection conferences", **overrides
) -> dict:
    answers = {
        "title": title,
        "authority": authority_name,
        "organisation": "",
        "service_areas": ["Children's social care"],
        "scale": "Service or team practice",
        "problem": "Partners could not travel to conferences.",
        "what_you_did": "Families meet the chair in person while partners join by video.",
        "difference": "Conferences on time rose from 71% to 93%.",
        "permanence": "It is in our procedures now.",
        "proprietary": {"answer": False, "detail": ""},
        "adoption": "Meeting-room speakers and trained chairs.",
        "contact": {
            "name": "Sam Kaur",
            "role": "Team Manager",
            "email": "sam.kaur@kent.example.org",
            "phone": "07700 900123",
        },
        "consent_publish": {"answer": True, "detail": ""},
        "consent_contact": {"answer": True, "detail": ""},
    }
    answers.update(overrides)
    return answers


def submitted_nomination(
    call: Call, *, nominator=None, ons_code: str = "E10000016", channel: str = "web", **overrides
) -> Nomination:
    place = authority(ons_code)
    nominator = nominator or ContributorFactory(authority=place)
    nomination = services.nomination_start(call=call, nominator=nominator, by=nominator, channel=channel)
    services.nomination_save_answers(
        nomination=nomination, answers=valid_answers(authority_name=place.short_name, **overrides), by=nominator
    )
    return services.nomination_submit(nomination=nomination, by=nominator, notify=False)
