"""Generators of benchmark instances for the B2B scheduler (issue 3).

* :func:`mission` — a realistic two-sided Turin–Nagoya mission at three sizes
  (small 40 orgs; medium 120 orgs / 1,000 requests; large 300 orgs / 3,000 requests / 24 slots
  in 2 sessions / 40 tables / 6 interpreters): Italian and Japanese teams, some speaking
  English, so roughly a third of the meetings need an interpreter; weights 1–5, mutual
  requests heavier; some unavailability.
* :func:`fair` — an "everything fits" fair for the idle-gap objective (60 teams, 250 meetings,
  10–22 slots, one session, enough tables), optionally with 2–3 interpreters, together with a
  valid scattered placement to improve.
* :func:`paper_fairs` — 20 fairs shaped like the real-event instances of Bofill et al., JAIR 74
  (2022) (8–22 slots in a morning and an afternoon session, 40–80 participants, 125–300
  meetings all mandatory, 12–27 tables; morning-only and afternoon-only meetings, fixed
  meetings, forbidden slots, heavy-tailed meetings per participant, fairness spread ≤ 2),
  each with a valid scattered placement of all its meetings.
* :func:`reschedule` — a solved instance taken as published, 5 % of its meetings cancelled and
  5 % new requests added.

Everything is deterministic given the seed. Instances are PROBLEM.json dicts (issue 3's
format) parsed with :func:`app.scheduler.problem.parse_problem`.
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.scheduler.breaks import count_breaks
from app.scheduler.problem import Problem, parse_problem

SIZES: dict[str, dict[str, int]] = {
    # orgs, requests, slots, sessions, tables, interpreters
    "small": {"orgs": 40, "requests": 150, "slots": 12, "sessions": 1, "tables": 12, "interp": 2},
    "medium": {
        "orgs": 120,
        "requests": 1000,
        "slots": 16,
        "sessions": 2,
        "tables": 24,
        "interp": 4,
    },
    "large": {
        "orgs": 300,
        "requests": 3000,
        "slots": 24,
        "sessions": 2,
        "tables": 40,
        "interp": 6,
    },
}


def _sessions(n_slots: int, n_sessions: int) -> list[dict[str, Any]]:
    per = [
        n_slots // n_sessions + (1 if k < n_slots % n_sessions else 0) for k in range(n_sessions)
    ]
    out, start = [], 0
    for k, n in enumerate(per):
        out.append({"id": f"d{k + 1}", "slots": [f"d{k + 1}-{j + 1}" for j in range(n)]})
        start += n
    return out


def mission(size: str = "large", seed: int = 0) -> dict[str, Any]:
    """A two-sided mission as a PROBLEM.json dict."""
    cfg = SIZES[size]
    rng = random.Random(f"mission-{size}-{seed}")
    sessions = _sessions(cfg["slots"], cfg["sessions"])
    slots = [s for ses in sessions for s in ses["slots"]]
    teams: list[dict[str, Any]] = []
    n = cfg["orgs"]
    for k in range(n):
        turin = k < n // 2
        langs = ["it"] if turin else ["ja"]
        if rng.random() < 0.8:  # English as the shared language (~35 % need an interpreter)
            langs.append("en")
        away: list[str] = []
        if rng.random() < 0.15:  # a visit, a flight, a late arrival: a run of slots
            ses = rng.choice(sessions)["slots"]
            a = rng.randrange(len(ses))
            away = ses[a : a + rng.randint(1, 4)]
        team: dict[str, Any] = {
            "id": f"{'to' if turin else 'ng'}-{k:03d}",
            "side": "turin" if turin else "nagoya",
            "languages": langs,
            "capacity": 2 if rng.random() < 0.05 else 1,
            "unavailable_slots": away,
        }
        teams.append(team)
    side_a = [t["id"] for t in teams if t["side"] == "turin"]
    side_b = [t["id"] for t in teams if t["side"] == "nagoya"]
    # popularity: a few organisations are asked by many (Toyota-like, FCA-like)
    pop_a = [rng.paretovariate(1.5) for _ in side_a]
    pop_b = [rng.paretovariate(1.5) for _ in side_b]
    pairs: set[tuple[str, str]] = set()
    meetings: list[dict[str, Any]] = []
    target = cfg["requests"]
    while len(meetings) < target:
        a = rng.choices(side_a, pop_a)[0]
        b = rng.choices(side_b, pop_b)[0]
        if (a, b) in pairs:
            continue
        pairs.add((a, b))
        mutual = rng.random() < 0.25
        weight = rng.randint(3, 5) if mutual else rng.randint(1, 3)
        m: dict[str, Any] = {
            "id": f"r-{len(meetings) + 1:04d}",
            "a": a if rng.random() < 0.5 else b,
            "b": "",
            "weight": weight,
            "mandatory": False,
            "allowed_slots": None,
            "fixed_slot": None,
            "interpreter": "auto",
        }
        m["b"] = b if m["a"] == a else a
        meetings.append(m)
    interpreters = []
    for k in range(cfg["interp"]):
        away = [] if rng.random() < 0.5 else rng.sample(slots, rng.randint(1, 3))
        interpreters.append(
            {"id": f"int-{k + 1}", "languages": ["it", "ja", "en"], "unavailable_slots": away}
        )
    return {
        "sessions": sessions,
        "tables": [f"T{k + 1:02d}" for k in range(cfg["tables"])],
        "interpreters": interpreters,
        "participants": teams,
        "meetings": meetings,
        "published": [],
        "options": {"time_limit_s": 60, "max_breaks_spread": None},
    }


@dataclass(frozen=True)
class Fair:
    problem: Problem
    slot_of: dict[str, str]  # a valid placement of every meeting (scattered: many breaks)
    interpreter_of: dict[str, str | None]
    name: str = ""
    # paper_fairs: the hidden placement the instance was built from — valid, breaks spread
    # ≤ 2, so the optimum under the fairness bound exists and has at most its breaks
    reference: dict[str, str] | None = None


def fair(
    n_slots: int = 16,
    seed: int = 0,
    *,
    n_teams: int = 60,
    n_meetings: int = 250,
    n_interpreters: int = 0,
) -> Fair:
    """An "everything fits" fair and a valid random placement of all its meetings.

    Built slot by slot: each slot gets a random matching of the teams, so the whole set of
    meetings provably fits; the placement is then the matchings in shuffled slot order.
    With interpreters, a quarter of the teams speak only Japanese and a quarter only Italian;
    meetings between them need one of the interpreters (at most that many per slot).
    """
    rng = random.Random(f"fair-{n_slots}-{seed}-{n_teams}-{n_meetings}-{n_interpreters}")
    slots = [f"s{j + 1:02d}" for j in range(n_slots)]
    team_ids = [f"t{k:02d}" for k in range(n_teams)]
    langs: dict[str, list[str]] = {}
    for k, t in enumerate(team_ids):
        if n_interpreters and k % 4 == 0:
            langs[t] = ["ja"]
        elif n_interpreters and k % 4 == 1:
            langs[t] = ["it"]
        else:
            langs[t] = ["en", "it"] if k % 2 else ["en", "ja"]

    def needs(a: str, b: str) -> bool:
        return not set(langs[a]) & set(langs[b])

    pairs: set[frozenset[str]] = set()
    placed: list[tuple[str, str, str]] = []  # (a, b, slot)
    # each slot takes about n_meetings / n_slots meetings; repeat rounds until enough
    per_slot: dict[str, int] = dict.fromkeys(slots, 0)
    per_interp: dict[str, int] = dict.fromkeys(slots, 0)
    busy: dict[str, set[str]] = {s: set() for s in slots}
    attempts = 0
    while len(placed) < n_meetings and attempts < 200_000:
        attempts += 1
        s = rng.choice(slots)
        a, b = rng.sample(team_ids, 2)
        pair = frozenset((a, b))
        if pair in pairs or a in busy[s] or b in busy[s]:
            continue
        if needs(a, b):
            if per_interp[s] >= n_interpreters:
                continue
            per_interp[s] += 1
        pairs.add(pair)
        busy[s] |= {a, b}
        per_slot[s] += 1
        placed.append((a, b, s))
    n_tables = max(per_slot.values())
    meetings = [
        {"id": f"m{k + 1:03d}", "a": a, "b": b, "weight": 1, "interpreter": "auto"}
        for k, (a, b, _) in enumerate(placed)
    ]
    interpreters = [
        {"id": f"i{k + 1}", "languages": ["it", "ja"], "unavailable_slots": []}
        for k in range(n_interpreters)
    ]
    raw = {
        "sessions": [{"id": "fair", "slots": slots}],
        "tables": [f"T{k + 1:02d}" for k in range(n_tables)],
        "interpreters": interpreters,
        "participants": [
            {"id": t, "side": None, "languages": langs[t], "capacity": 1} for t in team_ids
        ],
        "meetings": meetings,
        "options": {"time_limit_s": 60},
    }
    problem = parse_problem(raw)
    slot_of = {f"m{k + 1:03d}": s for k, (_, _, s) in enumerate(placed)}
    interp: dict[str, str | None] = {}
    used: dict[str, int] = dict.fromkeys(slots, 0)
    for m in problem.meetings:
        if problem.needs_interpreter(m):
            s = slot_of[m.id]
            interp[m.id] = f"i{used[s] + 1}"
            used[s] += 1
        else:
            interp[m.id] = None
    return Fair(problem, slot_of, interp)


# --- fairs shaped like the paper's real events (issue 15) ------------------------------------

# slots, participants, meetings, tables: the ranges of the 20 real instances of Bofill, Coll,
# Garcia, Giráldez-Cru, Pesant, Suy and Villaret, JAIR 74 (2022) (42–78 participants,
# 125–302 meetings, 8–22 slots, 12–27 tables). Tables are fewer than half the participants
# and the meetings fill 85–91 % of slots × tables (paper-18: 47 %), so tables bind in the
# busiest slots.
PAPER_SHAPES: tuple[tuple[int, int, int, int], ...] = (
    (8, 42, 125, 18),
    (8, 50, 150, 21),
    (8, 56, 170, 24),
    (10, 44, 140, 16),
    (10, 60, 200, 22),
    (10, 66, 230, 27),
    (12, 46, 150, 14),
    (12, 62, 220, 21),
    (12, 70, 260, 24),
    (14, 48, 160, 13),
    (14, 64, 240, 19),
    (16, 52, 180, 13),
    (16, 72, 280, 20),
    (18, 54, 190, 12),
    (18, 76, 300, 19),
    (20, 58, 210, 12),
    (20, 78, 300, 17),
    (22, 40, 125, 12),
    (22, 68, 250, 13),
    (22, 80, 300, 15),
)

_PAPER_ATTEMPTS = 200  # hidden placements tried per instance (deterministic sub-seeds)


def paper_fairs(seed: int = 0, *, compact: float = 1.0, repeats: float = 0.0) -> list[Fair]:
    """The 20 fairs of :data:`PAPER_SHAPES` (named ``paper-01`` … ``paper-20``).

    ``compact``: how often a participant's run of meetings continues in the hidden placement
    (1: always, so the hidden placement has few breaks — 0–9 for seed 0; lower: more hidden
    breaks, and more forbidden slots among them, which can force breaks). ``repeats``: the
    chance that two participants who have met already may meet again (real fairs have such
    second meetings; 0: every pair meets at most once, and the instances are those of
    before)."""
    return [
        paper_fair(k + 1, slots, people, meetings, tables, seed, compact=compact, repeats=repeats)
        for k, (slots, people, meetings, tables) in enumerate(PAPER_SHAPES)
    ]


def paper_fair(
    number: int,
    n_slots: int,
    n_people: int,
    n_meetings: int,
    n_tables: int,
    seed: int = 0,
    *,
    compact: float = 1.0,
    repeats: float = 0.0,
) -> Fair:
    """One fair shaped like a real brokerage event, and a valid scattered placement of it.

    Feasible by construction: a *hidden* placement is built slot by slot (at most ``n_tables``
    meetings and one meeting per participant in a slot, every pair of participants meeting at
    most once, each participant's runs kept together — always, or as often as ``compact``
    says — and the breaks spread ≤ 2, else another sub-seed is tried), and the
    constraints are derived from it so it stays valid: the late arrivals and early leavers
    are planned before (and respected), the single forbidden slots are slots where the
    participant is idle, morning-only and afternoon-only meetings are among those placed in
    that session, fixed meetings are fixed at their hidden slot. The starting placement is the
    hidden one scattered by random valid moves. Every meeting is mandatory; the options ask
    for a breaks spread of at most 2.
    """
    for attempt in range(_PAPER_ATTEMPTS):
        tag = ("" if compact >= 1 else f"-c{compact}") + (f"-r{repeats}" if repeats > 0 else "")
        rng = random.Random(f"paper-{number}-{seed}{tag}-{attempt}")
        built = _paper_build(rng, n_slots, n_people, n_meetings, n_tables, compact, repeats)
        if built is not None:
            return _paper_derive(rng, f"paper-{number:02d}", built, n_tables)
    raise RuntimeError(f"no hidden placement found for paper fair {number}")


@dataclass
class _Hidden:
    slots: list[str]
    morning: list[str]
    people: list[str]
    away: dict[str, set[str]]
    placed: list[tuple[str, str, str]]  # (a, b, slot)


def _paper_build(
    rng: random.Random,
    n_slots: int,
    n_people: int,
    n_meetings: int,
    n_tables: int,
    compact: float = 1.0,
    repeats: float = 0.0,
) -> _Hidden | None:
    """A hidden placement of exactly ``n_meetings`` meetings, or None (try another seed)."""
    slots = [f"s{j + 1:02d}" for j in range(n_slots)]
    n_morning = (n_slots + 1) // 2
    morning, afternoon = slots[:n_morning], slots[n_morning:]
    people = [f"p{k + 1:02d}" for k in range(n_people)]
    # late arrivals and early leavers (a run of 1–3 slots), a few who miss a whole session
    away: dict[str, set[str]] = {p: set() for p in people}
    for p in people:
        r = rng.random()
        if r < 0.08:
            away[p] = set(morning[: rng.randint(1, 3)])
        elif r < 0.16:
            away[p] = set(afternoon[-rng.randint(1, 3) :])
        elif r < 0.19:
            away[p] = set(rng.choice((morning, afternoon)))
    # heavy-tailed meetings per participant: 2 each, the rest by Pareto popularity, at most
    # one per free slot
    cap = {p: n_slots - len(away[p]) for p in people}
    target = dict.fromkeys(people, 2)
    popularity = {p: rng.paretovariate(0.9) for p in people}
    extra = 2 * n_meetings - 2 * n_people
    while extra > 0:
        open_ = [p for p in people if target[p] < cap[p]]
        if not open_:
            return None
        p = rng.choices(open_, [popularity[q] for q in open_])[0]
        target[p] += 1
        extra -= 1
    # slot by slot: a participant in a run continues it; others start when their remaining
    # meetings need it (urgency); a slot takes its share of the meetings still to place
    # (some slots more: there the tables bind), partners past their target come last
    left = dict(target)
    met: set[frozenset[str]] = set()
    placed: list[tuple[str, str, str]] = []
    busy_prev: set[str] = set()
    for j, s in enumerate(slots):
        if afternoon and s == afternoon[0]:
            busy_prev = set()
        later = slots[j:]
        share = (n_meetings - len(placed)) / len(later) * rng.uniform(1.0, 1.3)
        quota = min(n_tables, math.ceil(share))

        def key(p: str, later: list[str] = later, prev: set[str] = busy_prev) -> tuple[Any, ...]:
            free_later = sum(1 for x in later if x not in away[p])
            need = left[p] / max(1, free_later) if left[p] > 0 else popularity[p]
            stays = p in prev if compact >= 1 or rng.random() < compact else rng.random() < 0.5
            return (left[p] <= 0, not stays, -need, rng.random())

        free = sorted((p for p in people if s not in away[p]), key=key)
        busy: set[str] = set()
        n_here = 0
        for a in free:
            if n_here >= quota or len(placed) >= n_meetings:
                break
            if a in busy:
                continue
            for b in free:
                again = frozenset((a, b)) in met
                if again and not (repeats > 0 and rng.random() < repeats):
                    continue
                if b != a and b not in busy:
                    busy |= {a, b}
                    met.add(frozenset((a, b)))
                    left[a] -= 1
                    left[b] -= 1
                    placed.append((a, b, s))
                    n_here += 1
                    break
        busy_prev = busy
    if len(placed) < n_meetings:
        return None
    # the hidden placement's breaks spread must be ≤ 2 (the paper's fairness bound)
    busy_in: dict[str, set[str]] = {p: set() for p in people}
    for a, b, s in placed:
        busy_in[a].add(s)
        busy_in[b].add(s)
    breaks = [
        count_breaks(tuple(morning), busy_in[p]) + count_breaks(tuple(afternoon), busy_in[p])
        for p in people
    ]
    if max(breaks) - min(breaks) > 2:
        return None
    return _Hidden(slots, morning, people, away, placed)


def _paper_derive(rng: random.Random, name: str, h: _Hidden, n_tables: int) -> Fair:
    """The instance's constraints from its hidden placement, and a scattered start."""
    slots, morning = h.slots, h.morning
    afternoon = slots[len(morning) :]
    busy: dict[str, set[str]] = {p: set() for p in h.people}
    for a, b, s in h.placed:
        busy[a].add(s)
        busy[b].add(s)
    away = {p: set(v) for p, v in h.away.items()}
    for p in h.people:  # a few single forbidden slots, where the participant is idle
        idle = [s for s in slots if s not in busy[p] and s not in away[p]]
        if idle and rng.random() < 0.15:
            # half the time inside its day, between two of its meetings, if it has such idle
            # slots (a talk, a visit): these can force breaks
            inner = [s for s in idle if _between(s, busy[p], morning, afternoon)]
            pool = inner if inner and rng.random() < 0.5 else idle
            away[p] |= set(rng.sample(pool, min(len(pool), rng.randint(1, 2))))
    # 3 % of the meetings fixed at their hidden slot, 15 % restricted to its session
    n = len(h.placed)
    order = rng.sample(range(n), n)
    fixed = set(order[: max(2, round(0.03 * n))])
    restricted = set(order[len(fixed) : len(fixed) + round(0.15 * n)])
    meetings: list[dict[str, Any]] = []
    hidden_slot: dict[str, str] = {}
    for k, (a, b, s) in enumerate(h.placed):
        mid = f"m{k + 1:03d}"
        hidden_slot[mid] = s
        m: dict[str, Any] = {"id": mid, "a": a, "b": b, "weight": 1, "mandatory": True}
        if k in fixed:
            m["fixed_slot"] = s
        elif k in restricted:
            m["allowed_slots"] = list(morning if s in morning else afternoon)
        meetings.append(m)
    raw = {
        "sessions": [{"id": "morning", "slots": morning}, {"id": "afternoon", "slots": afternoon}],
        "tables": [f"T{k + 1:02d}" for k in range(n_tables)],
        "interpreters": [],
        "participants": [
            {
                "id": p,
                "side": None,
                "languages": ["en"],
                "unavailable_slots": sorted(away[p]),
            }
            for p in h.people
        ],
        "meetings": meetings,
        "options": {"time_limit_s": 60, "max_breaks_spread": 2},
    }
    problem = parse_problem(raw)
    slot_of = _scatter(rng, problem, hidden_slot, n_tables)
    return Fair(problem, slot_of, dict.fromkeys(slot_of), name, hidden_slot)


