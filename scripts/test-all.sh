#!/usr/bin/env bash
# The whole test suite, as CI runs it: types, lint, unit + integration tests, both builds, WeChat's own checks of
# the mini-program and its size budget, then the browser tests on the built H5 app. The jest suites run again at
# three faked dates (scripts/test-faked-time.sh). Installs Chromium and faketime from Debian when missing, as root.
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
npm run --silent lint:styles
# knip (knip.jsonc): an export nothing imports, a file nothing reaches, a dependency nothing uses.
npm run --silent lint:unused
step 'unit and integration tests'
npx jest --ci
step 'unit and integration tests under a faked machine date (1st of a month, 31 December, leap day)'
bash scripts/test-faked-time.sh
step 'mini-program build'
npm run --silent build:weapp >/dev/null
# WeChat's compilers, the upload compile with its size budget and the quality scan (installs the pinned tools into
# .cache/weapp-tools on first use: about 3 min once, then about 1.5 min a run).
step "WeChat's checks of the mini-program"
npm run --silent check:weapp
step 'every mini-program page rendered in Node through wcc (about 2 min)'
npx jest --ci -c jest.weapp.config.js
step 'H5 build'
npm run --silent build:h5 >/dev/null
step 'browser tests'
npx jest --ci -c jest.browser.config.js
