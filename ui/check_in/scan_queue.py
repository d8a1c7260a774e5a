"""Scans answered one at a time, in the order they came, ahead of the pages' reloads.

A scanner types ten codes a second; each is a job on the database worker. Handed to the
worker all at once with ``first=True`` they would overtake each other (each goes to the head
of its queue), and without it they would wait behind whatever the pages reload. So they wait
here, and the next goes to the head of the worker's queue only when the one before has been
answered: never out of order, never lost, never behind a reload."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

from PySide6.QtCore import QObject, Signal

from app.services.check_in import ScanResult
from app.services.database import Store
from ui.context import AppContext


class JobKind(Enum):
    SCAN = "scan"  # what was typed or scanned
    PICK = "pick"  # one of several people a name matched
    UNDO = "undo"  # the last check-in taken back


@dataclass
class ScanJob:
    """One Enter (or pick, or undo) at the desk, in order; ``entered`` is when (perf_counter)."""

    number: int
    kind: JobKind
    mission_id: int
    text: str = ""
    participant_id: int | None = None
    entered: float = field(default_factory=time.perf_counter)


Action = Callable[[Store, int], ScanResult]
Waiting = tuple[ScanJob, Store, Action]


class ScanQueue(QObject):
    """``answered(job, result)`` for each job, in the order submitted; ``failed(job, exc)``
    when the action raised (the next job still runs)."""

    answered = Signal(object, object)
    failed = Signal(object, object)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._waiting: deque[Waiting] = deque()
        self._running: ScanJob | None = None
        self._numbers = 0

    def submit(
        self, store: Store, mission_id: int, kind: JobKind, action: Action, **details: object
    ) -> ScanJob:
        """Queue ``action(store, mission_id)``: a scan is answered for the mission it was
        made in, even when another is opened before its turn (never dropped)."""
        self._numbers += 1
        job = ScanJob(self._numbers, kind, mission_id, **details)  # type: ignore[arg-type]
        self._waiting.append((job, store, action))
        self._next()
        return job

    def pending(self) -> int:
        """Jobs not answered yet (the one running included)."""
        return len(self._waiting) + (self._running is not None)

    def _next(self) -> None:
        if self._running is not None or not self._waiting:
            return
        job, store, action = self._waiting.popleft()
        self._running = job
        self.ctx.runner.run(
            lambda: action(store, job.mission_id),
            on_done=lambda result: self._done(job, result),
            on_error=lambda exc: self._failed(job, exc),
            first=True,
        )

    def _done(self, job: ScanJob, result: ScanResult) -> None:
        self._running = None
        try:
            self.answered.emit(job, result)
        finally:
            self._next()

    def _failed(self, job: ScanJob, exc: BaseException) -> None:
        self._running = None
        try:
            self.failed.emit(job, exc)
        finally:
            self._next()
