"""Production smoke test: run the README's production commands word for word, then use the service.

On a fresh PostgreSQL database, with production environment variables and email going to a mail
server started here, it runs the block of commands in the README's "Running it for real" section:
the release step, then the web processes and the worker. It then signs in as each role the way
people do (staff with a password through the real form, a contributor with the link from the email),
follows every link each of them is shown, checks that the stylesheet, the scripts and the files the
stylesheet names load, stops both processes, fails on any error in their logs and drops the database.

    .venv/bin/python scripts/production_smoke.py      (CI runs it; PostgreSQL at SMOKE_POSTGRES)
"""

import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from smoke.browser import Browser, SmokeFailure
from smoke.mail import MailSink

ROOT = Path(__file__).resolve().parent.parent
BASH = shutil.which("bash") or "/bin/bash"
POSTGRES = os.environ.get("SMOKE_POSTGRES", "postgres://postgres@127.0.0.1:5432")
README_BLOCK = re.compile(r"<!-- production commands -->\s*```sh\n(.*?)```", re.S)
PROBLEMS = re.compile(r"\b(ERROR|CRITICAL)\b|Traceback")
DEMO_PASSWORD = "silver-linings-demo"  # noqa: S105 - the demo people's password (core/management/commands/demo_data.py)
STAFF = {
    "programme team": "programme.manager@seslip.example.org",
    "editorial panel member": "panel.kent@example.org",
    "report writer": "writer@example.org",
}
CONTRIBUTOR = "contributor.medway@example.org"


STARTED = time.monotonic()


def say(message: str) -> None:
    print(f"smoke [{time.monotonic() - STARTED:5.1f} s]: {message}", flush=True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def readme_commands() -> list[str]:
    """The README's production block: one release command, then the web and the worker."""
    block = README_BLOCK.search((ROOT / "README.md").read_text())
    if not block:
        raise SmokeFailure("README.md has no '<!-- production commands -->' block")
    lines = [line.split("#")[0].strip() for line in block.group(1).splitlines()]
    commands = [line for line in lines if line]
    if [command.split()[-1] for command in commands] != ["release", "web", "worker"]:
        raise SmokeFailure(f"README's production block should release, then run the web and the worker: {commands}")
    return commands


def database(name: str, action: str) -> None:
    import psycopg

    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as connection:
        connection.execute(f'{action} DATABASE "{name}"')  # the name is ours: sl_smoke_<hex>


def production_env(*, database_url: str, port: int, smtp_port: int, var: Path) -> dict[str, str]:
    keep = {name: value for name, value in os.environ.items() if not name.startswith(("DJANGO_", "DEBUG"))}
    return {
        **keep,
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SITE_URL": f"https://127.0.0.1:{port}",
        "DATABASE_URL": database_url,
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(smtp_port),
        "EMAIL_USE_TLS": "false",
        "DEFAULT_FROM_EMAIL": "Silver Linings <no-reply@seslip.example.org>",
        # Behind the README's TLS-terminating proxy, here played by the browser's headers.
        "TRUST_X_FORWARDED_PROTO": "true",
        "TRUSTED_PROXY_COUNT": "1",
        "BIND": f"127.0.0.1:{port}",
        "STATIC_ROOT": str(var / "static"),
        "MEDIA_ROOT": str(var / "media"),
        "SL_VAR_DIR": str(var),
    }


class Processes:
    """The long-running processes, each in its own process group, logging to a file."""

    def __init__(self, logs: Path):
        self.logs, self.running = logs, []

    def start(self, name: str, command: str, env: dict) -> None:
        log = (self.logs / f"{name}.log").open("w")
        process = subprocess.Popen(  # noqa: S603 - the README's own command
            [BASH, "-c", command], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        self.running.append((name, process))

    def check_alive(self) -> None:
        for name, process in self.running:
            if process.poll() is not None:
                raise SmokeFailure(f"the {name} stopped with exit code {process.returncode}: {self.tail(name)}")

    def tail(self, name: str) -> str:
        return "\n".join((self.logs / f"{name}.log").read_text().splitlines()[-30:])

    def stop(self) -> None:
        for _, process in self.running:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for name, process in self.running:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                say(f"the {name} did not stop in 20 s; killing it")
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def run(command: str, env: dict, log: Path) -> None:
    with log.open("a") as out:
        result = subprocess.run(  # noqa: S603 - the README's own command
            [BASH, "-c", command], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, check=False
        )
    if result.returncode:
        raise SmokeFailure(f"'{command}' failed:\n" + "\n".join(log.read_text().splitlines()[-30:]))


def problems_in(logs: Path) -> list[str]:
    found = []
    for log in sorted(logs.glob("*.log")):
        found += [f"{log.name}: {line}" for line in log.read_text().splitlines() if PROBLEMS.search(line)]
    return found


def use_the_service(browser: Browser, mail: MailSink) -> None:
    pages = browser.crawl("/", limit=60)
    say(f"the public: {len(pages)} pages")
    browser.check_assets()
    for role, email in STAFF.items():
        browser.sign_in_with_password(email, DEMO_PASSWORD)
        say(f"{role}: {len(browser.crawl('/dashboard/', limit=40))} pages")
        browser.sign_out()
    browser.sign_in_with_link(CONTRIBUTOR, mail)
    say(f"contributor: {len(browser.crawl('/dashboard/', limit=40))} pages")
    browser.expect("/manage/calls/", 403)  # logged on one line, never as an error
    browser.expect("/", 400, host="evil.example")


def main() -> int:
    commands = readme_commands()
    name = f"sl_smoke_{secrets.token_hex(4)}"
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="sl-smoke-") as tmp, MailSink() as mail:
        var, logs = Path(tmp) / "var", Path(tmp) / "logs"
        var.mkdir()
        logs.mkdir()
        env = production_env(database_url=f"{POSTGRES}/{name}", port=port, smtp_port=mail.port, var=var)
        processes = Processes(logs)
        database(name, "CREATE")
        try:
            say(f"release: {commands[0]}")
            run(commands[0], env, logs / "release.log")
            say("the demo people (one or more for each role), calls and nominations")
            run(".venv/bin/python manage.py demo_data --force", env, logs / "release.log")
            say(f"web and worker: {commands[1]} / {commands[2]}")
            processes.start("web", commands[1], env)
            processes.start("worker", commands[2], env)
            browser = Browser(f"http://127.0.0.1:{port}", alive=processes.check_alive)
            browser.wait_until_up()
            use_the_service(browser, mail)
            processes.check_alive()
        except SmokeFailure as failure:
            processes.stop()
            for log in sorted(logs.glob("*.log")):
                say(f"--- {log.name} (last lines)\n" + "\n".join(log.read_text().splitlines()[-40:]))
            say(f"FAILED: {failure}")
            return 1
        finally:
            processes.stop()
            database(name, "DROP")
        problems = problems_in(logs)
        if problems:
            say("FAILED: errors in the logs:\n" + "\n".join(problems[:40]))
            return 1
    say("passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
