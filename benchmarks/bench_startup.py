"""Start-up of ``ponte`` (issue 14, item 8: any command starts in ≤ 0.3 s, the window shows in
≤ 1 s), run by hand:

    .venv/bin/python benchmarks/bench_startup.py [--runs 7] [--db demo.sqlite]

Each figure is the median wall time of ``--runs`` fresh processes (``python -m`` the ``ponte``
entry point, as the installed script runs it), with the machine's load (``uptime``) beside it,
the process's CPU time (user + system: what the machine's load moves least) and the number of
modules it had imported (work counted, not only timed):

* ``ponte --help``: the group's help (no command module loaded);
* ``ponte info --help``, ``ponte badges --help``, ``ponte import --help`` and ``ponte session
  edit --help``: commands' starts (their options' values come from light modules);
* the slowest ``--help`` of every command and group of the registry (one run each);
* ``ponte info --db demo.sqlite``: a light command's whole run (it opens the database);
* the window on demo.sqlite (offscreen) until its first paint (``PONTE_EXIT_AFTER_FIRST_PAINT``
  makes it print a line then quit; the time is taken when the line arrives); its module count
  is of the modules imported at that paint (the first page and the database follow it);
* the same window until its mission is open and shown on the Mission page (``=mission``).

Writes the demo into a temporary database unless ``--db`` names one.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.cli import COMMANDS  # noqa: E402
from ui.application import (  # noqa: E402
    EXIT_AFTER_FIRST_PAINT,
    FIRST_PAINT_LINE,
    MISSION_SHOWN_LINE,
    MODULES_AT_FIRST_PAINT,
)

# Runs ponte's entry point, then prints how many modules the process had imported.
RUNNER = (
    "import sys\n"
    "from ui.entry import main\n"
    "sys.argv = ['ponte', *sys.argv[1:]]\n"
    "try:\n    main()\nexcept SystemExit:\n    pass\n"
    "print('\\nMODULES', len(sys.modules), flush=True)\n"
)


@dataclass(frozen=True)
class Run:
    seconds: float
    cpu: float  # user + system seconds of the whole process (to its end)
    modules: int


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def load() -> str:
    """The load averages (1, 5, 15 min) as uptime prints them."""
    one, five, fifteen = os.getloadavg()
    return f"load {one:.2f} {five:.2f} {fifteen:.2f}"


def run_once(args: list[str], env: dict[str, str], until: str | None = None) -> Run:
    """One fresh ``ponte ARGS``; timed to its end, or to the line ``until`` when given."""
    cpu_before = _children_cpu()
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", RUNNER, *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    seconds: float | None = None
    modules = 0
    for line in proc.stdout:
        if until is not None and seconds is None and line.startswith(until):
            seconds = time.perf_counter() - start
        if line.startswith(MODULES_AT_FIRST_PAINT):  # counted at the paint, not at the end
            modules = len(json.loads(line.removeprefix(MODULES_AT_FIRST_PAINT)))
        elif line.startswith("MODULES ") and not modules:
            modules = int(line.split()[1])
    proc.wait()
    if seconds is None:
        if until is not None:
            raise SystemExit(f"ponte {' '.join(args)} never printed {until!r}")
        seconds = time.perf_counter() - start
    return Run(seconds, _children_cpu() - cpu_before, modules)


def measure(
    name: str, args: list[str], env: dict[str, str], runs: int, until: str | None = None
) -> dict[str, object]:
    before = load()
    results = [run_once(args, env, until) for _ in range(runs)]
    median = statistics.median(r.seconds for r in results)
    row = {
        "what": name,
        "median_s": round(median, 3),
        "min_s": round(min(r.seconds for r in results), 3),
        "max_s": round(max(r.seconds for r in results), 3),
        "cpu_median_s": round(statistics.median(r.cpu for r in results), 3),
        "modules": results[-1].modules,
        "load_before": before,
        "load_after": load(),
    }
    print(
        f"{name:<34} median {median:5.2f} s  (min {row['min_s']:.2f}, max {row['max_s']:.2f})"
        f"  cpu {row['cpu_median_s']:.2f} s  {row['modules']:4d} modules"
        f"  [{before} → {row['load_after']}]",
        flush=True,
    )
    return row


def every_help() -> list[list[str]]:
    """``--help`` of every command and group of the registry, and of each group's commands."""
    import click

    runs: list[list[str]] = []
    for name, entry in sorted(COMMANDS.items()):
        runs.append([name, "--help"])
        command = entry.load()
        if isinstance(command, click.Group):
            runs.extend([name, sub, "--help"] for sub in sorted(command.commands))
    return runs


def measure_every_help(env: dict[str, str]) -> dict[str, object]:
    """One fresh process per ``--help``; the slowest, and the most modules any loaded."""
    before = load()
    results = [(args, run_once(args, env)) for args in every_help()]
    worst_args, worst = max(results, key=lambda r: r[1].seconds)
    row = {
        "what": f"slowest of {len(results)} --help",
        "median_s": round(statistics.median(r.seconds for _, r in results), 3),
        "max_s": round(worst.seconds, 3),
        "slowest": " ".join(worst_args),
        "cpu_max_s": round(max(r.cpu for _, r in results), 3),
        "modules_max": max(r.modules for _, r in results),
        "load_before": before,
        "load_after": load(),
    }
    print(
        f"{row['what']:<34} max {worst.seconds:5.2f} s ({row['slowest']}), median "
        f"{row['median_s']:.2f} s  cpu max {row['cpu_max_s']:.2f} s"
        f"  {row['modules_max']:4d} modules max  [{before} → {row['load_after']}]",
        flush=True,
    )
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="fresh processes per figure")
    parser.add_argument("--db", type=Path, default=None, help="a database with the demo")
    parser.add_argument("--json", type=Path, default=None, help="also write the rows here")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="ponte-bench-startup-") as scratch:
        env = dict(os.environ, PONTE_HOME=str(Path(scratch) / "home"), QT_QPA_PLATFORM="offscreen")
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        db = options.db
        if db is None:
            db = Path(scratch) / "demo.sqlite"
            run_once(["demo", "--db", str(db)], env)
        print(f"python {sys.version.split()[0]}, {os.cpu_count()} cpus, {options.runs} runs each")
        rows = [
            measure("ponte --help", ["--help"], env, options.runs),
            measure("ponte info --help", ["info", "--help"], env, options.runs),
            measure("ponte badges --help", ["badges", "--help"], env, options.runs),
            measure("ponte import --help", ["import", "--help"], env, options.runs),
            measure("ponte session edit --help", ["session", "edit", "--help"], env, options.runs),
            measure_every_help(env),
            measure("ponte info --db demo.sqlite", ["info", "--db", str(db)], env, options.runs),
            measure(
                "window: first paint (offscreen)",
                ["--db", str(db)],
                {**env, EXIT_AFTER_FIRST_PAINT: "modules"},
                options.runs,
                until=FIRST_PAINT_LINE,
            ),
            measure(
                "window: mission shown (offscreen)",
                ["--db", str(db)],
                {**env, EXIT_AFTER_FIRST_PAINT: "mission"},
                options.runs,
                until=MISSION_SHOWN_LINE,
            ),
        ]
    if options.json is not None:
        options.json.write_text(json.dumps(rows, indent=2) + "\n")


if __name__ == "__main__":
    main()
