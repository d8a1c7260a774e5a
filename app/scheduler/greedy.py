"""The round-robin greedy baseline (what MeetMax documents), for the benchmarks' comparison.

Locked published meetings are placed first where they were, then mandatory ones, then the
teams take turns: each takes its highest-weight remaining meeting into the earliest slot where
both teams, a table and (if needed) an interpreter are free (a published meeting tries its
published slot and table first). A meeting that fits nowhere is dropped and the team tries its
next one in the same turn. Rounds go on until no team has meetings left.

Like the tools it stands for, it knows nothing of ``min_meetings_per_participant``,
``max_breaks_spread`` or idle gaps: with a minimum set its schedule may fall short of it.
"""

from __future__ import annotations

import time
from collections import Counter

from app.scheduler.breaks import breaks_spread, total_breaks
from app.scheduler.control import Control
from app.scheduler.problem import Meeting, Problem
from app.scheduler.reasons import explain
from app.scheduler.schedule import Assignment, Schedule, Stats, Status


class _State:
    """What is taken so far."""

    def __init__(self, problem: Problem) -> None:
        self.p = problem
        self.team_load: Counter[tuple[str, str]] = Counter()
        self.pair_slots: set[tuple[frozenset[str], str]] = set()  # two teams meeting there
        self.meetings_of: Counter[str] = Counter()
        self.tables: set[tuple[str, str]] = set()
        self.interps: set[tuple[str, str]] = set()
        self.placed: dict[str, Assignment] = {}

    def team_free(self, team: str, slot: str) -> bool:
        return self.team_load[(team, slot)] < self.p.team[team].capacity

    def pair_free(self, m: Meeting, slot: str) -> bool:
        """Both teams free in ``slot``, and not already meeting each other there."""
        return (
            self.team_free(m.a, slot)
            and self.team_free(m.b, slot)
            and (m.pair, slot) not in self.pair_slots
        )

    def under_cap(self, m: Meeting) -> bool:
        for t in (m.a, m.b):
            cap = self.p.team[t].max_meetings
            if cap is not None and self.meetings_of[t] >= cap:
                return False
        return True

    def interpreter_for(self, m: Meeting, slot: str) -> tuple[bool, str | None]:
        """(possible, interpreter) for ``m`` in ``slot``."""
        if not self.p.needs_interpreter(m):
            return True, None
        for i in self.p.interpreters:
            if (
                self.p.can_interpret(i, m)
                and slot not in i.unavailable_slots
                and (i.id, slot) not in self.interps
            ):
                return True, i.id
        return False, None

    def fits(self, m: Meeting, slot: str, table: str, interpreter: str | None) -> bool:
        if slot not in self.p.candidate_slots(m) or (slot, table) in self.tables:
            return False
        if not (self.pair_free(m, slot) and self.under_cap(m)):
            return False
        if interpreter is None:
            return not self.p.needs_interpreter(m)
        i = self.p.interpreter[interpreter]
        return (
            self.p.can_interpret(i, m)
            and slot not in i.unavailable_slots
            and (interpreter, slot) not in self.interps
        )

    def take(self, m: Meeting, slot: str, table: str, interpreter: str | None) -> None:
        for t in (m.a, m.b):
            self.team_load[(t, slot)] += 1
            self.meetings_of[t] += 1
        self.tables.add((slot, table))
        self.pair_slots.add((m.pair, slot))
        if interpreter is not None:
            self.interps.add((interpreter, slot))
        self.placed[m.id] = Assignment(m.id, slot, table, interpreter)

    def place(self, m: Meeting) -> bool:
        """Put ``m`` in its published place if it still fits, else the earliest free one."""
        if not self.under_cap(m):
            return False
        pub = self.p.published_of.get(m.id)
        if pub is not None:
            ok, interp = self.interpreter_for(m, pub.slot)
            if ok and self.fits(m, pub.slot, pub.table, interp):
                self.take(m, pub.slot, pub.table, interp)
                return True
        for slot in self.p.candidate_slots(m):
            if not self.pair_free(m, slot):
                continue
            table = next((t for t in self.p.tables if (slot, t) not in self.tables), None)
            if table is None:
                continue
            ok, interp = self.interpreter_for(m, slot)
            if ok:
                self.take(m, slot, table, interp)
                return True
        return False


def greedy(problem: Problem, control: Control | None = None) -> Schedule:
    """The round-robin greedy schedule of ``problem`` (status feasible, or infeasible when a
    locked or mandatory meeting could not be placed). It takes milliseconds, so ``control``
    is only told when it is done (same signature as the exact solver's ``solve``)."""
    started = time.monotonic()
    state = _State(problem)
    hard_failed = False
    for pub in problem.published:
        if pub.locked:
            m = problem.meeting[pub.meeting]
            if state.fits(m, pub.slot, pub.table, pub.interpreter):
                state.take(m, pub.slot, pub.table, pub.interpreter)
            else:
                hard_failed = True
    for m in sorted(problem.meetings, key=lambda m: -m.weight):
        if m.mandatory and m.id not in state.placed and not state.place(m):
            hard_failed = True

    queues: dict[str, list[Meeting]] = {t.id: [] for t in problem.teams}
    for m in problem.meetings:
        if m.id not in state.placed:
            queues[m.a].append(m)
            queues[m.b].append(m)
    for q in queues.values():
        q.sort(key=lambda m: -m.weight)  # stable: ties keep the problem's order
    tried: set[str] = set(state.placed)
    active = True
    while active:
        active = False
        for t in problem.teams:
            q = queues[t.id]
            while q:
                m = q.pop(0)
                if m.id in tried:
                    continue
                tried.add(m.id)
                active = True
                if state.place(m):
                    break

    assignments = tuple(state.placed[m.id] for m in problem.meetings if m.id in state.placed)
    slot_of = {a.meeting: a.slot for a in assignments}
    where = {a.meeting: (a.slot, a.table) for a in assignments}
    bound = sum(m.weight for m in problem.meetings if problem.candidate_slots(m))
    stats = Stats(
        weight=sum(problem.meeting[a.meeting].weight for a in assignments),
        upper_bound=float(bound),
        breaks=total_breaks(problem, slot_of),
        breaks_spread=breaks_spread(problem, slot_of),
        moved_from_published=sum(
            1 for p in problem.published if where.get(p.meeting) != (p.slot, p.table)
        ),
        solve_seconds=time.monotonic() - started,
    )
    if control is not None:
        control.report("greedy", 1.0, float(stats.weight), stats.upper_bound)
    return Schedule(
        Status.INFEASIBLE if hard_failed else Status.FEASIBLE,
        assignments,
        tuple(explain(problem, assignments)),
        stats,
    )
