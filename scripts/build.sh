#!/usr/bin/env bash
# Build the one-folder Ponte program with PyInstaller (build.spec) into dist/ponte, then try it:
# --help, demo, info, a solve whose idle-gap phase must be proven optimal, each MaxSAT engine
# in a worker process started from the bundle, the documents, and screenshots, offscreen.
#
#   scripts/build.sh            build and smoke-test
#   scripts/build.sh --no-test  build only
#
# Run dist/ponte/ponte on a machine of the same kind (Linux x86_64, glibc as new as here);
# copy the whole dist/ponte folder.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

say() { printf 'build: %s\n' "$*"; }
die() { printf 'build: error: %s\n' "$*" >&2; exit 1; }

smoke=1
for arg in "$@"; do
    case "$arg" in
        --no-test) smoke=0 ;;
        -h | --help) sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown option '$arg' (try --help)" ;;
    esac
done

"$ROOT/scripts/setup.sh" --build

say "pyinstaller build.spec (log: build/pyinstaller.log)"
mkdir -p build
started=$SECONDS
if ! "$ROOT/.venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" build.spec >build/pyinstaller.log 2>&1; then
    tail -n 40 build/pyinstaller.log >&2
    die "pyinstaller failed"
fi
build_s=$((SECONDS - started))
app="$ROOT/dist/ponte/ponte"
[[ -x "$app" ]] || die "no $app after the build"
size="$(du -sh "$ROOT/dist/ponte" | cut -f1)"
say "built dist/ponte in ${build_s}s, $size"

((smoke)) || exit 0

# The smoke test keeps Ponte's files in a temp dir, never in the user's folders.
work="$(mktemp -d "${TMPDIR:-/tmp}/ponte-build-smoke.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export PONTE_HOME="$work/home"
db="$work/demo.sqlite"

say "smoke: ponte --help"
"$app" --help >"$work/help.txt" || die "ponte --help failed"
grep -q "Usage" "$work/help.txt" || die "ponte --help printed no usage"

say "smoke: ponte demo --db $db"
"$app" demo --db "$db" || die "ponte demo failed"

say "smoke: ponte info --db $db"
"$app" info --db "$db" || die "ponte info failed"

say "smoke: ponte solve (selection, then the idle-gap phase: UWrMaxSat in a worker process)"
# tests/fixtures/gap_phase_problem.json: a fair shaped like the paper's (paper-04 of
# benchmarks/scheduler_instances.py, seed 0, compact 0.5: 44 participants, 140 mandatory
# meetings, 10 slots in two sessions, 16 tables, fixed and session-only meetings, forbidden
# slots). The meetings' selection leaves 14 breaks; the optimum, 1, is proven in seconds.
"$app" solve "$ROOT/tests/fixtures/gap_phase_problem.json" --out "$work/schedule.json" \
    --time-limit 60 >"$work/solve.txt" 2>"$work/solve.err" || die "ponte solve failed"
cat "$work/solve.txt"
# CP-SAT searches beside UWrMaxSat on a thread: a failure there would only be printed
if grep -q Traceback "$work/solve.err"; then cat "$work/solve.err" >&2; die "ponte solve: traceback"; fi
grep -q '^optimal: weight 140 / bound 140, 140 meetings, 0 unscheduled, 1 breaks' \
    "$work/solve.txt" || die "ponte solve did not prove the idle-gap optimum (1 break)"
grep -q '"status": "optimal"' "$work/schedule.json" || die "schedule.json does not say optimal"

say "smoke: each MaxSAT engine in a worker process started from dist/ponte (spawn, as frozen)"
"$ROOT/.venv/bin/python" "$ROOT/scripts/check_frozen_workers.py" "$app" \
    "$ROOT/tests/fixtures/gap_phase_problem.json" uwrmaxsat cashwmaxsat evalmaxsat openwbo \
    loandra || die "a MaxSAT engine failed in a worker process of the frozen build"

say "smoke: ponte schedule (CP-SAT), badges, agendas (worker processes), sheets"
"$app" schedule --db "$db" --mission 1 --time-limit 5 >/dev/null || die "ponte schedule failed"
"$app" badges --db "$db" --mission 1 --out "$work/badges.pdf" || die "ponte badges failed"
"$app" agendas --db "$db" --mission 1 --out "$work/agendas" --workers 2 ||
    die "ponte agendas failed (worker processes in the frozen build?)"
agendas=$(find "$work/agendas" -name 'agenda-*.pdf' | wc -l)
((agendas > 100)) || die "ponte agendas wrote $agendas agendas, expected the demo's 155"
"$app" sheets --db "$db" --mission 1 --out "$work/sheets" || die "ponte sheets failed"

say "smoke: ponte publish, send --eml, mail-settings (the keyring's backends in the frozen build)"
"$app" publish --db "$db" --mission 1 >/dev/null || die "ponte publish failed"
"$app" send --db "$db" --mission 1 --eml "$work/mail" --participants 1,2 >/dev/null ||
    die "ponte send --eml failed"
"$app" mail-settings --host 127.0.0.1 --port 2525 --security none >/dev/null ||
    die "ponte mail-settings failed (keyring?)"

say "smoke: ponte export and import (.xlsx written by xlsxwriter, read back by calamine)"
"$app" export --db "$db" --mission 1 "$work/people.xlsx" >/dev/null || die "ponte export failed"
"$app" import --db "$db" --mission 1 "$work/people.xlsx" --kind participants --dry-run \
    >/dev/null || die "ponte import could not read what ponte export wrote"

if [[ -f "$ROOT/ui/screenshots.py" ]]; then
    say "smoke: ponte screenshots (offscreen)"
    QT_QPA_PLATFORM=offscreen "$app" screenshots --db "$db" --out "$work/shots" ||
        die "ponte screenshots failed"
    shots=$(find "$work/shots" -name '*.png' | wc -l)
    ((shots > 0)) || die "ponte screenshots wrote no PNG"
    say "smoke: $shots screenshots written"
else
    say "smoke: ui/screenshots.py does not exist yet; screenshots not tried"
fi
say "ok: dist/ponte ($size, built in ${build_s}s)"
