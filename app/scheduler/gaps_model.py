"""The idle-gap phase's model, shared by every engine: which slots each meeting may take,
the interpreter classes, the teams' meetings and sessions, the weights of the objective.

Built once from a :class:`~app.scheduler.problem.Problem` and a valid placement; the MaxSAT
formula (:mod:`app.scheduler.gaps_formula`), CP-SAT and the constructive start all read it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from app.scheduler.breaks import total_breaks
from app.scheduler.problem import Problem


@dataclass
class GapModel:
    """Indices and domains shared by every engine."""

    problem: Problem
    meetings: list[str]
    domain: dict[str, list[int]]  # meeting -> slot indices it may take
    classes: list[tuple[str, ...]]  # interpreter classes (interchangeable interpreters)
    class_cap: dict[tuple[int, int], int]  # (class, slot) -> free interpreters
    eligible: dict[str, list[int]]  # meeting needing an interpreter -> classes
    fixed_interp: dict[str, str | None]  # locked meetings keep theirs
    team_meetings: dict[str, list[str]]
    session_slots: list[list[int]]
    preferred: dict[str, int]  # published (unlocked) meeting -> published slot
    n_tables: int
    max_spread: int | None
    break_weight: int = 1
    keep_weight: int = 1


def build_model(
    problem: Problem,
    slot_of: Mapping[str, str],
    interpreter_of: Mapping[str, str | None],
    max_spread: int | None,
    stability_first: bool = False,
) -> GapModel:
    idx = problem.slot_index
    meetings = sorted(slot_of)
    published = problem.published_of
    domain: dict[str, list[int]] = {}
    fixed_interp: dict[str, str | None] = {}
    preferred: dict[str, int] = {}
    for mid in meetings:
        m = problem.meeting[mid]
        p = published.get(mid)
        if p is not None and p.locked:
            domain[mid] = [idx[slot_of[mid]]]
            fixed_interp[mid] = interpreter_of.get(mid)
            continue
        dom = {idx[s] for s in problem.candidate_slots(m)}
        dom.add(idx[slot_of[mid]])  # the input is always representable
        domain[mid] = sorted(dom)
        if p is not None and idx[p.slot] in dom:
            preferred[mid] = idx[p.slot]

    # interpreter classes: same languages and same unavailability are interchangeable
    by_key: dict[tuple[frozenset[str], frozenset[str]], list[str]] = defaultdict(list)
    for i in problem.interpreters:
        by_key[(i.languages, i.unavailable_slots)].append(i.id)
    classes = [tuple(v) for _, v in sorted(by_key.items(), key=lambda kv: kv[1][0])]
    class_of = {iid: c for c, members in enumerate(classes) for iid in members}
    n_slots = len(problem.slots)
    class_cap: dict[tuple[int, int], int] = {}
    for c, members in enumerate(classes):
        away = problem.interpreter[members[0]].unavailable_slots
        for s in range(n_slots):
            class_cap[c, s] = 0 if problem.slots[s] in away else len(members)
    for mid, iid in fixed_interp.items():
        if iid is not None and iid in class_of:
            key = (class_of[iid], domain[mid][0])
            class_cap[key] = max(0, class_cap[key] - 1)
    eligible: dict[str, list[int]] = {}
    for mid in meetings:
        m = problem.meeting[mid]
        if mid in fixed_interp or not problem.needs_interpreter(m):
            continue
        rep = [problem.interpreter[members[0]] for members in classes]
        eligible[mid] = [c for c, i in enumerate(rep) if problem.can_interpret(i, m)]

    team_meetings: dict[str, list[str]] = defaultdict(list)
    for mid in meetings:
        m = problem.meeting[mid]
        team_meetings[m.a].append(mid)
        team_meetings[m.b].append(mid)
    session_slots = [[idx[s] for s in ses.slots] for ses in problem.sessions]
    model = GapModel(
        problem=problem,
        meetings=meetings,
        domain=domain,
        classes=classes,
        class_cap=class_cap,
        eligible=eligible,
        fixed_interp=fixed_interp,
        team_meetings=dict(team_meetings),
        session_slots=session_slots,
        preferred=preferred,
        n_tables=len(problem.tables),
        max_spread=max_spread,
    )
    if stability_first:  # a kept published meeting outweighs any number of breaks
        model.keep_weight = 2 * len(meetings) + 1
    else:  # objective 3 before 4: one break outweighs every kept published meeting
        model.break_weight = len(preferred) + 1
    return model


def decode_interpreters(
    model: GapModel, slot_idx: Mapping[str, int], class_pick: Mapping[str, int]
) -> dict[str, str | None]:
    """Real interpreters from classes: per slot, the class's free members in order."""
    used: dict[int, set[str]] = defaultdict(set)
    out: dict[str, str | None] = {}
    for mid, iid in model.fixed_interp.items():
        out[mid] = iid
        if iid is not None:
            used[slot_idx[mid]].add(iid)
    for mid in model.meetings:
        if mid in out:
            continue
        if mid not in model.eligible:
            out[mid] = None
            continue
        s = slot_idx[mid]
        c = class_pick[mid]
        free = [i for i in model.classes[c] if i not in used[s]]
        out[mid] = free[0]
        used[s].add(free[0])
    return out


@dataclass
class Placement:
    """An engine's answer: each meeting's slot index and, for meetings needing one, its
    interpreter class; ``optimal`` when the engine proved it."""

    slot_idx: dict[str, int]
    class_pick: dict[str, int]
    optimal: bool


def same_pair_groups(model: GapModel) -> list[list[str]]:
    """Meetings between the same two teams, where there are two or more (real fairs have
    them; the mission's own action asks for one meeting per pair of organisations)."""
    groups: dict[frozenset[str], list[str]] = defaultdict(list)
    for mid in model.meetings:
        m = model.problem.meeting[mid]
        groups[m.pair].append(mid)
    return [mids for mids in groups.values() if len(mids) > 1]


def kept_published(model: GapModel, slot_of: Mapping[str, str]) -> int:
    idx = model.problem.slot_index
    return sum(1 for mid, s in model.preferred.items() if idx[slot_of[mid]] == s)


def reaches_floor(model: GapModel, slot_of: Mapping[str, str], min_breaks: int) -> bool:
    """No re-assignment can do better: as few breaks as the bound allows and every published
    meeting in its published slot (optimal whichever of the two comes first)."""
    breaks = total_breaks(model.problem, slot_of)
    return breaks <= min_breaks and kept_published(model, slot_of) == len(model.preferred)
