"""Benchmark for the outbox: send 10,000 queued messages through real worker processes to a local SMTP server
(aiosmtpd), then do it again while one worker is killed part way, and count what arrived.

    .venv/bin/python -m bench.bench_mail [--messages 10000] [--workers 1,2] [--database-url postgres://…]

Prints, for each run: how long queueing took, messages per second from the first message arriving to the
last, and how many recipients got their message exactly once, twice or not at all.
"""

import argparse
import contextlib
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from bench.harness import django_setup, progress, table

PROJECT = Path(__file__).resolve().parents[1]


def queue(count: int, run: str) -> float:
    from types import SimpleNamespace

    from django.db import transaction

    from silverlinings.mail.services import Recipient, emails_send

    recipients = [
        Recipient(f"{run}-{index:05d}@example.org", context={"user": SimpleNamespace(full_name=f"Reader {index}")})
        for index in range(count)
    ]
    start = time.perf_counter()
    with transaction.atomic():
        emails_send(template="accounts/email/use_password", recipients=recipients)
    return time.perf_counter() - start


def worker(port: int, name: str) -> subprocess.Popen:
    env = {
        **os.environ,
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(port),
        "EMAIL_USE_TLS": "false",
        "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
        "WORKER_HEARTBEAT_SECONDS": "1",
        "WORKER_LEASE_SECONDS": "5",
        "LOG_LEVEL": "ERROR",
    }
    command = [sys.executable, "manage.py", "worker", "--interval", "0.2", "--worker-id", name]
    return subprocess.Popen(command, cwd=PROJECT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def sender_of(message, processes: list[subprocess.Popen]) -> subprocess.Popen:
    """The worker whose SMTP connection is handing over `message` (Linux: the socket's inode in /proc), so
    that the one killed is caught in the middle of a message, before the server has accepted it."""
    port, inode = message.smtp_peer[1], None
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        if int(fields[1].split(":")[1], 16) == port:
            inode = fields[9]
    for process in processes:
        with contextlib.suppress(OSError):
            for fd in Path(f"/proc/{process.pid}/fd").iterdir():
                with contextlib.suppress(OSError):
                    if os.readlink(fd) == f"socket:[{inode}]":
                        return process
    return processes[0]


def run(count: int, workers: int, *, kill_at: int | None = None) -> list:
    from tests.mail.smtp import SmtpSink

    name = f"w{workers}{'k' if kill_at else ''}-{int(time.time())}"
    processes: list[subprocess.Popen] = []
    arrived = {"first": None}

    def before_accept(number, message):
        arrived["first"] = arrived["first"] or time.perf_counter()
        if kill_at and number == kill_at:
            sender_of(message, processes).send_signal(signal.SIGKILL)  # a worker dies mid-batch, mid-message
            threading.Thread(target=lambda: processes.append(worker(sink.port, f"{name}-again"))).start()
            return "451 Try again later"
        return None

    with SmtpSink(before_accept=before_accept) as sink:
        queued = queue(count, name)
        processes.extend(worker(sink.port, f"{name}-{n}") for n in range(workers))
        while len(sink.accepted) < count:
            progress(len(sink.accepted), count, f"{workers} worker(s){', one killed' if kill_at else ''}")
            time.sleep(0.5)
        progress(count, count, f"{workers} worker(s){', one killed' if kill_at else ''}")
        elapsed = time.perf_counter() - arrived["first"]
        time.sleep(3)  # anything sent twice would arrive now
        counts = sink.recipients()
    for process in processes:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=60)
    once = sum(1 for value in counts.values() if value == 1)
    twice = sum(1 for value in counts.values() if value > 1)
    label = f"{workers}{' (1 killed at ' + format(kill_at, ',') + ')' if kill_at else ''}"
    return [
        label,
        f"{count:,}",
        f"{queued:.1f} s",
        f"{elapsed:.1f} s",
        f"{count / elapsed:,.0f}",
        once,
        twice,
        count - len(counts),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()
    django_setup(database_url=args.database_url, tasks_backend="django_tasks_db.DatabaseBackend")
    logging.getLogger("mail.log").setLevel(logging.WARNING)  # aiosmtpd's log of every SMTP command
    from django.db import connection

    rows = [run(args.messages, int(workers)) for workers in args.workers.split(",")]
    rows.append(run(args.messages, 2, kill_at=args.messages // 3))
    print(f"\nOutbox to a local SMTP server ({connection.vendor}, batches of 100, no rate limit):\n")
    headers = ["workers", "messages", "queueing", "sending", "msg/s", "exactly once", "twice", "missing"]
    print(table(headers, rows))


if __name__ == "__main__":
    main()
