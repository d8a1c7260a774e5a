"""Random valid scheduling problems, for property tests (hypothesis) and benchmarks.

Stable API (other test files and ``benchmarks/`` import it):

* ``random_raw(rng, n_teams, n_meetings, n_slots, n_tables, n_interpreters, **knobs)`` → the
  decoded PROBLEM.json (a dict, issue 3's exact format);
* ``random_problem(...)`` → the same, parsed into a :class:`Problem`;
* ``problems(max_teams=…, max_slots=…, …)`` → a hypothesis ``SearchStrategy[Problem]``;
* ``problem_to_raw(problem)`` → the dict again (to write a file for the CLI).

Every generated problem passes ``parse_problem``. Published entries (when asked for) come
from a valid earlier placement, so locked ones are never contradictory; mandatory meetings
are off by default because a random set of them may not fit together.
"""

from __future__ import annotations

import random
from typing import Any

from hypothesis import strategies as st

from app.scheduler.problem import Problem, parse_problem

__all__ = ["problem_to_raw", "problems", "random_problem", "random_raw"]


def random_raw(
    rng: random.Random,
    n_teams: int,
    n_meetings: int,
    n_slots: int,
    n_tables: int,
    n_interpreters: int,
    *,
    n_sessions: int = 1,
    two_sided: bool = True,
    unavailable_p: float = 0.1,
    capacity2_p: float = 0.1,
    max_meetings_p: float = 0.1,
    allowed_p: float = 0.05,
    fixed_p: float = 0.03,
    mode_p: float = 0.1,
    mandatory_p: float = 0.0,
    shared_language_p: float = 0.4,
    published_p: float = 0.0,
    locked_p: float = 0.3,
    perturb_p: float = 0.2,
    max_breaks_spread: int | None = None,
    min_meetings_per_participant: int = 0,
    time_limit_s: float = 10.0,
) -> dict[str, Any]:
    """A random valid PROBLEM.json (as a dict). ``n_meetings`` is capped by the possible pairs.

    Sides: with ``two_sided`` half the teams are "turin" (speaking it, sometimes en) and half
    "nagoya" (ja, sometimes en); otherwise side is null and languages are random. Meetings
    join distinct pairs (of different sides when two-sided), weights 1–5.
    """
    n_teams = max(2, n_teams)
    n_slots = max(1, n_slots)
    n_tables = max(1, n_tables)
    n_sessions = max(1, min(n_sessions, n_slots))
    # sessions: split the slots into n_sessions non-empty runs
    cuts = sorted(rng.sample(range(1, n_slots), n_sessions - 1)) if n_sessions > 1 else []
    bounds = [0, *cuts, n_slots]
    sessions = [
        {"id": f"s{k}", "slots": [f"s{k}-{j}" for j in range(bounds[k], bounds[k + 1])]}
        for k in range(n_sessions)
    ]
    slots = [s for sess in sessions for s in sess["slots"]]
    tables = [f"T{k}" for k in range(1, n_tables + 1)]

    def some_slots(p: float) -> list[str]:
        return [s for s in slots if rng.random() < p]

    teams: list[dict[str, Any]] = []
    for k in range(n_teams):
        if two_sided:
            side: str | None = "turin" if k % 2 == 0 else "nagoya"
            langs = ["it"] if side == "turin" else ["ja"]
            if rng.random() < shared_language_p:
                langs.append("en")
        else:
            side = None
            langs = rng.sample(["it", "ja", "en"], rng.randint(1, 2))
        team: dict[str, Any] = {
            "id": f"org-{k}",
            "side": side,
            "languages": langs,
            "capacity": 2 if rng.random() < capacity2_p else 1,
            "unavailable_slots": some_slots(unavailable_p),
        }
        if rng.random() < max_meetings_p:
            team["max_meetings"] = rng.randint(0, 3)
        teams.append(team)

    interpreters = [
        {
            "id": f"i{k}",
            "languages": rng.choice([["it", "ja"], ["it", "ja", "en"], ["en", "ja"], ["it", "en"]]),
            "unavailable_slots": some_slots(unavailable_p),
        }
        for k in range(n_interpreters)
    ]

    pairs = [
        (a["id"], b["id"])
        for i, a in enumerate(teams)
        for b in teams[i + 1 :]
        if not two_sided or a["side"] != b["side"]
    ]
    rng.shuffle(pairs)
    meetings: list[dict[str, Any]] = []
    for k, (a, b) in enumerate(pairs[: max(0, n_meetings)]):
        if rng.random() < 0.5:
            a, b = b, a
        m: dict[str, Any] = {
            "id": f"r-{k}",
            "a": a,
            "b": b,
            "weight": rng.randint(1, 5),
            "mandatory": False,
            "allowed_slots": None,
            "fixed_slot": None,
            "interpreter": "auto",
        }
        if rng.random() < allowed_p:
            m["allowed_slots"] = some_slots(0.5) or [rng.choice(slots)]
        if rng.random() < fixed_p:
            m["fixed_slot"] = rng.choice(m["allowed_slots"] or slots)
        if rng.random() < mode_p:
            m["interpreter"] = rng.choice(["required", "none"])
        meetings.append(m)

    raw: dict[str, Any] = {
        "sessions": sessions,
        "tables": tables,
        "interpreters": interpreters,
        "participants": teams,
        "meetings": meetings,
        "published": [],
        "options": {
            "time_limit_s": time_limit_s,
            "max_breaks_spread": max_breaks_spread,
            "min_meetings_per_participant": min_meetings_per_participant,
        },
    }
    # mandatory: only where parse_problem would accept it on its own (joint fit not guaranteed)
    if mandatory_p > 0:
        p0 = parse_problem(raw)
        for m in meetings:
            pm = p0.meeting[m["id"]]
            ok = bool(p0.candidate_slots(pm)) and (
                not p0.needs_interpreter(pm)
                or any(p0.can_interpret(i, pm) for i in p0.interpreters)
            )
            if ok and rng.random() < mandatory_p:
                m["mandatory"] = True
    if published_p > 0:
        raw["published"] = _published(rng, raw, published_p, locked_p, perturb_p)
    return raw


