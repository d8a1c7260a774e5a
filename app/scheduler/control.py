"""Time limits, progress and cancellation for a running solve (shared by every phase)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

Progress = Callable[[str, float, float | None, float | None], None]
"""progress(phase, fraction 0..1, best objective so far or None, bound or None)"""


@dataclass
class Control:
    """Shared by the caller and the solver: the deadline, a cancel flag, a progress sink."""

    time_limit_s: float
    progress: Progress | None = None
    started: float = field(default_factory=time.monotonic)
    _cancel: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        """Ask the solver to stop and return the best schedule it has (thread-safe)."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def remaining(self) -> float:
        return max(0.0, self.time_limit_s - (time.monotonic() - self.started))

    def expired(self) -> bool:
        return self.cancelled or self.remaining() <= 0

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def report(
        self, phase: str, fraction: float, best: float | None = None, bound: float | None = None
    ) -> None:
        if self.progress is not None:
            self.progress(phase, fraction, best, bound)
