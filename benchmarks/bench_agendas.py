"""Benchmark of the personal agendas (issue 4: 500 agendas ≤ 10 s), run by hand:

    .venv/bin/python benchmarks/bench_agendas.py [--count 500] [--workers N] [--db FILE]

Writes the demo into a fresh database (or uses ``--db``), schedules the Torino → Nagoya
mission (155 participants, two B2B sessions of 30 tables), then writes ``--count`` personal
agendas (cycling through its participants) into a temporary folder and prints the time of
reading the mission and of writing the PDFs (the total for ``--count`` and per agenda).

Then, in this process (no workers), the work of ONE agenda, which the machine's load does
not distort: the agendas of every participant rendered once to warm the caches, then again
timed (CPU ms per agenda), then ``--profile`` of them under cProfile: function calls per
agenda and the top functions by own time. The load average is printed with every figure
(the box is shared: compare call counts, not only seconds).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


from app.core.agenda_data import MissionData, load_mission_data
from app.documents.batch import AgendaJob, JobKind, render_job, write_documents
from benchmarks.demo_store import open_demo, schedule_unless_done


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=500, help="agendas to write")
    parser.add_argument("--workers", type=int, default=None, help="processes (default: auto)")
    parser.add_argument("--db", type=Path, default=None, help="a database with the demo")
    parser.add_argument("--time-limit", type=float, default=20.0, help="scheduler seconds")
    parser.add_argument("--profile", type=int, default=50, help="agendas profiled (0: none)")
    parser.add_argument("--top", type=int, default=15, help="functions listed")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        os.environ.setdefault("PONTE_HOME", str(Path(scratch) / "home"))
        db = args.db or Path(scratch) / "bench.sqlite"
        store, mission_id = open_demo(db)
        schedule_unless_done(store, mission_id, args.time_limit)

        started = time.perf_counter()
        data = load_mission_data(store, mission_id)
        loaded = time.perf_counter() - started
        people = sorted(data.people)
        out = Path(scratch) / "agendas"
        jobs = [
            AgendaJob(out / f"agenda-{i:04d}.pdf", JobKind.PERSONAL, people[i % len(people)])
            for i in range(args.count)
        ]
        started, cpu = time.perf_counter(), time.process_time()
        written = write_documents(data, jobs, workers=args.workers)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        size = sum(p.stat().st_size for p in written) / len(written)
        meetings = len(data.meetings)
        print(
            f"{len(written)} personal agendas ({len(people)} participants, {meetings} meetings): "
            f"read {loaded:.2f} s, wrote in {elapsed:.2f} s "
            f"({1000 * elapsed / len(written):.1f} ms each, {size / 1024:.0f} KiB average, "
            f"{os.cpu_count()} CPUs)"
        )
        # Other processes share the machine: the CPU time of this process tells what the
        # agendas cost (with worker processes it counts only the writing, not the rendering).
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(f"CPU time of this process {cpu:.2f} s; load average {load:.1f}")
        if args.profile:
            one_agenda(data, people, args.profile, args.top)
        store.close()


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"


def one_agenda(data: MissionData, people: list[int], profiled: int, top: int) -> None:
    """The cost of one agenda in this process: CPU ms (caches warm) and cProfile counts."""
    jobs = [AgendaJob(Path("unused.pdf"), JobKind.PERSONAL, p) for p in people]
    for job in jobs:  # warm: fonts registered, wrapped lines and widths cached
        render_job(data, job)
    cpu = time.process_time()
    pages = sum(render_job(data, job).count(b"/Type /Page\n") for job in jobs)
    cpu = time.process_time() - cpu
    print(
        f"one agenda, in process: {1000 * cpu / len(jobs):.1f} ms CPU each "
        f"({len(jobs)} agendas, {pages / len(jobs):.1f} pages each; load {_load()})"
    )
    chosen = jobs[:profiled]
    profile = cProfile.Profile()
    profile.enable()
    for job in chosen:
        render_job(data, job)
    profile.disable()
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out)
    print(
        f"cProfile: {stats.total_calls / len(chosen):,.0f} function calls per agenda "
        f"({stats.prim_calls / len(chosen):,.0f} primitive), "
        f"{1000 * stats.total_tt / len(chosen):.1f} ms per agenda under the profiler"
    )
    stats.sort_stats("tottime").print_stats(top)
    lines = out.getvalue().splitlines()
    start = next(i for i, line in enumerate(lines) if line.lstrip().startswith("ncalls"))
    print("\n".join(line for line in lines[start:] if line.strip()))


if __name__ == "__main__":
    main()
