#!/usr/bin/env bash
# Bootstrap Ponte on a Debian/Ubuntu machine that has python3 (3.11 or newer):
#   1. the system packages Qt 6 and Ponte need (apt, only when something is missing),
#   2. a virtual environment at .venv,
#   3. Ponte installed into it in editable mode, every package at the version constraints.txt
#      pins (again only when pyproject.toml or constraints.txt changed).
# Safe to run again: a second run with nothing to do takes well under a second.
#
#   scripts/setup.sh            runtime only (what scripts/run-demo.sh needs)
#   scripts/setup.sh --dev      + test tools: pytest, ruff, import-linter, PostgreSQL, Xvfb…
#   scripts/setup.sh --build    + PyInstaller (what scripts/build.sh needs)
#
# Environment: PONTE_PYTHON picks the interpreter for a new .venv (default python3);
# PONTE_SKIP_APT=1 skips the system packages (for machines without apt or sudo).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

VENV="$ROOT/.venv"
STAMP="$VENV/.ponte-setup"

say() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

want_dev=0
want_build=0
for arg in "$@"; do
    case "$arg" in
        --dev) want_dev=1 ;;
        --build) want_build=1 ;;
        -h | --help) sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown option '$arg' (try --help)" ;;
    esac
done

started=$SECONDS

# --- 1. System packages ----------------------------------------------------------------
# What PySide6's xcb and offscreen platform plugins link against (checked with ldd on
# PySide6 6.12's libqxcb.so, libqoffscreen.so, libQt6XcbQpa, libQt6Gui, libQt6Widgets),
# plus fonts that can draw Japanese. "a|b" means either package will do (Ubuntu 24.04
# renamed some libraries with a t64 suffix).
RUNTIME_PACKAGES=(
    python3-venv
    libegl1 libgl1 "libglib2.0-0t64|libglib2.0-0" libfontconfig1 libfreetype6 libdbus-1-3
    libxkbcommon0 libxkbcommon-x11-0 libx11-6 libx11-xcb1
    libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
    libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1
    libxcb-xfixes0 libxcb-xkb1
    fontconfig fonts-ipaexfont-gothic fonts-ipaexfont-mincho
)
# Tests: a PostgreSQL server to start, PDF tools to check what Ponte prints, a virtual
# screen, and shellcheck for these scripts.
DEV_PACKAGES=(postgresql poppler-utils qpdf xvfb xauth shellcheck)
# PyInstaller reads shared-library dependencies with ldd and objdump.
BUILD_PACKAGES=(binutils)

is_installed() {
    # One line per architecture; any installed one will do.
    dpkg-query -W -f='${db:Status-Status}\n' "$1" 2>/dev/null | grep -qx installed
}

# The first alternative of "a|b" that apt can install.
installable() {
    local alt alts
    IFS='|' read -r -a alts <<<"$1"
    for alt in "${alts[@]}"; do
        if apt-cache show --no-all-versions "$alt" >/dev/null 2>&1; then
            printf '%s\n' "$alt"
            return 0
        fi
    done
    die "no package of '$1' can be installed from the configured apt sources"
}

