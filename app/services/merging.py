"""Suspected duplicate participants of a mission, and merging two of them: shown to the
coordinator, never merged silently.

Merging keeps one record and fills its empty fields from the other; the other's seats at
meetings and programme items, its unavailability, its interpreter assignment and its sent
log move to the kept one; then the other is deleted. Consent is the kept record's own, unless
only the other gave it (then with its date).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, selectinload

from app.common.errors import UserError
from app.core import messages as msg
from app.core.changes import Changes
from app.core.errors import NotFound, gone
from app.core.participant_record import RECORD_KIND, ParticipantData
from app.importing.duplicates import (
    DuplicateGroup,
    DuplicateReason,
    PersonRecord,
    suspected_duplicates,
)
from app.model import (
    AgendaAttendee,
    Interpreter,
    Meeting,
    MeetingParticipant,
    Organisation,
    Participant,
    SentMessage,
    Unavailability,
)
from app.services.messages import SAME_PARTICIPANT
from app.store import Store
from app.store.mission_lock import Operation, lock_mission

__all__ = [
    "DuplicateGroup",
    "DuplicateReason",
    "MergeRefused",
    "Merged",
    "merge_participants",
    "mission_duplicates",
]


def mission_duplicates(store: Store, mission_id: int) -> list[DuplicateGroup]:
    """The mission's participants that look like the same person (keys: participant ids)."""
    with store.session() as s:
        rows = s.execute(
            select(Participant, Organisation.name)
            .outerjoin(Organisation, Organisation.id == Participant.organisation_id)
            .where(Participant.mission_id == mission_id)
            .order_by(Participant.id)
        ).all()
        records = [
            PersonRecord(
                key=p.id,
                family=p.family_name,
                given=p.given_name,
                family_kanji=p.family_name_kanji,
                given_kanji=p.given_name_kanji,
                family_kana=p.family_name_kana,
                given_kana=p.given_name_kana,
                email=p.email,
                organisation=org,
            )
            for p, org in rows
        ]
    return suspected_duplicates(records)


class MergeRefused(UserError):
    """Two records that cannot be merged."""


@dataclass(frozen=True)
class Merged:
    kept: int
    removed: int
    filled: tuple[str, ...]  # the kept record's fields filled from the other
    changes: Changes = dataclasses.field(
        default_factory=lambda: Changes(participants=True, organisations=True, b2b=True)
    )


def merge_participants(store: Store, keep_id: int, other_id: int) -> Merged:
    """Merge ``other_id`` into ``keep_id`` (both of one mission)."""
    if keep_id == other_id:
        raise MergeRefused(SAME_PARTICIPANT())
    with store.session(write=True) as s:
        mission_id = s.scalar(select(Participant.mission_id).where(Participant.id == keep_id))
        if mission_id is None:
            raise gone(msg.PARTICIPANT, keep_id)
        lock_mission(store, s, mission_id, Operation.MERGE)  # no import adding to them meanwhile
        keep, other = _load(s, keep_id), _load(s, other_id)
        if keep.mission_id != other.mission_id:
            raise NotFound(msg.PARTICIPANT_NOT_IN_MISSION(participant=other_id))
        kept, extra = RECORD_KIND.data_of(keep), RECORD_KIND.data_of(other)
        filled: dict[str, object] = {}
        for f in dataclasses.fields(ParticipantData):
            mine, theirs = getattr(kept, f.name), getattr(extra, f.name)
            if f.name in ("consent", "consent_at", "languages"):
                continue
            if mine in (None, "", ()) and theirs not in (None, "", ()):
                filled[f.name] = theirs
        languages = tuple(dict.fromkeys((*kept.languages, *extra.languages)))
        if languages != kept.languages:
            filled["languages"] = languages
        if extra.consent and not kept.consent:
            filled["consent"], filled["consent_at"] = True, extra.consent_at
        _move_links(s, keep_id, other_id)
        s.delete(other)
        s.flush()  # the other's e-mail is free before the kept record takes it
        merged = dataclasses.replace(kept, **filled)  # type: ignore[arg-type]
        RECORD_KIND.apply(keep, RECORD_KIND.validate(s, keep.mission_id, merged, keep_id))
        return Merged(keep_id, other_id, tuple(k for k in filled if k != "consent_at"))


def _load(s: Session, participant_id: int) -> Participant:
    person = s.get(Participant, participant_id, options=[selectinload(Participant.language_links)])
    if person is None:
        raise gone(msg.PARTICIPANT, participant_id)
    return person


def _move_links(s: Session, keep_id: int, other_id: int) -> None:
    """The other's seats, unavailability, interpreter row and sent log, to the kept one."""
    for table in (MeetingParticipant, AgendaAttendee):
        key = (
            MeetingParticipant.meeting_id
            if table is MeetingParticipant
            else AgendaAttendee.agenda_item_id
        )
        already = select(key).where(table.participant_id == keep_id)
        s.execute(
            update(table)
            .where(table.participant_id == other_id, key.not_in(already))
            .values(participant_id=keep_id)
        )
        s.execute(delete(table).where(table.participant_id == other_id))
    s.execute(
        update(Unavailability)
        .where(Unavailability.participant_id == other_id)
        .values(participant_id=keep_id)
    )
    s.execute(
        update(SentMessage)
        .where(SentMessage.participant_id == other_id)
        .values(participant_id=keep_id)
    )
    mine = s.scalar(select(Interpreter.id).where(Interpreter.participant_id == keep_id))
    theirs = s.scalar(select(Interpreter.id).where(Interpreter.participant_id == other_id))
    if theirs is None:
        return
    if mine is None:
        s.execute(
            update(Interpreter).where(Interpreter.id == theirs).values(participant_id=keep_id)
        )
    else:  # both interpret: the other's meetings go to the kept interpreter row
        s.execute(
            update(Meeting).where(Meeting.interpreter_id == theirs).values(interpreter_id=mine)
        )
