#!/usr/bin/env bash
# Set up and run the whole test suite (including the real-browser tests in Debian's chromium).
# Runs on SQLite by default; set DATABASE_URL=postgres://… to run it against PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/install-system-packages.sh
exec .venv/bin/python -m pytest "$@"
