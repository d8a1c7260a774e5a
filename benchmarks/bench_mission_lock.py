"""What the mission lock costs an import (issue 16), run by hand:

    .venv/bin/python benchmarks/bench_mission_lock.py [--rows 300] [--repeats 7] [--pg URL]

On a new SQLite file and (with ``--pg``, or PONTE_TEST_PG_URL) a new PostgreSQL database:
``--repeats`` imports of a ``--rows`` participants' file (no e-mails: matched by name and
company), each into a mission of its own, alternately with the lock (as Ponte does) and with
``lock_mission`` made a no-op: the median time of ``apply_import`` each way. Then the lock
alone (an empty transaction that takes it, 200 times, against an empty transaction), the
mission's fingerprint once the rows are there, and the second import of the same file after
the mission changed (matched again under the lock). The load average is printed: the box is
shared.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.importing import apply as apply_module
from app.importing.apply import apply_import
from app.importing.mapping import guess_kind, guess_mapping
from app.importing.plan import ImportPlan, plan_import
from app.importing.readers import read_table
from app.model import Mission
from app.store import Store, open_store
from app.store.fingerprint import mission_fingerprint
from app.store.mission_lock import Operation, lock_mission


def _mission(store: Store, n: int) -> int:
    from datetime import date

    with store.session() as s:
        m = Mission(
            name=f"Bench {n} {uuid.uuid4().hex[:6]}",
            host_city="Torino",
            timezone="Europe/Rome",
            start_date=date(2027, 10, 12),
            end_date=date(2027, 10, 14),
            organiser="Camera di commercio di Torino",
        )
        s.add(m)
        s.flush()
        return m.id


def _file(folder: Path, rows: int) -> Path:
    path = folder / f"people-{rows}.csv"
    lines = ["Cognome,Nome,Azienda"] + [
        f"Cognome{i:05d},Nome{i:05d},Officine {i % 17}" for i in range(rows)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _plan(store: Store, mission_id: int, path: Path) -> ImportPlan:
    table = read_table(path)
    mapping = guess_mapping(guess_kind(table.headers), table.headers)
    return plan_import(store, mission_id, table, mapping)


def _no_lock(*_args: object, **_kw: object) -> None:
    """``lock_mission`` made a no-op: the import as it was before the lock."""


def _timed(job: Callable[[], object]) -> float:
    start = time.perf_counter()
    job()
    return time.perf_counter() - start


def _ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:.1f} ms (min {min(values) * 1000:.1f})"


def bench(label: str, target: str, rows: int, repeats: int, folder: Path) -> None:
    print(f"--- {label} (load {os.getloadavg()[0]:.1f})")
    path = _file(folder, rows)
    store = open_store(target)
    store.actor = "Bench"
    real_lock = apply_module.lock_mission
    timings: dict[bool, list[float]] = {True: [], False: []}
    try:
        for n in range(repeats * 2):
            locked = n % 2 == 0
            mid = _mission(store, n)
            plan = _plan(store, mid, path)
            apply_module.lock_mission = real_lock if locked else _no_lock
            timings[locked].append(_timed(lambda p=plan: apply_import(store, p)))  # type: ignore[misc]
        apply_module.lock_mission = real_lock
        print(f"import of {rows} rows with the lock:    {_ms(timings[True])}")
        print(f"import of {rows} rows without the lock: {_ms(timings[False])}")
        mid = _mission(store, 999)

        def empty(take: bool) -> None:
            with store.session() as s:
                if take:
                    lock_mission(store, s, mid, Operation.IMPORT)
                else:
                    s.execute(text("SELECT 1"))

        for take in (False, True):
            spent = [_timed(lambda t=take: empty(t)) for _ in range(200)]  # type: ignore[misc]
            print(f"a transaction {'taking the lock' if take else 'alone'}: {_ms(spent)}")
        plan_first, plan_second = _plan(store, mid, path), _plan(store, mid, path)
        apply_import(store, plan_first)
        with store.session() as s:
            spent = [_timed(lambda: mission_fingerprint(s, mid)) for _ in range(50)]
        print(f"the fingerprint of a mission of {rows} participants: {_ms(spent)}")
        start = time.perf_counter()
        again = apply_import(store, plan_second)
        print(
            f"second import after the mission changed (matched again): "
            f"{(time.perf_counter() - start) * 1000:.1f} ms, {again.created} created, "
            f"{again.unchanged} unchanged"
        )
    finally:
        apply_module.lock_mission = real_lock
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--pg", default=os.environ.get("PONTE_TEST_PG_URL"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        os.environ.setdefault("PONTE_HOME", str(folder / "home"))
        bench("SQLite", str(folder / "bench.sqlite"), args.rows, args.repeats, folder)
        if not args.pg:
            print("--- PostgreSQL: no --pg URL nor PONTE_TEST_PG_URL, skipped")
            return
        admin_url = make_url(args.pg)
        name = f"wt_locks_bench_{uuid.uuid4().hex[:8]}"
        admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            url = admin_url.set(database=name).render_as_string(hide_password=False)
            bench("PostgreSQL", url, args.rows, args.repeats, folder)
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()


if __name__ == "__main__":
    main()
