"""Benchmark for launch registrations: people register at once through gunicorn on PostgreSQL, and the
places are checked afterwards (none over the event's, an authority's or a workshop's places).

    .venv/bin/python -m bench.bench_events [--people 1000] [--capacity 300] [--workers 2] [--clients 32]
        [--threads 1] [--client asyncio|threads]
        [--database-url postgres://postgres@127.0.0.1:5432/sl_bench_events]

The database named is dropped and made again. Prints registrations per second from the first request
sent to the last answer, the median and 99th percentile time of one registration, the CPU time each
registration cost gunicorn's processes, PostgreSQL's and the clients', and the checks.

`--client asyncio` (the default) posts from one thread (bench/http_load.py), so the clients take little of the
two cores; `--client threads` is the older client, a thread per client with urllib (tests/events/rush.py).
`--threads` above 1 runs gunicorn's gthread workers with that many threads each.
"""

import argparse
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from bench import http_load
from bench.harness import django_setup, table
from bench.http_load import children, cpu_seconds, load_average

PROJECT = Path(__file__).resolve().parents[1]


def fresh_database(url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def gunicorn(port: int, workers: int, url: str, var: str, threads: int = 1) -> subprocess.Popen:
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "SECRET_KEY": "bench-" + "x" * 50,
        "DEBUG": "false",
        "SECURE_SSL_REDIRECT": "false",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SL_VAR_DIR": var,
        "MEDIA_ROOT": os.path.join(var, "media"),
        "STATIC_ROOT": os.path.join(var, "static"),
        "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",  # mail queued for workers, as in production
        # Queued in the outbox for the workers, which this benchmark does not run.
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EVENT_REGISTRATION_CLIENT_LIMIT": "1000000",
        "EVENT_HOLDS_PER_CLIENT": "0",
        "LOG_LEVEL": "WARNING",
    }
    command = [
        sys.executable, "-m", "gunicorn", "silverlinings.wsgi", "--workers", str(workers),
        "--bind", f"127.0.0.1:{port}", "--log-level", "warning",
    ]  # fmt: skip
    if threads > 1:
        command += ["--worker-class", "gthread", "--threads", str(threads)]
    return subprocess.Popen(command, cwd=PROJECT, env=env)


def _backends(url: str) -> list[int]:
    """The PostgreSQL server processes connected to the benchmark's database (the web processes' sessions)."""
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url) as connection:
        rows = connection.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()", [name]
        ).fetchall()
    return [pid for (pid,) in rows]


def wait_for(url: str) -> None:
    for _ in range(300):
        try:
            urllib.request.urlopen(url, timeout=2).read()  # noqa: S310 - our own server
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("gunicorn did not start")


