"""Benchmarks for the call for evidence: the coverage dashboard at 50, 500 and 5,000 nominations, and
reading 200 returned Word documents.

    .venv/bin/python -m bench.bench_calls [--sizes 50,500,5000] [--documents 200]

Prints time and query count per page view (ratios against the smallest size, measured in the same run)
and, for the import, time per document and peak memory.
"""

import argparse
import random
import statistics
import time

from bench.harness import django_setup, measured, progress, table


def _make_call():
    from datetime import timedelta

    from django.utils import timezone

    from silverlinings.accounts.models import MembershipRole, User
    from silverlinings.accounts.services import membership_grant
    from silverlinings.calls.services import nominations as services

    team = User.objects.filter(email="bench-team@example.org").first() or User.objects.create_user(
        email="bench-team@example.org", password="x" * 20
    )
    membership_grant(user=team, role=MembershipRole.PROGRAMME_TEAM, by=None)
    now = timezone.now()
    call = services.call_create(
        by=team,
        title="Bench call",
        slug=f"bench-{random.randint(0, 10**9)}",
        introduction="Bench.",
        opens_at=now - timedelta(days=60),
        closes_at=now + timedelta(days=5),
    )
    return call, team


def _fill(call, count: int, rng: random.Random) -> None:
    """Add submitted nominations in bulk, spread over authorities, service areas, scales and days."""
    from datetime import timedelta

    from silverlinings.accounts.models import User
    from silverlinings.calls.models import Channel, Nomination
    from silverlinings.directory.models import Authority, ServiceArea

    authorities = list(Authority.objects.all())
    areas = list(ServiceArea.objects.all())
    scales = call.questions.get(key="scale").choices
    nominator = User.objects.create_user(email=f"bench-{call.pk}-{count}@example.org")
    start = call.last_number
    batch = [
        Nomination(
            call=call,
            nominator=nominator,
            created_by=nominator,
            status="submitted",
            channel=rng.choice(Channel.values),
            number=start + i + 1,
            reference=f"B-{start + i + 1}",
            title=f"Innovation {start + i}",
            authority=rng.choice(authorities),
            scale=rng.choice(scales),
            submitted_at=call.opens_at + timedelta(days=rng.randint(0, 60), hours=rng.randint(0, 23)),
            answers={"title": f"Innovation {start + i}"},
        )
        for i in range(count)
    ]
    created = Nomination.objects.bulk_create(batch, batch_size=500)
    through = Nomination.service_areas.through
    links = [
        through(nomination_id=nomination.pk, servicearea_id=area.pk)
        for nomination in created
        for area in rng.sample(areas, rng.randint(1, 3))
    ]
    through.objects.bulk_create(links, batch_size=1000)
    call.last_number = start + count
    call.save(update_fields=["last_number"])


def bench_coverage(sizes: list[int]) -> list[list]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    rng = random.Random(42)
    call, team = _make_call()
    client = Client()
    client.force_login(team, backend="django.contrib.auth.backends.ModelBackend")
    url = reverse("calls:coverage", kwargs={"slug": call.slug})
    rows, total, base = [], 0, None
    for size in sizes:
        _fill(call, size - total, rng)
        total = size
        client.get(url)  # warm up
        timings = []
        for repeat in range(5):
            start = time.perf_counter()
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            timings.append(time.perf_counter() - start)
            progress(repeat + 1, 5, f"coverage, {size} nominations")
        assert response.status_code == 200
        median = statistics.median(timings)
        base = base or median
        rows.append([size, f"{median * 1000:.0f} ms", f"{median / base:.2f}×", len(queries)])
    return rows


def bench_import(count: int) -> list[list]:
    from bench.documents import filled_documents
    from silverlinings.calls.documents import document_read

    call, _team = _make_call()
    specs = call.heading_specs()
    documents = filled_documents(specs, count)
    timings = []
    with measured() as whole:
        for index, data in enumerate(documents, start=1):
            start = time.perf_counter()
            forms = document_read(data=data, filename=f"form-{index}.docx", headings=specs)
            timings.append(time.perf_counter() - start)
            assert len(forms) == 1 and not forms[0].missing, forms[0].missing
            progress(index, count, "reading returned documents")
    return [
        [
            count,
            f"{whole['seconds']:.2f} s",
            f"{statistics.median(timings) * 1000:.1f} ms",
            f"{max(timings) * 1000:.1f} ms",
            f"{whole['peak_mib']:.1f} MiB",
        ]
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="50,500,5000")
    parser.add_argument("--documents", type=int, default=200)
    args = parser.parse_args()
    django_setup()
    sizes = [int(size) for size in args.sizes.split(",")]
    print("\nCoverage dashboard (median of 5 page views; ratio against the smallest size)")
    print(table(["nominations", "time", "ratio", "queries"], bench_coverage(sizes)))
    print(f"\nReading {args.documents} returned documents (python-docx; peak memory by tracemalloc)")
    print(table(["documents", "total", "median per doc", "slowest", "peak memory"], bench_import(args.documents)))


if __name__ == "__main__":
    main()
