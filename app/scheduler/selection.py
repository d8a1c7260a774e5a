"""Objective 1 — which meetings, in which slot, with which interpreter (a MIP solved by HiGHS).

The model (one binary column per *candidate* placement):

* ``x[m, s]`` for every meeting ``m`` and candidate slot ``s`` (both teams free, allowed,
  fixed slot respected). A meeting that needs an interpreter only gets a column in a slot where
  at least one interpreter who can cover it is free.
* Interpreters are **aggregated** per slot: in slot ``s`` each interpreter-needing meeting has a
  set ``N(m, s)`` of interpreters who could take it. A set of meetings can be given distinct
  interpreters iff Hall's condition holds: for every union ``U`` of those sets,
  ``Σ x[m, s] over meetings with N(m, s) ⊆ U ≤ |U|``. With few distinct sets per slot (the
  usual case: every interpreter speaks Italian and Japanese) that is one or a handful of rows
  instead of a column per (meeting, slot, interpreter). In a slot with more than
  ``_MAX_CLASSES`` distinct sets the model falls back to columns ``y[m, s, i]`` and a row
  ``Σ_m y[m, s, i] ≤ 1`` per interpreter. The interpreters are then named per slot by a
  bipartite matching, which Hall's condition guarantees to exist.
* Rows: each meeting at most once (exactly once if mandatory); per slot at most one meeting per
  table; per team and slot at most ``capacity``; per team at most ``max_meetings``; per pair
  of teams with several meetings and slot, at most one of them (needed only when both teams
  have a capacity above 1: otherwise the team's row already says it).
* Locked published meetings: their column in the published slot is fixed to 1; a published
  interpreter of a locked meeting is reserved for it in that slot.
* **Fairness rule** (``options.min_meetings_per_participant = k > 0``, the checker's rule): a
  team with at least ``k`` schedulable meetings (a candidate slot and, when an interpreter is
  needed, one who can cover it and is free in one of those slots — each meeting alone) gets at
  least ``min(k, max_meetings)`` meetings; a team with fewer is owed nothing. When the others'
  meetings make that impossible, the problem is infeasible and the team is named.
* Objective: maximise Σ weight·x + ε·(meetings kept in their published slot), ε = 1/(P+1)
  for P movable published meetings, so stability (objective 4) can never outweigh one unit of
  weight; HiGHS stops at an absolute gap of ε/2, which proves both. (Measured against a second
  solve with the weight held: same result, 0.9 s instead of 6.7 s — /tmp/selection-notes.md.)

``upper_bound`` is HiGHS's dual bound (the LP relaxation at the root, tightened by cuts and
branching), rounded down since weights are whole numbers and the tie-break stays below one;
``proven_optimal`` means ``weight == upper_bound``. When the hard constraints cannot hold, an
elastic version of the model (each mandatory, locked and fairness requirement may be violated
at a cost) names the requirements that had to give way.

Why HiGHS and not CP-SAT: on the large instance HiGHS proves the optimum in 1–2 s (the root LP
is usually integral) while CP-SAT, on the same model, still had a 2x gap after 60 s.
"""

from __future__ import annotations

import itertools
import math
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import highspy
import numpy as np

from app.scheduler.control import Control
from app.scheduler.highs import new_highs
from app.scheduler.problem import InterpreterMode, Meeting, Problem

_MAX_CLASSES = 4  # distinct interpreter sets per slot aggregated with Hall rows (2^4-1 unions)
_INF = highspy.kHighsInf


@dataclass(frozen=True)
class Selection:
    """The chosen meetings: ``slot_of`` / ``interpreter_of`` cover exactly the scheduled ones."""

    slot_of: dict[str, str]
    interpreter_of: dict[str, str | None]
    weight: int
    upper_bound: float
    proven_optimal: bool
    feasible: bool = True
    conflicts: tuple[str, ...] = ()  # when infeasible: which requirement gave way, for people
    conflict_meetings: frozenset[str] = frozenset()  # mandatory/locked meetings that gave way
    kept_published: int = 0
    timed_out: bool = False  # stopped before any schedule was found (not a proof of anything)
    seconds: float = 0.0
    stats: dict[str, float] = field(default_factory=dict)  # model size and phase timings


