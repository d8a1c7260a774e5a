"""Checking a participant in at the venue (a reader may: see :mod:`app.store.roles`).

Kept minimal: the check-in page of the window comes with a later issue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from app.common.errors import UserError
from app.common.wording import Wording
from app.model import Participant
from app.store import Store

NO_PARTICIPANT = Wording(
    "check_in.no_participant",
    en="There is no participant {id} in {database}.",
    it="Non c'è nessun partecipante {id} in {database}.",
    ja="{database} に参加者 {id} はいません。",
)


@dataclass(frozen=True)
class CheckIn:
    participant_id: int
    name: str
    checked_in_at: datetime
    already: bool  # they had been checked in before: the first time is kept


def check_in(store: Store, participant_id: int, *, at: datetime | None = None) -> CheckIn:
    """Record that the participant arrived (now, or ``at``); a second check-in keeps the
    first time. The audit log names who did it (``store.actor``, as for every change)."""
    when = at or datetime.now(UTC)
    with store.session() as s:
        person = s.get(Participant, participant_id)
        if person is None:
            raise UserError(NO_PARTICIPANT(id=participant_id, database=store.location.display()))
        name = f"{person.given_name} {person.family_name}".strip()
        if person.checked_in_at is not None:
            return CheckIn(participant_id, name, person.checked_in_at, already=True)
        person.checked_in_at = when
    return CheckIn(participant_id, name, when, already=False)
