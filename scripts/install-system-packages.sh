#!/usr/bin/env bash
# The tests drive Debian's chromium, convert documents with LibreOffice and validate the pages' HTML
# with the Nu Html Checker on Java; the showcase benchmark loads the server with wrk (it falls back to
# Python clients without it). Install them when missing (as root, or with sudo); otherwise say what to
# install.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
[ ${#missing[@]} -eq 0 ] && exit 0
echo "==> Installing ${missing[*]} from Debian's packages"
if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
  echo "Install these packages and run again: ${missing[*]}" >&2; exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
