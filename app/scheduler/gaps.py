"""Objective 3 (idle gaps) with objective 4 (stability) as a tie-break.

The selection is fixed: the same meetings stay scheduled. This phase moves them between slots
(and re-assigns interpreters) so that the teams' idle gaps are as few as possible. A *break* is
a maximal run of idle slots between two busy slots of the same team within one session.

The pieces:

* a lower bound from the busy-slot relaxation (:mod:`app.scheduler.gaps_bound`, a small MIP
  solved by HiGHS in 0.1–4 s), reported at once as the phase's floor;
* a compact constructive start, kept when better than the input (the fallback, and CP-SAT's
  hint);
* the weighted partial MaxSAT formula of :mod:`app.scheduler.gaps_formula` (with the implied
  constraints of Bofill et al., JAIR 74, 2022) solved by a MaxSAT engine
  (:mod:`app.scheduler.maxsat_engines`) in a worker process (:mod:`app.scheduler.gaps_workers`);
* a CP-SAT model (OR-Tools), started from the hint: anytime (each better schedule is reported
  as it is found), and its large-neighbourhood search finds good schedules early.

``method="auto"`` (what ``solve`` uses) runs both on the two cores, each in a worker process:
UWrMaxSat, which proves the optimum, and beside it, at a lower priority so that the proof
keeps its core on a busy machine, CP-SAT's large-neighbourhood search, whose better schedules
the window shows as they come while the proof runs; the first to finish for good (a proof,
or a schedule that reaches the floor) stops the other. UWrMaxSat has 85 % of the time: a
proof not found by then rarely comes, and CP-SAT then has both cores. Models larger than
``_MAXSAT_MAX_VARS`` meeting×slot variables (the large missions) go to CP-SAT alone. Every
other method runs one engine alone, for the benchmarks and the tests.

Measured (benchmarks/README.md, "Fairs shaped like the paper's"): UWrMaxSat proves the
optimum of every one of the twenty fairs shaped like the paper's real events in at most
~20 s on the 2-core box, where CP-SAT alone proved 16 of them in 60 s; the figures of every
engine are in the benchmarks' README. On the denser synthetic fairs (60 teams, 250 meetings,
everyone meeting anyone) nothing proves the optimum within a minute; there CP-SAT's
neighbourhood search finds the fewest breaks, which is why it runs beside the proof.

An answer is flagged optimal when an engine proves it or it reaches the floor with every
published meeting in place. The answer is always valid and never worse than the input.

The model, for teams ``t``, slots ``s``, meetings ``m`` (the MaxSAT formula's own docstring
has its encoding):

* ``x[m,s]``: meeting ``m`` in slot ``s`` (exactly one per meeting, over its candidate slots);
* per slot, at most ``len(tables)`` meetings; per team and slot, at most ``capacity`` meetings;
  two meetings of the same two teams never in one slot;
* meetings that need an interpreter pick one interpreter *class* (interpreters with the same
  languages and unavailability are interchangeable), at most the class's size per slot;
* breaks of ``t`` = Σ starts − Σ active sessions (CP-SAT: an integer variable ≥ 0 — as a bare
  sum its LP was weaker and the large-neighbourhood search found 57–69 breaks instead of
  40–45 on the 22-slot fair); minimised with weight ``W``; keeping a published meeting in its
  published slot is rewarded with weight 1 (``W`` > their number), or the other way round
  with ``stability_first``;
* optionally, every team's breaks lie within ``[low, low + d]`` (the spread bound).
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from app.scheduler.breaks import breaks_spread, total_breaks
from app.scheduler.control import Control
from app.scheduler.gaps_bound import TeamShape, breaks_lower_bound
from app.scheduler.gaps_cpsat import solve_cpsat
from app.scheduler.gaps_model import (
    GapModel,
    Placement,
    build_model,
    decode_interpreters,
    kept_published,
    reaches_floor,
)
from app.scheduler.maxsat_engines import DEFAULT_ENGINE, ENGINE_NAMES
from app.scheduler.problem import Problem

if TYPE_CHECKING:
    from app.scheduler.gaps_workers import CpsatStart, WorkerAnswer

Method = Literal[
    "auto", "maxsat", "cpsat", "uwrmaxsat", "cashwmaxsat", "evalmaxsat", "openwbo", "loandra", "rc2"
]
# every method, for the benchmarks and the tests: "auto" (what `solve` uses), CP-SAT alone,
# and each MaxSAT engine alone ("maxsat" is the default MaxSAT engine)
ENGINES: tuple[str, ...] = ("auto", "cpsat", *ENGINE_NAMES)


# up to this many meeting×slot variables, "auto" runs the MaxSAT engine beside CP-SAT (the
# paper-shaped fairs have up to 6,600); beyond, the formula's size (cardinality counters per
# slot) makes encoding alone take long, and CP-SAT's large-neighbourhood search runs alone
_MAXSAT_MAX_VARS = 8000
# "auto": the share of the gap phase's time UWrMaxSat has for its proof (then CP-SAT goes on
# alone). Measured at 60 s: with 0.85 the dense 14-slot fair is proven (4 breaks, at 46 s)
# and the medium mission ends at 41 breaks; with 0.7, 21 unproven and 33
_PROOF_SHARE = 0.85
# "cpsat" alone: up to this many meeting×slot variables CP-SAT runs its complete search (it
# proves the small mission, 1,181); beyond, its large-neighbourhood search finds far fewer
# breaks in the time but proves nothing
_COMPLETE_SEARCH_MAX_VARS = 2000
# the lower bound's MIP: seconds, and share of the time left, at most
_BOUND_TIME_S = 5.0
_BOUND_TIME_SHARE = 0.1


@dataclass(frozen=True)
class GapResult:
    slot_of: dict[str, str]
    interpreter_of: dict[str, str | None]
    breaks: int
    spread: int
    optimal: bool  # proven: no valid re-assignment of the same meetings has fewer breaks
    method: str = ""  # which engine produced it ("maxsat", "cpsat", "input", "compact")
    lower_bound: int = 0  # proven: no valid re-assignment has fewer breaks than this


# --- counting --------------------------------------------------------------------------------


def _totals(problem: Problem, slot_of: Mapping[str, str]) -> tuple[int, int]:
    return total_breaks(problem, slot_of), breaks_spread(problem, slot_of)


# --- a compact constructive start (a hint for CP-SAT) -------------------------------------


def _holes(busy: set[int], session_no: Sequence[int]) -> int:
    n = 0
    prev: int | None = None
    for i in sorted(busy):
        if prev is not None and session_no[i] == session_no[prev] and i > prev + 1:
            n += 1
        prev = i
    return n


def _compact_start(model: GapModel, rng_seed: int = 0) -> Placement | None:
    """Place the meetings one by one, each in the free slot that adds the fewest breaks
    (ties: next to the teams' other meetings, then earliest). None if one does not fit."""
    problem = model.problem
    n_slots = len(problem.slots)
    session_no = [0] * n_slots
    for k, ses in enumerate(model.session_slots):
        for s in ses:
            session_no[s] = k
    load = [0] * n_slots
    class_load: dict[tuple[int, int], int] = defaultdict(int)
    team_load: dict[tuple[str, int], int] = defaultdict(int)
    busy: dict[str, set[int]] = defaultdict(set)
    slot_idx: dict[str, int] = {}
    class_pick: dict[str, int] = {}
    pair_slots: set[tuple[frozenset[str], int]] = set()

    def put(mid: str, s: int, c: int | None) -> None:
        m = problem.meeting[mid]
        slot_idx[mid] = s
        pair_slots.add((m.pair, s))
        load[s] += 1
        for t in (m.a, m.b):
            team_load[t, s] += 1
            busy[t].add(s)
        if c is not None:
            class_pick[mid] = c
            class_load[c, s] += 1

    for mid in model.meetings:  # fixed first (locked, or a single candidate)
        if len(model.domain[mid]) == 1:
            s = model.domain[mid][0]
            c = _free_class(model, mid, s, class_load)
            if mid in model.eligible and c is None:
                return None
            put(mid, s, c)
    degree: dict[str, int] = {t: len(ms) for t, ms in model.team_meetings.items()}
    rest = [mid for mid in model.meetings if mid not in slot_idx]
    rest.sort(
        key=lambda mid: (
            -max(degree[problem.meeting[mid].a], degree[problem.meeting[mid].b]),
            len(model.domain[mid]),
            mid,
        )
    )
    for mid in rest:
        m = problem.meeting[mid]
        best: tuple[int, int, int] | None = None
        best_c: int | None = None
        for s in model.domain[mid]:
            if load[s] >= model.n_tables:
                continue
            if any(team_load[t, s] >= problem.team[t].capacity for t in (m.a, m.b)):
                continue
            if (m.pair, s) in pair_slots:
                continue  # the same two teams never meet twice in one slot
            c = _free_class(model, mid, s, class_load)
            if mid in model.eligible and c is None:
                continue
            added = 0
            near = 0
            for t in (m.a, m.b):
                added += _holes(busy[t] | {s}, session_no) - _holes(busy[t], session_no)
                near -= sum(1 for d in (-1, 1) if s + d in busy[t])
            key = (added, near, s)
            if best is None or key < best:
                best, best_c = key, c
        if best is None:
            return None
        put(mid, best[2], best_c)
    return Placement(slot_idx, class_pick, False)


def _free_class(
    model: GapModel, mid: str, s: int, class_load: Mapping[tuple[int, int], int]
) -> int | None:
    for c in model.eligible.get(mid, ()):
        if class_load.get((c, s), 0) < model.class_cap[c, s]:
            return c
    return None


# --- the entry point -------------------------------------------------------------------------


def _score(model: GapModel, slot_of: Mapping[str, str]) -> int:
    problem = model.problem
    total, _ = _totals(problem, slot_of)
    return model.break_weight * total - model.keep_weight * kept_published(model, slot_of)


def _lower_bound(model: GapModel, control: Control) -> int:
    """The busy-slot relaxation's bound (app.scheduler.gaps_bound) for this model."""
    problem = model.problem
    shapes: list[TeamShape] = []
    for team, mids in model.team_meetings.items():
        if problem.team[team].capacity != 1:
            continue  # busy in fewer slots than it has meetings: left out (still a relaxation)
        usable = frozenset(s for mid in mids for s in model.domain[mid])
        sure = frozenset(model.domain[mid][0] for mid in mids if len(model.domain[mid]) == 1)
        shapes.append(TeamShape(len(mids), usable, sure))
    budget = min(_BOUND_TIME_S, _BOUND_TIME_SHARE * control.remaining())
    return breaks_lower_bound(
        shapes,
        model.session_slots,
        max_busy_per_slot=2 * model.n_tables,
        every_team_paired=len(shapes) == len(model.team_meetings),
        control=control,
        time_limit=budget,
    )


def improve_gaps(
    problem: Problem,
    slot_of: Mapping[str, str],
    interpreter_of: Mapping[str, str | None],
    control: Control,
    *,
    method: Method = "auto",
    max_spread: int | None = None,
    use_option_spread: bool = True,
    stability_first: bool = False,
) -> GapResult:
    """Re-assign slots and interpreters of the same meetings to minimise the breaks.

    Keeps every hard constraint; the spread bound is ``max_spread`` or, by default,
    ``problem.options.max_breaks_spread``. Always valid: at worst the input comes back.
    ``method``: "auto" (UWrMaxSat in a worker process beside CP-SAT's neighbourhood search;
    CP-SAT alone on large models: module docstring), "cpsat" alone, or one MaxSAT engine
    alone (:data:`ENGINES`; "maxsat" is the default engine). Every method starts from the
    relaxation's floor and the better of the input and a compact start, and reports the
    best and the floor through ``control`` whenever either improves.
    Among equal-break answers, published meetings stay in their published slots
    (objective 4); with ``stability_first`` the order is reversed (fewest moved published
    meetings, then fewest breaks) — for re-scheduling after a publication, where moving
    people's confirmed meetings costs more than an idle slot.
    """
    if method not in ("maxsat", *ENGINES):
        raise ValueError(f"Unknown idle-gap method {method!r}; known: {', '.join(ENGINES)}.")
    if max_spread is None and use_option_spread:
        max_spread = problem.options.max_breaks_spread
    base_slots = dict(slot_of)
    base_interp = {mid: interpreter_of.get(mid) for mid in slot_of}
    total, spread = _totals(problem, base_slots)
    if not slot_of:
        return GapResult({}, {}, 0, 0, True, "input")
    model = build_model(problem, slot_of, interpreter_of, max_spread, stability_first)
    input_ok = max_spread is None or spread <= max_spread
    control.report("gaps", 0.0, float(total), None)
    min_breaks = 0 if control.expired() else _lower_bound(model, control)
    if input_ok and reaches_floor(model, base_slots, min_breaks):
        return _final(
            control, GapResult(base_slots, base_interp, total, spread, True, "input", min_breaks)
        )
    fallback = GapResult(base_slots, base_interp, total, spread, False, "input", min_breaks)

    # a compact constructive start, when better than the input, is CP-SAT's hint and the
    # fallback instead
    hint = {mid: problem.slot_index[s] for mid, s in slot_of.items()}
    class_of = {iid: c for c, members in enumerate(model.classes) for iid in members}
    hint_class = {
        mid: class_of[iid]
        for mid, iid in interpreter_of.items()
        if iid is not None and iid in class_of
    }
    compact = None if control.expired() else _compact_start(model)
    if compact is not None:
        c_slots = {mid: problem.slots[s] for mid, s in compact.slot_idx.items()}
        c_ok = max_spread is None or breaks_spread(problem, c_slots) <= max_spread
        if c_ok and (not input_ok or _score(model, c_slots) < _score(model, base_slots)):
            hint, hint_class = compact.slot_idx, compact.class_pick
            total, spread = _totals(problem, c_slots)
            c_interp = decode_interpreters(model, compact.slot_idx, compact.class_pick)
            fallback = GapResult(
                c_slots, c_interp, total, spread, False, "compact", lower_bound=min_breaks
            )
            base_slots, input_ok = c_slots, True
    progress = _Progress(control, fallback.breaks if input_ok else None, min_breaks)
    progress.report()
    if control.expired():
        return _final(control, fallback)

    size = sum(len(d) for d in model.domain.values())
    found: list[tuple[Placement, str]] = []
    engine = DEFAULT_ENGINE if method == "maxsat" else method
    if engine in ENGINE_NAMES:
        found += _run_workers(model, [engine], control, progress)
    elif method == "cpsat" or (method == "auto" and size > _MAXSAT_MAX_VARS):
        # complete search on small models; large-neighbourhood search (which needs a valid
        # start and cannot prove) on large ones, where it finds far fewer breaks in the time
        lns_only = input_ok and size > _COMPLETE_SEARCH_MAX_VARS
        solved = solve_cpsat(
            model,
            control,
            control.remaining(),
            hint,
            hint_class,
            min_breaks=min_breaks,
            lns_only=lns_only,
            on_best=progress.best_found,
        )
        if solved is not None:
            found.append((solved, "cpsat"))
    else:  # "auto"
        found += _portfolio(model, control, progress, hint, hint_class, input_ok, min_breaks)
    if not found:
        return _final(control, fallback)
    solved, used = min(
        found,
        key=lambda f: (
            _score(model, {m: problem.slots[s] for m, s in f[0].slot_idx.items()}),
            not f[0].optimal,
        ),
    )
    new_slots = {mid: problem.slots[s] for mid, s in solved.slot_idx.items()}
    if input_ok and _score(model, new_slots) > _score(model, base_slots):
        return _final(control, fallback)  # a guard for anytime results; never with a proof
    new_interp = decode_interpreters(model, solved.slot_idx, solved.class_pick)
    total, spread = _totals(problem, new_slots)
    optimal = solved.optimal or reaches_floor(model, new_slots, min_breaks)
    if optimal and not stability_first:
        min_breaks = total  # breaks come first: the optimum is the tightest bound
    return _final(
        control, GapResult(new_slots, new_interp, total, spread, optimal, used, min_breaks)
    )


def _final(control: Control, result: GapResult) -> GapResult:
    """The phase's last report: what it returns, with its floor."""
    control.report("gaps", 1.0, float(result.breaks), float(result.lower_bound))
    return result


class _Progress:
    """The phase's best and its proven floor, reported whenever either improves."""

    def __init__(self, control: Control, best: int | None, floor: int) -> None:
        self.control, self.best, self.floor = control, best, floor
        self._lock = threading.Lock()

    def report(self) -> None:
        c = self.control
        fraction = min(1.0, c.elapsed() / c.time_limit_s) if c.time_limit_s > 0 else 0.0
        best = None if self.best is None else float(self.best)
        c.report("gaps", fraction, best, float(self.floor))

    def best_found(self, breaks: int) -> None:
        with self._lock:
            if self.best is not None and breaks >= self.best:
                return
            self.best = breaks
        self.report()


def _run_workers(
    model: GapModel,
    engines: Sequence[str],
    control: Control,
    progress: _Progress,
    cpsat_start: CpsatStart | None = None,
    limits: Mapping[str, float] | None = None,
) -> list[tuple[Placement, str]]:
    """Engines in worker processes (app.scheduler.gaps_workers) until the first proof (or a
    schedule at the floor), the deadline or a cancel."""
    from app.scheduler.gaps_workers import run_engines

    def heard(answer: WorkerAnswer) -> bool:
        if answer.breaks is not None:
            progress.best_found(answer.breaks)
        return answer.status == "optimum"

    answers = run_engines(
        model,
        engines,
        control,
        control.remaining(),
        on_answer=heard,
        limits=limits,
        cpsat_start=cpsat_start,
        on_best=progress.best_found,
    )
    return [(a.placement, a.engine) for a in answers if a.placement is not None]


def _portfolio(
    model: GapModel,
    control: Control,
    progress: _Progress,
    hint: Mapping[str, int],
    hint_class: Mapping[str, int],
    input_ok: bool,
    min_breaks: int,
) -> list[tuple[Placement, str]]:
    """Both cores: UWrMaxSat in one worker process (it proves), and CP-SAT's
    large-neighbourhood search from the hint in another, at a lower priority (it finds good
    schedules where no proof comes, and the window shows each as it comes). The first to
    finish for good — a proof, or a schedule at the floor — stops the other. UWrMaxSat has
    the first ``_PROOF_SHARE`` of the time: a proof that has not come by then rarely comes,
    and CP-SAT then has both cores to itself."""
    from app.scheduler.gaps_workers import CpsatStart

    start = CpsatStart(dict(hint), dict(hint_class), min_breaks, lns_only=input_ok)
    limits = {DEFAULT_ENGINE: _PROOF_SHARE * control.remaining()}
    return _run_workers(model, [DEFAULT_ENGINE, "cpsat"], control, progress, start, limits)
