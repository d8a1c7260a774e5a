"""Benchmark of the calendar files (issue 5: 500 participant .ics files ≤ 2 s), run by hand:

    .venv/bin/python benchmarks/bench_ics.py [--count 500] [--db FILE] [--time-limit S]

Writes the demo into a fresh database (or uses ``--db``), adds delegates to the Torino →
Nagoya mission's organisations until it has ``--count`` participants (all different people,
none reused), schedules its meetings, then times reading the mission and writing one .ics
per participant (each file atomically, as ``ponte ics`` does) into a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from itertools import cycle
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select

from app.calendar.data import load_calendar_data
from app.calendar.files import write_calendars
from app.calendar.ics import CalendarWriter
from app.model import DocumentLanguage, Organisation, Participant
from app.store import Store
from benchmarks.demo_store import open_demo, schedule_unless_done


def grow(store: Store, mission_id: int, count: int) -> int:
    """Add delegates (round robin over the organisations and languages) up to ``count``;
    return how many were added."""
    with store.session() as s:
        have = (
            s.scalar(
                select(func.count())
                .select_from(Participant)
                .where(Participant.mission_id == mission_id)
            )
            or 0
        )
        orgs = list(s.scalars(select(Organisation).where(Organisation.mission_id == mission_id)))
        languages = cycle(DocumentLanguage)
        for n, org in zip(range(count - have), cycle(orgs), strict=False):
            s.add(
                Participant(
                    mission_id=mission_id, organisation_id=org.id, family_name=f"Bench{n:04d}",
                    given_name="Delegate", document_language=next(languages),
                )
            )  # fmt: skip
        return max(0, count - have)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=500, help="participant files to write")
    parser.add_argument("--db", type=Path, default=None, help="a database with the demo")
    parser.add_argument("--time-limit", type=float, default=20.0, help="scheduler seconds")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        os.environ.setdefault("PONTE_HOME", str(Path(scratch) / "home"))
        db = args.db or Path(scratch) / "bench.sqlite"
        store, mission_id = open_demo(db)
        added = grow(store, mission_id, args.count)
        schedule_unless_done(store, mission_id, args.time_limit, again=bool(added))

        started = time.perf_counter()
        cal = load_calendar_data(store, mission_id)
        loaded = time.perf_counter() - started
        ids = sorted(cal.data.people)[: args.count]
        out = Path(scratch) / "ics"
        started = time.perf_counter()
        written = write_calendars(CalendarWriter(cal), out, ids)
        elapsed = time.perf_counter() - started
        size = sum(p.stat().st_size for p in written)
        events = sum(p.read_bytes().count(b"BEGIN:VEVENT") for p in written)
        print(
            f"{len(written)} participant .ics files ({events} events, {size / 1e6:.1f} MB): "
            f"read {loaded:.2f} s, written {elapsed:.2f} s "
            f"({1000 * elapsed / max(1, len(written)):.1f} ms each); "
            f"target ≤ 2 s: {'met' if loaded + elapsed <= 2 else 'MISSED'}"
        )
        store.close()


if __name__ == "__main__":
    main()