# --- the model ------------------------------------------------------------------------------


@dataclass
class Row:
    lower: float
    upper: float
    cols: list[int]
    coefs: list[float] | None = None  # None: all ones
    what: str = ""  # for elastic diagnosis: "mandatory:<meeting>", "min:<team>"


@dataclass
class Model:
    """A backend-neutral 0/1 model (also fed to CP-SAT by the measurement script)."""

    meeting: list[str] = field(default_factory=list)  # per column
    slot: list[str] = field(default_factory=list)
    interpreter: list[str | None] = field(default_factory=list)  # triples and reserved
    weight: list[int] = field(default_factory=list)
    lower: list[int] = field(default_factory=list)  # 1 for locked columns
    published: list[bool] = field(default_factory=list)  # column is the published slot
    rows: list[Row] = field(default_factory=list)
    # slot -> list of (column, interpreters who can take it) for Hall-aggregated columns
    aggregated: dict[str, list[tuple[int, frozenset[str]]]] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)  # found while building: infeasible
    conflict_meetings: set[str] = field(default_factory=set)
    min_rows: int = 0

    @property
    def num_cols(self) -> int:
        return len(self.meeting)

    def add_col(self, m: Meeting, s: str, i: str | None, *, locked: bool, published: bool) -> int:
        self.meeting.append(m.id)
        self.slot.append(s)
        self.interpreter.append(i)
        self.weight.append(m.weight)
        self.lower.append(1 if locked else 0)
        self.published.append(published)
        return len(self.meeting) - 1


