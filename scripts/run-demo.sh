#!/usr/bin/env bash
# Try Ponte: set it up, put the demo missions into your default database when it has no
# missions yet, and open the window on it. Arguments go to `ponte` (e.g. --mission 2).
#
# With no screen (no DISPLAY or WAYLAND_DISPLAY) it stops and says how to run anyway:
#     xvfb-run -a scripts/run-demo.sh               a virtual X screen
#     QT_QPA_PLATFORM=offscreen scripts/run-demo.sh no screen at all (Ctrl-C to quit)
# PONTE_HOME=DIR keeps Ponte's data and settings in DIR instead of your user folders.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

say() { printf 'run-demo: %s\n' "$*"; }

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" &&
    "$(uname -s)" == Linux ]]; then
    say "there is no screen here (neither DISPLAY nor WAYLAND_DISPLAY is set)."
    say "Run it on a virtual screen:   xvfb-run -a scripts/run-demo.sh"
    say "or with no screen at all:     QT_QPA_PLATFORM=offscreen scripts/run-demo.sh"
    exit 1
fi

"$ROOT/scripts/setup.sh"

py="$ROOT/.venv/bin/python"
db="$("$py" -c 'from app.common.paths import Paths; print(Paths.for_user().default_database)')"

# How many missions the database holds (0 when it does not exist yet).
count_missions() {
    "$py" - "$1" <<'PY'
import sys
from pathlib import Path

from app.common.errors import UserError
from app.common.paths import Paths
from app.services.database import open_database
from app.services.missions import list_missions

db = sys.argv[1]
if not Path(db).exists():
    print(0)
    sys.exit(0)
try:
    with open_database(db, paths=Paths.for_user(), create=False) as store:
        print(len(list_missions(store)))
except UserError as exc:
    print(f"run-demo: cannot open {db}: {exc}", file=sys.stderr)
    sys.exit(2)
PY
}

missions="$(count_missions "$db")"
if [[ "$missions" == 0 ]]; then
    say "writing the demo missions into $db"
    "$ROOT/.venv/bin/ponte" demo --db "$db"
else
    say "$db already holds $missions mission(s); not adding the demo"
fi

if [[ -n "${QT_QPA_PLATFORM:-}" ]]; then
    say "QT_QPA_PLATFORM=$QT_QPA_PLATFORM: the window may not be visible (Ctrl-C to quit)"
fi
say "opening Ponte on $db"
exec "$ROOT/.venv/bin/ponte" --db "$db" "$@"
