"""Registrations, places and the waiting list. Call these, never set a registration's status yourself.

Every function that takes or gives back a place first locks the event's pools (`pools.pools_locked`,
decision 0074) and counts there, so places are taken one at a time whatever the number of web processes:
no event, authority or workshop ever goes over its places, and nobody is lost or registered twice (one
registration per email address and event, also a database constraint). A new registration writes its
own rows first and takes the lock last, so the lock is held for a few round trips only. Cancelling, which
gives a place back and offers it on: services/cancelling.py.
"""

from datetime import datetime, timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone

from silverlinings.core.services import audit_record
from silverlinings.mail.services import email_send

from ..models import (
    HOLDING,
    Event,
    PlaceHold,
    Registration,
    Status,
    WorkshopChoice,
    WorkshopPlace,
)
from ..pools import Places, pools_locked
from ..schedule import offer_expiry_schedule
from ..selectors import choices_by_slot
from .workshops import workshop_lines_serve, workshop_place_best


class RegistrationClosed(Exception):
    pass


class OfferNotOpen(Exception):
    """The offer has expired or was already answered."""


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
    `choices`: workshop ids by slot key, best first. `hold`: the token of the place held while they filled
    in the form (place_hold), used up here.
    """
    now = now or timezone.now()
    email = email.strip().lower()
    details = {
        "full_name": full_name,
        "organisation": organisation,
        "job_role": job_role,
        "access_needs": access_needs,
        "access_other": access_other,
    }
    if not event.registration_open_at(now):
        raise RegistrationClosed
    for attempt in range(3):
        try:
            with transaction.atomic():
                # First as a newcomer, without looking: the constraint says if they are not one.
                existing = Registration.objects.filter(event=event, email=email).first() if attempt else None
                if existing is None:  # its email is queued before the lock
                    registration, live = _registration_new(event, email, authority, details, choices, hold, now), False
                else:
                    registration, live = _registration_change(existing, authority, details, choices, hold, now)
                    _confirmation_send(registration, changed=live)
            return registration, existing is None
        except IntegrityError:
            # The address is registered (perhaps at this moment, by another request): change that registration.
            if attempt == 2 or not Registration.objects.filter(event=event, email=email).exists():
                raise
    raise AssertionError("unreachable")


def _registration_new(event, email, authority, details, choices, hold, now) -> Registration:
    """Write the registration (waiting), its choices and the audit entry, then lock the pools and take a place
    if one is open: the lock is held only for the counters, the place and the workshop places."""
    registration = Registration.objects.create(
        event=event, email=email, authority=authority, status=Status.WAITING, waiting_since=now, **details
    )
    _choices_save(registration, choices, new=True)
    audit_record(actor=None, action="event.registered", obj=registration)
    _confirmation_send(registration, changed=False)
    places = pools_locked(event.pk)
    if not places.event.registration_open_at(now):
        raise RegistrationClosed
    _hold_use(places, hold)
    if place := _place_for(places, registration, now):
        _confirm(registration, places, place)
        registration.save(update_fields=["status", "place", "waiting_since", "offer_expires_at", "updated_at"])
        if places.event.allocated_at:
            _workshops_take_best(places, registration, choices)
    places.save()
    return registration


def _registration_change(existing, authority, details, choices, hold, now) -> tuple[Registration, bool]:
    """Someone registering again with the same address: their details and choices change. If they had
    cancelled or their offer lapsed, they take a place as a newcomer would (or wait)."""
    places = pools_locked(existing.event_id)  # the pools first, then the registration, as every change does
    if not places.event.registration_open_at(now):
        raise RegistrationClosed
    registration = Registration.objects.select_for_update().get(pk=existing.pk)
    registration.event = places.event
    live = registration.status in (*HOLDING, Status.WAITING)
    for name, value in details.items():
        setattr(registration, name, value)
    _hold_use(places, hold)
    if not live:
        registration.authority = authority
        if place := _place_for(places, registration, now):
            _confirm(registration, places, place)
        else:
            registration.status, registration.place, registration.waiting_since = Status.WAITING, "", now
            registration.offer_expires_at = None
    registration.save()
    _choices_save(registration, choices, keep_since=live)
    _workshops_rechoose(places, registration, choices)
    audit_record(actor=None, action="event.registration_changed", obj=registration)
    workshop_lines_serve(places=places)  # a place they let go goes to the first in its line
    places.save()
    return registration, live


def _confirm(registration: Registration, places: Places, place: str) -> None:
    places.take(place, registration.authority_id)
    registration.status, registration.place = Status.CONFIRMED, place
    registration.waiting_since = registration.offer_expires_at = None


def _place_for(places: Places, registration: Registration, now: datetime) -> str:
    """The kind of place open to them; when only places held on the form stand in the way, the holds
    that have expired are let go, and offered to those waiting before them first (decision 0096)."""
    place = places.place_for(registration.authority_id, now)
    if not place and places.full and places.total.on_form:
        offers_make(places=places, now=now, exclude=registration.pk)
        place = places.place_for(registration.authority_id, now)
    return place


def _holds_sweep(places: Places, now: datetime) -> int:
    deleted, _ = PlaceHold.objects.filter(event=places.event, expires_at__lte=now).delete()
    places.total.on_form -= deleted
    return deleted


def _hold_use(places: Places, hold: str) -> None:
    """The place held on their form is theirs now: it stops counting as held on the form."""
    if hold:
        deleted, _ = PlaceHold.objects.filter(event=places.event, token=hold).delete()
        places.total.on_form -= deleted


def place_hold(*, event: Event, minutes: int = 10, now: datetime | None = None) -> PlaceHold | None:
    """Hold one of the event's places for `minutes` while someone fills in the form, if one is free."""
    now = now or timezone.now()
    with transaction.atomic():
        places = pools_locked(event.pk)
        if _holds_sweep(places, now):
            offers_make(places=places, now=now)  # places held on forms that expired: the waiting list's first
        hold = None
        if places.event.registration_open_at(now) and not places.full:
            hold = PlaceHold.objects.create(event=places.event, expires_at=now + timedelta(minutes=minutes))
            places.total.on_form += 1
        places.save()
    return hold


