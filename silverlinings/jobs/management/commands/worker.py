"""`manage.py worker`: run tasks, send the outbox and run scheduled jobs. Run one or more, anywhere that
reaches the database; see README ("Running it for real")."""

from django.core.management.base import BaseCommand

from silverlinings.jobs.worker import Worker, new_worker_id


class Command(BaseCommand):
    help = "Run a background worker: tasks (with a lease), the outbox, and scheduled jobs."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=1.0, help="Seconds to wait when there is nothing to do.")
        parser.add_argument("--queue-name", default="default", help="Queues to take tasks from, comma-separated.")
        parser.add_argument("--backend", default="default", help="The task backend (a database one).")
        parser.add_argument("--worker-id", default="", help="This worker's id (default: host, pid and a random part).")
        parser.add_argument("--batch", action="store_true", help="Do everything there is to do, then stop.")

    def handle(self, *, interval, queue_name, backend, worker_id, batch, **options):
        Worker(
            worker_id=worker_id or new_worker_id(),
            interval=interval,
            batch=batch,
            queue_names=queue_name.split(","),
            backend=backend,
        ).run()
