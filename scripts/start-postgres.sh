#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server for the tests, on loopback only, and prints its URL as the
# last line of stdout (progress goes to stderr). Idempotent: an existing cluster is reused and a
# running server is left running; the role's password is reset to the current one every time.
#
#   TIEOUT_PG_DIR       data directory (default /tmp/tieout-pg); the unix socket lives inside it
#   TIEOUT_PG_PORT      TCP port on 127.0.0.1 (default 55432)
#   TIEOUT_DB_PASSWORD  password of the test role (default tieout-test)
#   TIEOUT_PG_USER      test role (default tieout);  TIEOUT_PG_DB  test database (default tieout_test)
#
# As root the cluster belongs to the `postgres` system user (PostgreSQL refuses to run as root);
# as any other user it belongs to that user.
set -euo pipefail

dir=${TIEOUT_PG_DIR:-/tmp/tieout-pg}
port=${TIEOUT_PG_PORT:-55432}
password=${TIEOUT_DB_PASSWORD:-tieout-test}
role=${TIEOUT_PG_USER:-tieout}
dbname=${TIEOUT_PG_DB:-tieout_test}

log() { echo "start-postgres: $*" >&2; }
die() { log "error: $*"; exit 1; }

[[ "$port" =~ ^[0-9]+$ ]] || die "TIEOUT_PG_PORT must be a number, got '$port'"
[[ "$role" =~ ^[a-z_][a-z0-9_]*$ ]] || die "TIEOUT_PG_USER must be a plain identifier, got '$role'"
[[ "$dbname" =~ ^[a-z_][a-z0-9_]*$ ]] || die "TIEOUT_PG_DB must be a plain identifier, got '$dbname'"
[[ "$dir" == /* ]] || dir="$(pwd)/$dir"
# The cluster owner may not be allowed into the caller's working directory.
cd /

# The newest installed server binaries (Debian keeps them out of PATH).
bindir=${TIEOUT_PG_BINDIR:-}
if [[ -z "$bindir" ]]; then
    bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    [[ -n "$bindir" ]] || bindir=$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")
fi
[[ -x "$bindir/initdb" && -x "$bindir/pg_ctl" ]] || die "PostgreSQL server binaries not found (install postgresql or set TIEOUT_PG_BINDIR)"

if [[ $(id -u) -eq 0 ]]; then
    owner=postgres
    id -u "$owner" >/dev/null 2>&1 || die "running as root but there is no 'postgres' user to own the cluster"
    as_owner() { runuser -u "$owner" -- "$@"; }
else
    owner=$(id -un)
    as_owner() { "$@"; }
fi
superuser=$owner

if [[ ! -f "$dir/PG_VERSION" ]]; then
    log "creating cluster in $dir (owner $owner)"
    mkdir -p "$dir"
    [[ -z "$(ls -A "$dir")" ]] || die "$dir exists, is not empty and holds no PostgreSQL cluster"
    if [[ $(id -u) -eq 0 ]]; then chown "$owner" "$dir"; fi
    chmod 0700 "$dir"
    # Local socket connections trust the owner only (the socket directory is private);
    # TCP connections always need a password.
    as_owner "$bindir/initdb" -D "$dir" -U "$superuser" -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >"$dir.initdb.log" 2>&1 \
        || { cat "$dir.initdb.log" >&2; die "initdb failed"; }
    rm -f "$dir.initdb.log"
fi

if as_owner "$bindir/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
    log "server already running in $dir"
else
    log "starting server on 127.0.0.1:$port"
    # Loopback only; the unix socket sits in the private data directory, not in /var/run.
    as_owner "$bindir/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c unix_socket_permissions=0700" start >&2 \
        || { tail -n 20 "$dir/server.log" >&2 || true; die "pg_ctl start failed (log: $dir/server.log)"; }
fi

for _ in $(seq 1 60); do
    if "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port"; then break; fi
    sleep 0.5
done
"$bindir/pg_isready" -q -h 127.0.0.1 -p "$port" || die "server does not accept connections on 127.0.0.1:$port"

# Role and database, idempotently; the password travels as a psql variable so it is quoted safely.
as_owner "$bindir/psql" -X -q -h "$dir" -p "$port" -U "$superuser" -d postgres -v ON_ERROR_STOP=1 \
    -v role="$role" -v pw="$password" -v dbname="$dbname" >&2 <<'SQL'
SELECT NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') AS need_role \gset
\if :need_role
CREATE ROLE :"role" LOGIN;
\endif
ALTER ROLE :"role" WITH LOGIN PASSWORD :'pw';
SELECT NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'dbname') AS need_db \gset
\if :need_db
CREATE DATABASE :"dbname" OWNER :"role" ENCODING 'UTF8' TEMPLATE template0;
\endif
SQL

log "ready"
echo "postgresql://$role@127.0.0.1:$port/$dbname"
