"""Writing the demo missions into a database (``ponte demo``, ``scripts/run-demo.sh``), and
the demo after the mission (``ponte demo --after-the-mission``): scheduled, the day marked,
both sides' outcomes and follow-ups invented, so the report and the dashboard have figures."""

from __future__ import annotations

from sqlalchemy import select

from app.demo import DEMO_MISSION_NAMES, write_demo
from app.demo.after_the_mission import Invented, invent_outcomes
from app.model import Mission
from app.services.scheduling import Solve, schedule_mission
from app.store import Store

__all__ = ["DEMO_MISSION_NAMES", "Invented", "after_the_mission", "write_demo"]


def after_the_mission(
    store: Store, *, time_limit_s: float = 20.0, solve: Solve | None = None
) -> list[tuple[str, Invented]]:
    """Schedule each demo mission in ``store`` (the scheduler as the B2B page runs it,
    within ``time_limit_s``) and invent what happened: the meetings marked, the outcomes and
    follow-ups recorded. Returns each mission's name with what was invented."""
    with store.session() as s:
        missions = list(
            s.execute(
                select(Mission.id, Mission.name)
                .where(Mission.name.in_(DEMO_MISSION_NAMES))
                .order_by(Mission.id)
            )
        )
    out = []
    for mission_id, name in missions:
        schedule_mission(store, mission_id, time_limit_s=time_limit_s, solve=solve)
        out.append((name, invent_outcomes(store, mission_id)))
    return out
