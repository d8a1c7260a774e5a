"""What the audit log costs: an import of 300 participants and storing the demo's schedule,
each timed with the audit log written (as always) and with its hooks switched off, run by hand:

    .venv/bin/python benchmarks/bench_audit.py [--rows 300] [--repeat 5]

The demo database is made once; each timed run works on a fresh copy of it, so every run
writes the same rows. The schedule is solved once (outside the timing); what is timed is
writing it (``store_run``: deleting the old meetings, inserting the new ones and their
people), which is where the audit hooks run. Medians of ``--repeat`` runs, alternating
with and without (the machine's load changes both alike).
"""

from __future__ import annotations

import argparse
import csv
import gc
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _csv(path: Path, rows: int, orgs: list[str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(["Cognome", "Nome", "Azienda", "E-mail", "Telefono", "Lingua"])
        for n in range(rows):
            out.writerow(
                [f"Rossi{n}", "Mario", orgs[n % len(orgs)], f"p{n:05d}@example.com",
                 f"+39 011 555 {n:04d}", "it"]
            )  # fmt: skip


def _entries(store: Any) -> int:
    from sqlalchemy import func, select

    from app.model.audit import AuditEntry

    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()

    from sqlalchemy import select

    from app.common.paths import Paths
    from app.demo import write_demo
    from app.importing.apply import apply_import
    from app.importing.mapping import guess_kind, guess_mapping
    from app.importing.plan import plan_import
    from app.importing.readers import read_table
    from app.model import Organisation
    from app.scheduler.control import Control
    from app.services.scheduling import _exact_solver, prepare_run, store_run
    from app.store import audit, open_store

    work = Path(tempfile.mkdtemp(prefix="ponte-bench-audit-"))
    paths = Paths.for_user()
    base = work / "demo.sqlite"
    with open_store(base, paths=paths) as store:
        write_demo(store)
        with store.session() as s:
            orgs = list(s.scalars(select(Organisation.name).where(Organisation.mission_id == 1)))
        prepared = prepare_run(store, 1, 10.0)
    schedule = _exact_solver()(prepared.problem, Control(time_limit_s=10.0))
    sheet = work / "people.csv"
    _csv(sheet, args.rows, orgs)
    table = read_table(sheet)
    mapping = guess_mapping(guess_kind(table.headers), table.headers)

    def timed(audited: bool, job: str) -> tuple[float, int]:
        db = work / f"run-{job}-{audited}.sqlite"
        shutil.copy(base, db)
        # without: a store whose sessions have no audit hooks at all, as before the log
        hooks = audit.install
        if not audited:
            audit.install = lambda *_args: None  # type: ignore[assignment]
        try:
            store = open_store(db, paths=paths)
        finally:
            audit.install = hooks  # type: ignore[assignment]
        with store:
            store.actor = "Bench"
            before = _entries(store)
            gc.collect()  # each run starts from the same heap, not the previous run's garbage
            start = time.process_time()
            if job == "import":
                plan = plan_import(store, 1, table, mapping)
                apply_import(store, plan, skip_invalid=True)
            else:
                run_prepared = prepare_run(store, 1, 10.0)
                store_run(store, run_prepared, schedule)
            elapsed = time.process_time() - start
            written = _entries(store) - before
        db.unlink()
        return elapsed, written

    print(f"{args.rows} rows imported, demo schedule ({len(schedule.assignments)} meetings) stored;"
          f" median of {args.repeat}:")  # fmt: skip
    for job in ("import", "schedule"):
        figures: dict[bool, list[float]] = {True: [], False: []}
        entries = 0
        for _ in range(args.repeat):
            for audited in (False, True):
                elapsed, written = timed(audited, job)
                figures[audited].append(elapsed)
                if audited:
                    entries = written
        off, on = statistics.median(figures[False]), statistics.median(figures[True])
        print(
            f"  {job:<8}  without audit {off * 1000:7.1f} ms   with {on * 1000:7.1f} ms   "
            f"+{(on - off) * 1000:6.1f} ms ({(on / off - 1) * 100:+.1f} %), {entries} entries"
        )
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":  # the solver's worker processes import this file again
    main()
