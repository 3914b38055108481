"""Benchmarks for the showcase: the designed pack of 50 reports with pictures, the public pages against a static
file served by the same server (cached and uncached; requests per second and p99 at 32 connections), and search
over 1,000 reports (p95).

    .venv/bin/python -m bench.bench_showcase [--reports 50] [--search-reports 1000] [--seconds 5] [--connections 32]
                                             [--client wrk|python]

The pages are served by gunicorn (gthread, keep-alive) with DEBUG off, as in production, from a fresh SQLite
database; the load comes from the same machine, so client and server share its cores. The load generator is wrk
(Debian's package, installed by scripts/install-system-packages.sh: one C thread on an event loop) when it is
installed, otherwise 4 Python processes of 8 threads each, which take a large part of the CPU themselves. Each row
says how much of the machine's CPU the client and the server used while it was measured.
"""

import argparse
import http.client
import io
import json
import multiprocessing
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

from bench.harness import django_setup, progress, table

WORDS = (  # noqa: SIM905 - reads as the sentence it is
    "hybrid conferences family time video foster carers recruitment early help school attendance virtual youth "
    "justice panels adoption support digital signatures speech therapy online parenting courses"
).split()


def _photo(seed: int) -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (1600, 1000), (30 + seed % 200, 110, 180))
    draw = ImageDraw.Draw(image)
    for n in range(40):
        draw.ellipse(
            (n * 37 % 1600, n * 53 % 1000, n * 37 % 1600 + 120, n * 53 % 1000 + 90), fill=(seed % 255, n * 6, 90)
        )
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=85)
    return out.getvalue()


def _published_reports(count: int):
    """`count` reports made the way people make them: nominated, selected, commissioned, written, published."""
    from datetime import timedelta

    from django.utils import timezone

    from silverlinings.accounts.models import MembershipRole, User
    from silverlinings.accounts.services import membership_grant
    from silverlinings.calls.services import nominations as calls
    from silverlinings.directory.models import Authority
    from silverlinings.review.models import Theme, ThemeMembership
    from silverlinings.review.services.decisions import decision_record
    from silverlinings.showcase.services import commissions as services

    team = User.objects.create_user(email="bench-team@example.org", password="x" * 20)
    membership_grant(user=team, role=MembershipRole.PROGRAMME_TEAM, by=None)
    now = timezone.now()
    call = calls.call_create(
        by=team,
        title="Bench call",
        slug="bench",
        introduction="Bench.",
        opens_at=now - timedelta(days=60),
        closes_at=now - timedelta(days=5),
    )
    authorities = list(Authority.objects.all())
    themes = [Theme.objects.create(call=call, label=f"Theme {n}", status=Theme.Status.ACCEPTED) for n in range(5)]
    photo = _photo(1)
    made = []
    for n in range(count):
        place = authorities[n % len(authorities)]
        nominator = User.objects.create_user(email=f"nominator{n}@example.org", authority=place)
        nomination = calls.nomination_start(call=call, nominator=nominator, by=team, channel="phone")
        calls.nomination_save_answers(nomination=nomination, answers=_answers(n, place), by=team)
        nomination = calls.nomination_submit(nomination=nomination, by=team, notify=False)
        decision_record(nomination=nomination, outcome="selected", reason="", by=team)
        ThemeMembership.objects.create(theme=themes[n % 5], nomination=nomination)
        commission = services.commission_create(
            call=call,
            by=team,
            nomination=nomination,
            title=f"Report {n}: {' '.join(WORDS[n % 9 : n % 9 + 3])}",
            brief="Bench.",
            due_on=timezone.localdate() + timedelta(days=20),
            writer_email=f"writer{n}@example.org",
        )
        services.report_save(commission=commission, content=_content(n), by=team)
        services.report_image_add(
            commission=commission, data=photo, alt_text=f"Picture {n}", caption="", credit="", by=team
        )
        for step in ("team_review", "fact_check"):
            services.commission_move(commission=commission, to=step, by=team)
        services.commission_move(commission=commission, to="approved", by=team, override_reason="Bench.")
        services.commission_move(commission=commission, to="published", by=team)
        made.append(commission)
        progress(n + 1, count, "reports")
    return call, team, made