def _choices_save(
    registration: Registration, choices: dict[str, list[int]], *, new: bool = False, keep_since: bool = True
) -> None:
    """Their choices, in order. A workshop they chose before keeps when they chose it (their place in its
    line, decision 0096), unless they are coming back after cancelling (`keep_since` False)."""
    since = {}
    if not new:
        since = dict(registration.choices.values_list("session_id", "chosen_at")) if keep_since else {}
        registration.choices.all().delete()
    now = timezone.now()
    WorkshopChoice.objects.bulk_create(
        WorkshopChoice(
            registration=registration, session_id=session_id, rank=rank, chosen_at=since.get(session_id, now)
        )
        for ranked in choices.values()
        for rank, session_id in enumerate(ranked, start=1)
    )


def _choices_of(registration: Registration) -> dict[str, list[int]]:
    return {slot: [choice.session_id for choice in ranked] for slot, ranked in choices_by_slot(registration).items()}


def _workshops_take_best(
    places: Places, registration: Registration, choices: dict[str, list[int]], *, held: frozenset | set = frozenset()
) -> None:
    """After the allocation: in each slot where they have no place (`held`: the slots where they do), their
    best choice with a place left. Slots are keyed by their start time, so sorting them keeps time order."""
    best = (
        workshop_place_best(places, registration_id=registration.pk, slot=slot, ranked=list(enumerate(ids, start=1)))
        for slot, ids in sorted(choices.items())
        if slot not in held
    )
    WorkshopPlace.objects.bulk_create([place for place in best if place is not None])


def workshop_places_give_back(places: Places, workshop_places) -> None:
    """Give back the workshop places in `workshop_places` and delete them (the event's pools locked)."""
    for session_id in workshop_places.values_list("session_id", flat=True):
        places.workshop_give_back(session_id)
    workshop_places.delete()


def _workshops_rechoose(places: Places, registration: Registration, choices: dict[str, list[int]]) -> None:
    """Their workshop places after new choices (on their page, or by registering again): a place no longer
    chosen goes back; after the allocation, each slot gets the best choice with a place left (which may be the
    one they had). Serve the lines afterwards (`workshop_lines_serve`) for the places let go."""
    wanted = {session_id for ranked in choices.values() for session_id in ranked}
    workshop_places_give_back(places, registration.workshop_places.exclude(session_id__in=wanted))
    if registration.status == Status.CONFIRMED and places.event.allocated_at:
        first_choices = [ranked[0] for ranked in choices.values() if ranked]
        # Let go of a place that is not their first choice, to see whether a better one has room now.
        workshop_places_give_back(places, registration.workshop_places.exclude(session_id__in=first_choices))
        held = set(registration.workshop_places.values_list("slot", flat=True))
        _workshops_take_best(places, registration, choices, held=held)


