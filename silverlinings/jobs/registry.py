"""What the worker can run: kinds of scheduled job (declared in each app's jobs.py) and the rounds it makes
on every turn of its loop (the outbox). Kept here so that the worker names no app."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import time


@dataclass(frozen=True)
class JobKind:
    key: str
    name: str
    # Does the work; takes the job's params as keyword arguments and says what it did, for the team.
    run: Callable[..., str]
    description: str = ""
    # Recurring kinds have one job each, made when a worker starts: every day (or every week on
    # `weekday`, 0 is Monday) at `at`, local time.
    repeat: str = ""
    at: time | None = None
    weekday: int | None = None
    # Called when a worker starts, to schedule what this kind needs (e.g. every call's last call).
    ensure: Callable[[], None] | None = None
    # A round's kind (`worker_round_add(..., kind=)`): what the round did, in words, from how much it did.
    said: Callable[[int], str] | None = None


_KINDS: dict[str, JobKind] = {}
_ROUNDS: list[Callable[[], int]] = []
_ROUND_KINDS: dict[Callable[[], int], JobKind] = {}


def job_kind_add(kind: JobKind) -> JobKind:
    _KINDS[kind.key] = kind
    return kind


def job_kind(key: str) -> JobKind | None:
    return _KINDS.get(key)


def job_kinds() -> list[JobKind]:
    return list(_KINDS.values())


def worker_round_add(round_: Callable[[], int], *, kind: JobKind | None = None) -> None:
    """`round_()` runs on every turn of the worker's loop and returns how much it did (0: nothing to do).

    With `kind` (its `repeat` "turn", its `said` wording the result), the round is a job on the team's jobs
    page like the recurring ones: its last run, when it runs and its failures (`services.round_run`)."""
    if round_ not in _ROUNDS:
        _ROUNDS.append(round_)
    if kind is not None:
        _ROUND_KINDS[round_] = job_kind_add(kind)


def round_kind(round_: Callable[[], int]) -> JobKind | None:
    return _ROUND_KINDS.get(round_)


def worker_rounds() -> list[Callable[[], int]]:
    return list(_ROUNDS)
