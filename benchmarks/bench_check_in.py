"""How fast the check-in desk answers (``app.services.check_in.scan``), run by hand:

    .venv/bin/python benchmarks/bench_check_in.py [--db URL] [--people 2000] [--scans 200]

On the demo's Torino → Nagoya mission (155 participants), then with ``--people`` more added to
it: badge codes (each a check-in), the same badges again (already), another mission's badge,
names typed (one match, several, none) and bad lines. Without ``--db``, a new SQLite file in
a temporary folder; a PostgreSQL URL must name an empty database. Prints the median, 95th
percentile and slowest answer of each kind, in milliseconds.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, select

from app.core.check_in_codes import badge_code
from app.model import Participant
from app.model.tokens import new_check_in_token
from app.services.check_in import scan
from app.store import Store
from benchmarks.demo_store import open_demo


def _timed(label: str, calls: list[Callable[[], object]]) -> None:
    times = []
    for call in calls:
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    print(
        f"  {label:<34} n={len(times):<4} median {statistics.median(times):6.1f} ms"
        f"   p95 {p95:6.1f}   max {times[-1]:6.1f}"
    )


def _measure(store: Store, mission: int, scans: int) -> None:
    with store.session() as s:
        tokens = list(
            s.scalars(select(Participant.check_in_token).where(Participant.mission_id == mission))
        )
        other = s.scalars(
            select(Participant.check_in_token).where(Participant.mission_id != mission)
        ).first()
        names = list(
            s.scalars(select(Participant.family_name).where(Participant.mission_id == mission))
        )
    print(f"mission {mission}: {len(tokens)} participants")
    codes = [badge_code(t) + "\r\n" for t in tokens[:scans]]
    scan(store, mission, "warm up")
    _timed("badge: checked in", [lambda c=c: scan(store, mission, c) for c in codes])
    _timed("badge again: already", [lambda c=c: scan(store, mission, c) for c in codes[:50]])
    if other:
        foreign = badge_code(other)
        _timed("another mission's badge", [lambda: scan(store, mission, foreign)] * 20)
    unique = [n for n in names if names.count(n) == 1][:20]
    _timed("name, one match", [lambda n=n: scan(store, mission, n) for n in unique])
    _timed("name, several (Yamada / Family1)", [lambda: scan(store, mission, "Yamada")] * 10)
    _timed("name in kana (やま)", [lambda: scan(store, mission, "やま")] * 10)
    _timed("name, no match", [lambda: scan(store, mission, "Nobody Atall")] * 10)
    _timed("malformed / empty", [lambda: scan(store, mission, "PN\x00T"), lambda: scan(
        store, mission, "\r\n")] * 10)  # fmt: skip


def _add_people(store: Store, mission: int, count: int) -> None:
    with store.session() as s:
        s.execute(
            insert(Participant),
            [
                {
                    "mission_id": mission, "given_name": f"Given{i}",
                    "family_name": f"Family{i}", "family_name_kanji": f"山{i}",
                    "given_name_kanji": "太郎", "family_name_kana": "やま",
                    "given_name_kana": "たろう", "check_in_token": new_check_in_token(),
                }
                for i in range(count)
            ],
        )  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=None)
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--scans", type=int, default=150)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "bench.sqlite")
        store, mission = open_demo(db)  # type: ignore[arg-type]
        try:
            _measure(store, mission, args.scans)
            _add_people(store, mission, args.people - 155)
            with store.session() as s:
                s.execute(Participant.__table__.update().values(checked_in_at=None))
            _measure(store, mission, args.scans)
        finally:
            store.close()


if __name__ == "__main__":
    main()
