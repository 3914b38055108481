#!/usr/bin/env bash
# Set up everything the application needs on this machine. Safe to run again: each step is skipped
# when what it makes is already up to date.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "==> Creating the virtual environment (.venv)"
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.requirements.lock.sha
want=$(sha256sum requirements.lock | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "==> Installing the locked Python dependencies"
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -r requirements.lock
  echo "$want" > "$stamp"
fi

if ! command -v npm >/dev/null 2>&1; then
  echo "npm is needed to build the GOV.UK Frontend assets: install Node.js (https://nodejs.org) or your system's nodejs package." >&2
  exit 1
fi
nstamp=node_modules/.package-lock.sha
nwant=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat "$nstamp" 2>/dev/null)" != "$nwant" ]; then
  echo "==> Installing the pinned front-end packages"
  npm ci --silent --no-audit --no-fund
  echo "$nwant" > "$nstamp"
fi
if [ ! -f silverlinings/static/css/app.css ] || [ -n "$(find silverlinings/static_src package-lock.json scripts/build-assets.mjs -newer silverlinings/static/css/app.css 2>/dev/null | head -1)" ]; then
  echo "==> Building the stylesheet and scripts"
  npm run --silent build
fi
