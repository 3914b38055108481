"""The queries the event pages need."""

import time
from dataclasses import dataclass
from itertools import groupby

from django.db.models import Count, F, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.utils import timezone

from silverlinings.accounts.models import MembershipRole
from silverlinings.accounts.selectors import memberships_of
from silverlinings.directory.models import Authority

from .models import (
    HOLDING,
    Allocation,
    Event,
    Place,
    Registration,
    Session,
    SessionKind,
    Status,
    WorkshopChoice,
    WorkshopPlace,
)


def events_public() -> QuerySet[Event]:
    return Event.objects.order_by("starts_at")


def events_registration_open(*, at=None) -> QuerySet[Event]:
    """Events that take registrations at `at` (now when not given), soonest first."""
    at = at or timezone.now()
    return events_public().filter(registration_opens_at__lte=at, registration_closes_at__gt=at)


def events_for_team() -> QuerySet[Event]:
    return Event.objects.annotate(
        registered=Count("registrations", filter=Q(registrations__status=Status.CONFIRMED)),
        waiting=Count("registrations", filter=Q(registrations__status=Status.WAITING)),
    ).order_by("-starts_at")


def events_upcoming(*, limit: int = 5) -> QuerySet[Event]:
    """The next events (not yet ended), soonest first, with places held and the waiting list counted in one query."""
    return (
        Event.objects.filter(ends_at__gte=timezone.now())
        .annotate(
            held=Count("registrations", filter=Q(registrations__status__in=HOLDING)),
            waiting=Count("registrations", filter=Q(registrations__status=Status.WAITING)),
        )
        .order_by("starts_at", "pk")[:limit]
    )


@dataclass
class Slot:
    key: str
    starts_at: object
    ends_at: object
    workshops: list[Session]


@dataclass
class ProgrammeItem:
    """A plenary session, or a slot of workshops running in parallel."""

    starts_at: object
    plenary: Session | None = None
    slot: Slot | None = None


def programme(event: Event) -> list[ProgrammeItem]:
    sessions = list(event.sessions.order_by("starts_at", "title", "pk"))
    items = [ProgrammeItem(session.starts_at, plenary=session) for session in sessions if not session.is_workshop]
    items += [ProgrammeItem(slot.starts_at, slot=slot) for slot in workshop_slots(event, sessions=sessions)]
    return sorted(items, key=lambda item: (item.starts_at, item.plenary is None))


@dataclass(frozen=True)
class RegistrationChoices:
    """What the registration form offers: the workshop slots, and the authorities by id (as text)."""

    slots: list[Slot]
    authorities: dict[str, Authority]


#: By event id: (the event's version, when kept, the choices). Kept in each process, as every registration
#: of a rush needs them and they change only when the team changes the event (decision 0097).
_registration_choices: dict[int, tuple[tuple, float, RegistrationChoices]] = {}
REGISTRATION_CHOICES_SECONDS = 60


def registration_choices(event: Event) -> RegistrationChoices:
    """The registration form's workshops and authorities, read again whenever the event changes (a change to its
    programme saves the event too: services.events.session_save) and at least once a minute (the authorities
    change only in the admin)."""
    version, now = (event.created_at, event.updated_at), time.monotonic()
    kept = _registration_choices.get(event.pk)
    if kept and kept[0] == version and now - kept[1] < REGISTRATION_CHOICES_SECONDS:
        return kept[2]
    choices = RegistrationChoices(
        slots=workshop_slots(event), authorities={str(a.pk): a for a in Authority.objects.order_by("name")}
    )
    _registration_choices[event.pk] = (version, now, choices)
    return choices


def workshop_slots(event: Event, *, sessions: list[Session] | None = None) -> list[Slot]:
    if sessions is None:
        sessions = list(event.sessions.filter(kind=SessionKind.WORKSHOP).order_by("starts_at", "title", "pk"))
    workshops = [session for session in sessions if session.is_workshop]
    return [
        Slot(key, group[0].starts_at, max(s.ends_at for s in group), group)
        for key, group in ((key, list(group)) for key, group in groupby(workshops, key=lambda s: s.slot))
    ]