def _between(s: str, busy: set[str], morning: list[str], afternoon: list[str]) -> bool:
    """Whether slot ``s`` lies between two busy slots of the same session."""
    ses = morning if s in morning else afternoon
    j = ses.index(s)
    return any(x in busy for x in ses[:j]) and any(x in busy for x in ses[j + 1 :])


def _scatter(
    rng: random.Random, problem: Problem, slot_of: Mapping[str, str], n_tables: int
) -> dict[str, str]:
    """``slot_of`` after random valid moves of its meetings (tables per slot, one meeting per
    participant and slot, forbidden, allowed and fixed slots all kept)."""
    out = dict(slot_of)
    load: dict[str, int] = dict.fromkeys(problem.slots, 0)
    busy: dict[tuple[str, str], bool] = {}
    for mid, s in out.items():
        m = problem.meeting[mid]
        load[s] += 1
        busy[m.a, s] = busy[m.b, s] = True
    movable = [m for m in problem.meetings if m.fixed_slot is None]
    for _ in range(6 * len(movable)):
        m = rng.choice(movable)
        to = rng.choice(problem.candidate_slots(m))
        at = out[m.id]
        if to == at or load[to] >= n_tables or busy.get((m.a, to)) or busy.get((m.b, to)):
            continue
        load[at] -= 1
        load[to] += 1
        busy[m.a, at] = busy[m.b, at] = False
        busy[m.a, to] = busy[m.b, to] = True
        out[m.id] = to
    return out


