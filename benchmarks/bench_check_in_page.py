"""Benchmark of the check-in page in the real window: a badge scanner at ten scans a second
for a minute, as keystrokes, run by hand (offscreen):

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_check_in_page.py \
        [--count 2000] [--seconds 60] [--rate 10] [--db FILE|URL] [--language en]

Writes the demo into a fresh SQLite database (or into ``--db``: a file, or the URL of an
empty PostgreSQL database), grows the Torino → Nagoya
mission to ``--count`` participants (``bench_export.grow``), opens the real main window on it
and shows the Check-in page. A precise QTimer then types one scan every 1/rate s through the
event loop — ``QTest.keyClicks`` of the payload, then Enter, as a scanner acting as a keyboard
does — for ``--seconds``. Out of every ten scans: six new badges, one double read (the badge
just scanned, again 100 ms later), one badge checked in more than 3 s before (already), one
unknown code, one code of the mission's badge format with a stray control character.

Checked afterwards: one answer per scan, in the order scanned, each the kind expected; as many
participants checked in in the database as distinct new badges scanned, and as many
CHECKED_IN answers (none lost, none doubled). Measured per scan, from just before the Enter
key to the page's ``answer_shown`` (the answer's widgets set) and to the answer panel's next
paint: median, 95th and 99th percentile, the longest, how many over 100 ms; the rate the
timer achieved; the ``uptime`` load.
"""

from __future__ import annotations

import argparse
import itertools
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from sqlalchemy import func, select

from app.common.paths import Paths
from app.common.settings import Settings
from app.core.check_in_codes import badge_code
from app.demo import write_demo
from app.model import Mission, Participant
from app.services.check_in import ScanKind, ScanResult
from app.store import Store, open_store
from benchmarks.bench_export import grow

LIMIT_MS = 100.0


def load() -> str:
    out = subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout
    return out.strip().split("load average:")[-1].strip()


@dataclass
class Scan:
    payload: str
    expected: ScanKind
    person: int | None = None  # whose badge, for the new ones
    enter: float = 0.0  # perf_counter just before Enter
    answered: float = 0.0  # answer_shown
    painted: float = 0.0  # the answer panel's next paint
    kind: ScanKind | None = None


