"""The crash benchmark's "save" phase: a coordinator's edits, through the services layer, one
transaction each, in a loop that bench_crash.py kills at a random moment.

    .venv/bin/python benchmarks/crash_save_driver.py DB [--rounds N (0: until killed)] [--prepare]

Round n (1, 2, …) makes three transactions, in this order, each leaving a marker n:

A. ``write_requests``: the note of the mission's first MARKED_REQUESTS requests (by id) is set
   to "crash-n", all in one transaction;
B. ``update_participant``: the mission's first participant gets title "crash-n" and phone
   "+39 011 n" (one row, two fields);
C. ``create_participant``: a new participant "Crash n".

``--prepare`` writes round 0 (A and B only) into a base file, so that every marker is set
before the benchmark copies it. After a kill, :func:`markers` reads (a, b, c): the requests'
round (None when they do not all say the same), the participant's (None when title and phone
disagree) and the number of "Crash" participants (None when they are not exactly 1 … c).
All or nothing, and in order, means a - 1 <= c <= b <= a.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

MISSION_ID = 1
MARKED_REQUESTS = 12
CRASH_FAMILY = "Crash"
UNTIL_KILLED = 10**6  # the rounds of --rounds 0


def run(db: Path, rounds: int, *, prepare: bool) -> None:
    from sqlalchemy import select

    from app.common.paths import Paths
    from app.core.participant_record import ParticipantData
    from app.model import MeetingRequest, Participant
    from app.services.participants import create_participant, load_participant, update_participant
    from app.services.requests import RequestValues, Wanted, write_requests
    from app.store import open_store

    with open_store(db, paths=Paths.for_user(), create=False) as store:
        store.actor = "crash benchmark"
        with store.snapshot() as s:
            requests = s.scalars(
                select(MeetingRequest)
                .where(MeetingRequest.mission_id == MISSION_ID)
                .order_by(MeetingRequest.id)
                .limit(MARKED_REQUESTS)
            ).all()
            values = [
                (
                    r.requester_id,
                    r.requested_id,
                    RequestValues(r.priority, r.no_thanks, r.mandatory, r.interpreter_need, ""),
                )
                for r in requests
            ]
            person_id = s.scalars(
                select(Participant.id)
                .where(Participant.mission_id == MISSION_ID)
                .order_by(Participant.id)
                .limit(1)
            ).one()
        person = load_participant(store, person_id).values
        first = 0 if prepare else 1
        for n in range(first, first + (rounds or UNTIL_KILLED)):
            wanted: list[Wanted] = [
                (a, b, dataclasses.replace(v, note=f"crash-{n}")) for a, b, v in values
            ]
            write_requests(store, MISSION_ID, wanted)
            marked = dataclasses.replace(person, title=f"crash-{n}", phone=f"+39 011 {n:07d}")
            # the values this round read (one coordinator: never stale, still checked)
            update_participant(store, person_id, marked, base=load_participant(store, person_id))
            if not prepare:
                create_participant(
                    store, MISSION_ID, ParticipantData(family_name=CRASH_FAMILY, given_name=str(n))
                )


def markers(con: sqlite3.Connection) -> tuple[int | None, int | None, int | None]:
    """(a, b, c) as the module's docstring says, read from an open SQLite connection."""
    notes = {
        row[0]
        for row in con.execute(
            "SELECT note FROM meeting_request WHERE mission_id = ? ORDER BY id LIMIT ?",
            (MISSION_ID, MARKED_REQUESTS),
        )
    }
    a = _round(notes.pop()) if len(notes) == 1 else None
    row = con.execute(
        "SELECT title, phone FROM participant WHERE mission_id = ? ORDER BY id LIMIT 1",
        (MISSION_ID,),
    ).fetchone()
    title, phone = row if row else (None, None)
    b = _round(title)
    digits = re.sub(r"\D", "", phone or "")
    if b is None or not digits.endswith(f"{b:07d}"):
        b = None
    given = sorted(
        int(g) if str(g).isdigit() else -1
        for (g,) in con.execute(
            "SELECT given_name FROM participant WHERE mission_id = ? AND family_name = ?",
            (MISSION_ID, CRASH_FAMILY),
        )
    )
    c = len(given) if given == list(range(1, len(given) + 1)) else None
    return a, b, c


def in_order(a: int | None, b: int | None, c: int | None) -> bool:
    """Whether the markers are those of a whole number of transactions, in order."""
    return a is not None and b is not None and c is not None and a - 1 <= c <= b <= a


def _round(text: str | None) -> int | None:
    found = re.fullmatch(r"crash-(\d+)", text or "")
    return int(found.group(1)) if found else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--rounds", type=int, default=40, help="0: until killed")
    parser.add_argument("--prepare", action="store_true", help="write round 0 only")
    args = parser.parse_args()
    run(args.db, 1 if args.prepare else args.rounds, prepare=args.prepare)


if __name__ == "__main__":
    main()
