#!/usr/bin/env bash
# Every test: content check, build, unit and build-level tests (Vitest), then end-to-end tests in
# Chromium (Playwright). Installs Debian's chromium first where it is missing (needs root or sudo).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1 && [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Installing Debian's chromium for the end-to-end tests…"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

npm run build
npx vitest run
npx playwright test