def workshops_change(*, registration: Registration, choices: dict[str, list[int]]) -> Registration:
    """New workshop choices. After the allocation, a slot whose place is no longer chosen gets the best
    choice with a place left (which may be the same one)."""
    with transaction.atomic():
        places = pools_locked(registration.event_id)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        _choices_save(registration, choices)
        _workshops_rechoose(places, registration, choices)
        audit_record(actor=None, action="event.workshops_changed", obj=registration)
        workshop_lines_serve(places=places)  # a place they let go goes to the first in its line
        places.save()
    return registration


def offers_make(*, places: Places, now: datetime | None = None, exclude: int | None = None) -> int:
    """Offer free places, with those held on forms that have expired, to the waiting list, first come first
    offered (among those a place is open to; never `exclude`, a registration being made).

    Call with the event's pools locked (`pools_locked`), and save them afterwards."""
    now = now or timezone.now()
    event = places.event
    _holds_sweep(places, now)
    if now >= event.starts_at:
        return 0
    made = 0
    waiting = Registration.objects.filter(event=event, status=Status.WAITING).exclude(pk=exclude)
    for registration in waiting.order_by("waiting_since", "pk"):
        place = places.place_for(registration.authority_id, now)
        if not place:
            if places.full:
                break
            continue
        expires = min(now + timedelta(hours=event.offer_hours), event.starts_at)
        registration.status, registration.place, registration.offer_expires_at = Status.OFFERED, place, expires
        registration.event = event
        registration.save(update_fields=["status", "place", "offer_expires_at", "updated_at"])
        places.take(place, registration.authority_id)
        offer_expiry_schedule(registration=registration)
        email_send(
            to=registration.email,
            template="events/email/offer",
            context={"registration": registration},
            idempotency_key=f"event-offer:{registration.pk}:{expires.isoformat()}",
        )
        made += 1
    return made


def offer_accept(*, registration: Registration, now: datetime | None = None) -> Registration:
    now = now or timezone.now()
    with transaction.atomic():
        places = pools_locked(registration.event_id)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status != Status.OFFERED or now >= registration.offer_expires_at:
            raise OfferNotOpen
        registration.status, registration.offer_expires_at, registration.waiting_since = Status.CONFIRMED, None, None
        registration.save()
        if places.event.allocated_at:
            held = set(registration.workshop_places.values_list("slot", flat=True))
            _workshops_take_best(places, registration, _choices_of(registration), held=held)
        audit_record(actor=None, action="event.offer_accepted", obj=registration)
        _confirmation_send(registration, changed=False)
        places.save()
    return registration


def offer_expire(*, registration_id: int, now: datetime | None = None) -> str:
    """The scheduled job at an offer's end: an offer not taken lapses and the place goes to the next."""
    now = now or timezone.now()
    registration = Registration.objects.filter(pk=registration_id).first()
    if registration is None:
        return "The registration no longer exists"
    with transaction.atomic():
        places = pools_locked(registration.event_id)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status != Status.OFFERED or now < registration.offer_expires_at:
            return "Nothing to do: the offer was taken or is still open"
        places.give_back(registration.place, registration.authority_id)
        registration.status, registration.place = Status.LAPSED, ""
        registration.save()
        audit_record(actor=None, action="event.offer_lapsed", obj=registration)
        made = offers_make(places=places, now=now)
        places.save()
    return f"The offer lapsed; {made} new offer{'' if made == 1 else 's'} made"


def places_release(*, event_id: int) -> str:
    """The scheduled job at the release date: the waiting list is offered the places authorities left."""
    with transaction.atomic():
        places = pools_locked(event_id)
        made = offers_make(places=places)
        places.save()
    return f"Unused authority places released; {made} offer{'' if made == 1 else 's'} made to the waiting list"


def _confirmation_send(registration: Registration, *, changed: bool) -> None:
    """Queue the confirmation (or waiting-list) email in the registration's own transaction: it is rendered
    on the worker after the commit, for where the registration stands then, so the event's lock is held only
    while places are counted and taken, and no email is lost or sent for a registration rolled back. A task
    backend that runs tasks at once (tests, development) runs it after the commit instead."""
    from django_tasks.backends.immediate import ImmediateBackend

    from ..tasks import registration_email_send

    registration_id = registration.pk

    def send():
        registration_email_send.enqueue(registration_id=registration_id, changed=changed)

    if isinstance(registration_email_send.get_backend(), ImmediateBackend):
        transaction.on_commit(send)
    else:
        send()


def registration_email_send_now(*, registration_id: int, changed: bool) -> None:
    """The email for where the registration stands now: registered (with the calendar) or waiting."""
    from ..calendars import registration_calendar

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
