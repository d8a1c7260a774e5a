#!/usr/bin/env bash
# Ponte's whole check, as CI runs it: setup (with the test tools), a throwaway PostgreSQL,
# ruff (lint and format), mypy, the import contracts (the floors of app/, and ui/ reaching app/
# only through its actions), then pytest with Qt offscreen.
#
#   scripts/test.sh                  everything
#   scripts/test.sh tests/test_x.py  arguments go to pytest (-k, -x, a path, …)
#
# PONTE_TEST_PG_URL, when already set, names a server to use instead of starting one
# (not under CI=true: CI always starts its own).
# PONTE_TEST_TIMEOUT (seconds, default 2700) stops a hung suite (a modal dialog left open in
# a test, say) well inside CI's limit of 90 minutes for the whole of .ci/run; a test running past 120 s has its stack printed.
# Exit status: pytest's (5, "no tests collected", counts as a failure; 124, timed out);
# 1 if only the linters failed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

say() { printf 'test: %s\n' "$*"; }

"$ROOT/scripts/setup.sh" --dev

# shellcheck source=scripts/pg.sh
source "$ROOT/scripts/pg.sh"
trap pg_stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
if [[ -n "${PONTE_TEST_PG_URL:-}" && "${CI:-}" != true ]]; then
    say "using the PostgreSQL server given in PONTE_TEST_PG_URL"
else
    pg_start || { say "error: could not start PostgreSQL; the PostgreSQL tests need it"; exit 1; }
fi
export PONTE_TEST_PG_URL
export QT_QPA_PLATFORM=offscreen

bin="$ROOT/.venv/bin"
lint_failed=0

say "ruff check and ruff format --check"
"$bin/ruff" check app ui tests benchmarks scripts || lint_failed=1
"$bin/ruff" format --check app ui tests benchmarks scripts || lint_failed=1

say "mypy"
"$bin/mypy" || lint_failed=1

say "lint-imports"
"$bin/lint-imports" || lint_failed=1

limit="${PONTE_TEST_TIMEOUT:-2700}"
say "pytest -q $* (whole run limited to ${limit}s)"
status=0
# --foreground keeps Ctrl-C reaching pytest; faulthandler prints where a slow test hangs.
timeout --foreground --kill-after=30 "$limit" \
    "$bin/pytest" -q -o faulthandler_timeout=120 "$@" || status=$?

if ((status == 5)); then
    say "FAILED: pytest collected no tests"
elif ((status == 124 || status == 137)); then
    say "FAILED: pytest did not finish within ${limit}s (stopped; stacks above)"
elif ((status != 0)); then
    say "FAILED: pytest exited with $status"
elif ((lint_failed)); then
    say "FAILED: ruff, mypy or lint-imports found problems (see above)"
    status=1
else
    say "all checks passed"
fi
exit "$status"
