"""Publishing: freeze a mission's schedule and programme as the next numbered version (the
one write), and the reads of :mod:`app.core.publications` the front ends show beside it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime

from sqlalchemy.exc import IntegrityError

from app.core.changes import Changes
from app.core.mission_record import read_mission
from app.core.publications import (
    Change,
    ChangeKind,
    ItemEntry,
    MeetingEntry,
    MissionDiff,
    PublicationError,
    PublicationInfo,
    compare,
    diff,
    list_publications,
)
from app.core.publications import messages as msg
from app.core.publications.current import current_people, current_snapshot, last_snapshot
from app.model import Publication
from app.store import Store

__all__ = [
    "Change",
    "ChangeKind",
    "ItemEntry",
    "MeetingEntry",
    "MissionDiff",
    "PublicationError",
    "PublicationInfo",
    "Published",
    "diff",
    "list_publications",
    "publish",
]


@dataclass(frozen=True)
class Published:
    """Version ``number`` of a mission, as just frozen."""

    mission_id: int
    mission_name: str
    number: int
    publication_id: int
    published_at: datetime
    meetings: int  # not cancelled
    cancelled: int  # cancelled meetings and tombstones in the snapshot
    items: int  # live programme items
    changed_participants: int  # whose schedule differs from version number - 1 (all at 1)
    changes: Changes


def publish(store: Store, mission_id: int, *, by: str = "", note: str = "") -> Published:
    """Freeze the mission's current schedule and programme as the next version."""
    try:
        with store.session() as s:
            record = read_mission(s, mission_id)  # what is frozen is what was read
            mission = record.mission
            last = last_snapshot(record)
            number = (last.number or 0) + 1 if last is not None else 1
            now = current_snapshot(record, last)
            if now.is_empty:
                raise PublicationError(msg.NOTHING_TO_PUBLISH(mission=mission.name))
            now = replace(now, number=number)
            delta = compare(mission_id, last, now, current_people(record))
            published_at = datetime.now(UTC)
            row = Publication(
                mission_id=mission_id,
                number=number,
                published_at=published_at,
                published_by=by,
                note=note,
                snapshot=now.to_json(mission, published_at),
            )
            s.add(row)
            s.flush()
            return Published(
                mission_id=mission_id,
                mission_name=mission.name,
                number=number,
                publication_id=row.id,
                published_at=published_at,
                meetings=sum(1 for m in now.meetings.values() if m.active),
                cancelled=sum(1 for m in now.meetings.values() if not m.active),
                items=sum(1 for i in now.items.values() if i.active),
                changed_participants=len(delta.participants),
                # The mission's publication (version N of <date>) is mission data.
                changes=Changes(missions=True),
            )
    except IntegrityError as exc:  # two publishers took the same number
        raise PublicationError(msg.PUBLISHED_MEANWHILE()) from exc
