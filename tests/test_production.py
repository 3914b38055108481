"""Production settings, as a real process started with production environment variables sees them."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SECRET = "a-long-random-production-secret-" + "k" * 40 + "-Z9!q"


def production_env(tmp_path, static_root=None, **overrides) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"DJANGO_ALLOW_ASYNC_UNSAFE", "DEBUG"}}
    env.update(
        SECRET_KEY=SECRET,
        ALLOWED_HOSTS="silverlinings.example.org",
        SITE_URL="https://silverlinings.example.org",
        DATABASE_URL=f"sqlite:///{tmp_path / 'prod.sqlite3'}",
        EMAIL_HOST="smtp.example.org",
        STATIC_ROOT=str(static_root or tmp_path / "static"),
        # These processes start on an empty database; the release step's cache table (and everything
        # else of a real deploy) is exercised by scripts/production_smoke.py in CI.
        CACHE_BACKEND="django.core.cache.backends.locmem.LocMemCache",
    )
    env.update(overrides)
    return {k: v for k, v in env.items() if v is not None}


def run(args, env) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, check=False, timeout=300)


def manage(*args, env):
    return run([sys.executable, "manage.py", *args], env)


@pytest.fixture(scope="module")
def static_root(tmp_path_factory):
    """Static files collected once, the way production collects them."""
    tmp_path = tmp_path_factory.mktemp("production")
    result = manage("collectstatic", "--no-input", env=production_env(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    return tmp_path / "static"


def request_in_production(tmp_path, static_root, code: str, **env) -> str:
    """Run `code` with a test client in a production process (no migrations needed for these pages)."""
    script = (
        "import django; django.setup()\n"
        "from django.test import Client\n"
        "client = Client(HTTP_HOST='silverlinings.example.org')\n" + code
    )
    result = run(
        [sys.executable, "-c", script],
        production_env(tmp_path, static_root, DJANGO_SETTINGS_MODULE="silverlinings.settings", **env),
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_production_without_email_settings_refuses_to_start(tmp_path):
    env = production_env(tmp_path, EMAIL_HOST=None)
    check = manage("check", env=env)
    assert check.returncode != 0
    assert "sl.E001" in check.stderr
    assert "Set EMAIL_HOST (SMTP) or EMAIL_BACKEND" in check.stderr
    web = run(
        [sys.executable, "-c", "import silverlinings.wsgi"], {**env, "DJANGO_SETTINGS_MODULE": "silverlinings.settings"}
    )
    assert web.returncode != 0
    assert "sl.E001" in web.stderr


def test_production_with_an_email_backend_starts(tmp_path):
    env = production_env(tmp_path, EMAIL_HOST=None, EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend")
    web = run(
        [sys.executable, "-c", "import silverlinings.wsgi"], {**env, "DJANGO_SETTINGS_MODULE": "silverlinings.settings"}
    )
    assert web.returncode == 0, web.stderr


@pytest.mark.slow
def test_collectstatic_in_production_finds_every_file_the_stylesheet_names(static_root):
    assert (static_root / "staticfiles.json").exists()
    assert list(static_root.glob("vendor/govuk/assets/images/govuk-crest.*.svg"))


@pytest.mark.slow
def test_forwarded_proto_is_not_trusted_unless_asked(tmp_path, static_root):
    code = "print(client.get('/accessibility/', HTTP_X_FORWARDED_PROTO='https').status_code)"
    assert request_in_production(tmp_path, static_root, code) == "301"  # still plain HTTP: redirected to https
    assert request_in_production(tmp_path, static_root, code, TRUST_X_FORWARDED_PROTO="true") == "200"


@pytest.mark.slow
def test_hsts_covers_subdomains_and_preload_only_when_asked(tmp_path, static_root):
    code = "print(client.get('/accessibility/', secure=True)['Strict-Transport-Security'])"
    assert request_in_production(tmp_path, static_root, code) == "max-age=31536000"
    both = request_in_production(
        tmp_path, static_root, code, SECURE_HSTS_INCLUDE_SUBDOMAINS="true", SECURE_HSTS_PRELOAD="true"
    )
    assert both == "max-age=31536000; includeSubDomains; preload"


@pytest.mark.slow
def test_a_bad_host_header_gets_400_not_500(tmp_path, static_root):
    code = (
        "r = client.get('/', HTTP_HOST='evil.example', secure=True)\n"
        "print(r.status_code, 'problem with your request' in r.content.decode())"
    )
    assert request_in_production(tmp_path, static_root, code) == "400 True"


def test_the_web_process_leaves_what_starting_made_out_of_the_collectors_passes(tmp_path, static_root):
    code = (
        "import gc, sys\n"
        "import silverlinings.wsgi\n"
        "print(gc.get_freeze_count() > 0, 'silverlinings.showcase.views' in sys.modules, len(gc.get_objects()))\n"
    )
    result = run(
        [sys.executable, "-c", code],
        production_env(tmp_path, static_root, DJANGO_SETTINGS_MODULE="silverlinings.settings"),
    )

    assert result.returncode == 0, result.stderr
    frozen, views_imported, tracked = result.stdout.split()
    assert (frozen, views_imported) == ("True", "True")
    assert int(tracked) < 1000  # only what was made after the freeze is still walked
