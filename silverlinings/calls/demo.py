"""A live Silver Linings call with a few dozen nominations from many authorities and service areas."""

from datetime import timedelta

from django.utils import timezone

from silverlinings.accounts.models import MembershipRole, User
from silverlinings.accounts.selectors import members_of
from silverlinings.directory.models import Authority

from .demo_content import DRAFT_TITLES, INNOVATIONS
from .models import Call, Channel, Nomination
from .services import nominations as services

SLUG = "silver-linings"
INTRODUCTION = (
    "The Covid-19 pandemic lockdown and the search for Covid-secure ways of working have driven new thinking "
    "about how to deliver children's services, in schools, in early help and in children's social care.\n\n"
    "The Silver Linings project will capture and publicise the best of these innovations, so that the new and "
    "better ways of working become part of the ‘new normal’. Nominate one or more innovations or changes to ways "
    "of working that will become permanent features of your service."
)
WHAT_COUNTS = (
    "There is no limit that makes an idea either ‘too small’ or ‘too large’. We welcome contributions from "
    "whole-system changes to personal work habits or IT hacks.\n\n"
    "If your innovation uses a proprietary software or hardware product, please name the supplier."
)


def load(*, stdout, password: str) -> None:
    team = members_of(role=MembershipRole.PROGRAMME_TEAM).order_by("pk").first()
    call = Call.objects.filter(slug=SLUG).first()
    if call is None:
        now = timezone.now().replace(minute=0, second=0, microsecond=0)
        call = services.call_create(
            by=team,
            title="Silver Linings: the innovations that stay",
            slug=SLUG,
            reference_prefix="SL",
            introduction=INTRODUCTION,
            what_counts=WHAT_COUNTS,
            opens_at=now - timedelta(days=20),
            closes_at=(now + timedelta(days=12)).replace(hour=17),
            last_call_at=now + timedelta(days=5),
            contact_name="Rachel Thorne, SESLI Programme Manager",
            contact_phone="07700 900101",
            contact_email="silverlinings@seslip.example.org",
        )
    if call.nominations.exists():
        stdout.write(f"Call: ‘{call.title}’ already has {call.nominations.count()} nominations.")
        return
    for index, innovation in enumerate(INNOVATIONS):
        _nominate(call, team, index, innovation)
    for title in DRAFT_TITLES:
        nominator = User.objects.get(email="contributor.medway@example.org")
        draft = services.nomination_start(call=call, nominator=nominator, by=nominator)
        services.nomination_save_answers(nomination=draft, answers={"title": title}, by=nominator)
    stdout.write(f"Call: ‘{call.title}’ with {len(INNOVATIONS)} nominations and {len(DRAFT_TITLES)} drafts.")


def _nominate(call: Call, team: User, index: int, innovation) -> Nomination:
    title, ons, areas, scale, problem, what, difference, permanence, adoption, supplier, channel = innovation
    authority = Authority.objects.get(ons_code=ons)
    first, last = FIRST_NAMES[index % len(FIRST_NAMES)], LAST_NAMES[index % len(LAST_NAMES)]
    email = f"{first}.{last}@{authority.short_name.lower().replace(' ', '')}.example.org".lower()
    nominator, _ = User.objects.get_or_create(
        email=email,
        defaults={
            "full_name": f"{first} {last}",
            "authority": authority,
            "job_title": "Service Manager",
        },
    )
    by = nominator if channel in (Channel.WEB, Channel.DOCUMENT) else team
    nomination = services.nomination_start(call=call, nominator=nominator, by=by, channel=channel)
    answers = {
        "title": title,
        "authority": authority.short_name,
        "organisation": "",
        "service_areas": areas,
        "scale": scale,
        "problem": problem,
        "what_you_did": what,
        "difference": difference,
        "permanence": permanence,
        "adoption": adoption,
        "proprietary": {"answer": bool(supplier), "detail": supplier},
        "contact": {
            "name": nominator.full_name,
            "role": "Service Manager",
            "email": email,
            "phone": f"07700 9{index:05d}",
        },
        "consent_publish": {"answer": True, "detail": ""},
        "consent_contact": {"answer": True, "detail": ""},
    }
    services.nomination_save_answers(nomination=nomination, answers=answers, by=by)
    nomination = services.nomination_submit(nomination=nomination, by=by, notify=False)
    # Spread the demo nominations over the weeks the call has been open, for the chart.
    days = (index * 5) % 17
    Nomination.objects.filter(pk=nomination.pk).update(submitted_at=call.opens_at + timedelta(days=days, hours=10))
    return nomination


FIRST_NAMES = ["Aisha", "Ben", "Chloe", "Dev", "Ellen", "Farid", "Gemma", "Hamish", "Ivy", "Jon", "Kiran", "Lucy"]
LAST_NAMES = ["Morgan", "Patel", "Hughes", "Reid", "Osei", "Walsh", "Clarke", "Baker", "Nolan", "Shah", "Turner"]