def _published(
    rng: random.Random, raw: dict[str, Any], published_p: float, locked_p: float, perturb_p: float
) -> list[dict[str, Any]]:
    """A valid earlier placement of some meetings; then some unlocked ones are disturbed by
    making one team unavailable at the published slot (a late change)."""
    p = parse_problem(raw)
    busy: dict[tuple[str, str], int] = {}
    tables_used: set[tuple[str, str]] = set()
    interp_used: set[tuple[str, str]] = set()
    out: list[dict[str, Any]] = []
    for m in p.meetings:
        if rng.random() >= published_p:
            continue
        cands = list(p.candidate_slots(m))
        rng.shuffle(cands)
        for s in cands:
            if any(busy.get((t, s), 0) >= p.team[t].capacity for t in (m.a, m.b)):
                continue
            table = next((t for t in p.tables if (s, t) not in tables_used), None)
            if table is None:
                continue
            interp: str | None = None
            if p.needs_interpreter(m):
                interp = next(
                    (
                        i.id
                        for i in p.interpreters
                        if p.can_interpret(i, m)
                        and s not in i.unavailable_slots
                        and (s, i.id) not in interp_used
                    ),
                    None,
                )
                if interp is None:
                    continue
                interp_used.add((s, interp))
            for t in (m.a, m.b):
                busy[(t, s)] = busy.get((t, s), 0) + 1
            tables_used.add((s, table))
            out.append(
                {
                    "meeting": m.id,
                    "slot": s,
                    "table": table,
                    "interpreter": interp,
                    "locked": rng.random() < locked_p,
                }
            )
            break
    # max_meetings may be exceeded by the earlier placement: unlock the excess (still valid)
    count: dict[str, int] = {}
    for e in out:
        m = p.meeting[e["meeting"]]
        for t in (m.a, m.b):
            count[t] = count.get(t, 0) + 1
    for e in out:
        m = p.meeting[e["meeting"]]
        if any(
            p.team[t].max_meetings is not None and count[t] > (p.team[t].max_meetings or 0)
            for t in (m.a, m.b)
        ):
            e["locked"] = False
    locked_at = {
        (t, e["slot"])
        for e in out
        if e["locked"]
        for t in (p.meeting[e["meeting"]].a, p.meeting[e["meeting"]].b)
    }
    teams = {t["id"]: t for t in raw["participants"]}
    has_mandatory = {x for m in p.meetings if m.mandatory for x in (m.a, m.b)}
    for e in out:
        if e["locked"] or rng.random() >= perturb_p:
            continue
        t = p.meeting[e["meeting"]].a
        if (t, e["slot"]) in locked_at or t in has_mandatory:
            continue
        if e["slot"] not in teams[t]["unavailable_slots"]:
            teams[t]["unavailable_slots"].append(e["slot"])
    return out


