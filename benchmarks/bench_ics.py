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
from app.demo import write_demo
from app.model import DocumentLanguage, Meeting, Mission, Organisation, Participant
from app.paths import Paths
from app.services.scheduling import schedule_mission
from app.store import Store, open_store


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
        store = open_store(str(db), paths=Paths.for_user())
        with store.session() as s:
            has_demo = s.scalars(select(Mission.id).where(Mission.timezone == "Asia/Tokyo")).first()
        if not has_demo:
            write_demo(store)
        with store.session() as s:
            mission_id = s.scalars(select(Mission.id).where(Mission.timezone == "Asia/Tokyo")).one()
        added = grow(store, mission_id, args.count)
        with store.session() as s:
            scheduled = s.scalars(
                select(Meeting.id).where(Meeting.mission_id == mission_id)
            ).first()
        if not scheduled or added:
            outcome = schedule_mission(store, mission_id, time_limit_s=args.time_limit)
            print(f"scheduled {outcome.stored} meetings")

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
