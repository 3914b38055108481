#!/usr/bin/env bash
# Set up, load the demo data and serve Silver Linings on http://127.0.0.1:8000 with a background worker.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python manage.py migrate --no-input
.venv/bin/python manage.py demo_data

.venv/bin/python manage.py worker --interval 1 &
worker=$!
trap 'kill $worker 2>/dev/null || true' EXIT INT TERM
echo "==> Worker started (pid $worker). Serving on http://127.0.0.1:8000 (Ctrl+C stops both)."
.venv/bin/python manage.py runserver 127.0.0.1:8000
