"""The scheduler, end to end: selection (objective 1, 2, 4), idle gaps (3), tables, reasons.

``solve(problem, control)`` runs the phases in turn, each on what is left of the time limit:

1. :func:`app.scheduler.selection.select` — which meetings, slots and interpreters (a MIP);
2. :func:`app.scheduler.gaps.improve_gaps` — the same meetings re-slotted to minimise breaks
   (after a publication, keeping published meetings in place comes first);
3. :func:`app.scheduler.tables.assign_tables` — tables, published ones kept;
4. :func:`app.scheduler.reasons.explain` — why each left-out request was left out.

The status is ``optimal`` only when the selection is proven optimal (weight = bound) and the gap
phase proved its optimum; ``infeasible`` when the mandatory, locked and minimum-per-participant
requirements cannot all hold — then nothing is assigned and each mandatory (and conflicting
locked) meeting carries the reason.
"""

from __future__ import annotations

import time

from app.scheduler.breaks import breaks_spread, total_breaks
from app.scheduler.control import Control
from app.scheduler.gaps import improve_gaps
from app.scheduler.greedy import greedy
from app.scheduler.problem import Problem
from app.scheduler.reasons import explain
from app.scheduler.schedule import Assignment, ReasonKind, Schedule, Stats, Status, Unscheduled
from app.scheduler.selection import Selection, select
from app.scheduler.tables import assign_tables

_SELECTION_SHARE = 0.6  # of the time limit; the idle-gap phase gets the rest


def solve(problem: Problem, control: Control | None = None) -> Schedule:
    """The best schedule found for ``problem`` within the control's time limit."""
    if control is None:
        control = Control(time_limit_s=problem.options.time_limit_s)
    t0 = time.monotonic()

    table_conflicts = _locked_table_conflicts(problem)
    if table_conflicts:
        sel = Selection(
            {}, {}, 0, 0.0, True, feasible=False, conflicts=tuple(table_conflicts)
        )  # fmt: skip
    else:
        sel = select(problem, control, time_limit=control.remaining() * _SELECTION_SHARE)
    if not sel.feasible:
        if sel.timed_out:
            return _no_schedule(problem, t0)
        return _infeasible(problem, sel, t0)

    # After a publication, keeping people's meetings where they were comes before saving
    # idle gaps: with gaps first only ~72 % of published meetings stayed (target ≥ 95 %).
    gaps = improve_gaps(
        problem,
        dict(sel.slot_of),
        dict(sel.interpreter_of),
        control,
        stability_first=bool(problem.published),
    )
    slot_of, interp_of = dict(gaps.slot_of), dict(gaps.interpreter_of)
    table_of = assign_tables(problem, slot_of)

    assignments = tuple(
        Assignment(m.id, slot_of[m.id], table_of[m.id], interp_of.get(m.id))
        for m in problem.meetings
        if m.id in slot_of
    )
    unscheduled = tuple(explain(problem, assignments))
    status = (
        Status.OPTIMAL
        if sel.proven_optimal and gaps.optimal and not control.cancelled
        else Status.FEASIBLE
    )
    weight = sum(problem.meeting[a.meeting].weight for a in assignments)
    stats = Stats(
        weight=weight,
        upper_bound=max(float(weight), sel.upper_bound),
        breaks=total_breaks(problem, slot_of),
        breaks_spread=breaks_spread(problem, slot_of),
        moved_from_published=_moved(problem, assignments),
        solve_seconds=time.monotonic() - t0,
        breaks_floor=gaps.lower_bound,
    )
    control.report("done", 1.0, float(weight), stats.upper_bound)
    return Schedule(status, assignments, unscheduled, stats)


# --- stats ----------------------------------------------------------------------------------


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
        out.append(Unscheduled(m.id, reason, ReasonKind.REQUIREMENTS))
    return Schedule(
        Status.INFEASIBLE,
        (),
        tuple(out),
        Stats(moved_from_published=len(problem.published), solve_seconds=time.monotonic() - t0),
    )


def _no_schedule(problem: Problem, t0: float) -> Schedule:
    """Stopped before the MIP found any schedule (not even the greedy start it was given).

    The greedy pass's schedule is returned: as ``feasible`` when it meets every hard
    requirement it knows of and no minimum per participant is set; otherwise as
    ``infeasible`` — no schedule meeting the mandatory, locked and minimum requirements was
    found in time (not a proof) — with that reason on every meeting left out."""
    late = "The time limit was reached before a schedule meeting every requirement was found."
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
    unscheduled = tuple(
        Unscheduled(u.meeting, f"{late} {u.reason}", ReasonKind.TIME_LIMIT)
        for u in schedule.unscheduled
    )
    return Schedule(Status.INFEASIBLE, schedule.assignments, unscheduled, schedule.stats)