def _answers(n, place) -> dict:
    return {
        "title": f"Innovation {n}",
        "authority": place.short_name,
        "organisation": "",
        "service_areas": ["Children's social care"],
        "scale": "Service or team practice",
        "problem": "Partners could not travel.",
        "what_you_did": "They joined by video.",
        "difference": "More on time.",
        "permanence": "It stays.",
        "proprietary": {"answer": False, "detail": ""},
        "adoption": "Speakers.",
        "contact": {"name": "Sam Kaur", "role": "Manager", "email": f"contact{n}@example.org", "phone": "07700 900123"},
        "consent_publish": {"answer": True, "detail": ""},
        "consent_contact": {"answer": True, "detail": ""},
    }


def _content(n) -> dict:
    text = " ".join(WORDS[(n + i) % len(WORDS)] for i in range(60))
    return {
        "headline": f"Headline {n}: {WORDS[n % len(WORDS)]}",
        "summary": text[:300],
        "challenge": text,
        "what_changed": text + "\n\n- one\n- two",
        "difference": text,
        "people": "Two chairs.",
        "time": "Six weeks.",
        "cost": "£2,000.",
        "technology": "Speakers.",
        "supplier": "",
        "advice": "Start small.",
        "key_figures": [{"number": "93%", "label": "on time"}],
        "quotes": [{"text": "Better.", "who": "A chair", "consent": True}],
        "contact": {"name": "Sam Kaur", "role": "Manager", "email": ""},
    }


def bench_pack(call, team) -> list:
    from silverlinings.showcase.models import PackBuild
    from silverlinings.showcase.pack import pack_build_now, pack_for

    build = PackBuild.objects.create(pack=pack_for(call), fingerprint="bench", requested_by=team)
    start, cpu = time.perf_counter(), time.process_time()
    pack_build_now(build_id=build.pk)  # what the worker runs
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    build = PackBuild.objects.get(pk=build.pk)
    size = build.file.size / (1024 * 1024)
    pages = _pages(build.file)
    return [build.total - 1, pages, f"{seconds:.1f} s", f"{cpu:.1f} s", f"{size:.1f} MiB", _yes(seconds <= 10)]


def _pages(field_file) -> int:
    import pikepdf

    with field_file.open("rb") as stored, pikepdf.open(io.BytesIO(stored.read())) as pdf:
        return len(pdf.pages)


def _yes(condition: bool) -> str:
    return "yes" if condition else "no"


def bench_search(count: int, runs: int = 200) -> list:
    """p50 and p95 of one search over `count` published reports (rows made directly: only search is measured)."""
    from django.db import connection

    from silverlinings.showcase.models import Commission
    from silverlinings.showcase.search import search_index_update
    from silverlinings.showcase.selectors import Filters, published_filtered

    template = Commission.objects.filter(status="published").first()
    existing = Commission.objects.filter(status="published").count()
    for n in range(count - existing):
        text = " ".join(WORDS[(n * 7 + i) % len(WORDS)] for i in range(80)) + f" unique{n}"
        copy = Commission.objects.create(
            call_id=template.call_id,
            nomination_id=template.nomination_id,
            title=f"Search {n}",
            slug=f"search-{n}",
            brief="-",
            due_on=template.due_on,
            status="published",
            published_at=template.published_at,
            published_content={"headline": f"Search {n}"},
            search_text=text,
            created_by_id=template.created_by_id,
        )
        search_index_update(copy)
    queries = ["conferences", "foster carers", "youth justice panels", "unique42", "vid", "speech therapy online"]
    times = []
    for run in range(runs):
        start = time.perf_counter()
        list(published_filtered(Filters(query=queries[run % len(queries)])).values_list("pk", flat=True))
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return [count, connection.vendor, f"{statistics.median(times):.2f} ms", f"{times[int(0.95 * len(times))]:.2f} ms"]


