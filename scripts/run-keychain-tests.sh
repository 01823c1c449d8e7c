#!/usr/bin/env bash
# Runs the tests labelled "keychain" against a real Secret Service: a private D-Bus session with
# a gnome-keyring daemon whose login keyring is created and unlocked with a throwaway password.
# Usage: scripts/run-keychain-tests.sh BUILD_DIR
set -euo pipefail
build_dir=${1:?usage: run-keychain-tests.sh BUILD_DIR}
home=$(mktemp -d /tmp/tieout-keyring.XXXXXX)
trap 'rm -rf "$home"' EXIT

exec env HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home/run" \
    dbus-run-session -- bash -c '
        set -euo pipefail
        mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
        # --unlock reads the new keyring password from stdin and creates an unlocked login keyring.
        eval "$(printf "tieout-test\n" | gnome-keyring-daemon --unlock --components=secrets)"
        export GNOME_KEYRING_CONTROL
        ctest --test-dir "$0" -L keychain --output-on-failure
    ' "$build_dir"
