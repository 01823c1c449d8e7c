#!/usr/bin/env bash
# The whole test suite, from a bare Debian 12 machine: install what is missing, configure with
# warnings as errors, build, start a real PostgreSQL server on loopback, run every Qt Test through
# CTest, then the keychain test against a real Secret Service; then all of it again under ASan +
# UBSan and the fuzzers (scripts/asan-test.sh, scripts/fuzz.sh). Exit code non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

scripts/install-deps.sh test

preset=ci
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
build_dir="$root/build/$preset"

# A real PostgreSQL server for the tests that need one (stopped again on exit).
export TIEOUT_PG_DIR=${TIEOUT_PG_DIR:-/tmp/tieout-pg-ci}
export TIEOUT_PG_PORT=${TIEOUT_PG_PORT:-55432}
export TIEOUT_DB_PASSWORD=${TIEOUT_DB_PASSWORD:-tieout-test}
TIEOUT_TEST_PG_URL=$(scripts/start-postgres.sh | tail -n 1)
export TIEOUT_TEST_PG_URL
trap 'scripts/stop-postgres.sh >/dev/null 2>&1 || true' EXIT
echo "test: PostgreSQL at $TIEOUT_TEST_PG_URL"

status=0
ctest --test-dir "$build_dir" --output-on-failure -LE keychain --timeout 600 || status=$?
scripts/run-keychain-tests.sh "$build_dir" || status=$?

# Then the same suite under AddressSanitizer + UBSan (build/asan, GUI off) and every fuzz target
# for a bounded time (docs/reliability.md). TIEOUT_TEST_ASAN=0 or TIEOUT_TEST_FUZZ=0 skips a step
# locally; CI runs both, and any failure in either fails the whole command.
if [[ "${TIEOUT_TEST_ASAN:-1}" != 0 ]]; then
    scripts/asan-test.sh || status=$?
fi
if [[ "${TIEOUT_TEST_FUZZ:-1}" != 0 ]]; then
    TIEOUT_FUZZ_SECONDS=${TIEOUT_FUZZ_SECONDS:-30} scripts/fuzz.sh || status=$?
fi
exit $status
