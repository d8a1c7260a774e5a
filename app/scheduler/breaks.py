"""Idle gaps ("breaks"): the one definition every solver, the checker and the stats share.

A team is *busy* in a slot when it is in at least one meeting there. A *break* is a maximal
run of idle slots between two busy slots of the same team within one session: a team busy in
slots 1, 2, 5, 7 of a session has two breaks (3–4 and 6), whatever their lengths. Idle slots
before a team's first or after its last meeting of a session are not breaks, and nothing is
counted across two sessions.
"""

from __future__ import annotations

from collections.abc import Mapping

from app.scheduler.problem import Problem


def busy_slots(problem: Problem, slot_of: Mapping[str, str]) -> dict[str, set[str]]:
    """For each team of the problem, the slots in which it has at least one meeting."""
    busy: dict[str, set[str]] = {t.id: set() for t in problem.teams}
    for meeting_id, slot in slot_of.items():
        m = problem.meeting[meeting_id]
        busy[m.a].add(slot)
        busy[m.b].add(slot)
    return busy


def count_breaks(session_slots: tuple[str, ...], busy: set[str]) -> int:
    """Breaks in one session for a team busy in ``busy``: idle→busy steps after the first
    busy slot."""
    breaks = 0
    seen_busy = False
    idle_since_busy = False
    for s in session_slots:
        if s in busy:
            if idle_since_busy:
                breaks += 1
            seen_busy = True
            idle_since_busy = False
        elif seen_busy:
            idle_since_busy = True
    return breaks


def team_breaks(problem: Problem, slot_of: Mapping[str, str]) -> dict[str, int]:
    """Breaks of every team (0 for a team with no meeting); ``slot_of``: meeting id → slot."""
    busy = busy_slots(problem, slot_of)
    return {
        t: sum(count_breaks(session.slots, slots) for session in problem.sessions)
        for t, slots in busy.items()
    }


def total_breaks(problem: Problem, slot_of: Mapping[str, str]) -> int:
    """The sum of every team's breaks."""
    return sum(team_breaks(problem, slot_of).values())


def breaks_spread(problem: Problem, slot_of: Mapping[str, str]) -> int:
    """Most breaks of any team minus fewest, over the teams with at least one meeting
    (0 when fewer than two teams meet)."""
    per_team = team_breaks(problem, slot_of)
    busy = busy_slots(problem, slot_of)
    values = [per_team[t] for t, slots in busy.items() if slots]
    return max(values) - min(values) if values else 0
