"""The personal joining link (decision 71): its first use records attendance and where it was used from."""

import hashlib
from datetime import datetime

from django.conf import settings
from django.utils import timezone

from .models import Registration


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
