"""The online launch of the showcase: a programme with a keynote and two rounds of workshops, places
part-used by every authority, general admission full and a short waiting list, workshops allocated with a
line for the popular ones, and two coordinators of Kent's places: Priya Raman, and Dawn Ashby (a panel
member too, made by accounts/demo.py), so a coordinator's dashboard shows the launch and its registrants."""

from datetime import timedelta

from django.utils import timezone

from silverlinings.accounts.models import MembershipRole, User
from silverlinings.accounts.selectors import members_of, memberships_of
from silverlinings.accounts.services import membership_grant, membership_revoke
from silverlinings.directory.models import Authority

from .models import Event, SessionKind
from .services import events as services
from .services import registration as services_registration
from .services import workshops as services_workshops

SLUG = "silver-linings-launch"
COORDINATOR = ("coordinator.kent@example.org", "Priya Raman", "E10000016")
PANEL_COORDINATOR = ("panel.kent@example.org", "Dawn Ashby", "E10000016")
FIRST_NAMES = ["Alex", "Bea", "Chidi", "Dana", "Eilidh", "Farah", "Gareth", "Hana", "Ifeoma", "Jonah"]
LAST_NAMES = ["Ashworth", "Begum", "Cole", "Doyle", "Evans", "Fraser", "Gill", "Hughes", "Iqbal", "Jones"]

PROGRAMME = [
    # (hour, minute, minutes, kind, title, speakers, reports)
    (10, 0, 40, SessionKind.PLENARY, "Welcome and keynote: the innovations that stay", "Rachel Thorne, SESLIP", ""),
    (10, 50, 50, SessionKind.WORKSHOP, "Family time by video", "Sam Kaur, Medway", "Family time by video"),
    (10, 50, 50, SessionKind.WORKSHOP, "Hybrid child protection conferences", "Dawn Ashby, Kent", "Hybrid conferences"),
    (10, 50, 50, SessionKind.WORKSHOP, "The virtual school's blended learning", "Grace Okafor, Hampshire", ""),
    (11, 50, 50, SessionKind.WORKSHOP, "Online multi-agency hubs", "Tomasz Nowak, Reading", ""),
    (11, 50, 50, SessionKind.WORKSHOP, "Youth justice interventions online", "Owen Pritchard, Brighton", ""),
    (11, 50, 50, SessionKind.WORKSHOP, "Paperless working and e-signatures", "Lena Fischer, Surrey", ""),
    (12, 45, 30, SessionKind.PLENARY, "What happens next, and close", "Imran Qureshi, SESLIP", ""),
]


def _event(team) -> Event:
    now = timezone.now()
    starts = (now + timedelta(days=21)).replace(hour=10, minute=0, second=0, microsecond=0)
    event = services.event_create(
        by=team,
        title="Silver Linings: the online launch",
        slug=SLUG,
        summary="A Covid-secure online launch of the Silver Linings showcase, with keynotes and workshops.",
        description="Join colleagues from the 19 authorities to launch the showcase of the innovations that "
        "stay.\n\nRegional ticket allocations: please coordinate local attendance to ensure maximum benefit. "
        "If places are sold out for your authority, please select general admission.",
        starts_at=starts,
        ends_at=starts + timedelta(hours=3, minutes=15),
        platform="Microsoft Teams",
        joining_url="https://teams.example.org/l/meetup-join/silver-linings-launch",
        capacity=120,
        registration_opens_at=now - timedelta(days=7),
        registration_closes_at=starts - timedelta(days=1),
        release_at=starts - timedelta(days=7),
        allocation_at=now - timedelta(minutes=5),  # allocated once the demo's people have registered
    )
    for hour, minute, minutes, kind, title, speakers, reports in PROGRAMME:
        start = starts.replace(hour=hour, minute=minute)
        services.session_save(
            event=event,
            by=team,
            kind=kind,
            title=title,
            description="",
            speakers=speakers,
            reports=reports,
            starts_at=start,
            ends_at=start + timedelta(minutes=minutes),
            capacity=25 if kind == SessionKind.WORKSHOP else None,
        )
    return event


def _register_people(event: Event) -> int:
    slots = {}
    for session in event.sessions.filter(kind=SessionKind.WORKSHOP).order_by("starts_at", "pk"):
        slots.setdefault(session.slot, []).append(session.pk)
    made = 0
    people = [(authority, n) for authority in Authority.objects.order_by("short_name") for n in range(3)]
    people += [(None, n) for n in range(28)]  # general admission (24 places), then the waiting list
    for index, (authority, n) in enumerate(people):
        name = f"{FIRST_NAMES[index % 10]} {LAST_NAMES[(index // 10) % 10]}"
        where = authority.short_name.lower().replace(" ", "-") if authority else "provider"
        choices = {slot: ids[index % 3 :] + ids[: index % 3] for slot, ids in slots.items()}
        services_registration.registration_submit(
            event=event,
            email=f"{name.lower().replace(' ', '.')}.{n}@{where}.example.org",
            full_name=name,
            authority=authority,
            organisation="" if authority else "St Hilda's Academy",
            job_role="Team Manager" if index % 2 else "Practice Lead",
            access_needs=["captions"] if index % 9 == 0 else [],
            access_other="",
            choices=choices,
        )
        made += 1
    return made


def load(*, stdout, password: str) -> None:
    team = members_of(role=MembershipRole.PROGRAMME_TEAM).filter(is_superuser=False).order_by("pk").first()
    if event := Event.objects.filter(slug=SLUG).first():
        _coordinators(event, password=password, by=team)
        stdout.write("Events: the launch is already there.")
        return
    event = _event(team)
    made = _register_people(event)
    services_workshops.workshops_allocate(event_id=event.pk)  # some wait in a workshop's line
    _coordinators(event, password=password, by=team)
    stdout.write(
        f"Events: ‘{event.title}’ with {made} registrations; Kent's coordinators are {COORDINATOR[0]} "
        f"and {PANEL_COORDINATOR[0]} (password '{password}' at /staff/sign-in/)."
    )


def _coordinators(event: Event, *, password: str, by) -> None:
    """Kent's coordinators at the launch; giving the role again changes nothing."""
    for email, name, ons_code in (COORDINATOR, PANEL_COORDINATOR):
        authority = Authority.objects.get(ons_code=ons_code)
        coordinator, created = User.objects.get_or_create(
            email=email, defaults={"full_name": name, "authority": authority}
        )
        if created:  # a coordinator signs in with a password, like every role beyond contributor
            coordinator.set_password(password)
            coordinator.save(update_fields=["password"])
        membership_grant(user=coordinator, role=MembershipRole.COORDINATOR, by=by, scope=event, authority=authority)
    # Earlier demos gave Dawn Ashby the role for no event, which shows her nothing.
    for held in memberships_of(User.objects.get(email=PANEL_COORDINATOR[0])):
        if held.role == MembershipRole.COORDINATOR and held.scope_id is None:
            membership_revoke(membership=held, by=by)
