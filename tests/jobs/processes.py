"""Real worker processes (`manage.py worker`) on the test database, for the tests that kill them."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

PROJECT = Path(__file__).resolve().parents[2]


def database_url() -> str:
    """The test database, for another process: it must be a file or a server, not memory."""
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        name = str(db["NAME"])
        if name == ":memory:" or "mode=memory" in name:
            pytest.skip("Worker processes need the test database in a file")
        return f"sqlite:///{Path(name).resolve()}"
    user, host, port = db["USER"] or "postgres", db["HOST"] or "127.0.0.1", db["PORT"] or 5432
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    return f"postgres://{user}{password}@{host}:{port}/{db['NAME']}"


def on_postgres() -> bool:
    return connection.vendor == "postgresql"


class WorkerProcess:
    def __init__(self, log: Path, *, smtp_port: int, worker_id: str = "", **env: str):
        self.log, self.worker_id = log, worker_id
        self.env = {
            **os.environ,
            "DATABASE_URL": database_url(),
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(smtp_port),
            "EMAIL_USE_TLS": "false",
            "EMAIL_TIMEOUT": "10",
            "SITE_URL": settings.SITE_URL,
            "MEDIA_ROOT": str(settings.MEDIA_ROOT),
            "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
            "WORKER_HEARTBEAT_SECONDS": "0.3",
            "WORKER_LEASE_SECONDS": "2",
            "MAIL_BATCH_SIZE": str(settings.MAIL_BATCH_SIZE),
            "LOG_LEVEL": "WARNING",
            **env,
        }
        self.process: subprocess.Popen | None = None

    def start(self) -> "WorkerProcess":
        output = self.log.open("ab")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "manage.py",
                "worker",
                "--interval",
                "0.1",
                "--worker-id",
                self.worker_id or self.log.stem,
            ],
            cwd=PROJECT,
            env=self.env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        return self

    @property
    def pid(self) -> int:
        return self.process.pid

    def kill(self) -> None:
        os.kill(self.pid, signal.SIGKILL)

    def stop(self) -> int:
        """Stop it the way an operator does (SIGTERM), and wait."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=60)

    def output(self) -> str:
        return self.log.read_text(errors="replace")
