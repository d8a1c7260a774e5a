"""PyInstaller's entry script for the ``ponte`` bundle: the same ``main`` as the console script.

One more job: hermax runs its Loandra engine as a one-shot subprocess,
``sys.executable -m hermax.internal.solver_worker_main``; in the bundle ``sys.executable`` is
this program, so that command line runs that module (and only that one), as Python would.
"""

import sys

_HERMAX_WORKER = "hermax.internal.solver_worker_main"

if __name__ == "__main__":
    if sys.argv[1:3] == ["-m", _HERMAX_WORKER]:
        import runpy

        sys.argv = [sys.argv[0], *sys.argv[3:]]
        runpy.run_module(_HERMAX_WORKER, run_name="__main__", alter_sys=True)
    else:
        from ui.entry import main

        main()
