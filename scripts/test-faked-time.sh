#!/usr/bin/env bash
# The unit and integration tests again under a faked system time (Debian's libfaketime), at the instants where a
# test that quietly reads the machine's date breaks: 00:30 Beijing on the 1st of a month, 23:59 Beijing on
# 31 December, and 29 February of a leap year. Tests set their own clock (tests/support/test-clock.ts), so every
# run must be as green as the real one. Usage: scripts/test-faked-time.sh [jest args…]
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v faketime >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing Debian's faketime"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq faketime >/dev/null
  else
    echo "faketime is missing: install Debian's faketime (apt-get install faketime)" >&2
    exit 1
  fi
fi

# UTC instants: the machine runs in UTC, as the cloud functions do.
INSTANTS=(
  '2027-02-28 16:30:00|00:30 Beijing, 1 March 2027 (the 1st of a month)'
  '2026-12-31 15:59:00|23:59 Beijing, 31 December 2026'
  '2028-02-29 04:00:00|12:00 Beijing, 29 February 2028 (leap day)'
)
for entry in "${INSTANTS[@]}"; do
  instant="${entry%%|*}"
  printf '\n== unit and integration tests at %s\n' "${entry#*|}"
  # '@': start at that instant and run on; DONT_RESET: jest's worker processes continue the same faked time.
  TZ=UTC FAKETIME_DONT_RESET=1 faketime -f "@${instant}" node -e 'console.log(`machine time now: ${new Date().toISOString()}`)'
  TZ=UTC FAKETIME_DONT_RESET=1 faketime -f "@${instant}" npx jest --ci "$@"
done
