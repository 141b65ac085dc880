#!/usr/bin/env bash
# Debian's Chromium drives the e2e tests (Playwright's own browser download cannot work offline).
set -euo pipefail
chrome="${CHROME_PATH:-/usr/bin/chromium}"
if [ -x "$chrome" ]; then exit 0; fi
echo "Chromium not found at $chrome; installing Debian's chromium package…"
sudo_cmd=""
if [ "$(id -u)" != 0 ]; then sudo_cmd="sudo"; fi
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
test -x "$chrome"