def _load(args) -> tuple[int, list[float]]:
    """One client process: `threads` keep-alive connections asking for `path` until `seconds` pass.
    Returns how many requests failed (a timeout, a refused connection, an answer other than 200) and the
    latencies of those that succeeded."""
    port, path, threads, seconds = args
    latencies: list[float] = []
    failed = [0]
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def worker():
        mine, errors = [], 0
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        while time.perf_counter() < deadline:
            start = time.perf_counter()
            try:
                connection.request("GET", path, headers={"Host": "127.0.0.1"})
                response = connection.getresponse()
                response.read()
            except (OSError, http.client.HTTPException):
                errors += 1
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
                continue
            if response.status != 200:
                errors += 1
            else:
                mine.append((time.perf_counter() - start) * 1000)
            if response.getheader("Connection", "").lower() == "close":
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        with lock:
            latencies.extend(mine)
            failed[0] += errors

    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    return failed[0], latencies


def _measure(
    port: int, path: str, connections: int, seconds: float, client: str, processes: int = 4, *, close: bool = False
):
    """Requests per second, p99 in ms and failed requests at `connections` keep-alive connections, and the CPU the
    client used (seconds, over every core). `client` is "wrk" or "python" (`connections` spread over `processes`)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    if client == "wrk":
        rps, p99, failed = _measure_wrk(port, path, connections, seconds, close=close)
    else:
        per = [(port, path, connections // processes, seconds)] * processes
        with multiprocessing.get_context("spawn").Pool(processes) as pool:
            results = pool.map(_load, per)
        latencies = sorted(value for _, values in results for value in values)
        failed = sum(errors for errors, _ in results)
        p99 = latencies[max(int(0.99 * len(latencies)) - 1, 0)] if latencies else float("nan")
        rps = len(latencies) / seconds
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    client_cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return rps, p99, failed, client_cpu


def _measure_wrk(
    port: int, path: str, connections: int, seconds: float, *, close: bool = False
) -> tuple[float, float, int]:
    """wrk with one thread: requests per second, p99 in ms and failed requests (errors and answers other than 2xx
    or 3xx; the pages measured answer 200). `close`: a new connection for each request, as from many visitors
    (32 kept-alive connections can all land on one of gunicorn's workers and leave the other idle)."""
    options = ["-t1", f"-c{connections}", f"-d{seconds:g}s", "--latency", "--timeout", "10s", "-H", "Host: 127.0.0.1"]
    if close:
        options += ["-H", "Connection: close"]
    out = subprocess.run(
        ["wrk", *options, f"http://127.0.0.1:{port}{path}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    value, unit = re.search(r"^\s+99%\s+([\d.]+)(us|ms|s)\s*$", out, re.MULTILINE).groups()
    p99 = float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
    failed = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    if non_2xx := re.search(r"Non-2xx or 3xx responses: (\d+)", out):
        failed += int(non_2xx.group(1))
    return rps, p99, failed


def _cpu_seconds(pids: list[int]) -> float:
    """User and system CPU seconds the processes have used so far (Linux /proc)."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / os.sysconf("SC_CLK_TCK")


def _server_pids(master: int) -> list[int]:
    children = Path(f"/proc/{master}/task/{master}/children")
    return [master] + [int(pid) for pid in children.read_text().split()] if children.exists() else [master]


def client_default() -> str:
    return "wrk" if shutil.which("wrk") else "python"


def _server_env(folder: str) -> dict:
    env = dict(os.environ)
    env.update(
        DEBUG="0",
        SECRET_KEY="bench-" + "x" * 50,
        SECURE_SSL_REDIRECT="0",
        ALLOWED_HOSTS="127.0.0.1",
        STATIC_ROOT=os.path.join(folder, "static"),
        DJANGO_SETTINGS_MODULE="silverlinings.settings",
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",  # never used: nothing is sent while measuring
        EMAIL_HOST="localhost",
    )
    return env


def bench_pages(slug: str, connections: int, seconds: float, client: str, *, close: bool = False) -> list[list]:
    folder = os.environ["SL_VAR_DIR"]
    env = _server_env(folder)
    root = Path(__file__).resolve().parents[1]
    python = sys.executable
    subprocess.run([python, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=root, env=env, check=True)
    subprocess.run([python, "manage.py", "createcachetable"], cwd=root, env=env, check=True)  # the production cache
    manifest = json.loads((Path(env["STATIC_ROOT"]) / "staticfiles.json").read_text())["paths"]
    static = "/static/" + manifest["images/favicon.svg"]
    port = 8765
    server = subprocess.Popen(
        [
            python,
            "-m",
            "gunicorn",
            "silverlinings.wsgi",
            "-b",
            f"127.0.0.1:{port}",
            "-k",
            "gthread",
            "-w",
            "2",
            "--threads",
            "8",
            "--keep-alive",
            "30",
            "--log-level",
            "warning",
        ],
        cwd=root,
        env=env,
    )
    cores = os.cpu_count() or 1
    try:
        _wait_for(port, static)
        rows = []
        page = f"/showcase/{slug}/"
        for label, path in (
            ("static file", static),
            ("report page, kept", page),
            ("report page, made each time", page + "?fresh=1"),
            ("index, kept", "/showcase/"),
            ("index, made each time", "/showcase/?fresh=1"),
        ):
            # Warm up: one request fills the cache (32 at once would all miss and queue to write the same row),
            # then every worker and thread answers for a second.
            _wait_for(port, path)
            _measure(port, path, connections, 1.0, client, close=close)
            pids = _server_pids(server.pid)
            server_cpu = _cpu_seconds(pids)
            rps, p99, failed, client_cpu = _measure(port, path, connections, seconds, client, close=close)
            server_cpu = _cpu_seconds(pids) - server_cpu
            per_request = 1000 * server_cpu / (rps * seconds) if rps else float("nan")
            rows.append(
                [
                    label,
                    path,
                    f"{rps:,.0f}",
                    f"{p99:.1f} ms",
                    failed,
                    f"{100 * client_cpu / (seconds * cores):.0f}%",
                    f"{100 * server_cpu / (seconds * cores):.0f}%",
                    f"{per_request:.2f} ms",
                ]
            )
        base = float(rows[0][2].replace(",", ""))
        base_cpu = float(rows[0][7].split()[0])
        for row in rows:
            row.append(f"{float(row[2].replace(',', '')) / base:.2f}×")
            row.append(f"{base_cpu / float(row[7].split()[0]):.2f}×")
        return rows
    finally:
        server.terminate()
        server.wait(timeout=10)


def _wait_for(port: int, path: str) -> None:
    for _ in range(100):
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            connection.request("GET", path, headers={"Host": "127.0.0.1"})
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("gunicorn did not start")


def _load_average() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=50)
    parser.add_argument("--search-reports", type=int, default=1000)
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--only", choices=["pack", "pages", "search"], default=None)
    parser.add_argument("--database-url", default=None, help="an empty database (default: SQLite in a temp folder)")
    parser.add_argument(
        "--client", choices=["wrk", "python"], default=client_default(), help="the load (default: wrk if installed)"
    )
    parser.add_argument(
        "--new-connections",
        action="store_true",
        help="wrk opens a new connection for each request, as many visitors do (default: the connections kept alive)",
    )
    options = parser.parse_args()
    django_setup(database_url=options.database_url)
    call, team, made = _published_reports(options.reports)
    if options.only in (None, "pack"):
        print("\nThe designed pack")
        print(table(["reports", "pages", "time", "CPU time", "size", "≤ 10 s"], [bench_pack(call, team)]))
    if options.only in (None, "pages"):
        print(
            f"\nPublic pages at {options.connections} connections for {options.seconds:g} s each, load from "
            f"{options.client}{', a new connection for each request' if options.new_connections else ', kept alive'}; "
            f"load average {_load_average()} before"
        )
        rows = bench_pages(
            made[0].slug, options.connections, options.seconds, options.client, close=options.new_connections
        )
        headers = ["what", "address", "requests/s", "p99", "failed", "client CPU", "server CPU", "CPU a request"]
        print(table([*headers, "against the static file", "by CPU"], rows))
        print(
            f"(CPU: share of the machine's {os.cpu_count()} cores; CPU a request: the server's; by CPU: the static "
            f"file's CPU a request over the row's; load average {_load_average()} after)"
        )
    if options.only in (None, "search"):
        print("\nSearch")
        print(table(["reports", "database", "p50", "p95"], [bench_search(options.search_reports)]))


if __name__ == "__main__":
    main()
