"""Cancelling a registration: its place and workshop places go back, the waiting list is offered what is
free, and the cancellation email says who cancelled and whether they can register again. Under the same lock
on the event's pools as every change of places (decision 0074); see services/registration.py.
"""

from django.db import transaction
from django.utils import timezone

from silverlinings.core.services import audit_record
from silverlinings.mail.services import email_send

from ..models import HOLDING, Registration, Status
from ..pools import Places, pools_locked
from ..selectors import coordinated_authority_ids
from .registration import offers_make, workshop_places_give_back
from .workshops import workshop_lines_serve


def registration_cancel(*, registration: Registration, by=None) -> Registration:
    """Cancel: the place (and workshop places) go back, and the waiting list is offered what is free."""
    with transaction.atomic():
        places = pools_locked(registration.event_id)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status == Status.CANCELLED:
            return registration
        if registration.status in HOLDING:
            places.give_back(registration.place, registration.authority_id)
        registration.status, registration.place, registration.offer_expires_at = Status.CANCELLED, "", None
        registration.save()
        workshop_places_give_back(places, registration.workshop_places.all())
        entry = audit_record(actor=by, action="event.registration_cancelled", obj=registration)
        workshop_lines_serve(places=places)
        offers_make(places=places)
        email_send(
            to=registration.email,
            template="events/email/cancelled",
            context={
                "registration": registration,
                "cancelled_by": _cancelled_by(registration, by),
                "register_again": _register_again(places, registration),
            },
            idempotency_key=f"event-cancelled:{registration.pk}:{entry.pk}",
        )
        places.save()
    return registration


def _register_again(places: Places, registration: Registration) -> str:
    """What the cancellation email says about registering again, true as it is sent: after the waiting list
    has been offered the place given back, is there a place for them ("place"), only the waiting list
    ("waiting"), or is registration closed ("closed")?"""
    now = timezone.now()
    if not places.event.registration_open_at(now):
        return "closed"
    return "place" if places.place_for(registration.authority_id, now) else "waiting"


def _cancelled_by(registration: Registration, by) -> str:
    """Who cancelled, as the cancellation email names them: the person (no `by`), a coordinator of their
    authority, or else the programme team."""
    if by is None or not getattr(by, "pk", None):
        return "You"
    if registration.authority_id and registration.authority_id in coordinated_authority_ids(
        user=by, event=registration.event
    ):
        return f"{by.get_full_name()}, who coordinates {registration.authority.short_name}'s places,"
    return "The programme team"
