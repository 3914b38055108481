"""The cache every process shares: in the database when DEBUG is off, so a page cleared in one web process is
cleared for all of them."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def cache_backend(**env) -> str:
    base = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "CACHE_BACKEND", "SECRET_KEY"}}
    code = "import django; django.setup(); from django.conf import settings; print(settings.CACHES['default'])"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**base, "DJANGO_SETTINGS_MODULE": "silverlinings.settings", **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def test_the_embedded_default_keeps_the_cache_in_the_process():
    assert "LocMemCache" in cache_backend()


def test_production_shares_the_cache_through_the_database():
    shown = cache_backend(SECRET_KEY="x" * 50, ALLOWED_HOSTS="example.org", EMAIL_HOST="smtp.example.org")
    assert shown == "{'BACKEND': 'silverlinings.core.cache.DatabaseCache', 'LOCATION': 'django_cache'}"