def build_model(problem: Problem) -> Model:
    """The selection model of ``problem`` (see the module docstring)."""
    p = problem
    model = Model()
    interp_ids = [i.id for i in p.interpreters]
    free: dict[str, set[str]] = {
        s: {i.id for i in p.interpreters if s not in i.unavailable_slots} for s in p.slots
    }
    locked = {x.meeting: x for x in p.published if x.locked}

    # Locked meetings first: they may reserve an interpreter in their slot.
    for mid, pub in locked.items():
        m = p.meeting[mid]
        if pub.slot not in p.candidate_slots(m):
            model.conflicts.append(
                f"Locked meeting {mid!r} is published in slot {pub.slot!r}, where it cannot be "
                "(a team is unavailable, or the slot is not allowed / not its fixed slot)."
            )
            model.conflict_meetings.add(mid)
            continue
        if pub.interpreter is None:
            if p.needs_interpreter(m):
                model.conflicts.append(
                    f"Locked meeting {mid!r} needs an interpreter but is locked without one."
                )
                model.conflict_meetings.add(mid)
            continue
        interp = p.interpreter[pub.interpreter]
        if m.interpreter is InterpreterMode.NONE or not p.can_interpret(interp, m):
            model.conflicts.append(
                f"Locked meeting {mid!r} keeps interpreter {pub.interpreter!r}, who does not "
                "speak both sides' languages (or the meeting asks for no interpreter)."
            )
            model.conflict_meetings.add(mid)
            continue
        if pub.interpreter not in free[pub.slot]:
            model.conflicts.append(
                f"Locked meeting {mid!r} keeps interpreter {pub.interpreter!r} in slot "
                f"{pub.slot!r}, who is unavailable or already taken by another locked meeting."
            )
            model.conflict_meetings.add(mid)
            continue
        free[pub.slot].discard(pub.interpreter)

    cols_of_meeting: dict[str, list[int]] = defaultdict(list)
    for m in p.meetings:
        pub_of = p.published_of.get(m.id)
        lock = locked.get(m.id)
        if m.id in model.conflict_meetings:
            continue
        needs = p.needs_interpreter(m)
        for s in p.candidate_slots(m):
            if lock is not None and s != lock.slot:
                continue
            is_pub = pub_of is not None and pub_of.slot == s
            if lock is not None and lock.interpreter is not None:
                c = model.add_col(m, s, lock.interpreter, locked=True, published=True)
                cols_of_meeting[m.id].append(c)
                continue
            if not needs or lock is not None:  # a locked one without interpreter needs none
                c = model.add_col(m, s, None, locked=lock is not None, published=is_pub)
                cols_of_meeting[m.id].append(c)
                continue
            can = frozenset(i for i in free[s] if p.can_interpret(p.interpreter[i], m))
            if not can:
                continue
            c = model.add_col(m, s, None, locked=False, published=is_pub)
            cols_of_meeting[m.id].append(c)
            model.aggregated.setdefault(s, []).append((c, can))

    # Interpreters per slot: Hall rows over few classes, else explicit triples.
    for s, entries in list(model.aggregated.items()):
        classes = sorted({can for _, can in entries}, key=sorted)
        if len(classes) <= _MAX_CLASSES:
            unions: set[frozenset[str]] = set()
            for r in range(1, len(classes) + 1):
                for combo in itertools.combinations(classes, r):
                    unions.add(frozenset().union(*combo))
            for u in sorted(unions, key=sorted):
                members = [c for c, can in entries if can <= u]
                if len(members) > len(u):
                    model.rows.append(Row(-_INF, len(u), members))
            continue
        # Too many classes: replace each aggregated column by one column per interpreter.
        del model.aggregated[s]
        per_interp: dict[str, list[int]] = defaultdict(list)
        for c, can in entries:
            mid = model.meeting[c]
            m = p.meeting[mid]
            cols_of_meeting[mid].remove(c)
            model.weight[c] = 0
            model.lower[c] = 0
            model.slot[c] = ""  # a dead column, bounded to 0 below
            for i in sorted(can):
                t = model.add_col(m, s, i, locked=False, published=model.published[c])
                cols_of_meeting[mid].append(t)
                per_interp[i].append(t)
        for i in interp_ids:
            if len(per_interp.get(i, [])) > 1:
                model.rows.append(Row(-_INF, 1, per_interp[i]))

    live = [c for c in range(model.num_cols) if model.slot[c]]

    # Each meeting at most once (exactly once if mandatory).
    for m in p.meetings:
        cols = cols_of_meeting.get(m.id, [])
        if m.mandatory and m.id not in model.conflict_meetings:
            if not cols:
                model.conflicts.append(
                    f"Mandatory meeting {m.id!r} has no slot where {m.a!r} and {m.b!r} are free "
                    "together (with an interpreter where one is needed)."
                )
                model.conflict_meetings.add(m.id)
                continue
            model.rows.append(Row(1, 1, cols, what=f"mandatory:{m.id}"))
        elif len(cols) > 1:
            model.rows.append(Row(-_INF, 1, cols))

    # Tables per slot; teams per slot and in total.
    by_slot: dict[str, list[int]] = defaultdict(list)
    by_team_slot: dict[tuple[str, str], list[int]] = defaultdict(list)
    by_team: dict[str, list[int]] = defaultdict(list)
    for c in live:
        m = p.meeting[model.meeting[c]]
        by_slot[model.slot[c]].append(c)
        for end in (m.a, m.b):
            by_team_slot[(end, model.slot[c])].append(c)
            by_team[end].append(c)
    n_tables = len(p.tables)
    for s in p.slots:
        if len(by_slot[s]) > n_tables:
            model.rows.append(Row(-_INF, n_tables, by_slot[s]))
    for (tid, _s), cols in by_team_slot.items():
        if len(cols) > p.team[tid].capacity:
            model.rows.append(Row(-_INF, p.team[tid].capacity, cols))
    for cols in _same_pair_per_slot(p, model, live):
        model.rows.append(Row(-_INF, 1, cols))
    k = p.options.min_meetings_per_participant
    n_schedulable: dict[str, int] = defaultdict(int)
    for m in p.meetings:
        if k > 0 and _schedulable(p, m):
            n_schedulable[m.a] += 1
            n_schedulable[m.b] += 1
    for team in p.teams:
        cols = by_team.get(team.id, [])
        cap = team.max_meetings
        if cap is not None and len(cols) > cap:
            model.rows.append(Row(-_INF, cap, cols))
        if k > 0:
            schedulable = n_schedulable[team.id]
            target = k if cap is None else min(k, cap)
            if schedulable >= k and target > 0:
                model.rows.append(Row(target, _INF, cols, what=f"min:{team.id}"))
                model.min_rows += 1
    return model


