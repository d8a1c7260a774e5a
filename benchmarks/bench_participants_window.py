"""Benchmark of the Participants page on a 10,000-participant mission, in the real window,
run by hand (offscreen):

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_participants_window.py \
        [--count 10000] [--db FILE] [--language en]

Writes the demo into a fresh SQLite database (or uses ``--db``) and grows the Torino → Nagoya
mission to ``--count`` participants (``bench_export.grow``: kanji and kana names, e-mails),
opens the real main window on it, and, while a QTimer ticks every 5 ms on the UI thread
(the largest gap between two ticks is the longest stall of the window), measures:

* first opening of the Participants page: time until the first rows are shown, until the
  whole list is loaded, and the longest stall meanwhile;
* a filter typed key by key ("bench0042"): the longest keystroke, the longest stall;
* clearing the filter: its time and the longest stall;
* one saved row (title edited, Save clicked): time until the row shows it, the longest
  stall, and what the table model emitted (model resets, dataChanged ranges);
* with ``--pages``, then every other page shown in turn: time until it has loaded and the
  longest stall (pages hidden behind another load when shown: their cost shows here).

Two openings are measured: the mission opened with the page shown at once (every page of the
window loads then: their loads share the one database worker and their UI-thread work shows
in the stall), and a new Participants page shown in the settled window (the page's own cost,
as in a window that builds its pages when first shown). An idle step first gives the longest
stall the loaded machine causes with nothing to do.

Counts beside the wall-clock figures (the machine is shared): SQL statements issued and the
rows they returned on each step, and calls of the model's ``data()`` (Python per cell).
Each figure comes with the ``uptime`` load.
"""

from __future__ import annotations

import argparse
import gc
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from sqlalchemy import event

from app.common.paths import Paths
from app.common.settings import Settings
from benchmarks.bench_export import grow
from benchmarks.demo_store import open_demo

TICK_MS = 5


def load() -> str:
    out = subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout
    return out.strip().split("load average:")[-1].strip()


class StallMeter:
    """A timer ticking every 5 ms on the UI thread; ``longest()`` is the largest gap (ms)
    between two ticks since ``reset()``: how long the window could not repaint."""

    def __init__(self) -> None:
        self._clock = QElapsedTimer()
        self._clock.start()
        self._last = 0
        self._longest = 0
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)
        self._timer.start(TICK_MS)

    def _tick(self) -> None:
        now = self._clock.elapsed()
        self._longest = max(self._longest, now - self._last)
        self._last = now

    def reset(self) -> None:
        self._last = self._clock.elapsed()
        self._longest = 0

    def longest(self) -> int:
        self._tick()
        return self._longest


class SqlCounter:
    """SQL statements issued since ``reset()``."""

    def __init__(self, engine: Any) -> None:
        self.statements = 0
        event.listen(engine, "after_cursor_execute", self._executed)

    def _executed(self, _conn: Any, cursor: Any, *_args: Any) -> None:
        self.statements += 1

    def reset(self) -> None:
        self.statements = 0


