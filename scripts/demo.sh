#!/usr/bin/env bash
# The main job, end to end against the bundled sandbox: install what is missing, build, start the
# sandbox (demo profile: 3 BUs), preview and execute a 4-month backfill into a fresh SQLite file,
# verify, reconcile and export. With a display it then opens the desktop app on that database;
# without one it prints the same tie-out report headless.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

scripts/install-deps.sh demo
cmake --preset dev >/dev/null
cmake --build --preset dev
bin="$root/build/dev/bin"

from=${TIEOUT_DEMO_FROM:-2025-07}
to=${TIEOUT_DEMO_TO:-2025-10}
demo_dir=${TIEOUT_DEMO_DIR:-/tmp/tieout-demo}
rm -rf "$demo_dir" && mkdir -p "$demo_dir"

# The sandbox prints its URL on its first line; keys are the sandbox's documented demo keys.
"$bin/tieout-sandbox" --profile demo --port 0 >"$demo_dir/sandbox.log" 2>&1 &
sandbox_pid=$!
trap 'kill $sandbox_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
    url=$(grep -oE 'http://127\.0\.0\.1:[0-9]+' "$demo_dir/sandbox.log" | head -n 1 || true)
    [[ -n "$url" ]] && break
    sleep 0.1
done
[[ -n "${url:-}" ]] || { echo "demo: the sandbox did not start:"; cat "$demo_dir/sandbox.log"; exit 1; }

export DEVFACTORY_ADMIN_KEY=sk-ant-admin01-sandbox-devfactory
export EDUCATION_ADMIN_KEY=sk-ant-admin01-sandbox-education
export RESEARCH_ADMIN_KEY=sk-ant-admin01-sandbox-research
config="$demo_dir/tieout.json"
cat >"$config" <<JSON
{
  "database": "sqlite:$demo_dir/tieout.sqlite",
  "business_units": [
    {"name": "DevFactory", "api_base_url": "$url", "admin_key": {"env": "DEVFACTORY_ADMIN_KEY"}},
    {"name": "Education", "api_base_url": "$url", "admin_key": {"env": "EDUCATION_ADMIN_KEY"}},
    {"name": "Research", "api_base_url": "$url", "admin_key": {"env": "RESEARCH_ADMIN_KEY"}}
  ],
  "bu_overrides": []
}
JSON

cli() { "$bin/tieout-cli" --config "$config" "$@"; }
step() { printf '\n== %s\n' "$*"; }

step "Sandbox at $url; config $config"
step "plan $from..$to";                 cli plan --from "$from" --to "$to"
step "backfill preview (read-only)";   cli backfill --from "$from" --to "$to"
step "backfill --execute";             cli backfill --from "$from" --to "$to" --execute
step "backfill --execute again (idempotent: no changes)"; cli backfill --from "$from" --to "$to" --execute
step "verify (read-only checks)";      cli verify --from "$from" --to "$to"
step "reconcile: list price vs billed per month and BU"; cli reconcile --from "$from" --to "$to"
step "export recon CSV";               cli export --from "$from" --to "$to" --format recon --out "$demo_dir/recon.csv"
cat "$demo_dir/recon.csv"
cli export --from "$from" --to "$to" --format detail --out "$demo_dir/detail.csv" >/dev/null
cli export --from "$from" --to "$to" --format focus --out "$demo_dir/focus.csv" >/dev/null
step "the sandbox's own billed totals (must equal the TOTAL rows' billed_usd above, to the cent)"
"$bin/tieout-sandbox" --profile demo --print-totals --from "$from" --to "$to"
echo
echo "Exports: $demo_dir/recon.csv, detail.csv, focus.csv; database: $demo_dir/tieout.sqlite"

if [[ -n "${DISPLAY:-}" && -x "$bin/tieout" ]]; then
    step "Opening the desktop app on $demo_dir/tieout.sqlite"
    "$bin/tieout" --config "$config"
fi