def _same_pair_per_slot(p: Problem, model: Model, live: list[int]) -> list[list[int]]:
    """Per slot, the columns of each pair of teams with several meetings there, when both
    teams could otherwise hold two of them in one slot (capacity above 1)."""
    groups: dict[tuple[frozenset[str], str], list[int]] = defaultdict(list)
    for c in live:
        m = p.meeting[model.meeting[c]]
        if p.team[m.a].capacity > 1 and p.team[m.b].capacity > 1:
            groups[(m.pair, model.slot[c])].append(c)
    return [cols for cols in groups.values() if len({model.meeting[c] for c in cols}) > 1]


def _schedulable(p: Problem, m: Meeting) -> bool:
    """The fairness rule's count (shared with the checker's definition): a candidate slot and,
    when an interpreter is needed, one who can cover it and is free in one of those slots."""
    cands = p.candidate_slots(m)
    if not cands:
        return False
    if not p.needs_interpreter(m):
        return True
    return any(
        p.can_interpret(i, m) and any(s not in i.unavailable_slots for s in cands)
        for i in p.interpreters
    )


# --- HiGHS ----------------------------------------------------------------------------------


def _lp(model: Model, cost: list[float], *, elastic: bool) -> tuple[highspy.HighsLp, int]:
    """The HiGHS model; with ``elastic`` each requirement row gets a penalised slack column."""
    n = model.num_cols
    lower = [float(v) for v in model.lower]
    upper = [1.0 if model.slot[c] else 0.0 for c in range(n)]
    cost = list(cost)
    rows = list(model.rows)
    n_slack = 0
    if elastic:
        for c in range(n):
            if lower[c] > 0:  # locked: reward instead of forcing
                lower[c] = 0.0
                cost[c] += 1.0
        extra: list[Row] = []
        for r in rows:
            if r.what and r.lower > 0:
                lower.append(0.0)
                upper.append(_INF)
                cost.append(-1.0)
                coefs = r.coefs or [1.0] * len(r.cols)
                extra.append(Row(r.lower, r.upper, [*r.cols, n + n_slack], [*coefs, 1.0], r.what))
                n_slack += 1
            else:
                extra.append(r)
        rows = extra
    lp = highspy.HighsLp()
    lp.num_col_ = n + n_slack
    lp.num_row_ = len(rows)
    lp.col_cost_ = np.array(cost, dtype=np.float64)
    lp.col_lower_ = np.array(lower, dtype=np.float64)
    lp.col_upper_ = np.array(upper, dtype=np.float64)
    lp.row_lower_ = np.array([r.lower for r in rows], dtype=np.float64)
    lp.row_upper_ = np.array([r.upper for r in rows], dtype=np.float64)
    starts = [0]
    index: list[int] = []
    value: list[float] = []
    for r in rows:
        index.extend(r.cols)
        value.extend(r.coefs or [1.0] * len(r.cols))
        starts.append(len(index))
    lp.a_matrix_.format_ = highspy.MatrixFormat.kRowwise
    lp.a_matrix_.start_ = np.array(starts, dtype=np.int32)
    lp.a_matrix_.index_ = np.array(index, dtype=np.int32)
    lp.a_matrix_.value_ = np.array(value, dtype=np.float64)
    lp.a_matrix_.num_col_ = n + n_slack
    lp.a_matrix_.num_row_ = len(rows)
    lp.sense_ = highspy.ObjSense.kMaximize
    lp.integrality_ = [highspy.HighsVarType.kInteger] * (n + n_slack)
    return lp, n_slack