def authority_counts(event: Event) -> dict[int, int]:
    """Authority places held (confirmed or offered), by authority id."""
    rows = (
        Registration.objects.filter(event=event, status__in=HOLDING, place=Place.AUTHORITY)
        .values_list("authority_id")
        .annotate(count=Count("pk"))
    )
    return dict(rows)


@dataclass
class AuthorityRow:
    authority: Authority
    allocation: int
    authority_places: int
    general_places: int
    waiting: int

    @property
    def registered(self) -> int:
        return self.authority_places + self.general_places

    @property
    def left(self) -> int:
        return max(self.allocation - self.authority_places, 0)


def registrations_by_authority(event: Event) -> list[AuthorityRow]:
    allocations = {row.authority_id: row.places for row in Allocation.objects.filter(event=event)}
    counts = (
        Registration.objects.filter(event=event, authority__isnull=False)
        .values("authority_id")
        .annotate(
            authority_places=Count("pk", filter=Q(status__in=HOLDING, place=Place.AUTHORITY)),
            general_places=Count("pk", filter=Q(status__in=HOLDING, place=Place.GENERAL)),
            waiting=Count("pk", filter=Q(status=Status.WAITING)),
        )
    )
    by_id = {row["authority_id"]: row for row in counts}
    return [
        AuthorityRow(
            authority,
            allocations.get(authority.pk, 0),
            by_id.get(authority.pk, {}).get("authority_places", 0),
            by_id.get(authority.pk, {}).get("general_places", 0),
            by_id.get(authority.pk, {}).get("waiting", 0),
        )
        for authority in Authority.objects.order_by("short_name")
    ]


@dataclass
class Places:
    capacity: int
    held: int
    general_pool: int
    general_held: int
    waiting: int
    offered: int

    @property
    def left(self) -> int:
        return max(self.capacity - self.held, 0)


def places_summary(event: Event) -> Places:
    counts = Registration.objects.filter(event=event).aggregate(
        held=Count("pk", filter=Q(status__in=HOLDING)),
        general_held=Count("pk", filter=Q(status__in=HOLDING, place=Place.GENERAL)),
        waiting=Count("pk", filter=Q(status=Status.WAITING)),
        offered=Count("pk", filter=Q(status=Status.OFFERED)),
    )
    allocated = sum(Allocation.objects.filter(event=event).values_list("places", flat=True))
    return Places(capacity=event.capacity, general_pool=max(event.capacity - allocated, 0), **counts)


#: A workshop's line, first first: who chose it first (decision 0096), then who registered first.
LINE_ORDER = ("chosen_at", "registration_id")


def in_line(choices: QuerySet[WorkshopChoice]) -> QuerySet[WorkshopChoice]:
    """Of `choices`, those that put someone in their workshop's line: made by someone registered who holds
    no place in the workshop's slot, or holds one in a workshop they rank lower (or not at all)."""
    held_rank = WorkshopChoice.objects.filter(
        registration_id=OuterRef("registration_id"),
        session__starts_at=OuterRef("session__starts_at"),
        session__places__registration_id=OuterRef("registration_id"),
    ).values("rank")[:1]
    return (
        choices.filter(registration__status=Status.CONFIRMED)
        .annotate(held_rank=Subquery(held_rank))
        .filter(Q(held_rank__isnull=True) | Q(held_rank__gt=F("rank")))
    )


