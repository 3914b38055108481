"""Registrations, places and the waiting list. Call these, never set a registration's status yourself.

Every function that takes or gives back a place locks the event's row first (`_locked`), so places are
counted and taken one registration at a time whatever the number of web processes: no event, authority
or workshop ever goes over its places, and nobody is lost or registered twice (one registration per
email address and event, also a database constraint).
"""

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Count
from django.utils import timezone

from silverlinings.core.services import audit_record
from silverlinings.mail.services import email_send

from .models import (
    HOLDING,
    Allocation,
    Event,
    Place,
    PlaceHold,
    Registration,
    Session,
    Status,
    WorkshopChoice,
    WorkshopPlace,
)
from .schedule import offer_expiry_schedule


class RegistrationClosed(Exception):
    pass


class OfferNotOpen(Exception):
    """The offer has expired or was already answered."""


@dataclass
class Counts:
    """Places held at an event, counted under its lock and kept up to date as places are taken."""

    total: int
    general: int
    by_authority: dict[int, int]
    allocations: dict[int, int]

    @classmethod
    def of(cls, event: Event, *, now: datetime | None = None, except_hold: str = "") -> "Counts":
        """Three queries: places held by kind and authority, places held on the form, the allocations."""
        rows = (
            Registration.objects.filter(event=event, status__in=HOLDING)
            .values_list("place", "authority_id")
            .annotate(count=Count("pk"))
            .order_by()
        )
        counts = cls(total=0, general=0, by_authority={}, allocations={})
        for place, authority_id, count in rows:
            counts.total += count
            if place == Place.GENERAL:
                counts.general += count
            else:
                counts.by_authority[authority_id] = counts.by_authority.get(authority_id, 0) + count
        holds = PlaceHold.objects.filter(event=event, expires_at__gt=now or timezone.now()).exclude(token=except_hold)
        counts.total += holds.count()
        counts.allocations = dict(Allocation.objects.filter(event=event).values_list("authority_id", "places"))
        return counts

    def place_for(self, event: Event, authority_id: int | None, now: datetime) -> str:
        """The kind of place someone from `authority_id` (None: not an authority) can have now, or ''."""
        if self.total >= event.capacity:
            return ""
        if event.release_at and now >= event.release_at:
            return Place.GENERAL  # unused allocations have gone to general admission
        if authority_id and self.by_authority.get(authority_id, 0) < self.allocations.get(authority_id, 0):
            return Place.AUTHORITY
        if authority_id and not event.general_open_to_authorities:
            return ""
        general_pool = event.capacity - sum(self.allocations.values())
        return Place.GENERAL if self.general < general_pool else ""

    def take(self, place: str, authority_id: int | None) -> None:
        self.total += 1
        if place == Place.GENERAL:
            self.general += 1
        else:
            self.by_authority[authority_id] = self.by_authority.get(authority_id, 0) + 1


def _locked(event: Event) -> Event:
    return Event.objects.select_for_update().get(pk=event.pk)


def registration_submit(
    *,
    event: Event,
    email: str,
    full_name: str,
    authority,
    organisation: str,
    job_role: str,
    access_needs: list[str],
    access_other: str,
    choices: dict[str, list[int]],
    hold: str = "",
    now: datetime | None = None,
) -> tuple[Registration, bool]:
    """Register `email` for `event`, or change their registration if they have one (returns created False).

    A new registration takes a place if there is one of a kind open to them, or joins the waiting list.
    `hold`: the token of the place held while they filled in the form (place_hold), used up here.
    """
    now = now or timezone.now()
    email = email.strip().lower()
    with transaction.atomic():
        event = _locked(event)
        if not event.registration_open_at(now):
            raise RegistrationClosed
        registration = Registration.objects.filter(event=event, email=email).first()
        created = registration is None
        registration = registration or Registration(event=event, email=email)
        live = not created and registration.status in (*HOLDING, Status.WAITING)
        details = {
            "full_name": full_name,
            "organisation": organisation,
            "job_role": job_role,
            "access_needs": access_needs,
            "access_other": access_other,
        }
        for name, value in details.items():
            setattr(registration, name, value)
        if not live:
            registration.authority = authority
            _place_or_wait(registration, Counts.of(event, now=now, except_hold=hold), now)
        registration.save()
        if hold:
            PlaceHold.objects.filter(event=event, token=hold).delete()
        _choices_save(registration, choices, new=created)
        if registration.status == Status.CONFIRMED and event.allocated_at:
            _workshops_take_best(event, registration, new=created)
        audit_record(
            actor=None, action="event.registered" if created else "event.registration_changed", obj=registration
        )
        _confirmation_send(registration, changed=live)
    return registration, created


def place_hold(*, event: Event, minutes: int = 10, now: datetime | None = None) -> PlaceHold | None:
    """Hold one of the event's places for `minutes` while someone fills in the form, if one is free."""
    now = now or timezone.now()
    with transaction.atomic():
        event = _locked(event)
        PlaceHold.objects.filter(event=event, expires_at__lte=now).delete()
        if not event.registration_open_at(now) or Counts.of(event, now=now).total >= event.capacity:
            return None
        return PlaceHold.objects.create(event=event, expires_at=now + timedelta(minutes=minutes))


