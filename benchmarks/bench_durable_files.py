"""What durability costs on a big file, run by hand:

    .venv/bin/python benchmarks/bench_durable_files.py [--count 10000] [--repeat 3]

Writes the demo into a fresh SQLite file, grows the Torino → Nagoya mission to ``--count``
participants (``bench_export.grow``), closes it, then times (median of ``--repeat``):
``PRAGMA quick_check`` and ``foreign_key_check`` (what every open runs), ``integrity_check``
(for comparison: not run on open), one verified backup (copy with the backup API, reopen,
quick_check, foreign_key_check, counts, sidecar), the check that an unchanged file needs no
backup (by size and times; by content when the times differ), and opening the file
(``open_store``: checks, no backup needed; and with a backup because the file changed).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.common.paths import Paths
from app.store import open_store
from app.store.backup import _digest, backup_if_changed, backup_sqlite
from benchmarks.bench_export import grow
from benchmarks.demo_store import open_demo


def timed(step: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        step()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def pragma(db: Path, statement: str) -> Callable[[], object]:
    def run() -> object:
        con = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
        try:
            return con.execute(statement).fetchall()
        finally:
            con.close()

    return run


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ponte-durable-") as tmp:
        os.environ["PONTE_HOME"] = str(Path(tmp) / "home")
        paths = Paths.for_user()
        db = Path(tmp) / "big.sqlite"
        store, mission_id = open_demo(db)
        grow(store, mission_id, args.count)
        store.close()
        con = sqlite3.connect(db)
        participants = con.execute("SELECT count(*) FROM participant").fetchone()[0]
        con.close()
        size = db.stat().st_size
        print(
            f"file: {participants} participants, {size / 1e6:.1f} MB, load {os.getloadavg()[0]:.2f}"
        )
        r = args.repeat
        print(f"quick_check:        {timed(pragma(db, 'PRAGMA quick_check'), r):7.1f} ms")
        print(f"foreign_key_check:  {timed(pragma(db, 'PRAGMA foreign_key_check'), r):7.1f} ms")
        print(f"integrity_check:    {timed(pragma(db, 'PRAGMA integrity_check'), r):7.1f} ms")
        folder = Path(tmp) / "backups"
        print(
            "verified backup:    "
            f"{timed(lambda: backup_sqlite(db, folder, label='bench'), r):7.1f} ms"
        )
        print(
            "unchanged (stat):   "
            f"{timed(lambda: backup_if_changed(db, folder, label='bench'), r):7.1f} ms"
        )
        print(f"content hash:       {timed(lambda: _digest(db), r):7.1f} ms")
        print(
            f"open (no backup):   {timed(lambda: open_store(db, paths=paths).close(), r):7.1f} ms"
        )

        def changed_then_open() -> None:
            con = sqlite3.connect(db)
            con.execute(
                "UPDATE mission SET organiser = organiser || 'x' WHERE id = ?", (mission_id,)
            )
            con.commit()
            con.close()
            open_store(db, paths=paths).close()

        print(f"open + backup:      {timed(changed_then_open, r):7.1f} ms (incl. a tiny write)")


if __name__ == "__main__":
    main()
