#!/usr/bin/env bash
# Installs the Debian 12 packages Tieout needs, only those missing. Idempotent, non-interactive.
# Usage: scripts/install-deps.sh [build|test|demo]   (default: test, which is a superset)
set -euo pipefail
purpose=${1:-test}

build_packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-httpserver-dev qt6-websockets-dev
    libqt6sql6-sqlite libqt6sql6-psql
    qtkeychain-qt6-dev libsecret-1-0 libsqlite3-dev
    fonts-dejavu-core
)
runtime_test_packages=(
    postgresql sqlite3
    xvfb xauth dbus dbus-x11 gnome-keyring
    clang libclang-rt-14-dev
)

wanted=("${build_packages[@]}")
case "$purpose" in
    build) ;;
    test|demo) wanted+=("${runtime_test_packages[@]}") ;;
    *) echo "install-deps.sh: unknown purpose '$purpose' (build, test or demo)" >&2; exit 2 ;;
esac

missing=()
for package in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$package" 2>/dev/null || true)
    [[ "$status" == ii* ]] || missing+=("$package")
done

if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#wanted[@]} packages present"
    exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
    SUDO=sudo
else
    SUDO=
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
