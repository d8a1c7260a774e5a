"""The demo database the document and calendar benchmarks measure on."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app.common.paths import Paths
from app.demo import write_demo
from app.model import Meeting, Mission
from app.services.scheduling import schedule_mission
from app.store import Store, open_store


def open_demo(db: Path) -> tuple[Store, int]:
    """``db`` with the demo written into it unless there, and the Torino → Nagoya mission."""
    store = open_store(str(db), paths=Paths.for_user())
    with store.session() as s:
        has_demo = s.scalars(select(Mission.id).where(Mission.timezone == "Asia/Tokyo")).first()
    if not has_demo:
        write_demo(store)
    with store.session() as s:
        mission_id = s.scalars(select(Mission.id).where(Mission.timezone == "Asia/Tokyo")).one()
    return store, mission_id


def schedule_unless_done(
    store: Store, mission_id: int, time_limit_s: float, *, again: bool = False
) -> None:
    """Schedule the mission (real solver) when it has no meetings yet, or ``again``."""
    with store.session() as s:
        scheduled = s.scalars(select(Meeting.id).where(Meeting.mission_id == mission_id)).first()
    if not scheduled or again:
        outcome = schedule_mission(store, mission_id, time_limit_s=time_limit_s)
        print(f"scheduled {outcome.stored} meetings")
