"""Why a meeting is not in the schedule, in words a coordinator understands.

Checked in order, the first that holds is given: no common free slot; no interpreter with the
right languages; no interpreter free when both are; a team at its maximum; the two teams
already meeting each other (another of their meetings) in every slot left; a team fully
booked; no table free; otherwise the optimiser preferred other meetings.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from app.scheduler.problem import Meeting, Problem
from app.scheduler.schedule import Assignment, ReasonKind, Unscheduled

HIGHER_VALUE = "a higher-value set of meetings used the slots both are free"


def _langs(languages: Iterable[str]) -> str:
    return "/".join(sorted(languages)) or "no language"


def explain(problem: Problem, assignments: Sequence[Assignment]) -> list[Unscheduled]:
    """A reason for each meeting of ``problem`` that ``assignments`` leave out (problem order)."""
    placed = {a.meeting for a in assignments}
    team_load: Counter[tuple[str, str]] = Counter()
    meetings_of: Counter[str] = Counter()
    tables_used: Counter[str] = Counter()
    interp_busy: set[tuple[str, str]] = set()
    pair_busy: set[tuple[frozenset[str], str]] = set()
    for a in assignments:
        m = problem.meeting[a.meeting]
        pair_busy.add((m.pair, a.slot))
        for t in (m.a, m.b):
            team_load[(t, a.slot)] += 1
            meetings_of[t] += 1
        tables_used[a.slot] += 1
        if a.interpreter is not None:
            interp_busy.add((a.interpreter, a.slot))
    out: list[Unscheduled] = []
    for m in problem.meetings:
        if m.id not in placed:
            out.append(
                reason(problem, m, team_load, meetings_of, tables_used, interp_busy, pair_busy)
            )
    return out


def reason(
    problem: Problem,
    m: Meeting,
    team_load: Counter[tuple[str, str]],
    meetings_of: Counter[str],
    tables_used: Counter[str],
    interp_busy: set[tuple[str, str]],
    pair_busy: set[tuple[frozenset[str], str]],  # (pair, slot): the two meet there
) -> Unscheduled:
    """The first reason that holds for ``m``, given what the other meetings use."""
    a, b = problem.label(m.a), problem.label(m.b)
    slots = problem.candidate_slots(m)
    if not slots:
        return Unscheduled(m.id, f"{a} and {b} share no free slot", ReasonKind.NO_COMMON_SLOT, a, b)
    if problem.needs_interpreter(m):
        able = [i for i in problem.interpreters if problem.can_interpret(i, m)]
        if not able:
            a_langs = _langs(problem.team[m.a].languages)
            b_langs = _langs(problem.team[m.b].languages)
            return Unscheduled(
                m.id,
                f"no interpreter speaks both {a_langs} and {b_langs}",
                ReasonKind.NO_INTERPRETER_LANGUAGES,
                a_langs,
                b_langs,
            )
        slots = tuple(
            s
            for s in slots
            if any(s not in i.unavailable_slots and (i.id, s) not in interp_busy for i in able)
        )
        if not slots:
            return Unscheduled(
                m.id,
                "no interpreter is free in the slots both are free",
                ReasonKind.NO_INTERPRETER_FREE,
            )
    for t in (m.a, m.b):
        cap = problem.team[t].max_meetings
        if cap is not None and meetings_of[t] >= cap:
            name = problem.label(t)
            return Unscheduled(
                m.id,
                f"{name} already has its maximum of {cap} meetings",
                ReasonKind.AT_MAXIMUM,
                name,
                count=cap,
            )
    apart = tuple(s for s in slots if (m.pair, s) not in pair_busy)
    if not apart:  # two meetings of one pair never share a slot
        return Unscheduled(
            m.id,
            f"{a} and {b} already meet each other in the slots both are free",
            ReasonKind.PAIR_MEETS_ALREADY,
            a,
            b,
        )
    slots = apart
    for t in (m.a, m.b):
        if all(team_load[(t, s)] >= problem.team[t].capacity for s in slots):
            name = problem.label(t)
            return Unscheduled(
                m.id,
                f"{name} is fully booked in the slots both are free",
                ReasonKind.FULLY_BOOKED,
                name,
            )
    if all(tables_used[s] >= len(problem.tables) for s in slots):
        return Unscheduled(m.id, "no table is free in the slots both are free", ReasonKind.NO_TABLE)
    return Unscheduled(m.id, HIGHER_VALUE, ReasonKind.HIGHER_VALUE)
