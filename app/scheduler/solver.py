"""The scheduler, end to end: selection (objective 1, 2, 4), idle gaps (3), tables, reasons.

``solve(problem, control)`` runs the phases in turn, each on what is left of the time limit:

1. :func:`app.scheduler.selection.select` — which meetings, slots and interpreters (a MIP);
2. ``app.scheduler.gaps.improve_gaps`` when present — the same meetings re-slotted to minimise
   breaks;
3. ``app.scheduler.tables.assign_tables`` when present, else :func:`_assign_tables`;
4. ``app.scheduler.reasons.explain`` when present, else a generic reason.

The status is ``optimal`` only when the selection is proven optimal (weight = bound) and the gap
phase proved its optimum; ``infeasible`` when the mandatory, locked and minimum-per-participant
requirements cannot all hold — then nothing is assigned and each mandatory (and conflicting
locked) meeting carries the reason.
"""

from __future__ import annotations

import importlib
import time
from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from app.scheduler.control import Control
from app.scheduler.problem import Problem
from app.scheduler.schedule import Assignment, Schedule, Stats, Status, Unscheduled
from app.scheduler.selection import Selection, select

_SELECTION_SHARE = 0.6  # of the time limit, when a gap phase follows


def _optional(module: str, name: str) -> Any:
    """``module.name`` if that module exists (phases written elsewhere), else None."""
    try:
        mod = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name != module:
            raise
        return None
    return getattr(mod, name, None)


def solve(problem: Problem, control: Control | None = None) -> Schedule:
    """The best schedule found for ``problem`` within the control's time limit."""
    if control is None:
        control = Control(time_limit_s=problem.options.time_limit_s)
    t0 = time.monotonic()
    improve_gaps = _optional("app.scheduler.gaps", "improve_gaps")

    table_conflicts = _locked_table_conflicts(problem)
    share = _SELECTION_SHARE if improve_gaps is not None else 0.95
    if table_conflicts:
        sel = Selection(
            {}, {}, 0, 0.0, True, feasible=False, conflicts=tuple(table_conflicts)
        )  # fmt: skip
    else:
        sel = select(problem, control, time_limit=control.remaining() * share)
    if not sel.feasible:
        if sel.timed_out:
            return _no_schedule(problem, control, t0)
        return _infeasible(problem, sel, t0)

    slot_of = dict(sel.slot_of)
    interp_of = dict(sel.interpreter_of)
    gaps_optimal = False
    if improve_gaps is not None:
        # After a publication, keeping people's meetings where they were comes before saving
        # idle gaps: with gaps first only ~72 % of published meetings stayed (target ≥ 95 %).
        result = improve_gaps(
            problem, slot_of, interp_of, control, stability_first=bool(problem.published)
        )
        if hasattr(result, "slot_of"):
            slot_of, interp_of, gaps_optimal = (
                dict(result.slot_of),
                dict(result.interpreter_of),
                bool(result.optimal),
            )
        else:
            new_slots, new_interp, gaps_optimal = result
            slot_of, interp_of = dict(new_slots), dict(new_interp)

    assign_tables = _optional("app.scheduler.tables", "assign_tables")
    if assign_tables is not None:
        table_of: Mapping[str, str] = assign_tables(problem, slot_of)
    else:
        table_of = _assign_tables(problem, slot_of)

    assignments = tuple(
        Assignment(m.id, slot_of[m.id], table_of[m.id], interp_of.get(m.id))
        for m in problem.meetings
        if m.id in slot_of
    )
    unscheduled = tuple(_reasons(problem, assignments))
    breaks, spread = _breaks(problem, slot_of)
    status = (
        Status.OPTIMAL
        if sel.proven_optimal and gaps_optimal and not control.cancelled
        else Status.FEASIBLE
    )
    weight = sum(problem.meeting[a.meeting].weight for a in assignments)
    stats = Stats(
        weight=weight,
        upper_bound=max(float(weight), sel.upper_bound),
        breaks=breaks,
        breaks_spread=spread,
        moved_from_published=_moved(problem, assignments),
        solve_seconds=time.monotonic() - t0,
    )
    control.report("done", 1.0, float(weight), stats.upper_bound)
    return Schedule(status, assignments, unscheduled, stats)


# --- phases' fallbacks ----------------------------------------------------------------------


def _assign_tables(problem: Problem, slot_of: Mapping[str, str]) -> dict[str, str]:
    """A table per meeting: locked ones keep theirs, then published ones when it is free, then
    the first free tables (at most one meeting per table is guaranteed by the selection)."""
    by_slot: dict[str, list[str]] = defaultdict(list)
    for m in problem.meetings:
        if m.id in slot_of:
            by_slot[slot_of[m.id]].append(m.id)
    out: dict[str, str] = {}
    for s, mids in by_slot.items():
        taken: set[str] = set()
        for locked_pass in (True, False):
            for mid in mids:
                pub = problem.published_of.get(mid)
                if mid in out or pub is None or pub.locked is not locked_pass:
                    continue
                if pub.slot == s and pub.table not in taken:
                    out[mid] = pub.table
                    taken.add(pub.table)
        free = (t for t in problem.tables if t not in taken)
        for mid in mids:
            if mid not in out:
                out[mid] = next(free)
    return out


