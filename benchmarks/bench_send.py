"""Benchmark of sending a published version over SMTP, run by hand:

    .venv/bin/python benchmarks/bench_send.py [--count 500] [--db FILE] [--time-limit S]

Writes the demo into a fresh database (or uses ``--db``), grows the Torino → Nagoya mission to
``--count`` participants (each with an address), schedules and publishes it, then sends every
participant their agenda and calendar through a real SMTP server on 127.0.0.1 (aiosmtpd, no
pause between messages) and times the two phases: the agendas rendered in worker processes,
then the messages handed over and logged one by one. Run it again on the same ``--db`` and
nothing is sent: everyone already has the version (``--again`` sends anyway).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select

from app.core.publications import diff, list_publications
from app.distribution.mail_settings import MailSettings, Security
from app.distribution.sending import Phase, send_version
from app.model import Participant
from app.services.publications import publish
from benchmarks.bench_ics import grow
from benchmarks.demo_store import open_demo, schedule_unless_done
from tests.smtp_support import LocalController


class Counter:
    def __init__(self) -> None:
        self.count = 0
        self.bytes = 0

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        self.count += 1
        self.bytes += len(envelope.content)  # type: ignore[attr-defined]
        return "250 OK"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=500, help="participants to send to")
    parser.add_argument("--db", type=Path, default=None, help="a database with the demo")
    parser.add_argument("--time-limit", type=float, default=20.0, help="scheduler seconds")
    parser.add_argument("--again", action="store_true", help="send also to those who have it")
    args = parser.parse_args()
    scratch = tempfile.mkdtemp(prefix="ponte-bench-send-")
    os.environ.setdefault("PONTE_HOME", scratch)
    store, mission_id = open_demo(args.db or Path(scratch) / "bench.sqlite")
    added = grow(store, mission_id, args.count)
    with store.session() as s:
        for p in s.scalars(select(Participant).where(Participant.mission_id == mission_id)):
            if not p.email:
                p.email = f"bench-{p.id}@example.com"
    schedule_unless_done(store, mission_id, args.time_limit, again=added > 0)
    if not list_publications(store, mission_id) or not diff(store, mission_id).is_empty:
        print(f"published version {publish(store, mission_id).number}")
    counter = Counter()
    server = LocalController(counter)  # binds a port the system picks: no race for it
    server.start()
    port = server.port
    marks: dict[Phase, float] = {}

    def progress(phase: Phase, done: int, total: int) -> None:
        marks.setdefault(phase, time.perf_counter())

    settings = MailSettings(
        host="127.0.0.1", port=port, security=Security.NONE, rate_per_minute=0,
        sender="missioni@to.camcom.example",
    )  # fmt: skip
    try:
        start = time.perf_counter()
        report = send_version(
            store, mission_id, settings, None, progress=progress, again=args.again
        )
        end = time.perf_counter()
    finally:
        server.stop()
        store.close()
    first_sent = marks.get(Phase.SENDING, end)
    print(
        f"sent {len(report.sent)} (already had it: {len(report.already)}, refused "
        f"{len(report.refused)}, failed {len(report.failed)}) in {end - start:.1f} s: "
        f"preparing {first_sent - start:.1f} s, sending {end - first_sent:.1f} s; "
        f"{counter.bytes / 1e6:.1f} MB received by the server"
    )


if __name__ == "__main__":
    main()