@dataclass
class _Run:
    values: list[float] | None
    objective: float
    bound: float
    infeasible: bool
    finished: bool  # solved to (tolerance) optimality or proven infeasible
    seconds: float


def _run_highs(
    lp: highspy.HighsLp,
    *,
    time_limit: float,
    control: Control | None,
    abs_gap: float,
    start: list[float] | None = None,
    feasibility_jump: bool = False,
    on_progress: Callable[[float, float], None] | None = None,
) -> _Run:
    t0 = time.monotonic()
    if lp.num_col_ == 0:  # HiGHS calls an empty model an error; it is trivially decided
        ok = all(lo <= 0 <= up for lo, up in zip(lp.row_lower_, lp.row_upper_, strict=True))
        return _Run([] if ok else None, 0.0, 0.0, not ok, True, 0.0)
    h = new_highs()
    h.setOptionValue("time_limit", max(0.05, time_limit))
    h.setOptionValue("mip_abs_gap", abs_gap)
    h.setOptionValue("mip_rel_gap", 0.0)
    # Measured on the large instance (/tmp/selection-notes.md): HiGHS's presolve (probing on
    # 60k binaries) costs 10+ s and buys nothing here; feasibility jump costs 2 s when the root
    # LP is integral (the usual case), but finds the first schedule sooner when minimum rows
    # make it fractional; one thread leaves the other core to the caller.
    h.setOptionValue("presolve", "off")
    h.setOptionValue("mip_heuristic_run_feasibility_jump", feasibility_jump)
    h.setOptionValue("threads", 1)
    h.passModel(lp)
    if start is not None:
        sol = highspy.HighsSolution()
        sol.col_value = list(start)
        sol.value_valid = True
        h.setSolution(sol)
    last = [0.0]

    def interrupt(e: Any) -> None:
        if control is not None and control.expired():
            e.interrupt()
        now = time.monotonic()
        if on_progress is not None and now - last[0] > 0.5:
            last[0] = now
            out = e.data_out
            on_progress(out.mip_primal_bound, out.mip_dual_bound)

    h.cbMipInterrupt.subscribe(interrupt)
    h.cbSimplexInterrupt.subscribe(interrupt)
    h.run()
    status = h.getModelStatus()
    info = h.getInfo()
    values: list[float] | None = None
    if info.primal_solution_status == 2:
        values = list(h.getSolution().col_value)
    infeasible = status in (  # the objective is bounded: "unbounded or infeasible" is the latter
        highspy.HighsModelStatus.kInfeasible,
        highspy.HighsModelStatus.kUnboundedOrInfeasible,
    )
    finished = status == highspy.HighsModelStatus.kOptimal or infeasible
    bound = float(info.mip_dual_bound) if values is not None or finished else math.inf
    return _Run(
        values,
        float(info.objective_function_value) if values is not None else -math.inf,
        bound,
        infeasible,
        finished,
        time.monotonic() - t0,
    )


# --- interpreters: a matching per slot ------------------------------------------------------


def _match(
    wanted: list[tuple[str, frozenset[str], str | None]],
) -> dict[str, str]:
    """Meeting -> interpreter; ``wanted`` is (meeting, candidates, preferred). Kuhn's algorithm."""
    owner: dict[str, str] = {}
    cands = {m: ([pref] if pref in can else []) + sorted(can - {pref}) for m, can, pref in wanted}

    def augment(m: str, seen: set[str]) -> bool:
        for i in cands[m]:
            if i in seen:
                continue
            seen.add(i)
            if i not in owner or augment(owner[i], seen):
                owner[i] = m
                return True
        return False

    for m, _can, _pref in wanted:
        augment(m, set())
    return {m: i for i, m in owner.items()}


