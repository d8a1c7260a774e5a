"""Publishing: freeze a mission's schedule and programme as the next numbered version (the
one write), and the reads of :mod:`app.core.publications` the front ends show beside it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime

from sqlalchemy.exc import IntegrityError

from app.core.changes import Changes
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
from app.core.publications.current import (
    current_people,
    current_snapshot,
    last_snapshot,
    require_mission,
)
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
            mission = require_mission(s, mission_id)
            last = last_snapshot(s, mission_id)
            number = (last.number or 0) + 1 if last is not None else 1
            now = current_snapshot(s, mission_id, last)
            if now.is_empty:
                raise PublicationError(
                    f"Nothing to publish in {mission.name}: it has no meetings and no programme "
                    "items yet. Schedule the B2B meetings or add programme items first."
                )
            now = replace(now, number=number)
            delta = compare(mission_id, last, now, current_people(s, mission_id))
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
        raise PublicationError(
            "Another version of this mission was published at the same moment; try again."
        ) from exc
