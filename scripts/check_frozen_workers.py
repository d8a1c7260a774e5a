"""Check that a frozen Ponte (dist/ponte/ponte) can be the worker process of a MaxSAT engine.

    .venv/bin/python scripts/check_frozen_workers.py dist/ponte/ponte PROBLEM.json [ENGINE…]

Run by scripts/build.sh after the build. This process (the venv's Python) reads PROBLEM.json,
selects the meetings and builds the idle-gap model; then it starts each engine's worker
exactly as a frozen Ponte starts it ("spawn": the program itself, run with
``--multiprocessing-fork``; see app/common/processes.py), but with dist/ponte/ponte as the
program. So each engine's code — ``app.scheduler.gaps_workers._work``, hermax and its native
libraries — is loaded from the bundle, in a fresh process, as in the frozen window, and the
engine is named: an "optimal" from ``ponte solve`` alone could also come from CP-SAT reaching
the lower bound. The worker is handed none of this process's import path (sys.path), so it
cannot fall back on the venv's packages.

Prints one line per engine; exit status 1 if an engine gave no proven optimum.
Default engines: uwrmaxsat (the one the idle-gap phase uses).
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.resource_tracker
import multiprocessing.spawn
import os
import sys
from pathlib import Path
from typing import Any


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    exe, problem_path, *engines = argv
    engines = engines or ["uwrmaxsat"]

    from app.scheduler import gaps_workers
    from app.scheduler.control import Control
    from app.scheduler.gaps_model import build_model
    from app.scheduler.io import load_problem
    from app.scheduler.selection import select

    problem = load_problem(problem_path)
    control = Control(time_limit_s=120)
    selection = select(problem, control, time_limit=30)
    if not selection.feasible:
        print(f"{problem_path}: no selection", file=sys.stderr)
        return 1
    model = build_model(
        problem,
        dict(selection.slot_of),
        dict(selection.interpreter_of),
        problem.options.max_breaks_spread,
    )

    # The resource tracker (it cleans up the workers' semaphores) is a Python process of
    # this venv: start it before the program becomes the bundle's.
    multiprocessing.resource_tracker.ensure_running()
    # As in a frozen Ponte: app.common.processes picks "spawn", and multiprocessing starts
    # `PROGRAM --multiprocessing-fork …`, which ui.entry.main hands to freeze_support.
    sys.frozen = True  # type: ignore[attr-defined]
    multiprocessing.spawn.set_executable(str(Path(exe).resolve()))
    own_preparation = multiprocessing.spawn.get_preparation_data

    def bundle_only(name: str) -> dict[str, Any]:
        data = own_preparation(name)
        for key in ("sys_path", "init_main_from_path", "init_main_from_name"):
            data.pop(key, None)  # the worker keeps the bundle's path and its own __main__
        return data

    multiprocessing.spawn.get_preparation_data = bundle_only
    os.environ.pop("PYTHONPATH", None)

    failed = 0
    for engine in engines:
        answers = gaps_workers.run_engines(model, [engine], Control(time_limit_s=60), 60.0)
        for a in answers:
            ok = a.status == "optimum" and a.placement is not None and not a.error
            failed += not ok
            print(
                f"{'ok' if ok else 'FAILED'}: {a.engine} in a frozen worker: {a.status}, "
                f"{a.breaks} breaks, {a.seconds:.1f} s, {a.n_vars} variables, "
                f"{a.n_clauses} hard clauses{', error ' + a.error if a.error else ''}"
            )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
