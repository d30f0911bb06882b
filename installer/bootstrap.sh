#!/usr/bin/env bash
# Sets up, builds and runs Crosswalk on Debian 12 (bookworm).
#
#   bash installer/bootstrap.sh run [ARGS...]
#       Installs the Debian packages that are missing, builds the release preset into
#       build/release and starts the desktop application in demo mode (built-in sandbox).
#       ARGS are passed on to the application. Without a display it runs under Xvfb.
#   bash installer/bootstrap.sh test
#       Installs the Debian packages that are missing, builds the ci preset (warnings are
#       errors) into build/ci and runs every ctest test, the packaging and translation checks
#       included, inside a private D-Bus session with an unlocked throwaway GNOME keyring.
#
# Run it as root (or with sudo available) from any folder; it needs no standard input.
# CW_JOBS sets the build parallelism (default: number of processors).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

# What the build, the tests and the packaging check need on a fresh Debian 12.
# libsecret-1-0 is loaded at run time by QtKeychain to reach the Secret Service.
build_packages=(
    build-essential cmake ninja-build pkg-config file dpkg-dev clang-format
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-httpserver-dev
    qt6-websockets-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qtkeychain-qt6-dev
    libqt6svg6 libqt6sql6-sqlite libgl-dev libsqlite3-dev sqlite3
    libphonenumber-dev libicu-dev libxlsxwriter-dev libminizip-dev libsimdjson-dev
    dbus dbus-bin dbus-daemon gnome-keyring libsecret-1-0
    desktop-file-utils appstream fonts-dejavu-core
    python3 python3-odoorpc python3-openpyxl
)
# Only `run` without a display needs a virtual X server.
headless_packages=(xvfb xauth)

log() { printf 'bootstrap: %s\n' "$*" >&2; }
die() {
    log "$*"
    exit 1
}

usage() {
    cat >&2 <<'EOF'
usage: bash installer/bootstrap.sh run [ARGS...]   build and start Crosswalk in demo mode
       bash installer/bootstrap.sh test            build and run every test
EOF
    exit 2
}

as_root() {
    if ((EUID == 0)); then
        "$@"
    elif command -v sudo >/dev/null; then
        sudo "$@"
    else
        die "installing packages needs root: run this script as root or install sudo"
    fi
}

is_installed() {
    [[ $(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null) == installed ]]
}

# Installs the packages that are not installed yet; `apt-get update` runs only when one is missing.
ensure_packages() {
    local package missing=()
    for package in "$@"; do
        is_installed "$package" || missing+=("$package")
    done
    if ((${#missing[@]} == 0)); then
        log "all ${#} required Debian packages are installed"
        return
    fi
    log "installing missing Debian packages: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 update </dev/null
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y \
        --no-install-recommends "${missing[@]}" </dev/null
}

has_display() {
    [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} ]]
}

build_jobs() {
    echo "${CW_JOBS:-$(nproc)}"
}

build() { # build PRESET [TARGET...]
    local preset=$1
    shift
    log "configuring with preset '$preset' (build/$preset)"
    cmake --preset "$preset" </dev/null
    log "building with preset '$preset'"
    local targets=()
    if (($# > 0)); then targets=(--target "$@"); fi
    cmake --build --preset "$preset" --parallel "$(build_jobs)" "${targets[@]}" </dev/null
}

# D-Bus clients abort without a machine id; minimal containers ship none.
ensure_machine_id() {
    if [[ ! -s /etc/machine-id && ! -s /var/lib/dbus/machine-id ]]; then
        log "creating the D-Bus machine id"
        as_root dbus-uuidgen --ensure
    fi
}

command_run() {
    local packages=("${build_packages[@]}")
    has_display || packages+=("${headless_packages[@]}")
    ensure_packages "${packages[@]}"
    ensure_machine_id
    build release crosswalk crosswalkctl
    local app=(build/release/app/crosswalk --demo "$@")
    if has_display; then
        log "starting ${app[*]}"
        exec "${app[@]}" </dev/null
    fi
    log "no display found (neither DISPLAY nor WAYLAND_DISPLAY is set):" \
        "starting ${app[*]} under a virtual X server (xvfb-run -a); its window is not visible"
    exec xvfb-run -a --server-args="-screen 0 1600x1000x24" "${app[@]}" </dev/null
}

command_test() {
    ensure_packages "${build_packages[@]}"
    ensure_machine_id
    build ci
    # A throwaway keyring: its own data and runtime folders, removed afterwards, so that no
    # keyring of the machine's user is read, changed or needed.
    # Global: the EXIT trap runs after this function has returned.
    keyring_home=$(mktemp -d "${TMPDIR:-/tmp}/cw-keyring.XXXXXX")
    chmod 700 "$keyring_home"
    trap 'rm -rf "$keyring_home"' EXIT
    log "running the tests in a private D-Bus session with a throwaway GNOME keyring"
    # shellcheck disable=SC2016 # expanded by the inner shell, inside the D-Bus session
    CW_KEYRING_HOME=$keyring_home CW_CTEST_JOBS=${CW_CTEST_JOBS:-2} \
        dbus-run-session -- bash -c '
        set -euo pipefail
        mkdir -p "$CW_KEYRING_HOME/data" "$CW_KEYRING_HOME/runtime"
        chmod 700 "$CW_KEYRING_HOME/runtime"
        keyring_env=$(printf "%s" "crosswalk-test-$RANDOM$RANDOM" |
            XDG_DATA_HOME="$CW_KEYRING_HOME/data" XDG_RUNTIME_DIR="$CW_KEYRING_HOME/runtime" \
                gnome-keyring-daemon --unlock --components=secrets)
        while IFS= read -r assignment; do
            if [[ $assignment == *=* ]]; then export "$assignment"; fi
        done <<<"$keyring_env"
        # The daemon claims the Secret Service name a moment after --unlock returns; a test that
        # came first would D-Bus-activate a second, locked daemon.
        secrets_ready() {
            dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
                org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets |
                grep -q "boolean true"
        }
        for _ in $(seq 100); do
            secrets_ready && break
            sleep 0.1
        done
        secrets_ready || { echo "bootstrap: the GNOME keyring did not start" >&2; exit 1; }
        QT_QPA_PLATFORM=offscreen ctest --test-dir build/ci --output-on-failure -j"$CW_CTEST_JOBS"
    ' </dev/null
}

(($# >= 1)) || usage
command=$1
shift
case $command in
run) command_run "$@" ;;
test)
    (($# == 0)) || usage
    command_test
    ;;
*) usage ;;
esac