class GcMeter:
    """The longest garbage collection (any thread: it holds the GIL, so the window waits)."""

    def __init__(self) -> None:
        self.longest_ms = 0.0
        self.collections = 0
        self._start = 0.0
        gc.callbacks.append(self._heard)

    def _heard(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.collections += 1
            self.longest_ms = max(self.longest_ms, (time.perf_counter() - self._start) * 1000)

    def reset(self) -> None:
        self.longest_ms = 0.0
        self.collections = 0


def spin(until: Callable[[], bool], timeout_s: float = 120.0) -> float:
    """Run the event loop until ``until()``; the seconds it took."""
    start = time.perf_counter()
    while not until():
        if time.perf_counter() - start > timeout_s:
            raise TimeoutError("waited too long")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    return time.perf_counter() - start


def settle(seconds: float = 0.3) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--language", default="en")
    parser.add_argument(
        "--gc-freeze",
        action="store_true",
        help="gc.freeze() once the mission is open and loaded (what a process-wide fix in "
        "ui/application.py would do): full collections no longer walk the window's heap",
    )
    parser.add_argument(
        "--pages",
        action="store_true",
        help="after the save, show every other page in turn: time until loaded, longest stall",
    )
    args = parser.parse_args()

    db = args.db or Path(tempfile.mkdtemp(prefix="ponte-bench-people-")) / "people.sqlite"
    started = time.perf_counter()
    store, mission_id = open_demo(db)
    added = grow(store, mission_id, args.count)
    store.close()
    print(f"database {db}: {added} participants added in {time.perf_counter() - started:.1f} s")

    from ui.application import build_shell, prepare_application

    prepare_application(args.language)
    shell = build_shell(Paths.for_user(), Settings(ui_language=args.language), persist=False)
    window, ctx = shell.window, shell.ctx
    window.resize(1400, 860)
    window.show()
    meter = StallMeter()
    collector = GcMeter()
    sql: SqlCounter | None = None

    from ui.pages.participants import ParticipantsPage

    page = next(p for p in window.pages() if isinstance(p, ParticipantsPage))
    model = page.model
    data_calls = [0]
    model_class = type(model)
    original_data = model_class.data

    def counted_data(self: Any, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        data_calls[0] += 1
        return original_data(self, index, role)

    model_class.data = counted_data  # type: ignore[method-assign]
    resets = [0]
    changed: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.__setitem__(0, resets[0] + 1))
    model.dataChanged.connect(lambda a, b, *_: changed.append((a.row(), b.row())))

    def report(step: str, **figures: object) -> None:
        shown = ", ".join(f"{k}={v}" for k, v in figures.items())
        statements = sql.statements if sql is not None else "n/a"
        print(
            f"{step}: {shown}; sql statements={statements}, data() calls={data_calls[0]}, "
            f"model resets={resets[0]}, gc: {collector.collections} collections, longest "
            f"{collector.longest_ms:.0f} ms; load {load()}",
            flush=True,
        )

    def begin() -> None:
        if sql is not None:
            sql.reset()
        data_calls[0] = 0
        resets[0] = 0
        changed.clear()
        settle(0.05)
        meter.reset()
        collector.reset()

    # --- nothing happening: the stalls the shared machine causes by itself -------------
    begin()
    settle(2.0)
    report("idle (2 s, the noise floor)", longest_stall_ms=meter.longest())

    # --- the mission opened, the Participants page shown at once ------------------------
    begin()
    t0 = time.perf_counter()
    shell.controller.open_database(str(db), create=False, mission_id=mission_id)
    window.show_page_id("participants")
    first = spin(lambda: page.table.model().rowCount() > 0)
    whole = spin(lambda: page.ready() and not ctx.runner.is_busy()) + first
    settle()
    report(
        "open",
        first_rows_ms=round(first * 1000),
        loaded_ms=round(whole * 1000),
        since_open_ms=round((time.perf_counter() - t0) * 1000),
        longest_stall_ms=meter.longest(),
        rows=page.table.model().rowCount(),
    )
    assert ctx.store is not None and ctx.mission_id == mission_id
    sql = SqlCounter(ctx.store.engine)
    if args.gc_freeze:
        gc.freeze()
        print(f"gc.freeze(): {gc.get_freeze_count()} objects frozen", flush=True)

    # --- the page's own first opening: a new Participants page shown in the settled window
    # (as a window that builds its pages when first shown does; no other page is loading)
    begin()
    t0 = time.perf_counter()
    fresh = ParticipantsPage(ctx)  # its widgets and form: built once, measured apart
    built = time.perf_counter() - t0
    meter.reset()
    window.stack.addWidget(fresh)
    window.stack.setCurrentWidget(fresh)
    first = spin(lambda: fresh.table.model().rowCount() > 0)
    whole = spin(lambda: fresh.ready() and not ctx.runner.is_busy()) + first
    settle()
    report(
        "page opened",
        page_built_ms=round(built * 1000),
        first_rows_ms=round(first * 1000),
        loaded_ms=round(whole * 1000),
        longest_stall_ms=meter.longest(),
        rows=fresh.table.model().rowCount(),
    )
    window.stack.setCurrentWidget(page)
    window.stack.removeWidget(fresh)
    fresh.deleteLater()
    settle()

    # --- a filter typed key by key --------------------------------------------------------
    begin()
    page.filter_box.setFocus()
    keys: list[float] = []
    for ch in "bench0042":
        k0 = time.perf_counter()
        QTest.keyClick(page.filter_box, ch)
        keys.append(time.perf_counter() - k0)
        QCoreApplication.processEvents()
    settle()
    report(
        "filter",
        longest_keystroke_ms=round(max(keys) * 1000, 1),
        longest_stall_ms=meter.longest(),
        rows=page.table.model().rowCount(),
    )

    # --- clearing it ----------------------------------------------------------------------
    begin()
    c0 = time.perf_counter()
    page.filter_box.clear()
    cleared = time.perf_counter() - c0
    settle()
    report(
        "clear",
        clear_ms=round(cleared * 1000, 1),
        longest_stall_ms=meter.longest(),
        rows=page.table.model().rowCount(),
    )

    # --- one saved row --------------------------------------------------------------------
    proxy = page.proxy
    target_row = 5
    record_id = proxy.id_at(target_row)
    assert record_id is not None
    page.table.selectRow(target_row)
    spin(lambda: page.editor.record_id() == record_id and not page.editor.is_busy())
    settle()
    form = page.participant_form
    title = f"Direttrice commerciale (bench {time.time():.0f})"
    form.title_field.setText(title)
    begin()
    page.editor.save()

    def shows_title() -> bool:
        row = proxy.row_of_id(record_id)
        return row is not None and (proxy.row_at(row) or _Nothing).title == title

    saved = spin(shows_title)
    row_stall = meter.longest()
    row_statements = sql.statements
    settled = spin(lambda: page.ready() and not ctx.runner.is_busy()) + saved
    settle()
    report(
        "save",
        row_shown_ms=round(saved * 1000),
        longest_stall_until_row_shown_ms=row_stall,
        sql_until_row_shown=row_statements,
        all_pages_settled_ms=round(settled * 1000),
        longest_stall_until_settled_ms=meter.longest(),
        data_changed=changed[:5],
    )
    if args.pages:
        visit_pages(window, ctx, meter, begin, report)
    shell.close()


def visit_pages(
    window: Any, ctx: Any, meter: StallMeter, begin: Callable[[], None], report: Any
) -> None:
    """Each other page shown in turn, as a coordinator clicking through the navigation after
    the save: the time until it has loaded and the longest stall (a page hidden until now
    loads when shown; its work on the UI thread shows here)."""
    from ui.pages.participants import ParticipantsPage

    for index, page in enumerate(window.pages()):
        if isinstance(page, ParticipantsPage):
            continue
        begin()
        t0 = time.perf_counter()
        window.show_page(index)
        shown = spin(lambda p=page: p.ready() and not ctx.runner.is_busy(), timeout_s=300)
        settle()
        report(
            f"page {page.page_id} shown",
            ready_ms=round(shown * 1000),
            since_click_ms=round((time.perf_counter() - t0) * 1000),
            longest_stall_ms=meter.longest(),
        )


class _Nothing:
    title = ""


if __name__ == "__main__":
    main()