def workshop_lines(event: Event, *, session_ids=None) -> dict[int, list[int]]:
    """Each workshop's line after the allocation (before it nobody holds a place), as registration ids."""
    if not event.allocated_at:
        return {}
    choices = WorkshopChoice.objects.filter(session__event=event)
    if session_ids is not None:
        choices = choices.filter(session_id__in=session_ids)
    lines: dict[int, list[int]] = {}
    for session_id, registration_id in (
        in_line(choices).order_by("session_id", *LINE_ORDER).values_list("session_id", "registration_id")
    ):
        lines.setdefault(session_id, []).append(registration_id)
    return lines


def workshop_fill(event: Event) -> list[Session]:
    """The workshops with their places taken, first choices and how many are in line (`waiting`)."""
    workshops = list(
        event.sessions.filter(kind=SessionKind.WORKSHOP)
        .annotate(
            taken=Count("places", distinct=True),
            first_choices=Count(
                "choices", filter=Q(choices__rank=1, choices__registration__status__in=HOLDING), distinct=True
            ),
        )
        .order_by("starts_at", "title", "pk")
    )
    lines = workshop_lines(event)
    for workshop in workshops:
        workshop.waiting = len(lines.get(workshop.pk, []))
    return workshops


def workshops_full(event: Event) -> set[int]:
    """The workshops with no place left, once places are given out (before that, nobody holds one)."""
    if not event.allocated_at:
        return set()
    taken = event.sessions.filter(kind=SessionKind.WORKSHOP).annotate(taken=Count("places"))
    return set(taken.filter(taken__gte=F("capacity")).values_list("pk", flat=True))


def waiting_list(event: Event) -> QuerySet[Registration]:
    return (
        Registration.objects.filter(event=event, status__in=(Status.WAITING, Status.OFFERED))
        .select_related("authority")
        .order_by("waiting_since", "pk")
    )


def registrations_for(event: Event, *, authority_ids=None) -> QuerySet[Registration]:
    registrations = Registration.objects.filter(event=event).select_related("authority")
    if authority_ids is not None:
        registrations = registrations.filter(authority_id__in=authority_ids)
    places = Prefetch("workshop_places", queryset=_places_with_sessions())
    return registrations.prefetch_related(places).order_by("authority__short_name", "full_name", "pk")


def _places_with_sessions() -> QuerySet[WorkshopPlace]:
    return WorkshopPlace.objects.select_related("session").order_by("session__starts_at")


def events_coordinated_by(*, user) -> list[Event]:
    """The events still to come at which `user` coordinates an authority's places, soonest first."""
    from django.contrib.contenttypes.models import ContentType

    event_type = ContentType.objects.get_for_model(Event)
    held = memberships_of(user).filter(role=MembershipRole.COORDINATOR, scope_type=event_type)
    events = Event.objects.filter(pk__in=held.values("scope_id"), ends_at__gte=timezone.now())
    return list(events.order_by("starts_at", "pk"))


def coordinated_authority_ids(*, user, event: Event) -> list[int]:
    """The authorities whose places `user` coordinates at `event` (their coordinator memberships)."""
    if not user.is_authenticated:
        return []
    return [
        membership.authority_id
        for membership in memberships_of(user).filter(role=MembershipRole.COORDINATOR)
        if membership.scope == event and membership.authority_id
    ]


def choices_by_slot(registration: Registration) -> dict[str, list[WorkshopChoice]]:
    """A registrant's workshop choices in each slot, best first; slots in time order."""
    by_slot: dict[str, list[WorkshopChoice]] = {}
    for choice in registration.choices.select_related("session").order_by("session__starts_at", "rank"):
        by_slot.setdefault(choice.session.slot, []).append(choice)
    return by_slot


def workshop_places_of(registration: Registration) -> list[WorkshopPlace]:
    """The workshop places someone holds, in time order: their page and their emails list the same."""
    return list(_places_with_sessions().filter(registration=registration))


