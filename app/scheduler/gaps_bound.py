"""A lower bound on the breaks: the busy-slot relaxation of the idle-gap phase, as a MIP.

Forget *which* meetings a team has and keep only *how many*: a team with capacity 1 and ``d``
meetings is busy in exactly ``d`` of the slots it may use (the union of its meetings'
candidate slots; slots where one of its meetings is fixed are busy for sure). Per slot, at
most ``2 × tables`` teams are busy, and — when every team of the model is in the relaxation —
an even number of them (each meeting occupies two teams). Any valid re-assignment of the
meetings gives busy sets that satisfy all this, so the fewest breaks of the relaxation is a
lower bound on the breaks of every re-assignment.

Teams with the same (busy count, usable slots, sure slots) are interchangeable, so the
relaxation is an integer multi-commodity flow, one commodity per such class: a team walks
through the slots in states (slot, busy slots so far, phase), phase ∈ {not yet busy in this
session, just busy, idle after being busy}; stepping from "idle after busy" into a busy slot
is a break and costs 1; a new session resets the phase. The per-slot limits couple the
classes. On the 60-team fairs this is a MIP of a few thousand integer columns that HiGHS
solves in under a second on 10–14 slots and in 1–3 s on 18–22 (where it is 0). With
10 slots (27 tables) it proves that at least 8 breaks are unavoidable, because every team
with 6 or more meetings would otherwise be busy in the two middle slots — more teams than
the tables can seat.

Tried and dropped: also counting each team's meetings that need an interpreter (a state per
count, at most 2 × free interpreters such team-slots per slot) — the same bounds on the
3-interpreter fairs (7 and 5 on 10 and 14 slots), 10–30× slower.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import highspy
import numpy as np

from app.scheduler.control import Control
from app.scheduler.highs import new_highs

# above this many flow columns the relaxation is not built: on the large missions it would
# cost more of the phase's time than the bound is worth
_MAX_COLUMNS = 60_000

_NOT_STARTED, _BUSY, _IDLE_AFTER_BUSY = 0, 1, 2


@dataclass(frozen=True)
class TeamShape:
    """What the relaxation keeps of a team (capacity 1)."""

    busy: int  # slots it is busy in: one per meeting
    usable: frozenset[int]  # slot indices where one of its meetings may be
    sure: frozenset[int] = frozenset()  # slots where one of its meetings is fixed


@dataclass
class _Flow:
    """The MIP under construction: columns (flow on an arc) and equality rows."""

    cost: list[float] = field(default_factory=list)
    upper: list[float] = field(default_factory=list)
    rows: list[tuple[list[int], list[float], float]] = field(default_factory=list)
    busy_cols: dict[int, list[int]] = field(default_factory=dict)  # slot -> busy arcs

    def column(self, upper: float, cost: float) -> int:
        self.cost.append(cost)
        self.upper.append(upper)
        return len(self.cost) - 1


def breaks_lower_bound(
    shapes: Sequence[TeamShape],
    session_slots: Sequence[Sequence[int]],
    max_busy_per_slot: int,
    every_team_paired: bool,
    control: Control,
    time_limit: float,
) -> int:
    """The fewest breaks the relaxation allows (0 when not decided in time or too large).

    ``max_busy_per_slot``: at most this many of the teams busy in any slot (2 × tables);
    ``every_team_paired``: ``shapes`` holds every team that meets, so the busy teams of a slot
    are paired off by its meetings and come in an even number.
    """
    classes = Counter(shapes)
    if not classes or _columns_needed(classes, session_slots) > _MAX_COLUMNS:
        return 0
    flow = _Flow()
    for shape, count in sorted(classes.items(), key=lambda kv: (kv[0].busy, sorted(kv[0].usable))):
        if not _add_class(flow, shape, count, session_slots):
            return 0  # a team cannot even be busy often enough: leave it to the engines
    slots = [s for ses in session_slots for s in ses]
    for s in slots:
        cols = flow.busy_cols.get(s, [])
        if every_team_paired:  # busy = 2 × the slot's meetings, at most one per table …
            pairs = flow.column(max_busy_per_slot // 2, 0.0)
            flow.rows.append(([*cols, pairs], [1.0] * len(cols) + [-2.0], 0.0))
        else:  # … or just at most the limit: a slack column keeps every row an equality
            slack = flow.column(max_busy_per_slot, 0.0)
            flow.rows.append(([*cols, slack], [1.0] * (len(cols) + 1), float(max_busy_per_slot)))
    return _solve(flow, control, time_limit)


def _columns_needed(classes: Counter[TeamShape], session_slots: Sequence[Sequence[int]]) -> int:
    n_slots = sum(len(ses) for ses in session_slots)
    return sum(2 * 3 * n_slots * (shape.busy + 1) for shape in classes)


def _add_class(
    flow: _Flow, shape: TeamShape, count: int, session_slots: Sequence[Sequence[int]]
) -> bool:
    """The walks of ``count`` interchangeable teams: a flow of ``count`` units from (slot 0,
    0 busy, not started) to past the last slot with ``busy`` busy slots. False when no walk
    exists (the team cannot be busy often enough)."""
    slots = [s for ses in session_slots for s in ses]
    starts_session = {ses[0] for ses in session_slots if ses}
    d = shape.busy
    usable_after = [0] * (len(slots) + 1)  # usable / sure slots from position i to the end
    sure_after = [0] * (len(slots) + 1)
    for i in range(len(slots) - 1, -1, -1):
        usable_after[i] = usable_after[i + 1] + (slots[i] in shape.usable)
        sure_after[i] = sure_after[i + 1] + (slots[i] in shape.sure)
    if usable_after[0] < d or sure_after[0] > d:
        return False
    out: dict[tuple[int, int, int], list[int]] = {}
    into: dict[tuple[int, int, int], list[int]] = {}

    def arc(src: tuple[int, int, int], dst: tuple[int, int, int], cost: float) -> int:
        col = flow.column(float(count), cost)
        out.setdefault(src, []).append(col)
        into.setdefault(dst, []).append(col)
        return col

    def still_possible(i: int, k: int) -> bool:  # k busy slots before position i
        return sure_after[i] <= d - k <= usable_after[i]

    states = {(0, 0, _NOT_STARTED)}
    for i, s in enumerate(slots):
        nxt: set[tuple[int, int, int]] = set()
        new_session = i + 1 < len(slots) and slots[i + 1] in starts_session
        for node in states:
            _, k, phase = node
            if s in shape.usable and k < d and still_possible(i + 1, k + 1):
                dst = (i + 1, k + 1, _NOT_STARTED if new_session else _BUSY)
                col = arc(node, dst, 1.0 if phase == _IDLE_AFTER_BUSY else 0.0)
                flow.busy_cols.setdefault(s, []).append(col)
                nxt.add(dst)
            if s not in shape.sure and still_possible(i + 1, k):
                idle = _NOT_STARTED if phase == _NOT_STARTED else _IDLE_AFTER_BUSY
                dst = (i + 1, k, _NOT_STARTED if new_session else idle)
                arc(node, dst, 0.0)
                nxt.add(dst)
        states = nxt
    for node in set(out) | set(into):
        if node[0] == len(slots):
            continue  # the walks' ends: one row below
        supply = float(count) if node == (0, 0, _NOT_STARTED) else 0.0
        cols = out.get(node, []) + into.get(node, [])
        coefs = [1.0] * len(out.get(node, [])) + [-1.0] * len(into.get(node, []))
        flow.rows.append((cols, coefs, supply))
    ends = [c for node, cols in into.items() if node[0] == len(slots) for c in cols]
    flow.rows.append((ends, [1.0] * len(ends), float(count)))
    return True


def _as_highs_lp(flow: _Flow) -> highspy.HighsLp:
    n = len(flow.cost)
    lp = highspy.HighsLp()
    lp.num_col_ = n
    lp.num_row_ = len(flow.rows)
    lp.col_cost_ = np.array(flow.cost, dtype=np.float64)
    lp.col_lower_ = np.zeros(n, dtype=np.float64)
    lp.col_upper_ = np.array(flow.upper, dtype=np.float64)
    lp.row_lower_ = np.array([r[2] for r in flow.rows], dtype=np.float64)
    lp.row_upper_ = np.array([r[2] for r in flow.rows], dtype=np.float64)
    starts = [0]
    index: list[int] = []
    value: list[float] = []
    for cols, coefs, _ in flow.rows:
        index.extend(cols)
        value.extend(coefs)
        starts.append(len(index))
    lp.a_matrix_.format_ = highspy.MatrixFormat.kRowwise
    lp.a_matrix_.start_ = np.array(starts, dtype=np.int32)
    lp.a_matrix_.index_ = np.array(index, dtype=np.int32)
    lp.a_matrix_.value_ = np.array(value, dtype=np.float64)
    lp.a_matrix_.num_col_ = n
    lp.a_matrix_.num_row_ = len(flow.rows)
    lp.integrality_ = [highspy.HighsVarType.kInteger] * n
    return lp


def _solve(flow: _Flow, control: Control, time_limit: float) -> int:
    """The MIP's optimum, or its proven bound when stopped early (rounded up: integer costs)."""
    lp = _as_highs_lp(flow)
    h = new_highs()
    h.setOptionValue("time_limit", max(0.05, time_limit))
    h.setOptionValue("threads", 1)
    h.passModel(lp)

    def interrupt(e: Any) -> None:
        if control.expired():
            e.interrupt()

    h.cbMipInterrupt.subscribe(interrupt)
    h.run()
    bound = float(h.getInfo().mip_dual_bound)
    if h.getModelStatus() == highspy.HighsModelStatus.kOptimal:
        bound = float(h.getInfo().objective_function_value)
    if not math.isfinite(bound):
        return 0
    return max(0, math.ceil(bound - 1e-6))
