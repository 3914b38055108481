#!/usr/bin/env bash
# Run Silver Linings in production. Every setting comes from the environment (README, "Running it
# for real"); install first with scripts/setup.sh.
#   release  on every deploy: check the settings, migrate, make the cache table, collect the static files
#   web      the web processes: gunicorn with WEB_CONCURRENCY workers (2) of WEB_THREADS threads (2) on BIND
#            (0.0.0.0:8000)
#   worker   a background worker (run one or more, on any machine sharing the database)
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-}" in
  release)
    .venv/bin/python manage.py check --deploy --fail-level WARNING
    .venv/bin/python manage.py migrate --no-input
    .venv/bin/python manage.py createcachetable
    .venv/bin/python manage.py collectstatic --no-input
    ;;
  web)
    # gunicorn itself trusts no proxy header: whether to is the application's setting
    # (TRUST_X_FORWARDED_PROTO, TRUSTED_PROXY_COUNT), in one place.
    # WEB_THREADS above 1: gthread workers, each answering that many requests at once (bench/README.md, "Events").
    threads=()
    if [ "${WEB_THREADS:-2}" -gt 1 ]; then threads=(--worker-class gthread --threads "${WEB_THREADS:-2}"); fi
    exec .venv/bin/gunicorn silverlinings.wsgi --bind "${BIND:-0.0.0.0:8000}" --workers "${WEB_CONCURRENCY:-2}" \
      "${threads[@]}" --access-logfile - --forwarded-allow-ips ""
    ;;
  worker)
    exec .venv/bin/python manage.py worker
    ;;
  *)
    echo "usage: $0 release|web|worker" >&2
    exit 2
    ;;
esac
