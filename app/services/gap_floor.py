"""The idle-gap phase's proven floor, heard from the solver's progress reports.

During the idle-gap phase the solver reports ``("gaps", fraction, best, bound)`` whenever its
best number of idle gaps or its proven lower bound improves, and at the end. The floor is the
highest bound heard: no schedule of the same meetings has fewer idle gaps. The run keeps it,
so its summary says "as few as possible" only when that is proven (idle gaps ≤ floor), and
otherwise how many idle gaps cannot be avoided.
"""

from __future__ import annotations

import math
from dataclasses import replace

from app.scheduler.control import Control

GAPS_PHASE = "gaps"


def floor_of(bound: object) -> int | None:
    """A reported lower bound on the idle gaps as a whole number (they are counted), or None
    when there is none (no number, not finite)."""
    if not isinstance(bound, int | float) or isinstance(bound, bool) or not math.isfinite(bound):
        return None
    return max(0, math.ceil(bound - 1e-6))


def is_proven_minimal(best: float, floor: float | None) -> bool:
    """Whether ``best`` idle gaps are proven the fewest possible: none fewer than ``floor``."""
    return floor is not None and best <= floor + 1e-6


class GapFloor:
    """The highest floor the gap phase has reported so far (None: none yet)."""

    def __init__(self) -> None:
        self.floor: int | None = None

    def hear(self, phase: str, bound: object) -> None:
        heard = floor_of(bound) if phase == GAPS_PHASE else None
        if heard is not None and (self.floor is None or heard > self.floor):
            self.floor = heard


def watch_gap_floor(control: Control) -> tuple[Control, GapFloor]:
    """``control`` (same deadline, same cancel flag, same progress sink) that also hears the
    gap phase's floor, and the :class:`GapFloor` it fills."""
    floor = GapFloor()
    sink = control.progress

    def progress(phase: str, fraction: float, best: float | None, bound: float | None) -> None:
        floor.hear(phase, bound)
        if sink is not None:
            sink(phase, fraction, best, bound)

    return replace(control, progress=progress), floor
