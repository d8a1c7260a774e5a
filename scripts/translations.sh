#!/usr/bin/env bash
# Ponte's translation catalogues: resources/translations/ponte_<lang>.ts (the source, committed)
# and the ponte_<lang>.qm beside each (build output, git-ignored) that ui/i18n.py loads.
#
#   scripts/translations.sh [compile]  make each .qm from its .ts (skipped when already newer);
#                                      prints nothing when there is nothing to do
#   scripts/translations.sh update     read every tr()/translate() call under ui/ into the three
#                                      .ts files, keeping their translations and dropping strings
#                                      the code no longer has; then translate the new entries
#                                      (type="unfinished") in Qt Linguist or a text editor
#
# Works from any directory. Uses pyside6-lupdate/-lrelease from .venv (else from PATH).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TS_DIR="$ROOT/resources/translations"
LANGUAGES=(en it ja)

say() { printf 'translations: %s\n' "$*"; }
die() { printf 'translations: error: %s\n' "$*" >&2; exit 1; }

tool() {
    local name="pyside6-$1"
    if [[ -x "$ROOT/.venv/bin/$name" ]]; then
        printf '%s\n' "$ROOT/.venv/bin/$name"
    elif command -v "$name" >/dev/null; then
        command -v "$name"
    else
        die "$name not found; run scripts/setup.sh first"
    fi
}

# The Python files that may carry translatable strings, relative to $ROOT: all of ui/, and any
# file of app/ that calls tr() or translate() (none should: the domain never imports Qt).
sources() {
    (
        cd "$ROOT"
        find ui -name '*.py' -not -path '*/__pycache__/*' | LC_ALL=C sort
        if [[ -d app ]]; then
            grep -rlE --include='*.py' '(\.tr|(^|[^.[:alnum:]_])translate|QT_TR_NOOP|QT_TRANSLATE_NOOP)\(' app |
                LC_ALL=C sort || true
        fi
    )
}

update() {
    local lupdate files=() ts_files=() lang app_files
    lupdate="$(tool lupdate)"
    mapfile -t files < <(sources)
    ((${#files[@]} > 0)) || die "no Python files found under ui/"
    app_files="$(printf '%s\n' "${files[@]}" | grep '^app/' || true)"
    [[ -z "$app_files" ]] || say "warning: app/ has translatable strings (it should not): $app_files"
    for lang in "${LANGUAGES[@]}"; do ts_files+=("$TS_DIR/ponte_$lang.ts"); done
    mkdir -p "$TS_DIR"
    # Relative locations: the .ts stay readable in Linguist without churning on every edit.
    (cd "$ROOT" && "$lupdate" -no-obsolete -locations relative -source-language en \
        "${files[@]}" -ts "${ts_files[@]}")
    local unfinished
    for lang in "${LANGUAGES[@]}"; do
        unfinished="$(grep -c 'type="unfinished"' "$TS_DIR/ponte_$lang.ts" || true)"
        ((unfinished == 0)) || say "ponte_$lang.ts: $unfinished message(s) to translate"
    done
}

compile() {
    local lrelease="" lang ts qm tmp log compiled=()
    for lang in "${LANGUAGES[@]}"; do
        ts="$TS_DIR/ponte_$lang.ts"
        qm="$TS_DIR/ponte_$lang.qm"
        [[ -f "$ts" ]] || die "missing $ts (run: scripts/translations.sh update)"
        [[ -f "$qm" && "$qm" -nt "$ts" ]] && continue
        [[ -n "$lrelease" ]] || lrelease="$(tool lrelease)"
        # Written aside and moved in, so a failed run never leaves a .qm that looks up to date.
        tmp="$qm.tmp.$$"
        log="$(mktemp)"
        if ! "$lrelease" -silent "$ts" -qm "$tmp" >"$log" 2>&1 || [[ ! -s "$tmp" ]]; then
            cat "$log" >&2
            rm -f "$log" "$tmp"
            die "lrelease failed on $ts"
        fi
        rm -f "$log"
        mv -f "$tmp" "$qm"
        compiled+=("ponte_$lang.qm")
    done
    ((${#compiled[@]} == 0)) || say "compiled ${compiled[*]}"
}

case "${1:-compile}" in
    compile) compile ;;
    update) update ;;
    -h | --help) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' ;;
    *) die "unknown command '$1' (compile or update; try --help)" ;;
esac
