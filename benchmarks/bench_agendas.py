"""Benchmark of the personal agendas (issue 4: 500 agendas ≤ 10 s), run by hand:

    .venv/bin/python benchmarks/bench_agendas.py [--count 500] [--workers N] [--db FILE]

Writes the demo into a fresh database (or uses ``--db``), schedules the Torino → Nagoya
mission (155 participants, two B2B sessions of 30 tables), then writes ``--count`` personal
agendas (cycling through its participants) into a temporary folder and prints the time of
reading the mission and of writing the PDFs.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


from app.core.agenda_data import load_mission_data
from app.documents.batch import AgendaJob, JobKind, write_documents
from benchmarks.demo_store import open_demo, schedule_unless_done


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=500, help="agendas to write")
    parser.add_argument("--workers", type=int, default=None, help="processes (default: auto)")
    parser.add_argument("--db", type=Path, default=None, help="a database with the demo")
    parser.add_argument("--time-limit", type=float, default=20.0, help="scheduler seconds")
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
        store.close()


if __name__ == "__main__":
    main()
