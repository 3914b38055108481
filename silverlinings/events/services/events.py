"""Everything that changes events, their programme and their allocations. Registrations: services/registration.py."""

from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from silverlinings.core.services import audit_record
from silverlinings.directory.models import Authority
from silverlinings.mail.services import email_send

from ..models import Allocation, Event, Registration, Session
from ..pools import pools_locked, pools_sync
from ..schedule import event_jobs_schedule
from .workshops import workshop_lines_serve, workshop_take_out


def allocations_suggest(*, capacity: int, general: int, authorities: list[Authority]) -> dict[int, int]:
    """The places for authorities shared evenly; the first authorities (by name) get one more when they
    do not divide evenly. `general` places are kept for general admission."""
    for_authorities = max(capacity - general, 0)
    share, left = divmod(for_authorities, len(authorities)) if authorities else (0, 0)
    ordered = sorted(authorities, key=lambda authority: authority.short_name)
    return {authority.pk: share + (1 if index < left else 0) for index, authority in enumerate(ordered)}


def default_general(capacity: int) -> int:
    """A fifth of the places for general admission by default."""
    return capacity // 5


@transaction.atomic
def event_create(*, by, **fields) -> Event:
    event = Event(**fields)
    event.full_clean()
    event.save()
    authorities = list(Authority.objects.all())
    suggested = allocations_suggest(
        capacity=event.capacity, general=default_general(event.capacity), authorities=authorities
    )
    Allocation.objects.bulk_create(
        Allocation(event=event, authority_id=authority_id, places=places) for authority_id, places in suggested.items()
    )
    pools_sync(event=event)
    audit_record(actor=by, action="event.created", obj=event)
    event_jobs_schedule(event=event)
    return event


@transaction.atomic
def event_update(*, event: Event, by, **fields) -> Event:
    event = pools_locked(event.pk).event
    for name, value in fields.items():
        setattr(event, name, value)
    if "capacity" in fields and sum(event.allocations.values_list("places", flat=True)) > event.capacity:
        raise ValidationError({"capacity": "The total must be at least the places given to authorities"})
    event.sequence += 1
    event.full_clean()
    event.save()
    pools_sync(event=event)
    audit_record(actor=by, action="event.updated", obj=event, data={"fields": sorted(fields)})
    event_jobs_schedule(event=event)
    return event


@transaction.atomic
def session_save(*, event: Event, by, session: Session | None = None, **fields) -> Session:
    event = pools_locked(event.pk).event  # a workshop's places are counted in its pool: it changes with them
    session = session or Session(event=event)
    for name, value in fields.items():
        setattr(session, name, value)
    if not session.is_workshop:
        session.capacity = None
    taken = session.places.count() if session.pk else 0
    if session.is_workshop and session.capacity is not None and session.capacity < taken:
        raise ValidationError({"capacity": f"Enter at least {taken}: that many people have a place in it"})
    session.full_clean()
    session.save()
    event.save(update_fields=["updated_at"])  # a new version of the event: the registration form reads it again
    pools_sync(event=event)
    audit_record(actor=by, action="event.session_saved", obj=session, data={"event": event.pk})
    if session.is_workshop:
        places = pools_locked(event.pk)  # read again: more places may have room for those in line
        workshop_lines_serve(places=places)
        places.save()
    return session


@transaction.atomic
def session_remove(*, session: Session, by, now: datetime | None = None) -> int:
    """Take a session out of the programme (decision 0096). A workshop's choices go; everyone who had a place
    in it gets their best choice left with a place in that slot, and an email saying so. Refused once the
    event is over. Calendars change (the event's sequence goes up). Returns how many had a place in it."""
    now = now or timezone.now()
    places = pools_locked(session.event_id)
    event = places.event
    if now >= event.ends_at:
        raise ValidationError("The event is over: its programme can no longer change")
    session = Session.objects.get(pk=session.pk)
    data = {"title": session.title, "kind": session.kind, "starts_at": session.starts_at.isoformat()}
    moves = workshop_take_out(places=places, session=session, now=now) if session.is_workshop else {}
    if not session.is_workshop:
        session.delete()
    places.save()
    event.sequence += 1
    event.save(update_fields=["sequence", "updated_at"])
    audit_record(actor=by, action="event.session_removed", obj=event, data={**data, "had_a_place": len(moves)})
    for registration in Registration.objects.filter(pk__in=moves).select_related("event"):
        email_send(
            to=registration.email,
            template="events/email/session_removed",
            context={"registration": registration, "moves": [moves[registration.pk]], "removed": data["title"]},
        )
    return len(moves)


@transaction.atomic
def allocations_save(*, event: Event, by, places: dict[int, int]) -> None:
    """Set each authority's places. Never below what its people already hold, never more than the total."""
    locked = pools_locked(event.pk)
    event = locked.event
    if sum(places.values()) > event.capacity:
        raise ValidationError(f"The authorities' places add up to {sum(places.values())}, more than {event.capacity}")
    taken = {authority_id: pool.taken for authority_id, pool in locked.authorities.items()}
    short = {authority_id: count for authority_id, count in places.items() if count < taken.get(authority_id, 0)}
    if short:
        names = ", ".join(Authority.objects.filter(pk__in=short).values_list("short_name", flat=True))
        raise ValidationError(f"Give {names} at least as many places as their people already hold")
    for authority_id, count in places.items():
        Allocation.objects.update_or_create(event=event, authority_id=authority_id, defaults={"places": count})
    pools_sync(event=event)
    audit_record(actor=by, action="event.allocations_saved", obj=event, data={"total": sum(places.values())})
    from .registration import offers_make

    pools = pools_locked(event.pk)  # read again: the places changed
    offers_make(places=pools)
    pools.save()


def coordinator_appoint(*, event: Event, contact, by):
    """Make a directory contact their authority's coordinator for `event`: they sign in by link with the
    contact's email address and see and manage their authority's registrations."""
    from silverlinings.accounts.models import MembershipRole
    from silverlinings.accounts.services import membership_grant, user_get_or_create_contributor

    if not (contact.email and contact.authority_id):
        raise ValidationError("Choose a contact with an email address and an authority")
    user = user_get_or_create_contributor(email=contact.email, full_name=contact.name)
    membership, _ = membership_grant(
        user=user, role=MembershipRole.COORDINATOR, by=by, scope=event, authority=contact.authority
    )
    return membership


def coordinator_give(*, event: Event, person, authority, by):
    """Make someone the coordinator of `authority`'s places at `event` from their page in the people pages.
    Refused once they are a coordinator for the event, and once the event is over."""
    from django.utils import timezone

    from silverlinings.accounts.models import MembershipRole
    from silverlinings.accounts.selectors import membership_exists
    from silverlinings.accounts.services import membership_grant

    if membership_exists(user=person, role=MembershipRole.COORDINATOR, scope=event):
        raise ValidationError(f"{person.get_full_name()} is already a coordinator for {event}")
    if event.ends_at <= timezone.now():
        raise ValidationError(f"{event} is over: it needs no new coordinators")
    membership, _ = membership_grant(
        user=person, role=MembershipRole.COORDINATOR, by=by, scope=event, authority=authority
    )
    return membership


def coordinator_revoke(*, membership, by) -> None:
    """Take away a coordinator's role for an event: they no longer see or cancel their authority's registrations.
    The registrations themselves stay."""
    from silverlinings.accounts.models import MembershipRole
    from silverlinings.accounts.services import membership_revoke

    if membership.role != MembershipRole.COORDINATOR:
        raise ValidationError("This is not a coordinator")
    membership_revoke(membership=membership, by=by)
