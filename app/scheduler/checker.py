"""An independent checker of a schedule against its problem.

Written to be obviously right rather than fast, and on purpose sharing nothing with the
solvers except the problem's own lookups and the definition of a break (``breaks.py``).
``check`` returns every violation it finds, in plain words; an empty list means the
schedule is valid.

Definitions the solvers must agree with:

* **min_meetings_per_participant** (``k``): a team's *schedulable* meetings are those with at
  least one candidate slot (both teams free, allowed, fixed) and, when an interpreter is
  needed, an interpreter who can cover it and is free in one of those slots. A team with at
  least ``k`` schedulable meetings must get ``min(k, max_meetings)`` of them; a team with
  fewer is owed nothing. (Meeting it may still be impossible because of other teams: then the
  solver must report the schedule infeasible.)
* **Two meetings of the same two participants** (the format allows several) are never in the
  same slot, whatever the teams' capacities: two teams of capacity 2 hold two meetings each
  in a slot, but not two with each other.
* A meeting with ``sessions`` is in a slot of one of them (and of ``allowed_slots`` when it
  has both).
* **moved_from_published**: published meetings (every one is still in the problem, the
  parser guarantees it) that are now unscheduled, or at another slot or table. A change of
  interpreter alone is not a move.
* An interpreter may sit in a meeting that does not need one only if they can cover it, and
  never in a meeting whose interpreter mode is ``none``.
* ``options.max_breaks_spread`` is not checked: the gap phase works with the selection's
  weight held, so mandatory or locked meetings can force a larger spread (the schedule is
  still valid; ``stats.breaks_spread`` reports the truth).
* A schedule whose status is ``infeasible`` is not held to the mandatory, locked and minimum
  rules (it says they cannot all hold) but everything it does assign must still be valid.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from app.scheduler.breaks import breaks_spread, total_breaks
from app.scheduler.problem import InterpreterMode, Meeting, Problem
from app.scheduler.schedule import Assignment, Schedule, Status


def check(problem: Problem, schedule: Schedule) -> list[str]:
    """Every violation of ``schedule`` against ``problem``, in plain words (empty: valid)."""
    errors: list[str] = []
    slots = set(problem.slots)
    tables = set(problem.tables)

    # --- ids, and each assignment on its own ------------------------------------------------
    good: list[Assignment] = []  # assignments whose ids are all known
    for a in schedule.assignments:
        bad = False
        if a.meeting not in problem.meeting:
            errors.append(f"Assignment names the unknown meeting {a.meeting!r}.")
            bad = True
        if a.slot not in slots:
            errors.append(f"Meeting {a.meeting!r} is in the unknown slot {a.slot!r}.")
            bad = True
        if a.table not in tables:
            errors.append(f"Meeting {a.meeting!r} is at the unknown table {a.table!r}.")
            bad = True
        if a.interpreter is not None and a.interpreter not in problem.interpreter:
            errors.append(f"Meeting {a.meeting!r} names the unknown interpreter {a.interpreter!r}.")
            bad = True
        if not bad:
            good.append(a)
            errors.extend(_check_one(problem, problem.meeting[a.meeting], a))
    for u in schedule.unscheduled:
        if u.meeting not in problem.meeting:
            errors.append(f"Unscheduled entry names the unknown meeting {u.meeting!r}.")

    # --- every meeting exactly once ---------------------------------------------------------
    assigned = Counter(a.meeting for a in schedule.assignments)
    left_out = Counter(u.meeting for u in schedule.unscheduled)
    for m in problem.meetings:
        n_a, n_u = assigned[m.id], left_out[m.id]
        if n_a > 1:
            errors.append(f"Meeting {m.id!r} is assigned {n_a} times.")
        if n_u > 1:
            errors.append(f"Meeting {m.id!r} is listed as unscheduled {n_u} times.")
        if n_a and n_u:
            errors.append(f"Meeting {m.id!r} is both assigned and unscheduled.")
        if not n_a and not n_u:
            errors.append(f"Meeting {m.id!r} is neither assigned nor unscheduled.")
        if n_u and not all(u.reason.strip() for u in schedule.unscheduled if u.meeting == m.id):
            errors.append(f"Unscheduled meeting {m.id!r} has no reason.")

    # --- resources shared within a slot -----------------------------------------------------
    team_load: Counter[tuple[str, str]] = Counter()
    table_load: Counter[tuple[str, str]] = Counter()
    interp_load: Counter[tuple[str, str]] = Counter()
    for a in good:
        m = problem.meeting[a.meeting]
        team_load[(m.a, a.slot)] += 1
        team_load[(m.b, a.slot)] += 1
        table_load[(a.table, a.slot)] += 1
        if a.interpreter is not None:
            interp_load[(a.interpreter, a.slot)] += 1
    for (team, slot), n in sorted(team_load.items()):
        cap = problem.team[team].capacity
        if n > cap:
            errors.append(f"{team!r} is in {n} meetings in slot {slot!r} (capacity {cap}).")
    for (table, slot), n in sorted(table_load.items()):
        if n > 1:
            errors.append(f"Table {table!r} is used {n} times in slot {slot!r}.")
    for (interp, slot), n in sorted(interp_load.items()):
        if n > 1:
            errors.append(f"Interpreter {interp!r} is in {n} meetings in slot {slot!r}.")
    pair_meetings: dict[tuple[str, str, str], list[str]] = {}
    for a in _distinct(good):
        m = problem.meeting[a.meeting]
        lo, hi = sorted((m.a, m.b))
        pair_meetings.setdefault((lo, hi, a.slot), []).append(m.id)
    for (lo, hi, slot), mids in sorted(pair_meetings.items()):
        if len(mids) > 1:
            named = ", ".join(repr(x) for x in sorted(mids))
            errors.append(
                f"Meetings {named} between {lo!r} and {hi!r} are in the same slot {slot!r} "
                "(the same two participants meet at most once per slot)."
            )

    # --- per team over the whole schedule ---------------------------------------------------
    per_team: Counter[str] = Counter()
    for a in _distinct(good):
        m = problem.meeting[a.meeting]
        per_team[m.a] += 1
        per_team[m.b] += 1
    for t in problem.teams:
        if t.max_meetings is not None and per_team[t.id] > t.max_meetings:
            errors.append(
                f"{t.id!r} has {per_team[t.id]} meetings, more than its maximum of "
                f"{t.max_meetings}."
            )

    placed = {a.meeting: a for a in good}
    if schedule.status is not Status.INFEASIBLE:
        for m in problem.meetings:
            if m.mandatory and m.id not in placed:
                errors.append(f"Mandatory meeting {m.id!r} is not scheduled.")
        for p in problem.published:
            if not p.locked:
                continue
            got = placed.get(p.meeting)
            if got is None:
                errors.append(f"Locked meeting {p.meeting!r} is not scheduled.")
            elif (got.slot, got.table, got.interpreter) != (p.slot, p.table, p.interpreter):
                errors.append(
                    f"Locked meeting {p.meeting!r} moved from slot {p.slot!r}, table "
                    f"{p.table!r}, interpreter {p.interpreter!r} to slot {got.slot!r}, table "
                    f"{got.table!r}, interpreter {got.interpreter!r}."
                )
        k = problem.options.min_meetings_per_participant
        if k > 0:
            for team, owed in owed_meetings(problem).items():
                if per_team[team] < owed:
                    errors.append(
                        f"{team!r} has {per_team[team]} meetings, fewer than the minimum of "
                        f"{owed} it could have."
                    )

    # --- stats ------------------------------------------------------------------------------
    distinct = _distinct(good)
    slot_of = {a.meeting: a.slot for a in distinct}
    weight = sum(problem.meeting[a.meeting].weight for a in distinct)
    if schedule.stats.weight != weight:
        errors.append(f"stats.weight is {schedule.stats.weight}, but the meetings weigh {weight}.")
    if schedule.stats.upper_bound + 1e-6 * max(1, weight) < weight:
        errors.append(
            f"stats.upper_bound {schedule.stats.upper_bound} is below the weight {weight}."
        )
    breaks = total_breaks(problem, slot_of)
    if schedule.stats.breaks != breaks:
        errors.append(f"stats.breaks is {schedule.stats.breaks}, but there are {breaks} breaks.")
    spread = breaks_spread(problem, slot_of)
    floor = schedule.stats.breaks_floor
    if floor is not None and floor > breaks:
        errors.append(f"stats.breaks_floor {floor} is above the {breaks} breaks found.")
    if schedule.stats.breaks_spread != spread:
        errors.append(
            f"stats.breaks_spread is {schedule.stats.breaks_spread}, but the spread is {spread}."
        )
    moved = moved_from_published(problem, distinct)
    if schedule.stats.moved_from_published != moved:
        errors.append(
            f"stats.moved_from_published is {schedule.stats.moved_from_published}, but "
            f"{moved} published meetings moved."
        )
    return errors


def _check_one(problem: Problem, m: Meeting, a: Assignment) -> list[str]:
    """What is wrong with meeting ``m`` placed as ``a`` on its own (ids known)."""
    errors: list[str] = []
    if m.fixed_slot is not None and a.slot != m.fixed_slot:
        errors.append(f"Meeting {m.id!r} is fixed to slot {m.fixed_slot!r} but is in {a.slot!r}.")
    if m.allowed_slots is not None and a.slot not in m.allowed_slots:
        errors.append(f"Meeting {m.id!r} is in slot {a.slot!r}, not one of its allowed slots.")
    if m.sessions is not None and problem.session_of[a.slot] not in m.sessions:
        errors.append(
            f"Meeting {m.id!r} is in slot {a.slot!r} of session "
            f"{problem.session_of[a.slot]!r}, not one of its sessions "
            f"({', '.join(repr(x) for x in sorted(m.sessions))})."
        )
    for team in (m.a, m.b):
        if a.slot in problem.team[team].unavailable_slots:
            errors.append(f"Meeting {m.id!r} is in slot {a.slot!r}, where {team!r} is away.")
    needs = problem.needs_interpreter(m)
    if a.interpreter is None:
        if needs:
            errors.append(f"Meeting {m.id!r} needs an interpreter but has none.")
        return errors
    interp = problem.interpreter[a.interpreter]
    if m.interpreter is InterpreterMode.NONE:
        errors.append(f"Meeting {m.id!r} asks for no interpreter but has {a.interpreter!r}.")
    if not problem.can_interpret(interp, m):
        errors.append(
            f"Interpreter {interp.id!r} cannot cover meeting {m.id!r} "
            f"({m.a!r} and {m.b!r}): no language of each side."
        )
    if a.slot in interp.unavailable_slots:
        errors.append(
            f"Interpreter {interp.id!r} is unavailable in slot {a.slot!r} (meeting {m.id!r})."
        )
    return errors


def _distinct(assignments: Iterable[Assignment]) -> list[Assignment]:
    """The first assignment of each meeting (duplicates are reported separately)."""
    seen: set[str] = set()
    out: list[Assignment] = []
    for a in assignments:
        if a.meeting not in seen:
            seen.add(a.meeting)
            out.append(a)
    return out


def schedulable(problem: Problem, m: Meeting) -> bool:
    """Whether ``m`` could be placed if it were alone: a candidate slot, and an interpreter
    able to cover it and free in one of them when one is needed."""
    cands = problem.candidate_slots(m)
    if not cands:
        return False
    if not problem.needs_interpreter(m):
        return True
    return any(
        problem.can_interpret(i, m) and any(s not in i.unavailable_slots for s in cands)
        for i in problem.interpreters
    )


def owed_meetings(problem: Problem) -> dict[str, int]:
    """Meetings each team must get under ``min_meetings_per_participant`` (see the module
    docstring): ``min(k, max_meetings)`` when it has at least ``k`` schedulable meetings."""
    k = problem.options.min_meetings_per_participant
    count: Counter[str] = Counter()
    for m in problem.meetings:
        if schedulable(problem, m):
            count[m.a] += 1
            count[m.b] += 1
    owed: dict[str, int] = {}
    for t in problem.teams:
        need = 0
        if k > 0 and count[t.id] >= k:
            need = k if t.max_meetings is None else min(k, t.max_meetings)
        owed[t.id] = need
    return owed


def moved_from_published(problem: Problem, assignments: Iterable[Assignment]) -> int:
    """Published meetings now unscheduled or at another slot or table."""
    where = {a.meeting: (a.slot, a.table) for a in assignments}
    return sum(1 for p in problem.published if where.get(p.meeting) != (p.slot, p.table))
