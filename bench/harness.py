"""Shared set-up for benchmarks that need Django: a fresh SQLite database in a temporary folder.

Benchmarks are not tests: they print figures. Run them with `.venv/bin/python -m bench` (all) or one
module, e.g. `.venv/bin/python -m bench.bench_calls`.
"""

import os
import sys
import tempfile
import time
import tracemalloc
from contextlib import contextmanager


def django_setup(*, database_url: str | None = None, tasks_backend: str | None = None) -> None:
    """Point Django at a new, empty database (SQLite in a temp folder unless given) and migrate it.

    Tasks run at once unless `tasks_backend` says otherwise (bench_mail queues them for real workers)."""
    folder = tempfile.mkdtemp(prefix="sl-bench-")
    os.environ["SL_VAR_DIR"] = folder
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "silverlinings.settings")
    os.environ["TASKS_BACKEND"] = tasks_backend or "django_tasks.backends.immediate.ImmediateBackend"
    os.environ["EMAIL_BACKEND"] = "django.core.mail.backends.locmem.EmailBackend"
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    os.environ["MEDIA_ROOT"] = os.path.join(folder, "media")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def progress(done: int, total: int, label: str = "") -> None:
    """A text progress bar on stderr."""
    width = 30
    filled = int(width * done / total) if total else width
    sys.stderr.write(f"\r  {label:<28} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    if done >= total:
        sys.stderr.write("\n")
    sys.stderr.flush()


@contextmanager
def measured():
    """Wall time (seconds) and peak Python memory (MiB, tracemalloc) of the block."""
    result = {}
    tracemalloc.start()
    start = time.perf_counter()
    try:
        yield result
    finally:
        result["seconds"] = time.perf_counter() - start
        result["peak_mib"] = tracemalloc.get_traced_memory()[1] / (1024 * 1024)
        tracemalloc.stop()


def table(headers: list[str], rows: list[list]) -> str:
    cells = [[str(cell) for cell in row] for row in [headers, *rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = ["  ".join(cell.rjust(widths[i]) for i, cell in enumerate(row)) for row in cells]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)
