"""The slots of a B2B session: its window cut into slot-length pieces, skipping breaks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from app.model import B2BSession


@dataclass(frozen=True)
class SlotDef:
    """One slot of a session; ``id`` is stable for the session's current definition."""

    id: str
    session_id: int
    index: int  # position within the session, from 0
    start_utc: datetime
    end_utc: datetime


def session_slots(session: B2BSession) -> list[SlotDef]:
    """Slots of ``session.slot_minutes`` from its start; a slot that would overlap a break
    is skipped and slots start again when the break ends; a last piece shorter than a slot
    is not a slot."""
    length = timedelta(minutes=session.slot_minutes)
    breaks = sorted((b.start_utc, b.end_utc) for b in session.breaks)
    slots: list[SlotDef] = []
    t = session.start_utc
    while t + length <= session.end_utc:
        clash = next((end for start, end in breaks if start < t + length and t < end), None)
        if clash is not None:
            t = max(clash, t + timedelta(minutes=1))
            continue
        slots.append(
            SlotDef(f"S{session.id}-{len(slots) + 1:02d}", session.id, len(slots), t, t + length)
        )
        t += length
    return slots