def reschedule(
    raw: Mapping[str, Any],
    assignments: Sequence[Mapping[str, Any]],
    seed: int = 0,
    *,
    cancel_share: float = 0.05,
    new_share: float = 0.05,
) -> tuple[dict[str, Any], set[str]]:
    """The same mission after a publication: ``assignments`` (meeting, slot, table,
    interpreter) become the published entries, ``cancel_share`` of the published meetings are
    cancelled (their requests removed) and ``new_share`` new requests are added.

    Returns the new PROBLEM.json dict and the ids of the cancelled meetings.
    """
    rng = random.Random(f"reschedule-{seed}")
    out: dict[str, Any] = {k: v for k, v in raw.items()}
    ids = sorted(a["meeting"] for a in assignments)
    cancelled = set(rng.sample(ids, round(cancel_share * len(ids))))
    meetings = [dict(m) for m in raw["meetings"] if m["id"] not in cancelled]
    pairs = {frozenset((m["a"], m["b"])) for m in raw["meetings"]}
    teams = raw["participants"]
    side_a = [t["id"] for t in teams if t["side"] == "turin"]
    side_b = [t["id"] for t in teams if t["side"] != "turin"]
    n_new = round(new_share * len(raw["meetings"]))
    k = 0
    while k < n_new:
        a, b = rng.choice(side_a), rng.choice(side_b)
        if frozenset((a, b)) in pairs:
            continue
        pairs.add(frozenset((a, b)))
        k += 1
        meetings.append(
            {
                "id": f"new-{k:04d}",
                "a": a,
                "b": b,
                "weight": rng.randint(1, 5),
                "mandatory": False,
                "allowed_slots": None,
                "fixed_slot": None,
                "interpreter": "auto",
            }
        )
    out["meetings"] = meetings
    out["published"] = [
        {
            "meeting": a["meeting"],
            "slot": a["slot"],
            "table": a["table"],
            "interpreter": a.get("interpreter"),
            "locked": False,
        }
        for a in assignments
        if a["meeting"] not in cancelled
    ]
    return out, cancelled