def _decode(
    problem: Problem, model: Model, values: Iterable[float]
) -> tuple[dict[str, str], dict[str, str | None]]:
    slot_of: dict[str, str] = {}
    interp_of: dict[str, str | None] = {}
    chosen = [c for c, v in enumerate(values) if c < model.num_cols and v > 0.5]
    for c in chosen:
        mid = model.meeting[c]
        slot_of[mid] = model.slot[c]
        interp_of[mid] = model.interpreter[c]
    for s, entries in model.aggregated.items():
        wanted = []
        for c, can in entries:
            mid = model.meeting[c]
            if slot_of.get(mid) == s and interp_of.get(mid) is None:
                pub = problem.published_of.get(mid)
                wanted.append((mid, can, pub.interpreter if pub is not None else None))
        matched = _match(wanted)
        for mid, _can, _pref in wanted:
            if mid not in matched:  # cannot happen when Hall's rows hold
                raise AssertionError(f"no interpreter for {mid!r} in slot {s!r}")
            interp_of[mid] = matched[mid]
    return slot_of, interp_of


# --- the entry point ------------------------------------------------------------------------


def select(
    problem: Problem,
    control: Control | None = None,
    *,
    time_limit: float | None = None,
    stability: bool = True,
) -> Selection:
    """Maximise the total weight of scheduled meetings (see the module docstring)."""
    t0 = time.monotonic()
    budget = time_limit if time_limit is not None else problem.options.time_limit_s
    if control is not None:
        budget = min(budget, control.remaining())

    def left() -> float:
        return max(0.0, budget - (time.monotonic() - t0))

    model = build_model(problem)
    stats: dict[str, float] = {
        "columns": model.num_cols,
        "rows": len(model.rows),
        "build_seconds": time.monotonic() - t0,
    }
    if model.conflicts:
        return _infeasible(problem, model, left(), control, t0, stats, model.conflicts)

    def progress(best: float, bound: float) -> None:
        if control is not None:
            frac = min(1.0, (time.monotonic() - t0) / budget) if budget > 0 else 1.0
            control.report(
                "selection",
                frac,
                float(math.floor(best + 1e-6)) if abs(best) < 1e30 else None,
                float(math.floor(bound + 1e-6)) if abs(bound) < 1e30 else None,
            )

    # Stability as a tie-break: eps per meeting kept in its published slot, eps·P < 1, so the
    # kept count never outweighs one unit of weight; an absolute gap below eps proves both.
    n_pub = sum(1 for c in range(model.num_cols) if model.published[c] and not model.lower[c])
    eps = 1.0 / (n_pub + 1) if stability and n_pub else 0.0
    cost = [
        w + (eps if pub and not low else 0.0)
        for w, pub, low in zip(model.weight, model.published, model.lower, strict=True)
    ]
    lp, _ = _lp(model, cost, elastic=False)
    start = _greedy_start(problem, model)
    stats["greedy_start"] = float(start is not None)
    run = _run_highs(
        lp,
        time_limit=left(),
        control=control,
        start=start,
        abs_gap=0.5 * eps if eps else 0.999,
        feasibility_jump=model.min_rows > 0,
        on_progress=progress,
    )
    stats["solve_seconds"] = run.seconds
    if run.infeasible:
        return _infeasible(problem, model, left(), control, t0, stats, [])
    values = run.values
    if values is None:  # stopped before any schedule was found
        return Selection(
            {}, {}, 0, math.inf, False, feasible=False,
            conflicts=("The time limit was reached before a schedule was found.",),
            timed_out=True, seconds=time.monotonic() - t0, stats=stats,
        )  # fmt: skip
    weight = round(sum(w for w, v in zip(model.weight, values, strict=False) if v > 0.5))
    # Any schedule's weight ≤ its objective ≤ the dual bound, and weights are whole numbers.
    # Stopped before the root LP: the trivial bound (every placeable meeting).
    trivial = float(sum(problem.meeting[mid].weight for mid in set(model.meeting)))
    dual = run.bound if math.isfinite(run.bound) and run.bound < trivial + 1 else trivial
    bound = max(float(weight), float(math.floor(dual + 1e-6)))
    proven = weight >= bound
    kept = sum(1 for c, v in enumerate(values) if v > 0.5 and model.published[c])
    slot_of, interp_of = _decode(problem, model, values)
    if control is not None:
        control.report("selection", 1.0, float(weight), bound)
    return Selection(
        slot_of,
        interp_of,
        weight,
        bound,
        proven,
        kept_published=kept,
        seconds=time.monotonic() - t0,
        stats=stats,
    )