def random_problem(
    rng: random.Random,
    n_teams: int,
    n_meetings: int,
    n_slots: int,
    n_tables: int,
    n_interpreters: int,
    **knobs: Any,
) -> Problem:
    """``random_raw`` parsed: a valid :class:`Problem` (for benchmarks)."""
    return parse_problem(
        random_raw(rng, n_teams, n_meetings, n_slots, n_tables, n_interpreters, **knobs)
    )


def problem_to_raw(p: Problem) -> dict[str, Any]:
    """A :class:`Problem` back in PROBLEM.json form (``parse_problem`` of it gives ``p``)."""
    return {
        "sessions": [{"id": s.id, "slots": list(s.slots)} for s in p.sessions],
        "tables": list(p.tables),
        "interpreters": [
            {
                "id": i.id,
                "languages": sorted(i.languages),
                "unavailable_slots": sorted(i.unavailable_slots, key=p.slot_index.__getitem__),
            }
            for i in p.interpreters
        ],
        "participants": [
            {
                "id": t.id,
                "side": t.side,
                "languages": sorted(t.languages),
                "capacity": t.capacity,
                "unavailable_slots": sorted(t.unavailable_slots, key=p.slot_index.__getitem__),
                **({} if t.max_meetings is None else {"max_meetings": t.max_meetings}),
            }
            for t in p.teams
        ],
        "meetings": [
            {
                "id": m.id,
                "a": m.a,
                "b": m.b,
                "weight": m.weight,
                "mandatory": m.mandatory,
                "allowed_slots": None
                if m.allowed_slots is None
                else sorted(m.allowed_slots, key=p.slot_index.__getitem__),
                "fixed_slot": m.fixed_slot,
                "interpreter": m.interpreter.value,
                "sessions": None if m.sessions is None else sorted(m.sessions),
            }
            for m in p.meetings
        ],
        "published": [
            {
                "meeting": x.meeting,
                "slot": x.slot,
                "table": x.table,
                "interpreter": x.interpreter,
                "locked": x.locked,
            }
            for x in p.published
        ],
        "options": {
            "time_limit_s": p.options.time_limit_s,
            "max_breaks_spread": p.options.max_breaks_spread,
            "min_meetings_per_participant": p.options.min_meetings_per_participant,
        },
    }


@st.composite
def problems(
    draw: st.DrawFn,
    max_teams: int = 8,
    max_slots: int = 6,
    max_tables: int = 3,
    max_interpreters: int = 2,
    max_meetings: int = 16,
    max_sessions: int = 2,
    two_sided: bool | None = None,
    published: bool = True,
    mandatory: bool = False,
    unavailable_p: float = 0.15,
    min_meetings_per_participant: int = 0,
    max_breaks_spread: int | None = None,
) -> Problem:
    """A hypothesis strategy of small valid Problems (sizes shrink towards the smallest).

    ``two_sided=None`` draws both kinds; ``published`` adds a valid earlier placement (some
    locked, some disturbed); ``mandatory`` marks some individually-feasible meetings mandatory
    (the whole set may then be infeasible: solvers must say so).
    """
    n_teams = draw(st.integers(2, max(2, max_teams)))
    n_slots = draw(st.integers(1, max(1, max_slots)))
    n_tables = draw(st.integers(1, max(1, max_tables)))
    n_interpreters = draw(st.integers(0, max(0, max_interpreters)))
    n_meetings = draw(st.integers(0, max(0, max_meetings)))
    n_sessions = draw(st.integers(1, max(1, min(max_sessions, n_slots))))
    sided = draw(st.booleans()) if two_sided is None else two_sided
    rng = draw(st.randoms(use_true_random=False))
    return random_problem(
        rng,
        n_teams,
        n_meetings,
        n_slots,
        n_tables,
        n_interpreters,
        n_sessions=n_sessions,
        two_sided=sided,
        unavailable_p=unavailable_p,
        capacity2_p=0.15,
        max_meetings_p=0.15,
        allowed_p=0.1,
        fixed_p=0.05,
        mode_p=0.15,
        mandatory_p=0.2 if mandatory else 0.0,
        published_p=0.5 if published else 0.0,
        min_meetings_per_participant=min_meetings_per_participant,
        max_breaks_spread=max_breaks_spread,
    )