def plan(tokens: list[tuple[int, str]], total: int) -> list[Scan]:
    """``total`` scans in the mix above; tokens: (participant id, token), enough of them."""
    scans: list[Scan] = []
    fresh = iter(tokens)
    checked: list[tuple[int, str]] = []  # in the order they were checked in
    for n in range(total):
        slot = n % 10
        if slot in (0, 1, 3, 4, 6, 7):
            pid, token = next(fresh)
            checked.append((pid, token))
            scans.append(Scan(badge_code(token), ScanKind.CHECKED_IN, pid))
        elif slot == 2:  # the badge of slot 1, read again 100 ms later
            scans.append(Scan(scans[-1].payload, ScanKind.DOUBLE_READ))
        elif slot == 5 and len(checked) > 30:  # one checked in more than 3 s before
            _pid, token = checked[len(checked) // 2 - 10]
            scans.append(Scan(badge_code(token), ScanKind.ALREADY))
        elif slot == 8 or slot == 5:
            scans.append(Scan(f"PNT{n:012d}", ScanKind.UNKNOWN))
        else:
            scans.append(Scan(f"PNT{n:06d}\x1d{n:06d}", ScanKind.MALFORMED))
    return scans


class PaintWatch(QObject):
    """Notes when the answer panel paints (the answer seen on screen)."""

    def __init__(self) -> None:
        super().__init__()
        self.waiting: Scan | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.waiting is not None:
            self.waiting.painted = time.perf_counter()
            self.waiting = None
        return False


def demo_in(db: str) -> tuple[Store, int]:
    """``db`` (a file or a URL) with the demo written into it unless there, and the
    Torino → Nagoya mission."""
    store = open_store(db, paths=Paths.for_user())
    with store.session() as s:
        found = s.scalars(select(Mission.id).where(Mission.timezone == "Asia/Tokyo")).first()
    if found is None:
        write_demo(store)
        with store.session() as s:
            found = s.scalars(select(Mission.id).where(Mission.timezone == "Asia/Tokyo")).one()
    return store, found


def type_payload(field: QWidget, payload: str) -> None:
    """``QTest.keyClicks`` for what a keyboard has keys for; a control character (which
    keyClicks refuses) as a key event carrying it, as a scanner's GS (Ctrl+]) arrives."""
    for part in re.split(r"([\x00-\x1f\x7f])", payload):
        if len(part) == 1 and (ord(part) < 32 or ord(part) == 127):
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                field,
                Qt.Key.Key_unknown,
                part,
                Qt.KeyboardModifier.NoModifier,
            )
        elif part:
            QTest.keyClicks(field, part)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--rate", type=int, default=10)
    parser.add_argument("--db")
    parser.add_argument("--language", default="en")
    args = parser.parse_args()

    db = args.db or str(Path(tempfile.mkdtemp(prefix="ponte-bench-checkin-")) / "checkin.sqlite")
    started = time.perf_counter()
    store, mission_id = demo_in(db)
    added = grow(store, mission_id, args.count)
    with store.session() as s:
        s.execute(
            Participant.__table__.update()
            .where(Participant.mission_id == mission_id)
            .values(checked_in_at=None)
        )
        tokens = [
            (pid, token)
            for pid, token in s.execute(
                select(Participant.id, Participant.check_in_token)
                .where(Participant.mission_id == mission_id)
                .order_by(Participant.id)
            )
        ]
    store.close()
    total = args.seconds * args.rate
    scans = plan(tokens, total)
    new = [s for s in scans if s.expected is ScanKind.CHECKED_IN]
    print(
        f"database {db}: {len(tokens)} participants in the mission ({added} added) in "
        f"{time.perf_counter() - started:.1f} s; {total} scans planned: {len(new)} new "
        f"badges, "
        + ", ".join(
            f"{sum(s.expected is k for s in scans)} {k.value}"
            for k in (ScanKind.DOUBLE_READ, ScanKind.ALREADY, ScanKind.UNKNOWN, ScanKind.MALFORMED)
        ),
        flush=True,
    )

    from ui.application import build_shell, prepare_application
    from ui.check_in.scan_queue import ScanJob
    from ui.pages.check_in import CheckInPage

    prepare_application(args.language)
    shell = build_shell(Paths.for_user(), Settings(ui_language=args.language), persist=False)
    window, ctx = shell.window, shell.ctx
    window.resize(1400, 860)
    window.show()
    shell.controller.open_database(db, create=False, mission_id=mission_id)
    spin(lambda: ctx.mission_id == mission_id and not ctx.runner.is_busy())
    window.show_page_id("check_in")
    page = window.stack.currentWidget()
    assert isinstance(page, CheckInPage)
    spin(lambda: page.ready() and not ctx.runner.is_busy())
    settle(1.0)

    answers: list[tuple[ScanJob, ScanResult | None]] = []
    watch = PaintWatch()
    page.answer.installEventFilter(watch)

    def answered(job: ScanJob, result: ScanResult | None) -> None:
        scan = scans[len(answers)]
        answers.append((job, result))
        scan.answered = time.perf_counter()
        scan.kind = result.kind if result is not None else None
        watch.waiting = scan

    page.answer_shown.connect(answered)
    sent = [0]
    ticks: list[float] = []

    def tick() -> None:
        if sent[0] >= total:
            timer.stop()
            return
        scan = scans[sent[0]]
        sent[0] += 1
        ticks.append(time.perf_counter())
        type_payload(page.field, scan.payload)
        scan.enter = time.perf_counter()
        QTest.keyClick(page.field, Qt.Key.Key_Return)

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(tick)
    t0 = time.perf_counter()
    timer.start(1000 // args.rate)
    spin(lambda: sent[0] >= total and len(answers) >= total, timeout_s=args.seconds * 3 + 60)
    elapsed = time.perf_counter() - t0
    settle(1.0)  # an answer too many would come now
    local_counts = page.counts.figures()  # moved by the desk's own answers
    spin(lambda: page.counts_settled() and not ctx.runner.is_busy())
    counts_match = page.counts.figures() == local_counts  # as the database says

    with ctx.store.session() as s:  # type: ignore[union-attr]
        in_db = s.scalar(
            select(func.count())
            .select_from(Participant)
            .where(Participant.mission_id == mission_id, Participant.checked_in_at.is_not(None))
        )
    wrong = [(n, s.expected, s.kind) for n, s in enumerate(scans) if s.kind is not s.expected]
    in_order = [job.number for job, _ in answers] == sorted(job.number for job, _ in answers)
    texts_match = all(
        job.text == scan.payload for (job, _), scan in zip(answers, scans, strict=True)
    )
    checked_answers = sum(s.kind is ScanKind.CHECKED_IN for s in scans)
    to_answer = [(s.answered - s.enter) * 1000 for s in scans]
    to_paint = [(s.painted - s.enter) * 1000 for s in scans if s.painted]
    gaps = [(b - a) * 1000 for a, b in itertools.pairwise(ticks)]

    print(f"scans sent {sent[0]} in {elapsed:.1f} s; answers {len(answers)}", flush=True)
    print(
        f"rate: {(len(ticks) - 1) / (ticks[-1] - ticks[0]) if len(ticks) > 1 else 0:.2f} scans/s; "
        f"timer gap median {statistics.median(gaps):.1f} ms, longest {max(gaps):.1f} ms"
    )
    print(
        f"in order: {in_order}; payloads match: {texts_match}; kinds not as expected: "
        f"{len(wrong)} {wrong[:5]}"
    )
    print(
        f"checked in: database {in_db}, CHECKED_IN answers {checked_answers}, distinct new "
        f"badges {len(new)} -> none lost: {in_db == len(new)}, none doubled: "
        f"{checked_answers == len(new)}"
    )
    print(f"counts moved by the answers = the database's after: {counts_match}")
    for name, values in (("Enter -> answer shown", to_answer), ("Enter -> painted", to_paint)):
        print(
            f"{name} (ms, {len(values)} scans): median {statistics.median(values):.1f}, "
            f"p95 {percentile(values, 95):.1f}, p99 {percentile(values, 99):.1f}, "
            f"max {max(values):.1f}, over {LIMIT_MS:.0f} ms: "
            f"{sum(v > LIMIT_MS for v in values)}"
        )
    by_kind: dict[ScanKind, list[float]] = {}
    for scan, ms in zip(scans, to_answer, strict=True):
        by_kind.setdefault(scan.expected, []).append(ms)
    print(
        "by kind (median / max ms): "
        + ", ".join(
            f"{k.value} {statistics.median(v):.1f} / {max(v):.1f}" for k, v in by_kind.items()
        )
    )
    print(f"load {load()}", flush=True)
    shell.close()
    ok = (
        len(answers) == total
        and in_order
        and texts_match
        and not wrong
        and in_db == len(new) == checked_answers
        and counts_match
    )
    sys.exit(0 if ok else 1)


def spin(until: Callable[[], bool], timeout_s: float = 120.0) -> float:
    """Run a real event loop (not a busy one: it would take the GIL from the database
    worker) until ``until()``, checked every 10 ms; the seconds it took."""
    start = time.perf_counter()
    loop = QEventLoop()
    check = QTimer()
    check.timeout.connect(lambda: loop.quit() if until() else None)
    check.start(10)
    while not until():
        if time.perf_counter() - start > timeout_s:
            raise TimeoutError("waited too long")
        loop.exec()
    check.stop()
    return time.perf_counter() - start


def settle(seconds: float = 0.3) -> None:
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


if __name__ == "__main__":
    main()
