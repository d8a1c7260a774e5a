"""What publishing now would freeze, counted before the coordinator confirms it: the version's
number, its meetings and programme items, and the participants whose schedule it changes."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.mission_record import read_mission
from app.core.publications import compare
from app.core.publications.current import current_people, current_snapshot, last_snapshot
from app.store import Store


@dataclass(frozen=True)
class PublishPreview:
    number: int  # the version publishing would make
    meetings: int  # not cancelled
    items: int  # live programme items
    changed_participants: int  # whose schedule differs from the last version (all at 1)
    participants: int  # everyone in the mission


def publish_preview(store: Store, mission_id: int) -> PublishPreview:
    """The counts :func:`app.services.publications.publish` would report, without writing."""
    with store.session() as s:
        record = read_mission(s, mission_id)
        last = last_snapshot(record)
        number = (last.number or 0) + 1 if last is not None else 1
        now = current_snapshot(record, last)
        people = current_people(record)
        delta = compare(mission_id, last, now, people)
        return PublishPreview(
            number=number,
            meetings=sum(1 for m in now.meetings.values() if m.active),
            items=sum(1 for i in now.items.values() if i.active),
            changed_participants=len(delta.participants),
            participants=len(record.people),
        )
