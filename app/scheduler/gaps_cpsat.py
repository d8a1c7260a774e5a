"""The idle-gap phase as a CP-SAT model (OR-Tools): anytime, started from a hint.

Each better schedule found is heard through ``on_best``; the search stops at the deadline,
when ``stop`` is set, or when a schedule reaches the proven floor with every published meeting
kept (nothing can beat it). With ``lns_only`` its workers only improve the hint by
large-neighbourhood search, which finds far fewer breaks on large models in the same time
but proves nothing. The model's variables are those of :mod:`app.scheduler.gaps`'s docstring.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Protocol

from app.scheduler.control import Control
from app.scheduler.gaps_model import GapModel, Placement, same_pair_groups

if TYPE_CHECKING:
    from ortools.sat.python.cp_model import CpModel, IntVar

CPSAT_WORKERS = 2


class StopFlag(Protocol):
    """Set by whoever has finished for good (a thread's or a process's event)."""

    def is_set(self) -> bool: ...


def _busy_literals(
    cm: CpModel,
    model: GapModel,
    team: str,
    mids: Sequence[str],
    x: Mapping[tuple[str, int], IntVar],
) -> dict[int, IntVar]:
    """busy[s] ⇔ the team has a meeting in slot s (only slots where it may have one)."""
    cap = model.problem.team[team].capacity
    busy: dict[int, IntVar] = {}
    for s in range(len(model.problem.slots)):
        lits = [x[mid, s] for mid in mids if (mid, s) in x]
        if not lits:
            continue
        if len(lits) > cap:
            cm.add(sum(lits) <= cap)
        if len(lits) == 1:
            busy[s] = lits[0]
        elif cap == 1:
            busy[s] = cm.new_bool_var("")
            cm.add(sum(lits) == busy[s])
        else:
            busy[s] = cm.new_bool_var("")
            cm.add_max_equality(busy[s], lits)
    if cap == 1:  # redundant, but it guides the search: one busy slot per meeting
        cm.add(sum(busy.values()) == len(mids))
    return busy


def _breaks_of(
    cm: CpModel, busy: Mapping[int, IntVar], session_slots: Sequence[Sequence[int]]
) -> IntVar:
    """The team's breaks: runs of busy slots (a run starts where the slot before is idle)
    minus the sessions it is busy in."""
    starts: list[IntVar] = []
    active: list[IntVar] = []
    for ses in session_slots:
        in_session = [busy[s] for s in ses if s in busy]
        if not in_session:
            continue
        for i, s in enumerate(ses):
            if s not in busy:
                continue
            before = busy.get(ses[i - 1]) if i > 0 else None
            if before is None:  # first slot of the session, or the team cannot be busy before
                starts.append(busy[s])
                continue
            start = cm.new_bool_var("")  # start ⇔ busy here and idle just before
            cm.add_implication(start, busy[s])
            cm.add_implication(start, ~before)
            cm.add_bool_or([start, ~busy[s], before])
            starts.append(start)
        if len(in_session) == 1:
            active.append(in_session[0])
        else:
            on = cm.new_bool_var("")
            cm.add_max_equality(on, in_session)
            active.append(on)
    breaks = cm.new_int_var(0, max(0, len(starts) - len(active)), "")
    cm.add(breaks == sum(starts) - sum(active))  # a variable, bounded below by 0: a tighter LP
    return breaks


def solve_cpsat(
    model: GapModel,
    control: Control,
    budget: float,
    hint: Mapping[str, int],
    hint_class: Mapping[str, int],
    *,
    min_breaks: int = 0,
    lns_only: bool = False,
    workers: int = CPSAT_WORKERS,
    stop: StopFlag | None = None,
    on_best: Callable[[int], None] | None = None,
) -> Placement | None:
    """CP-SAT from the hint. ``min_breaks``: a proven lower bound on the breaks; the search
    stops when a solution reaches it with every published meeting kept (then optimal).
    ``lns_only``: the workers improve the hint by large-neighbourhood search (no proof).
    ``stop``: set by another engine that has finished; ``on_best`` hears the breaks of each
    better solution."""
    from ortools.sat.python import cp_model

    cm = cp_model.CpModel()
    x = {(mid, s): cm.new_bool_var("") for mid in model.meetings for s in model.domain[mid]}
    for mid in model.meetings:
        cm.add_exactly_one(x[mid, s] for s in model.domain[mid])
    by_slot: dict[int, list[cp_model.IntVar]] = defaultdict(list)
    for (_, s), lit in x.items():
        by_slot[s].append(lit)
    for lits in by_slot.values():
        if len(lits) > model.n_tables:
            cm.add(sum(lits) <= model.n_tables)
    z_by: dict[tuple[int, int], list[cp_model.IntVar]] = defaultdict(list)
    zvar: dict[tuple[str, int, int], cp_model.IntVar] = {}
    for mid, cls in model.eligible.items():
        for s in model.domain[mid]:
            zs = []
            for c in cls:
                if model.class_cap[c, s] > 0:
                    z = cm.new_bool_var("")
                    zvar[mid, c, s] = z
                    zs.append(z)
                    z_by[c, s].append(z)
            cm.add(sum(zs) == x[mid, s])
    for (c, s), lits in z_by.items():
        if len(lits) > model.class_cap[c, s]:
            cm.add(sum(lits) <= model.class_cap[c, s])
    for mids in same_pair_groups(model):  # the same two teams never meet twice in a slot
        for s in {s for mid in mids for s in model.domain[mid]}:
            lits = [x[mid, s] for mid in mids if (mid, s) in x]
            if len(lits) > 1:
                cm.add_at_most_one(lits)
    n_slots = len(model.problem.slots)
    team_breaks: list[IntVar] = []
    for team, mids in model.team_meetings.items():
        busy = _busy_literals(cm, model, team, mids, x)
        team_breaks.append(_breaks_of(cm, busy, model.session_slots))
    w = model.break_weight
    breaks_expr = sum(team_breaks)
    kept = sum(x[mid, s] for mid, s in model.preferred.items())
    cm.minimize(w * breaks_expr - model.keep_weight * kept)
    if min_breaks > 0:  # valid (a relaxation's bound) and lets the search stop there
        cm.add(breaks_expr >= min_breaks)
    if model.max_spread is not None and team_breaks:
        low = cm.new_int_var(0, n_slots, "low")
        for bt in team_breaks:
            cm.add(bt >= low)
            cm.add(bt <= low + model.max_spread)
    for (mid, s), lit in x.items():
        cm.add_hint(lit, 1 if hint.get(mid) == s else 0)
    for (mid, c, s), z in zvar.items():
        cm.add_hint(z, 1 if hint.get(mid) == s and hint_class.get(mid) == c else 0)

    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(0.01, budget)
    solver.parameters.num_workers = workers
    solver.parameters.use_lns_only = lns_only
    done = threading.Event()

    def stopper() -> None:
        while not done.wait(0.05):
            if control.expired() or (stop is not None and stop.is_set()):
                solver.stop_search()
                return

    th = threading.Thread(target=stopper, daemon=True)
    th.start()
    best_possible = w * min_breaks - model.keep_weight * len(model.preferred)

    class StopAtBound(cp_model.CpSolverSolutionCallback):
        """Nothing can beat a solution that reaches the lower bound: stop there."""

        def on_solution_callback(self) -> None:
            if on_best is not None:
                on_best(int(self.value(breaks_expr)))
            if self.objective_value <= best_possible:
                self.stop_search()

    try:
        status = solver.solve(cm, StopAtBound())
    finally:
        done.set()
        th.join()
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None
    slot_idx = {
        mid: next(s for s in model.domain[mid] if solver.boolean_value(x[mid, s]))
        for mid in model.meetings
    }
    class_pick = {}
    for mid, cls in model.eligible.items():
        s = slot_idx[mid]
        class_pick[mid] = next(
            c for c in cls if (mid, c, s) in zvar and solver.boolean_value(zvar[mid, c, s])
        )
    return Placement(slot_idx, class_pick, status == cp_model.OPTIMAL)
