"""Who owns a claim, and when a claim is stale.

Workers claim rows (a task, an outbox message, a scheduled job) by writing their id and the time. A claim
stays theirs while their heartbeat is fresh; once a worker has not been seen for WORKER_LEASE_SECONDS
(it was killed, its machine went away) everything it claimed may be taken by another worker. A claim by a
process that never beats (a web process running a task at once, in development) counts from the claim.
"""

import os
import socket
from datetime import timedelta

from django.conf import settings
from django.db.models import Q, QuerySet

from .models import WorkerHeartbeat

_current: str | None = None


def worker_id() -> str:
    """This process's name in claims: the worker's id, or host:pid outside a worker."""
    return _current or f"{socket.gethostname()}:{os.getpid()}"


def worker_id_set(value: str | None) -> None:
    global _current
    _current = value


def lease() -> timedelta:
    return timedelta(seconds=settings.WORKER_LEASE_SECONDS)


def alive_workers(now) -> QuerySet:
    """The ids of workers seen within the lease, as a subquery."""
    return WorkerHeartbeat.objects.filter(last_seen__gte=now - lease(), stopped_at__isnull=True).values("worker_id")


def stale_claim(*, prefix: str, now) -> Q:
    """Rows whose `<prefix>_by`/`<prefix>_at` claim may be taken over: the claimer is not alive and the claim
    is older than the lease, or the claim is older than WORKER_CLAIM_MAX_SECONDS whoever holds it."""
    by, at = f"{prefix}_by", f"{prefix}_at"
    abandoned = Q(**{f"{at}__lt": now - lease()}) & ~Q(**{f"{by}__in": alive_workers(now)})
    too_old = Q(**{f"{at}__lt": now - timedelta(seconds=settings.WORKER_CLAIM_MAX_SECONDS)})
    return abandoned | too_old