def _greedy_start(problem: Problem, model: Model) -> list[float] | None:
    """The greedy baseline's schedule as a first incumbent (milliseconds; HiGHS checks it and
    ignores it when it breaks a row, e.g. a minimum per team), so that a solve stopped early
    still has a schedule. None when greedy.py is absent or failed a hard requirement."""
    try:
        from app.scheduler.greedy import greedy
    except ImportError:
        return None
    schedule = greedy(problem)
    if schedule.status.value != "feasible":
        return None
    col: dict[tuple[str, str, str | None], int] = {}
    for c in range(model.num_cols):
        if model.slot[c]:
            col[(model.meeting[c], model.slot[c], model.interpreter[c])] = c
    values = [0.0] * model.num_cols
    for a in schedule.assignments:
        found = col.get((a.meeting, a.slot, None))
        if found is None:
            found = col.get((a.meeting, a.slot, a.interpreter))
        if found is None:
            return None
        values[found] = 1.0
    return values


def _stopped(control: Control | None) -> bool:
    return control is not None and control.expired()


def _infeasible(
    problem: Problem,
    model: Model,
    time_left: float,
    control: Control | None,
    t0: float,
    stats: dict[str, float],
    found: list[str],
) -> Selection:
    """Name the requirements that cannot all hold (an elastic re-solve when needed)."""
    conflicts = list(found)
    culprits = set(model.conflict_meetings)
    if not conflicts:
        lp, n_slack = _lp(model, [0.0] * model.num_cols, elastic=True)
        # A diagnosis, not an optimisation: a few seconds at most; with an incumbent that is
        # not proven minimal, the requirements named are *a* set that gives way, not the least.
        limit = min(max(1.0, time_left), 5.0)
        run = _run_highs(lp, time_limit=limit, control=control, abs_gap=0.5)
        if run.values is not None:
            n = model.num_cols
            k = 0
            for r in model.rows:
                if r.what and r.lower > 0:
                    if run.values[n + k] > 0.5:
                        kind, name = r.what.split(":", 1)
                        if kind == "mandatory":
                            conflicts.append(
                                f"Mandatory meeting {name!r} cannot be placed together with the "
                                "other mandatory, locked and fixed meetings."
                            )
                            culprits.add(name)
                        elif kind == "min":
                            conflicts.append(
                                f"Participant {name!r} cannot get the minimum of "
                                f"{problem.options.min_meetings_per_participant} meetings "
                                "(options.min_meetings_per_participant)."
                            )
                        else:
                            conflicts.append(f"Locked meeting {name!r} cannot keep its slot.")
                            culprits.add(name)
                    k += 1
            for c in range(n):
                if model.lower[c] > 0 and run.values[c] < 0.5:
                    conflicts.append(
                        f"Locked meeting {model.meeting[c]!r} cannot keep slot {model.slot[c]!r}."
                    )
                    culprits.add(model.meeting[c])
            del n_slack
        if not conflicts:
            conflicts.append("The mandatory, locked and minimum-per-participant requirements "
                             "cannot all hold.")  # fmt: skip
    return Selection(
        {},
        {},
        0,
        0.0,
        True,
        feasible=False,
        conflicts=tuple(conflicts),
        conflict_meetings=frozenset(culprits),
        seconds=time.monotonic() - t0,
        stats=stats,
    )