def _reasons(problem: Problem, assignments: tuple[Assignment, ...]) -> list[Unscheduled]:
    explain = _optional("app.scheduler.reasons", "explain")
    if explain is not None:
        return list(explain(problem, assignments))
    placed = {a.meeting for a in assignments}
    return [
        Unscheduled(m.id, "a higher-value set of meetings used the slots both are free")
        for m in problem.meetings
        if m.id not in placed
    ]


def _breaks(problem: Problem, slot_of: Mapping[str, str]) -> tuple[int, int]:
    total_breaks = _optional("app.scheduler.breaks", "total_breaks")
    breaks_spread = _optional("app.scheduler.breaks", "breaks_spread")
    if total_breaks is None or breaks_spread is None:
        return 0, 0
    return int(total_breaks(problem, slot_of)), int(breaks_spread(problem, slot_of))


def _moved(problem: Problem, assignments: tuple[Assignment, ...]) -> int:
    """Published meetings now unscheduled or at another slot or table."""
    where = {a.meeting: (a.slot, a.table) for a in assignments}
    return sum(1 for p in problem.published if where.get(p.meeting) != (p.slot, p.table))


# --- no schedule ----------------------------------------------------------------------------


def _locked_table_conflicts(problem: Problem) -> list[str]:
    seen: dict[tuple[str, str], str] = {}
    out: list[str] = []
    for p in problem.published:
        if not p.locked:
            continue
        key = (p.slot, p.table)
        if key in seen:
            out.append(
                f"Locked meetings {seen[key]!r} and {p.meeting!r} are both at table "
                f"{p.table!r} in slot {p.slot!r}."
            )
        else:
            seen[key] = p.meeting
    return out


def _infeasible(problem: Problem, sel: Selection, t0: float) -> Schedule:
    """Nothing assigned; each mandatory / conflicting meeting says why."""
    summary = " ".join(sel.conflicts[:3]) + (" …" if len(sel.conflicts) > 3 else "")
    culprits = set(sel.conflict_meetings)
    locked = {p.meeting for p in problem.published if p.locked}
    out: list[Unscheduled] = []
    for m in problem.meetings:
        own = [c for c in sel.conflicts if repr(m.id) in c]
        if own:
            reason = " ".join(own)
        elif m.mandatory or m.id in culprits or m.id in locked:
            reason = summary
        else:
            reason = "Not scheduled: the hard requirements cannot all hold. " + summary
        out.append(Unscheduled(m.id, reason))
    return Schedule(
        Status.INFEASIBLE,
        (),
        tuple(out),
        Stats(moved_from_published=len(problem.published), solve_seconds=time.monotonic() - t0),
    )


def _no_schedule(problem: Problem, control: Control, t0: float) -> Schedule:
    """Stopped before the MIP found any schedule (not even the greedy start it was given).

    The greedy pass's schedule is returned: as ``feasible`` when it meets every hard
    requirement it knows of and no minimum per participant is set; otherwise as
    ``infeasible`` — no schedule meeting the mandatory, locked and minimum requirements was
    found in time (not a proof) — with that reason on every meeting left out."""
    late = "The time limit was reached before a schedule meeting every requirement was found."
    greedy = _optional("app.scheduler.greedy", "greedy")
    if greedy is None:
        return Schedule(
            Status.INFEASIBLE if _has_hard_requirements(problem) else Status.FEASIBLE,
            (),
            tuple(Unscheduled(m.id, late) for m in problem.meetings),
            Stats(moved_from_published=len(problem.published), solve_seconds=time.monotonic() - t0),
        )
    schedule: Schedule = greedy(problem, None)
    if (
        schedule.status is Status.FEASIBLE
        and problem.options.min_meetings_per_participant == 0
        and (
            problem.options.max_breaks_spread is None
            or schedule.stats.breaks_spread <= problem.options.max_breaks_spread
        )
    ):
        return schedule
    unscheduled = tuple(Unscheduled(u.meeting, f"{late} {u.reason}") for u in schedule.unscheduled)
    return Schedule(Status.INFEASIBLE, schedule.assignments, unscheduled, schedule.stats)


def _has_hard_requirements(problem: Problem) -> bool:
    return (
        any(m.mandatory for m in problem.meetings)
        or any(p.locked for p in problem.published)
        or problem.options.min_meetings_per_participant > 0
    )
