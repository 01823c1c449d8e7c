#!/usr/bin/env bash
# Builds tieout-bench (dev preset), starts a private PostgreSQL server on loopback, runs the
# benchmark and prints its table (docs/benchmarks.md). The server is stopped again on exit.
#
#   scripts/bench.sh [tieout-bench options]      e.g. --json /tmp/bench.json --phases reconcile,baseline
#
#   TIEOUT_BENCH_BUILD_DIR  use this already configured build folder instead of the dev preset
#   TIEOUT_BENCH_NO_PG=1    SQLite only (no PostgreSQL server)
#   TIEOUT_PG_DIR / TIEOUT_PG_PORT / TIEOUT_DB_PASSWORD   as for scripts/start-postgres.sh
#                           (defaults here: /tmp/tieout-pg-bench, 55434, tieout-test)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

scripts/install-deps.sh test >&2

if [[ -n "${TIEOUT_BENCH_BUILD_DIR:-}" ]]; then
    build_dir=$TIEOUT_BENCH_BUILD_DIR
    cmake --build "$build_dir" --target tieout-bench >&2
else
    cmake --preset dev >/dev/null
    cmake --build --preset dev --target tieout-bench >&2
    build_dir="$root/build/dev"
fi
bench="$build_dir/bin/tieout-bench"
[[ -x "$bench" ]] || { echo "bench: $bench was not built (is TIEOUT_BUILD_BENCH off?)" >&2; exit 1; }

pg_args=()
if [[ "${TIEOUT_BENCH_NO_PG:-0}" != 1 ]]; then
    export TIEOUT_PG_DIR=${TIEOUT_PG_DIR:-/tmp/tieout-pg-bench}
    export TIEOUT_PG_PORT=${TIEOUT_PG_PORT:-55434}
    export TIEOUT_DB_PASSWORD=${TIEOUT_DB_PASSWORD:-tieout-test}
    trap 'scripts/stop-postgres.sh >/dev/null 2>&1 || true' EXIT
    pg_url=$(scripts/start-postgres.sh | tail -n 1)
    echo "bench: PostgreSQL at $pg_url" >&2
    pg_args=(--pg "$pg_url")
fi

echo "bench: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
"$bench" "${pg_args[@]}" "$@"