def setup_event(capacity: int):
    from silverlinings.directory.models import Authority
    from silverlinings.events.services.workshops import workshops_allocate
    from tests.events.factories import add_session, make_event, set_places

    event = make_event(capacity=capacity, general_open_to_authorities=False)
    per_authority = int(capacity * 0.6) // 19
    set_places(event, {a.ons_code: per_authority for a in Authority.objects.all()})
    workshops = [
        add_session(event, f"Workshop {hour}{letter}", workshop=True, at_hour=hour, capacity=capacity // 8)
        for hour in (11, 13)
        for letter in "ABC"
    ]
    workshops_allocate(event_id=event.pk)
    return event, workshops


def checks(event, workshops, people: int) -> list[list]:
    from django.db.models import Count

    from silverlinings.events.models import HOLDING, Allocation, Registration, WorkshopPlace
    from silverlinings.events.pools import pools_disagreeing

    registrations = Registration.objects.filter(event=event)
    allocations = dict(Allocation.objects.filter(event=event).values_list("authority_id", "places"))
    held = registrations.filter(status__in=HOLDING)
    by_authority = held.filter(authority__isnull=False).values("authority_id").annotate(n=Count("pk"))
    fill = dict(WorkshopPlace.objects.values_list("session_id").annotate(n=Count("pk")).order_by())
    return [
        ["registrations kept", registrations.count(), people],
        ["duplicates", people - registrations.values("email").distinct().count(), 0],
        ["places held", held.count(), f"≤ {event.capacity}"],
        ["authorities over their places", sum(1 for r in by_authority if r["n"] > allocations[r["authority_id"]]), 0],
        ["workshops over their places", sum(1 for w in workshops if fill.get(w.pk, 0) > w.capacity), 0],
        ["counters differing from the rows", len(pools_disagreeing(event=event)), 0],
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=1000)
    parser.add_argument("--capacity", type=int, default=300)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--threads", type=int, default=2, help="threads per gunicorn worker, 2 as in production (1: sync workers)"
    )
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--client", choices=["asyncio", "threads"], default="asyncio")
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/sl_bench_events")
    args = parser.parse_args()
    fresh_database(args.database_url)
    django_setup(database_url=args.database_url, tasks_backend="django_tasks_db.DatabaseBackend")
    from django.core.management import call_command

    call_command("createcachetable", "django_cache")  # the cache of the web processes (DEBUG off)
    from tests.events.rush import csrf, rush
    from tests.events.test_rush import _forms

    event, workshops = setup_event(args.capacity)
    posts = _forms(event, workshops, args.people)
    port = free_port()
    var = os.environ["SL_VAR_DIR"]
    static = {**os.environ, "DEBUG": "false", "SECRET_KEY": "bench-" + "x" * 50, "STATIC_ROOT": f"{var}/static"}
    static.update(EMAIL_HOST="127.0.0.1", ALLOWED_HOSTS="127.0.0.1")
    command = [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"]
    subprocess.run(command, cwd=PROJECT, env=static, check=True)
    server = gunicorn(port, args.workers, args.database_url, var, args.threads)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + posts[0][0])
        rush(base, posts[:20], threads=4, form_path=posts[0][0])  # warm-up: every worker loaded
        posts = _forms(event, workshops, args.people + 20)[20:]
        cookie, token = csrf(base, posts[0][0])
        load_before = load_average()
        pids = {"gunicorn": children(server.pid), "PostgreSQL": _backends(args.database_url)}
        cpu = {name: cpu_seconds(processes) for name, processes in pids.items()}
        start, client_cpu = time.perf_counter(), time.process_time()
        if args.client == "asyncio":
            answers = http_load.rush(base, posts, clients=args.clients, cookie=cookie, token=token)
        else:
            answers = rush(base, posts, threads=args.clients, form_path=posts[0][0])
        elapsed, client_cpu = time.perf_counter() - start, time.process_time() - client_cpu
        pids["PostgreSQL"] = sorted(set(pids["PostgreSQL"]) | set(_backends(args.database_url)))
        cpu = {name: cpu_seconds(pids[name]) - before for name, before in cpu.items()}
        load_after = load_average()
    finally:
        server.terminate()
        server.wait(timeout=30)
    times = sorted(answer.seconds for answer in answers)
    statuses = {status: sum(1 for a in answers if a.status == status) for status in {a.status for a in answers}}
    kind = f"{args.threads} threads each (gthread)" if args.threads > 1 else "sync"
    print(f"\n{args.people:,} registrations for {args.capacity} places, {args.clients} clients at once "
          f"({args.client}), gunicorn with {args.workers} workers, {kind}, PostgreSQL; "
          f"load average {load_before} before, {load_after} after:\n")  # fmt: skip
    print(
        table(
            ["registrations/s", "median", "p99", "slowest", "answers", "CPU: gunicorn", "PostgreSQL", "clients"],
            [[
                f"{args.people / elapsed:,.0f}",
                f"{times[len(times) // 2] * 1000:.0f} ms",
                f"{times[int(len(times) * 0.99) - 1] * 1000:.0f} ms",
                f"{times[-1] * 1000:.0f} ms",
                ", ".join(f"{count} × {status}" for status, count in sorted(statuses.items())),
                *(f"{seconds / args.people * 1000:.1f} ms" for seconds in (*cpu.values(), client_cpu)),
            ]],
        )
    )  # fmt: skip
    print()
    print(table(["check", "found", "expected"], checks(event, workshops, args.people + 20)))


if __name__ == "__main__":
    main()
