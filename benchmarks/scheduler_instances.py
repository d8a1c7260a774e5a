"""Generators of benchmark instances for the B2B scheduler (issue 3).

* :func:`mission` — a realistic two-sided Turin–Nagoya mission at three sizes
  (small 40 orgs; medium 120 orgs / 1,000 requests; large 300 orgs / 3,000 requests / 24 slots
  in 2 sessions / 40 tables / 6 interpreters): Italian and Japanese teams, some speaking
  English, so roughly a third of the meetings need an interpreter; weights 1–5, mutual
  requests heavier; some unavailability.
* :func:`fair` — an "everything fits" fair for the idle-gap objective (60 teams, 250 meetings,
  10–22 slots, one session, enough tables), optionally with 2–3 interpreters, together with a
  valid scattered placement to improve.
* :func:`reschedule` — a solved instance taken as published, 5 % of its meetings cancelled and
  5 % new requests added.

Everything is deterministic given the seed. Instances are PROBLEM.json dicts (issue 3's
format) parsed with :func:`app.scheduler.problem.parse_problem`.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

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
