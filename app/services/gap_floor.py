"""The idle-gap phase's proven floor: no schedule of the same meetings has fewer idle gaps.

During the idle-gap phase the solver reports ``("gaps", fraction, best, bound)`` whenever its
best number of idle gaps or its proven floor improves, and at the end; the schedule's
``stats.breaks_floor`` keeps the last, and the run stores it. Its summary says "as few as
possible" only when that is proven (idle gaps ≤ floor), and otherwise how many idle gaps
cannot be avoided.
"""

from __future__ import annotations

import math

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
