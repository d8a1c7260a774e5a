"""Small builders for tests: a mission with two sides, an organisation, a participant."""

from __future__ import annotations

from datetime import date
from itertools import count

from sqlalchemy.orm import Session

from app.model import Delegation, Mission, Organisation, Participant, Side
from app.scheduler.control import Control
from app.scheduler.problem import Problem
from app.scheduler.schedule import Assignment, Schedule, Stats, Status

_n = count(1)


def mission(session: Session, *, timezone: str = "Asia/Tokyo", name: str | None = None) -> Mission:
    m = Mission(
        name=name or f"Mission {next(_n)}",
        host_city="Nagoya" if timezone == "Asia/Tokyo" else "Torino",
        timezone=timezone,
        start_date=date(2027, 10, 12),
        end_date=date(2027, 10, 14),
        organiser="Camera di commercio di Torino",
    )
    session.add(m)
    session.flush()
    return m


def delegation(session: Session, m: Mission, side: Side) -> Delegation:
    d = Delegation(mission=m, side=side, name=f"{side.value} delegation {next(_n)}")
    session.add(d)
    session.flush()
    return d


def organisation(
    session: Session, m: Mission, d: Delegation | None = None, **kw: object
) -> Organisation:
    o = Organisation(mission=m, delegation=d, name=str(kw.pop("name", f"Org {next(_n)}")), **kw)
    session.add(o)
    session.flush()
    return o


def participant(session: Session, m: Mission, **kw: object) -> Participant:
    kw.setdefault("family_name", f"Family{next(_n)}")
    p = Participant(mission=m, **kw)
    session.add(p)
    session.flush()
    return p


def first_fit(problem: Problem, control: Control) -> Schedule:
    """A trivially valid stand-in solver: meetings needing no interpreter, first free fit."""
    used: set[tuple[str, str]] = set()
    busy: set[tuple[str, str]] = set()
    out = []
    for m in problem.meetings:
        if problem.needs_interpreter(m):
            continue
        for slot in problem.candidate_slots(m):
            if (m.a, slot) in busy or (m.b, slot) in busy:
                continue
            table = next((t for t in problem.tables if (slot, t) not in used), None)
            if table is None:
                continue
            used.add((slot, table))
            busy |= {(m.a, slot), (m.b, slot)}
            out.append(Assignment(m.id, slot, table, None))
            break
    return Schedule(Status.FEASIBLE, tuple(out), (), Stats(weight=len(out)))
