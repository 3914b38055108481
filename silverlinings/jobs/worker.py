"""The background worker: django-tasks-db's tasks, plus a lease on them, plus the rounds and scheduled jobs.

django-tasks-db marks a task RUNNING when a worker claims it and has no lease: a worker killed mid-task
leaves it RUNNING for ever. This worker beats a heartbeat from a thread while it lives, and on every
turn of its loop puts back to READY the running tasks of workers that stopped beating, so another worker
runs them again (our tasks take ids and check state first, so running one again does no harm). A task
whose worker died TASK_MAX_CLAIMS times is failed instead, so one that kills its worker cannot go round
for ever.
"""

import logging
import os
import signal
import socket
import threading

from django.conf import settings
from django.db import close_old_connections, connection
from django.db.utils import OperationalError
from django.utils import timezone
from django.utils.crypto import get_random_string
from django_tasks_db.management.commands.db_worker import Worker as TaskWorker
from django_tasks_db.models import DBTaskResult
from django_tasks_db.utils import exclusive_transaction, is_locked_database_exception

from . import leases, registry, services
from .models import WorkerHeartbeat

logger = logging.getLogger(__name__)
TASKS_PER_TURN = 10


class WorkerLost(Exception):
    """The workers running a task kept stopping before it finished."""


def new_worker_id() -> str:
    return f"{socket.gethostname()[:60]}:{os.getpid()}:{get_random_string(8)}"


def tasks_recover(*, now=None) -> int:
    """Put back the running tasks of stopped workers. Returns how many."""
    now = now or timezone.now()
    alive = set(leases.alive_workers(now).values_list("worker_id", flat=True))
    known = set(WorkerHeartbeat.objects.values_list("worker_id", flat=True))
    recovered = 0
    with exclusive_transaction():
        for task in DBTaskResult.objects.running().select_for_update(skip_locked=True):
            owner = task.worker_ids[-1] if task.worker_ids else ""
            if owner in alive or (owner not in known and task.started_at > now - leases.lease()):
                continue
            if len(task.worker_ids) >= settings.TASK_MAX_CLAIMS:
                task.set_failed(WorkerLost(f"Its worker stopped {len(task.worker_ids)} times"))
            else:
                task.status = "READY"
                task.save(update_fields=["status"])
            logger.warning("Task %s of stopped worker %s put back (%s)", task.pk, owner, task.status)
            recovered += 1
    return recovered


class Heartbeat(threading.Thread):
    """Says every WORKER_HEARTBEAT_SECONDS that this worker is alive, even while a long task runs."""

    def __init__(self, worker_id: str):
        super().__init__(name="worker-heartbeat", daemon=True)
        self.worker_id = worker_id
        self.stopping = threading.Event()

    def beat(self) -> None:
        WorkerHeartbeat.objects.update_or_create(
            worker_id=self.worker_id,
            defaults={"host": socket.gethostname()[:200], "pid": os.getpid(), "last_seen": timezone.now()},
        )

    def run(self) -> None:
        try:
            while not self.stopping.wait(settings.WORKER_HEARTBEAT_SECONDS):
                try:
                    self.beat()
                except OperationalError:
                    logger.warning("Heartbeat not written; trying again")
        finally:
            connection.close()


class Worker:
    def __init__(self, *, worker_id: str, interval: float, batch: bool, queue_names: list[str], backend: str):
        self.worker_id, self.interval, self.batch = worker_id, interval, batch
        self.queue_names, self.backend = queue_names, backend
        self.running = True
        self.waking = threading.Event()
        self.tasks = TaskWorker(
            queue_names=queue_names,
            interval=interval,
            batch=batch,
            backend_name=backend,
            startup_delay=False,
            max_tasks=None,
            worker_id=worker_id,
            excluded_queue_names=[],
        )
        self.heartbeat = Heartbeat(worker_id)

    def stop(self, signum, frame) -> None:
        if not self.running:
            raise SystemExit(1)
        logger.warning("Stopping after what is running now (again to stop at once)")
        self.running = False
        self.waking.set()

    def run(self) -> None:
        leases.worker_id_set(self.worker_id)
        self.heartbeat.beat()
        self.heartbeat.start()
        previous = {signum: signal.signal(signum, self.stop) for signum in (signal.SIGINT, signal.SIGTERM)}
        logger.info("Worker %s started", self.worker_id)
        try:
            services.jobs_ensure()
            while self.running:
                close_old_connections()
                did = self.turn()
                if self.batch and not did:
                    break
                if not did:
                    self.waking.wait(self.interval)
        finally:
            self.heartbeat.stopping.set()
            self.heartbeat.join()
            WorkerHeartbeat.objects.filter(worker_id=self.worker_id).update(stopped_at=timezone.now())
            leases.worker_id_set(None)
            for signum, handler in previous.items():
                signal.signal(signum, handler)

    def turn(self) -> int:
        """Put back stopped workers' tasks, run due jobs, a few tasks, then the rounds (the outbox's safety
        net: retries whose time has come, messages of stopped workers). Returns how much was done."""
        did = tasks_recover() + services.jobs_run_due()
        # A few tasks a turn, so that stopped workers' tasks and due jobs never wait for a long queue.
        for _ in range(TASKS_PER_TURN):
            if not (self.running and self.run_one_task()):
                break
            did += 1
        for round_ in registry.worker_rounds():
            if self.running:
                did += services.round_run(round_)
        return did

    def run_one_task(self) -> bool:
        tasks = DBTaskResult.objects.ready().filter(backend_name=self.backend)
        if "*" not in self.queue_names:
            tasks = tasks.filter(queue_name__in=self.queue_names)
        with exclusive_transaction(tasks.db):
            try:
                task = tasks.get_locked()
                if task is not None:
                    task.claim(self.worker_id)
            except OperationalError as error:
                if not is_locked_database_exception(error):
                    raise
                task = None
        if task is None:
            return False
        self.tasks.run_task(task)
        return True
