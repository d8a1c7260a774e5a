"""The sent log (:class:`~app.model.SentMessage`): written one row per message as the server
answers, each in its own transaction, so a batch stopped by a refusal, a dropped connection
or a crash still says exactly who got what."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import func, select

from app.model import Participant, SentMessage
from app.store import Store


class Outcome(StrEnum):
    SENT = "sent"  # the server accepted the message
    REFUSED = "refused"  # the server refused the recipient or the message
    FAILED = "failed"  # the connection broke, or the server said to try later


@dataclass(frozen=True)
class SentEntry:
    at: datetime
    participant_id: int
    name: str
    address: str
    version: int
    outcome: Outcome
    detail: str
    message_id: str
    sent_by: str


def record(
    store: Store,
    mission_id: int,
    participant_id: int,
    *,
    version: int,
    address: str,
    outcome: Outcome,
    detail: str = "",
    message_id: str = "",
    sent_by: str = "",
) -> None:
    """Add one row, committed at once."""
    with store.session() as s:
        s.add(
            SentMessage(
                mission_id=mission_id,
                participant_id=participant_id,
                version=version,
                address=address[:254],
                outcome=outcome.value,
                detail=detail[:2000],
                message_id=message_id[:250],
                sent_by=sent_by[:200],
            )
        )


def received(store: Store, mission_id: int) -> dict[int, int]:
    """The highest version each participant of the mission was sent (accepted by a server)."""
    with store.session() as s:
        rows = s.execute(
            select(SentMessage.participant_id, func.max(SentMessage.version))
            .where(SentMessage.mission_id == mission_id, SentMessage.outcome == Outcome.SENT.value)
            .group_by(SentMessage.participant_id)
        ).all()
    return {pid: int(version) for pid, version in rows}


def sent_log(store: Store, mission_id: int, limit: int | None = None) -> list[SentEntry]:
    """The mission's log, newest first, with each participant's name."""
    with store.session() as s:
        query = (
            select(SentMessage, Participant)
            .join(Participant, Participant.id == SentMessage.participant_id)
            .where(SentMessage.mission_id == mission_id)
            .order_by(SentMessage.at.desc(), SentMessage.id.desc())
        )
        if limit is not None:
            query = query.limit(limit)
        return [
            SentEntry(
                at=row.at,
                participant_id=row.participant_id,
                name=person.latin_name(),
                address=row.address,
                version=row.version,
                outcome=Outcome(row.outcome),
                detail=row.detail,
                message_id=row.message_id,
                sent_by=row.sent_by,
            )
            for row, person in s.execute(query)
        ]
