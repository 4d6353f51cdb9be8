#!/bin/sh
# Install what needs requires on Debian/Ubuntu: the Chinese font for PDF briefs (no PyPI package gives
# ReportLab a usable one), poppler and Chromium for the tests, then the pinned Python packages.
set -eu
cd "$(dirname "$0")/.."
packages="fonts-wqy-zenhei poppler-utils chromium"
missing=""
for p in $packages; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
if [ -n "$missing" ]; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends $missing
  else
    echo "install these system packages with your package manager:$missing" >&2
  fi
fi
python3 -m pip install -q -r requirements.txt