def registration_view(registration: Registration) -> dict:
    """What a registrant's own page shows."""
    event = registration.event
    now = timezone.now()
    return {
        "registration": registration,
        "event": event,
        "slots": workshop_slots(event),
        "places": {place.slot: place for place in workshop_places_of(registration)},
        "choices_by_slot": choices_by_slot(registration),
        "lines": lines_of(registration),
        "joining_open": registration.status == Status.CONFIRMED and event.joining_opens_at <= now < event.ends_at,
        "after": registration.status == Status.CONFIRMED and now >= event.ends_at,
        "attended": registration.status == Status.CONFIRMED and registration.attended_at is not None,
        "cancelled_at": cancelled_at(registration) if registration.status == Status.CANCELLED else None,
    }


def cancelled_at(registration: Registration):
    """When the registration was last cancelled: the audit entry `registration_cancel` wrote."""
    from django.contrib.contenttypes.models import ContentType

    from silverlinings.core.models import AuditEntry

    entries = AuditEntry.objects.filter(
        action="event.registration_cancelled",
        content_type=ContentType.objects.get_for_model(Registration),
        object_id=str(registration.pk),
    )
    return entries.order_by("-at", "-pk").values_list("at", flat=True).first()


@dataclass
class Removal:
    """Who taking a session out of the programme touches: those with a place in it, and those who only
    ranked it (its line and lower choices)."""

    held: int
    chose: int


def session_removal(session: Session) -> Removal:
    holders = session.places.values("registration_id")
    chose = session.choices.exclude(registration_id__in=holders).filter(
        registration__status__in=(*HOLDING, Status.WAITING)
    )
    return Removal(held=session.places.count(), chose=chose.count())


@dataclass
class InLine:
    choice: WorkshopChoice
    position: int  # 1: the next place in the workshop is theirs


def lines_of(registration: Registration) -> dict[str, list[InLine]]:
    """By slot, the workshops someone ranks above the one they hold there (all they rank, when they hold
    none) and where they stand in each one's line."""
    if registration.status != Status.CONFIRMED or not registration.event.allocated_at:
        return {}
    mine = list(in_line(registration.choices.all()).select_related("session").order_by("session__starts_at", "rank"))
    lines = workshop_lines(registration.event, session_ids=[choice.session_id for choice in mine]) if mine else {}
    by_slot: dict[str, list[InLine]] = {}
    for choice in mine:
        position = lines[choice.session_id].index(registration.pk) + 1
        by_slot.setdefault(choice.session.slot, []).append(InLine(choice, position))
    return by_slot


@dataclass
class Attendance:
    registered: int
    came: int
    feedback: int
    rating: float | None


def attendance(event: Event) -> Attendance:
    from django.db.models import Avg

    from .models import Feedback

    counts = Registration.objects.filter(event=event, status=Status.CONFIRMED).aggregate(
        registered=Count("pk"), came=Count("pk", filter=Q(attended_at__isnull=False))
    )
    feedback = Feedback.objects.filter(registration__event=event).aggregate(n=Count("pk"), rating=Avg("rating"))
    return Attendance(counts["registered"], counts["came"], feedback["n"], feedback["rating"])


def coordinators(event: Event) -> list:
    """The coordinator memberships of `event`, by authority."""
    from django.contrib.contenttypes.models import ContentType

    from silverlinings.accounts.models import Membership

    return list(
        Membership.objects.filter(
            role=MembershipRole.COORDINATOR, scope_type=ContentType.objects.get_for_model(Event), scope_id=event.pk
        )
        .select_related("user", "authority")
        .order_by("authority__short_name", "user__full_name")
    )


def access_needs(event: Event) -> dict[str, int]:
    """How many people with a place asked for each kind of support (to book captioners and interpreters)."""
    from .models import AccessNeed

    counts = dict.fromkeys(AccessNeed.labels, 0)
    held = Registration.objects.filter(event=event, status__in=HOLDING).values_list("access_needs", flat=True)
    for needs in held:
        for need in needs:
            if need in AccessNeed.values:
                counts[AccessNeed(need).label] += 1
    return counts
