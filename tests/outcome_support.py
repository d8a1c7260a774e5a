"""Held meetings on the demo's Turin mission, for the tests of outcomes and follow-ups: the
mission scheduled by the quick first-fit solver, then some meetings marked HELD with issue
17's action (the others stay scheduled)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.model import Meeting, MeetingStatus, Mission
from app.services.meeting_status import set_meeting_status
from app.services.scheduling import schedule_mission
from app.store import Store
from tests.factories import first_fit


@dataclass(frozen=True)
class Held:
    mission_id: int
    held: tuple[int, ...]  # meeting ids marked held, in id order
    not_held: tuple[int, ...]  # meeting ids left scheduled


def mark_held(store: Store, count: int = 12) -> Held:
    """Schedule the Turin demo mission and mark its first ``count`` meetings held."""
    with store.session() as s:
        mission_id = s.scalars(select(Mission.id).where(Mission.host_city == "Torino")).one()
    schedule_mission(store, mission_id, solve=first_fit)
    with store.session() as s:
        ids = list(
            s.scalars(
                select(Meeting.id)
                .where(Meeting.mission_id == mission_id, Meeting.status == MeetingStatus.SCHEDULED)
                .order_by(Meeting.id)
            )
        )
    for meeting_id in ids[:count]:
        set_meeting_status(store, meeting_id, MeetingStatus.HELD)
    return Held(mission_id, tuple(ids[:count]), tuple(ids[count:]))


def parties(store: Store, meeting_id: int) -> tuple[int, int]:
    with store.session() as s:
        m = s.get(Meeting, meeting_id)
        assert m is not None
        return m.organisation_a_id, m.organisation_b_id
