"""Places held on registration forms that have expired go to the waiting list, even when nobody visits.

A place held while someone fills in the form (decision 0073) counts as taken until it expires. The worker
looks on every turn of its loop for holds that have expired (one query on an index) and, for each event
with some, lets them go and offers the places to the waiting list with the same function a cancellation
uses (`offers_make`, decision 0096).
"""

from datetime import datetime

from django.db import transaction
from django.utils import timezone

from ..models import PlaceHold
from ..pools import pools_locked
from .registration import offers_make


def holds_expired_release(*, now: datetime | None = None) -> int:
    """Let go of every expired hold and offer the places to those waiting. Returns how many events had some
    (the worker's measure of work done: 0 lets it rest)."""
    now = now or timezone.now()
    event_ids = list(PlaceHold.objects.filter(expires_at__lte=now).values_list("event_id", flat=True).distinct())
    for event_id in event_ids:
        with transaction.atomic():
            places = pools_locked(event_id)
            offers_make(places=places, now=now)
            places.save()
    return len(event_ids)
