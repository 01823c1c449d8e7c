#!/usr/bin/env bash
# The headless test suite under AddressSanitizer + UndefinedBehaviorSanitizer: configures the
# `asan` preset (build/asan, GUI off to save time), builds it, and runs every Qt Test through
# CTest — the keychain test too, against a throwaway Secret Service — with leak detection on.
# Any sanitizer report fails the test that triggered it; LeakSanitizer suppressions are limited to
# third-party libraries (tests/sanitizers/lsan.supp).
#
# Uses the PostgreSQL server named by TIEOUT_TEST_PG_URL (scripts/test.sh starts one); run alone,
# it starts its own like scripts/test.sh does. Timing-only tests (labels perf, bench) are skipped:
# their bounds mean nothing under ASan. Exit code non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build_dir="$root/build/asan"

started=$(date +%s)
cmake --preset asan -DTIEOUT_BUILD_GUI=OFF >/dev/null
cmake --build --preset asan
built=$(date +%s)
echo "asan: build took $((built - started)) s"

if [[ -z "${TIEOUT_TEST_PG_URL:-}" ]]; then
    export TIEOUT_PG_DIR=${TIEOUT_PG_DIR:-/tmp/tieout-pg-asan}
    export TIEOUT_PG_PORT=${TIEOUT_PG_PORT:-55433}
    export TIEOUT_DB_PASSWORD=${TIEOUT_DB_PASSWORD:-tieout-test}
    TIEOUT_TEST_PG_URL=$(scripts/start-postgres.sh | tail -n 1)
    export TIEOUT_TEST_PG_URL
    trap 'scripts/stop-postgres.sh >/dev/null 2>&1 || true' EXIT
fi

# detect_leaks: LeakSanitizer at every exit, the CLI and sandbox processes the tests start included
# (they inherit these variables). halt_on_error: the first UB report ends the process.
export ASAN_OPTIONS=detect_leaks=1:check_initialization_order=1:strict_string_checks=1
export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# ASan makes everything 2-4x slower: give Qt Test's per-function watchdog (300 s) room to match.
export QTEST_FUNCTION_TIMEOUT=${QTEST_FUNCTION_TIMEOUT:-900000}

# The soak and the SIGKILL loop run shorter here (3 of 12 months, 8 of 20 kill points): every code
# path of theirs still runs under the sanitizers, and the full-size runs are the main pass's. Two
# tests at a time: many wait on retries, sandboxes and subprocesses more than on the CPU. Measured
# on 2 cores: the whole suite in about 5.5 minutes, against 13 one at a time at full size.
export TIEOUT_SOAK_MONTHS=${TIEOUT_SOAK_MONTHS:-3}
export TIEOUT_CRASH_KILL_POINTS=${TIEOUT_CRASH_KILL_POINTS:-8}

status=0
ctest --test-dir "$build_dir" --output-on-failure -LE 'keychain|perf|bench' --timeout 1800 -j2 || status=$?
scripts/run-keychain-tests.sh "$build_dir" || status=$?
echo "asan: tests took $(($(date +%s) - built)) s"
exit $status