install_system_packages() {
    local wanted=("${RUNTIME_PACKAGES[@]}")
    ((want_dev)) && wanted+=("${DEV_PACKAGES[@]}")
    ((want_build)) && wanted+=("${BUILD_PACKAGES[@]}")

    if [[ "${PONTE_SKIP_APT:-0}" == 1 ]]; then
        say "system packages: skipped (PONTE_SKIP_APT=1)"
        return
    fi
    if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
        say "system packages: no apt here; install Qt 6's xcb libraries and a Japanese font by hand"
        return
    fi

    local missing=() spec alt alts found
    for spec in "${wanted[@]}"; do
        found=0
        IFS='|' read -r -a alts <<<"$spec"
        for alt in "${alts[@]}"; do
            if is_installed "$alt"; then found=1; break; fi
        done
        ((found)) || missing+=("$spec")
    done
    if ((${#missing[@]} == 0)); then
        say "system packages: all ${#wanted[@]} present"
        return
    fi

    local sudo=()
    if ((EUID != 0)); then
        command -v sudo >/dev/null || die "need root or sudo to install: ${missing[*]}"
        sudo=(sudo)
    fi
    say "system packages: installing ${missing[*]}"
    # Another apt (an unattended upgrade, a second setup) may hold the lock: wait for it.
    local apt_wait=(-o DPkg::Lock::Timeout=300)
    "${sudo[@]}" apt-get "${apt_wait[@]}" update -qq
    local names=()
    for spec in "${missing[@]}"; do names+=("$(installable "$spec")"); done
    local log
    log="$(mktemp)"
    if ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${apt_wait[@]}" install -y -q \
        --no-install-recommends "${names[@]}" >"$log" 2>&1; then
        cat "$log" >&2
        rm -f "$log"
        die "apt-get install failed"
    fi
    rm -f "$log"
    say "system packages: installed ${#names[@]}"
}

install_system_packages

# --- 2. The virtual environment ---------------------------------------------------------
python="${PONTE_PYTHON:-python3}"
venv_ok() {
    [[ -x "$VENV/bin/python" ]] &&
        "$VENV/bin/python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null
}
if ! venv_ok; then
    command -v "$python" >/dev/null || die "$python not found; install Python 3.11 or newer"
    "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' ||
        die "Ponte needs Python 3.11 or newer; $python is $("$python" -V 2>&1)"
    [[ -e "$VENV" ]] && { say "venv: .venv is broken, making it again"; rm -rf "$VENV"; }
    say "venv: creating .venv with $("$python" -V 2>&1)"
    "$python" -m venv "$VENV"
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip \
        -c "$ROOT/constraints.txt"
fi

# --- 3. Ponte, editable, with the extras asked for (and any installed before) -----------
hash="$(cat pyproject.toml constraints.txt | sha256sum | cut -d' ' -f1)"
old_hash=""
old_extras=""
if [[ -f "$STAMP" ]]; then
    read -r old_hash old_extras <"$STAMP" || true
fi
declare -A extra_set=()
for e in ${old_extras//,/ }; do extra_set[$e]=1; done
need_install=0
((want_dev)) && [[ -z "${extra_set[dev]:-}" ]] && need_install=1
((want_build)) && [[ -z "${extra_set[build]:-}" ]] && need_install=1
((want_dev)) && extra_set[dev]=1
((want_build)) && extra_set[build]=1
[[ "$hash" != "$old_hash" ]] && need_install=1
# An editable install points at one checkout: make sure it is this one.
if ((need_install == 0)) && ! "$VENV/bin/python" - "$ROOT" 2>/dev/null <<'PY'; then
import pathlib, sys
import app
sys.exit(pathlib.Path(app.__file__).resolve().parent != pathlib.Path(sys.argv[1]) / "app")
PY
    need_install=1
fi

extras="$(printf '%s\n' "${!extra_set[@]}" | sort | paste -sd, -)"
if ((need_install)); then
    target="."
    [[ -n "$extras" ]] && target=".[$extras]"
    say "pip: installing Ponte ($target) into .venv"
    log="$(mktemp)"
    if ! PIP_NO_INPUT=1 "$VENV/bin/python" -m pip install --disable-pip-version-check \
        -c "$ROOT/constraints.txt" -e "$target" >"$log" 2>&1; then
        cat "$log" >&2
        rm -f "$log"
        die "pip install failed"
    fi
    rm -f "$log"
    printf '%s %s\n' "$hash" "$extras" >"$STAMP"
else
    say "pip: up to date (extras: ${extras:-none})"
fi

# --- 4. The translation catalogues (.ts → .qm; build output, not committed) --------------
"$ROOT/scripts/translations.sh" compile

say "ready in $((SECONDS - started))s: $("$VENV/bin/python" -V), .venv/bin/ponte"
