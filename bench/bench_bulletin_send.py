"""Benchmark for sending one bulletin issue: N subscribers, real worker processes, a local SMTP server
(aiosmtpd); once as it is, once with the first worker killed part way. Then the time to import a past update.

    .venv/bin/python -m bench.bench_bulletin_send [--subscribers 10000] [--workers 2] [--database-url postgres://…]

Prints, for each run: how long the send job took to queue every copy, messages per second from the first
message arriving to the last, and how many subscribers got the issue exactly once, twice or not at all.
"""

import argparse
import datetime
import logging
import signal
import threading
import time

from bench.bench_mail import sender_of, worker
from bench.harness import django_setup, measured, progress, table


def _issue(count: int, run: str):
    from django.utils import timezone

    from silverlinings.bulletins.models import Issue, Item, Publication, Subscriber

    publication = Publication.objects.get(slug="update")
    Subscriber.objects.all().delete()  # each run counts only its own subscribers
    number = (Issue.objects.order_by("-number").values_list("number", flat=True).first() or 500) + 1
    issue = Issue.objects.create(publication=publication, number=number, date=datetime.date(2021, 3, 4))
    Item.objects.create(
        issue=issue,
        slug="last-call",
        headline="Last call for Silver Linings suggestions",
        body="The call for evidence closes on Friday.\n\n- small ideas\n- large ideas",
        action_required="Send your nominations by 5pm on Friday.",
    )
    now = timezone.now()
    subscribers = Subscriber.objects.bulk_create(
        Subscriber(email=f"{run}-{index:05d}@example.org", confirmed_at=now) for index in range(count)
    )
    through = Subscriber.publications.through
    through.objects.bulk_create(through(subscriber_id=s.pk, publication_id=publication.pk) for s in subscribers)
    return issue


def run(count: int, workers: int, *, kill_at: int | None = None) -> list:
    from silverlinings.bulletins.models import Issue
    from silverlinings.bulletins.sending import issue_send_request
    from tests.mail.smtp import SmtpSink

    name = f"b{workers}{'k' if kill_at else ''}-{int(time.time())}"
    processes, arrived = [], {"first": None}
    issue = _issue(count, name)

    def before_accept(number, message):
        arrived["first"] = arrived["first"] or time.perf_counter()
        if kill_at and number == kill_at:
            sender_of(message, processes).send_signal(signal.SIGKILL)
            threading.Thread(target=lambda: processes.append(worker(sink.port, f"{name}-again"))).start()
            return "451 Try again later"
        return None

    with SmtpSink(before_accept=before_accept) as sink:
        requested = time.perf_counter()
        issue_send_request(issue=issue, by=None)
        processes.extend(worker(sink.port, f"{name}-{n}") for n in range(workers))
        queued = None
        while len(sink.accepted) < count:
            if queued is None and Issue.objects.filter(pk=issue.pk, status=Issue.Status.SENT).exists():
                queued = time.perf_counter() - requested
            progress(len(sink.accepted), count, f"{workers} worker(s){', one killed' if kill_at else ''}")
            time.sleep(0.5)
        progress(count, count, f"{workers} worker(s){', one killed' if kill_at else ''}")
        queued = queued or time.perf_counter() - requested
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
    return [label, f"{count:,}", f"{queued:.1f} s", f"{elapsed:.1f} s", f"{count / elapsed:,.0f}", once, twice,
            count - len(counts)]  # fmt: skip


def import_times() -> list:
    from silverlinings.bulletins.imports import issue_import
    from silverlinings.bulletins.models import Issue, Publication
    from silverlinings.bulletins.parsing import update_parse
    from tests.bulletins.expected import UPDATES

    publication, rows = Publication.objects.get(slug="update"), []
    for path in UPDATES:
        text = path.read_text(encoding="utf-8")
        with measured() as result:
            parsed = update_parse(text)
            Issue.objects.filter(publication=publication, number=parsed.number).delete()
            issue_import(publication=publication, parsed=parsed, by=None)
        rows.append([path.stem, f"{len(text):,}", f"{result['seconds'] * 1000:.0f} ms"])
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()
    django_setup(database_url=args.database_url, tasks_backend="django_tasks_db.DatabaseBackend")
    logging.getLogger("mail.log").setLevel(logging.WARNING)
    from django.db import connection

    rows = [run(args.subscribers, args.workers)]
    rows.append(run(args.subscribers, args.workers, kill_at=args.subscribers // 3))
    print(f"\nOne issue to {args.subscribers:,} subscribers ({connection.vendor}, no rate limit):\n")
    headers = ["workers", "subscribers", "queueing", "sending", "msg/s", "exactly once", "twice", "missing"]
    print(table(headers, rows))
    print("\nImporting a past update (reading and writing the issue):\n")
    print(table(["update", "characters", "time"], import_times()))


if __name__ == "__main__":
    main()