def _place_or_wait(registration: Registration, counts: Counts, now: datetime) -> None:
    place = counts.place_for(registration.event, registration.authority_id, now)
    registration.place, registration.offer_expires_at = place, None
    if place:
        registration.status, registration.waiting_since = Status.CONFIRMED, None
    else:
        registration.status, registration.waiting_since = Status.WAITING, now


def _choices_save(registration: Registration, choices: dict[str, list[int]], *, new: bool = False) -> None:
    if not new:
        registration.choices.all().delete()
    WorkshopChoice.objects.bulk_create(
        WorkshopChoice(registration=registration, session_id=session_id, rank=rank)
        for ranked in choices.values()
        for rank, session_id in enumerate(ranked, start=1)
    )


def _workshops_take_best(event: Event, registration: Registration, *, new: bool = False) -> None:
    """After the allocation: in each slot where they have no place, their best choice with a place left."""
    workshops = {
        session.pk: session
        for session in Session.objects.filter(event=event, kind="workshop").annotate(taken=Count("places"))
    }
    held = set() if new else set(registration.workshop_places.values_list("slot", flat=True))
    ranked = registration.choices.order_by("rank").values_list("session_id", "rank")
    for session_id, rank in sorted(ranked, key=lambda pair: (workshops[pair[0]].starts_at, pair[1])):
        session = workshops[session_id]
        if session.slot in held or session.taken >= session.capacity:
            continue
        WorkshopPlace.objects.create(registration=registration, session=session, slot=session.slot, choice=rank)
        session.taken += 1
        held.add(session.slot)


def workshops_change(*, registration: Registration, choices: dict[str, list[int]]) -> Registration:
    """New workshop choices. After the allocation, a slot whose place is no longer chosen gets the best
    choice with a place left (which may be the same one)."""
    with transaction.atomic():
        event = _locked(registration.event)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        _choices_save(registration, choices)
        wanted = {session_id for ranked in choices.values() for session_id in ranked}
        registration.workshop_places.exclude(session_id__in=wanted).delete()
        if registration.status == Status.CONFIRMED and event.allocated_at:
            for place in registration.workshop_places.all():
                if choices.get(place.slot, [None])[0] != place.session_id:
                    place.delete()  # see whether a better choice has a place now
            _workshops_take_best(event, registration)
        audit_record(actor=None, action="event.workshops_changed", obj=registration)
    return registration


def registration_cancel(*, registration: Registration, by=None) -> Registration:
    """Cancel: the place (and workshop places) go back, and the waiting list is offered what is free."""
    with transaction.atomic():
        event = _locked(registration.event)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status == Status.CANCELLED:
            return registration
        registration.status, registration.place, registration.offer_expires_at = Status.CANCELLED, "", None
        registration.save()
        registration.workshop_places.all().delete()
        audit_record(actor=by, action="event.registration_cancelled", obj=registration)
        offers_make(event=event)
    return registration


def offers_make(*, event: Event, now: datetime | None = None) -> int:
    """Offer free places to the waiting list, first come first offered (among those a place is open to).

    Call inside a transaction that holds the event's lock."""
    now = now or timezone.now()
    if now >= event.starts_at:
        return 0
    counts = Counts.of(event, now=now)
    made = 0
    for registration in Registration.objects.filter(event=event, status=Status.WAITING).order_by("waiting_since", "pk"):
        if counts.total >= event.capacity:
            break
        place = counts.place_for(event, registration.authority_id, now)
        if not place:
            continue
        registration.status, registration.place = Status.OFFERED, place
        registration.offer_expires_at = min(now + timedelta(hours=event.offer_hours), event.starts_at)
        registration.save()
        counts.take(place, registration.authority_id)
        offer_expiry_schedule(registration=registration)
        email_send(
            to=registration.email,
            template="events/email/offer",
            context={"registration": registration},
            idempotency_key=f"event-offer:{registration.pk}:{registration.offer_expires_at.isoformat()}",
        )
        made += 1
    return made


def offer_accept(*, registration: Registration, now: datetime | None = None) -> Registration:
    now = now or timezone.now()
    with transaction.atomic():
        event = _locked(registration.event)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status != Status.OFFERED or now >= registration.offer_expires_at:
            raise OfferNotOpen
        registration.status, registration.offer_expires_at, registration.waiting_since = Status.CONFIRMED, None, None
        registration.save()
        if event.allocated_at:
            _workshops_take_best(event, registration)
        audit_record(actor=None, action="event.offer_accepted", obj=registration)
        _confirmation_send(registration, changed=False)
    return registration


