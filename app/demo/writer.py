"""Write (or rewrite) the demo missions into a store and say what was written."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import delete, select

from app.common.errors import UserError
from app.demo import messages as msg
from app.demo import nagoya_torino, torino_nagoya
from app.model import Mission, Organisation, Side
from app.store import Store
from app.store.mission_lock import Operation, lock_mission

BUILDERS: tuple[Callable[[], Mission], ...] = (torino_nagoya.build, nagoya_torino.build)
DEMO_MISSION_NAMES: tuple[str, ...] = (torino_nagoya.NAME, nagoya_torino.NAME)


class DemoExists(UserError, ValueError):
    """The demo missions are in the database already (and were not to be replaced)."""


def write_demo(store: Store, *, replace: bool = False) -> list[str]:
    """Write both demo missions into ``store``; return one summary line per mission.

    If demo missions (same names) are there already, raise DemoExists unless ``replace``,
    in which case they are deleted first. Everything happens in one transaction.
    """
    with store.session(write=True) as session:
        existing = list(
            session.scalars(select(Mission.id).where(Mission.name.in_(DEMO_MISSION_NAMES)))
        )
        if existing and not replace:
            raise DemoExists(msg.ALREADY_THERE(database=store.location.display()))
        if existing:
            for mission_id in sorted(existing):  # one order for all: no deadlock
                lock_mission(store, session, mission_id, Operation.REPLACE_DEMO)
            # Organisations first: their delegation key is ON DELETE RESTRICT, which a
            # cascade from the mission may reach before it has removed the organisations.
            session.execute(delete(Organisation).where(Organisation.mission_id.in_(existing)))
            session.execute(delete(Mission).where(Mission.id.in_(existing)))
        lines = []
        for build in BUILDERS:
            mission = build()
            session.add(mission)
            session.flush()
            lines.append(summary(mission))
    return lines


def summary(mission: Mission) -> str:
    """ "Torino → Nagoya, October 2027: 101 organisations (41 Turin, 60 Nagoya), …"."""
    sides = [o.side for o in mission.organisations]
    requests = mission.meeting_requests
    pairs = {(r.requester.name, r.requested.name) for r in requests if not r.no_thanks}
    mutual = sum(1 for a, b in pairs if (b, a) in pairs) // 2
    tables = sum(len(s.tables) for s in mission.b2b_sessions)
    return (
        f"{mission.name}: {len(sides)} organisations ({sides.count(Side.TURIN)} Turin, "
        f"{sides.count(Side.NAGOYA)} Nagoya), {len(mission.participants)} participants "
        f"({len(mission.interpreters)} interpreters), {len(mission.agenda_items)} agenda items, "
        f"{_count(len(mission.b2b_sessions), 'B2B session')} ({tables} tables), "
        f"{len(requests)} meeting requests ({mutual} mutual pairs, "
        f"{sum(r.no_thanks for r in requests)} no thanks)"
    )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
