#!/usr/bin/env bash
# Stops the test PostgreSQL server started by start-postgres.sh. Idempotent: nothing running is fine.
#   TIEOUT_PG_DIR  data directory (default /tmp/tieout-pg)
#   --remove       also delete the data directory
set -euo pipefail

dir=${TIEOUT_PG_DIR:-/tmp/tieout-pg}
remove=0
for arg in "$@"; do
    case "$arg" in
        --remove) remove=1 ;;
        *) echo "stop-postgres: unknown argument '$arg' (only --remove)" >&2; exit 2 ;;
    esac
done
[[ "$dir" == /* ]] || dir="$(pwd)/$dir"

bindir=${TIEOUT_PG_BINDIR:-}
if [[ -z "$bindir" ]]; then
    bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    [[ -n "$bindir" ]] || bindir=$(dirname "$(command -v pg_ctl 2>/dev/null || echo /nonexistent/pg_ctl)")
fi

if [[ -f "$dir/PG_VERSION" ]]; then
    if [[ $(id -u) -eq 0 ]]; then
        owner=$(stat -c %U "$dir")
        as_owner() { runuser -u "$owner" -- "$@"; }
    else
        as_owner() { "$@"; }
    fi
    if as_owner "$bindir/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
        as_owner "$bindir/pg_ctl" -D "$dir" -m fast -w -t 60 stop >&2
        echo "stop-postgres: stopped server in $dir" >&2
    else
        echo "stop-postgres: no server running in $dir" >&2
    fi
else
    echo "stop-postgres: no cluster in $dir" >&2
fi

if ((remove)) && [[ -d "$dir" ]]; then
    rm -rf -- "$dir"
    echo "stop-postgres: removed $dir" >&2
fi