def offer_expire(*, registration_id: int, now: datetime | None = None) -> str:
    """The scheduled job at an offer's end: an offer not taken lapses and the place goes to the next."""
    now = now or timezone.now()
    registration = Registration.objects.filter(pk=registration_id).select_related("event").first()
    if registration is None:
        return "The registration no longer exists"
    with transaction.atomic():
        event = _locked(registration.event)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status != Status.OFFERED or now < registration.offer_expires_at:
            return "Nothing to do: the offer was taken or is still open"
        registration.status, registration.place = Status.LAPSED, ""
        registration.save()
        audit_record(actor=None, action="event.offer_lapsed", obj=registration)
        made = offers_make(event=event, now=now)
    return f"The offer lapsed; {made} new offer{'' if made == 1 else 's'} made"


def places_release(*, event_id: int) -> str:
    """The scheduled job at the release date: the waiting list is offered the places authorities left."""
    with transaction.atomic():
        event = _locked(Event.objects.get(pk=event_id))
        made = offers_make(event=event)
    return f"Unused authority places released; {made} offer{'' if made == 1 else 's'} made to the waiting list"


def _confirmation_send(registration: Registration, *, changed: bool) -> None:
    """Queue the confirmation (or waiting-list) email for after the commit: it is rendered on the worker,
    so the event's lock is held only while places are counted and taken."""
    from .tasks import registration_email_send

    registration_id = registration.pk
    transaction.on_commit(lambda: registration_email_send.enqueue(registration_id=registration_id, changed=changed))


def registration_email_send_now(*, registration_id: int, changed: bool) -> None:
    """The email for where the registration stands now: registered (with the calendar) or waiting."""
    from .calendars import registration_calendar

    registration = Registration.objects.select_related("event").filter(pk=registration_id).first()
    if registration is None or registration.status not in (Status.CONFIRMED, Status.WAITING):
        return
    attachment = None
    if registration.status == Status.CONFIRMED:
        attachment = ("event.ics", registration_calendar(registration), "text/calendar")
    email_send(
        to=registration.email,
        template="events/email/confirmed" if registration.status == Status.CONFIRMED else "events/email/waiting",
        context={"registration": registration, "changed": changed},
        attachment=attachment,
    )


def workshops_allocate(*, event_id: int, now: datetime | None = None) -> str:
    """The scheduled job at the allocation time: every workshop place given by preference, fairly
    (events/allocation.py; decision 0014), with a seed published on the team's page."""
    from . import allocation

    now = now or timezone.now()
    with transaction.atomic():
        event = _locked(Event.objects.get(pk=event_id))
        if event.allocated_at:
            return "Already allocated"
        workshops = list(Session.objects.filter(event=event, kind="workshop").order_by("starts_at", "pk"))
        registrants = _registrants(event)
        event.allocation_seed = event.allocation_seed or f"{event.slug}-{now:%Y%m%d%H%M%S}"
        result = allocation.places_allocate(
            registrants=registrants,
            workshops=[allocation.Workshop(w.pk, w.slot, w.capacity) for w in workshops],
            seed=event.allocation_seed,
        )
        WorkshopPlace.objects.filter(session__event=event).delete()
        WorkshopPlace.objects.bulk_create(
            WorkshopPlace(registration_id=rid, session_id=sid, slot=slot, choice=result.choice_received[slot][rid])
            for rid, places in result.places.items()
            for slot, sid in places.items()
        )
        event.allocated_at = now
        event.save(update_fields=["allocation_seed", "allocated_at"])
        audit_record(actor=None, action="event.workshops_allocated", obj=event, data={"seed": event.allocation_seed})
    placed = sum(len(places) for places in result.places.values())
    return f"{placed} workshop place{'' if placed == 1 else 's'} allocated to {len(result.places)} people"


def _registrants(event: Event) -> list:
    from . import allocation

    ranked: dict[int, dict[str, list[int]]] = {}
    choices = WorkshopChoice.objects.filter(registration__event=event, registration__status=Status.CONFIRMED)
    for choice in choices.select_related("session").order_by("registration_id", "session__starts_at", "rank"):
        ranked.setdefault(choice.registration_id, {}).setdefault(choice.session.slot, []).append(choice.session_id)
    return [allocation.Registrant(rid, slots) for rid, slots in ranked.items()]


def client_digest(client: str) -> str:
    return hashlib.sha256(f"{settings.SECRET_KEY}:join:{client}".encode()).hexdigest()[:32]


def attendance_record(*, registration: Registration, client: str, now: datetime | None = None) -> Registration:
    """The first use of the joining link records attendance and where it was used from."""
    now = now or timezone.now()
    digest = client_digest(client)
    updated = Registration.objects.filter(pk=registration.pk, attended_at__isnull=True).update(
        attended_at=now, joined_from=digest
    )
    if updated:
        registration.attended_at, registration.joined_from = now, digest
    return registration


def used_elsewhere(*, registration: Registration, client: str) -> bool:
    """The joining link was first used from another client address: perhaps it was passed on."""
    return bool(registration.joined_from) and registration.joined_from != client_digest(client)
