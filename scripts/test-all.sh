#!/usr/bin/env bash
# The whole test suite, as CI runs it: types, lint, unit + integration tests, both builds, the size budget,
# then the browser tests on the built H5 app; the jest suites run again at three faked dates (scripts/test-faked-time.sh).
# Installs Chromium (and faketime) from Debian when missing and we are root.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$1"; }

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    step "installing Debian's chromium for the browser tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  else
    echo "Chromium is missing: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH" >&2
    exit 1
  fi
fi

step 'type check'
npx tsc --noEmit -p tsconfig.json
step 'lint'
npx eslint . --max-warnings 0
step 'unit and integration tests'
npx jest --ci
step 'unit and integration tests under a faked machine date (1st of a month, 31 December, leap day)'
bash scripts/test-faked-time.sh
step 'mini-program build and size budget'
npm run --silent build:weapp >/dev/null
npm run --silent size
step 'H5 build'
npm run --silent build:h5 >/dev/null
step 'browser tests'
npx jest --ci -c jest.browser.config.js
