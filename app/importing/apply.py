"""Writing a confirmed import plan: every row in one transaction, so the mission has all of
it or none of it."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import insert, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.common.errors import UserError
from app.common.wording import Message
from app.core import messages as core_msg
from app.core.changes import Changes
from app.core.errors import NotFound, gone
from app.core.organisation_record import RECORD_KIND as ORGANISATION_KIND
from app.core.participant_record import RECORD_KIND as PARTICIPANT_KIND
from app.core.participant_record import ParticipantData, participant_columns
from app.core.records import RecordKind
from app.core.validation import from_integrity_error
from app.importing import messages as msg
from app.importing import messages_outcomes as outcome_msg
from app.importing.fields import ImportKind
from app.importing.plan import ImportPlan, plan_import
from app.importing.plan_availability import UnavailabilityData, apply_unavailability
from app.importing.plan_delegations import apply_delegation, assign_members
from app.importing.plan_interpreters import InterpreterData, apply_interpreter, new_person
from app.importing.plan_outcomes import apply_outcomes
from app.importing.plan_participants import ParticipantExtra
from app.importing.plan_programme import apply_programme
from app.importing.plan_requests import RequestData, apply_request
from app.importing.plan_sessions import apply_sessions
from app.importing.plan_stay import StayWrite, apply_stay
from app.importing.plan_venues import apply_venue
from app.importing.rows import Action, RowPlan
from app.model import (
    Delegation,
    Interpreter,
    MeetingRequest,
    Participant,
    ParticipantLanguage,
    Unavailability,
    Venue,
)
from app.store import Store
from app.store.failures import race_refused
from app.store.fingerprint import mission_fingerprint, same_mission
from app.store.lock_messages import MISSION_GONE
from app.store.mission_lock import MissionGone, Operation, lock_mission


def _insert_participants(s: Session, mission_id: int, rows: list[ParticipantData]) -> list[int]:
    """New participants in two multi-row statements (rows, then their languages) instead of
    one ORM object each: 10,000 rows in well under a second. Their ids, in order."""
    if not rows:
        return []
    ids = _new_ids(s, len(rows))
    values = [
        {**participant_columns(d), "id": pid, "mission_id": mission_id}
        for pid, d in zip(ids, rows, strict=True)
    ]
    s.execute(insert(Participant), values)
    languages = [
        {"participant_id": pid, "language": code, "position": i}
        for pid, d in zip(ids, rows, strict=True)
        for i, code in enumerate(dict.fromkeys(d.languages))
    ]
    if languages:
        s.execute(insert(ParticipantLanguage), languages)
    return ids


def _add_organisations(s: Session, plan: ImportPlan, rows: list[RowPlan]) -> dict[str, int]:
    """The organisations a participants' sheet adds (those of ``rows``): their ids by key."""
    ids: dict[str, int] = {}
    for row in rows:
        extra = row.extra
        if not isinstance(extra, ParticipantExtra) or extra.organisation is None:
            continue
        new = extra.organisation
        if new.key in ids:
            continue
        record = ORGANISATION_KIND.make(plan.mission_id)
        ORGANISATION_KIND.apply(record, new.data)
        s.add(record)
        s.flush()
        ids[new.key] = record.id
    return ids


def _with_organisation(row: RowPlan, ids: dict[str, int]) -> ParticipantData:
    """The participant of ``row``, in the organisation the import adds for it, if any."""
    data: ParticipantData = row.data
    extra = row.extra
    if isinstance(extra, ParticipantExtra) and extra.organisation is not None:
        return dataclasses.replace(data, organisation_id=ids[extra.organisation.key])
    return data


def _write_stays(s: Session, rows: list[tuple[int, StayWrite]]) -> None:
    """The arrival and departure periods of the rows (participant id, what to write)."""
    for pid, stay in rows:
        apply_stay(s, pid, stay)


def _new_ids(s: Session, count: int) -> list[int]:
    """``count`` participant ids nobody has had: from the sequence on PostgreSQL; on SQLite
    above both the highest id and AUTOINCREMENT's record of it, once this transaction holds
    the write lock (no other writer can take them meanwhile)."""
    if s.get_bind().dialect.name == "postgresql":
        return list(s.scalars(
            text("SELECT nextval(pg_get_serial_sequence('participant', 'id')) "
                 "FROM generate_series(1, :n)"),
            {"n": count},
        ))  # fmt: skip
    s.execute(text("UPDATE participant SET id = id WHERE 0"))  # takes the write lock
    top = s.scalar(
        text(
            "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'participant'), 0),"
            " coalesce((SELECT max(id) FROM participant), 0))"
        )
    )
    start = int(top or 0) + 1
    return list(range(start, start + count))


class ImportRefused(UserError):
    """Nothing was imported; the message says why."""


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int
    skipped: int  # rows with errors left out (skip_invalid)
    changes: Changes
    organisations: int = 0  # added by a participants' sheet for the companies it names
    # Said when the rows were matched again (the mission changed since the preview).
    note: Message | None = None

    @property
    def rematched(self) -> bool:
        return self.note is not None


def apply_import(
    store: Store,
    plan: ImportPlan,
    *,
    skip_invalid: bool = False,
    waiting: Callable[[Message], None] | None = None,
) -> ImportResult:
    """Create and update what ``plan`` says, all in one transaction holding the mission lock
    (:mod:`app.store.mission_lock`: two imports never interleave; ``waiting`` is told who
    holds it while this waits).

    If the mission changed since the preview was matched (another import, another
    coordinator's edits), the rows are matched again first and the result says so
    (``rematched``). Refused (nothing written) when a row has errors, unless
    ``skip_invalid``; when a record to update was deleted meanwhile; or when the database
    refuses a row (e.g. an e-mail another coordinator gave someone since the preview).
    """
    _refuse_errors(plan, skip_invalid)
    rematched = False
    try:
        with store.session(write=True) as s:  # the write lock first: all or nothing
            lock_mission(store, s, plan.mission_id, Operation.IMPORT, waiting=waiting)
            now = mission_fingerprint(s, plan.mission_id)
            if plan.fingerprint and not same_mission(plan.fingerprint, now):
                raise MissionGone(MISSION_GONE())  # another mission took its id (SQLite)
            if plan.fingerprint and now != plan.fingerprint:
                plan = _matched_again(store, plan)
                rematched = True
                _refuse_errors(plan, skip_invalid, rematched=True)
            write, changes = _writer(plan)
            created, updated = write(s)
            s.flush()
    except NotFound as exc:
        raise ImportRefused(msg.RECORD_DELETED(reason=exc.message)) from exc
    except IntegrityError as exc:
        raise _refused(store, exc) from exc
    note = None
    if rematched:
        note = msg.REMATCHED(
            created=created, updated=updated, unchanged=plan.count(Action.UNCHANGED)
        )
    return ImportResult(
        created,
        updated,
        plan.count(Action.UNCHANGED),
        len(plan.errors),
        changes,
        organisations=len(plan.new_organisations),
        note=note,
    )


def _row_refused(row: int) -> ImportRefused:
    return ImportRefused(outcome_msg.MEETING_CHANGED(row=row))


def _refuse_errors(plan: ImportPlan, skip_invalid: bool, *, rematched: bool = False) -> None:
    errors = plan.errors
    if errors and not skip_invalid:
        wording = msg.REMATCHED_ERRORS if rematched else msg.ROWS_WITH_ERRORS
        raise ImportRefused(wording(errors=len(errors), rows=len(plan.rows)))


def _matched_again(store: Store, plan: ImportPlan) -> ImportPlan:
    """The plan of the same file and mapping, matched against the mission as it is now
    (read while this import holds the mission lock: no other import can change it)."""
    if plan.table is None:  # a plan made by hand, without its file: refuse rather than guess
        raise ImportRefused(msg.REMATCHED_ERRORS(errors=len(plan.rows), rows=len(plan.rows)))
    return plan_import(store, plan.mission_id, plan.table, plan.mapping)


def _refused(store: Store, exc: IntegrityError) -> UserError:
    """The worded refusal of a row the database refused: a known duplicate as the forms say
    it, anything else (a race with a deletion) without the driver's text or any value."""
    try:
        reason = from_integrity_error(exc)  # English: the forms' problems are worded there
    except IntegrityError:
        return race_refused(exc, store.location.display())
    return ImportRefused(msg.DATABASE_REFUSED(reason=str(reason)))


def _writer(plan: ImportPlan) -> tuple[Callable[[Session], tuple[int, int]], Changes]:
    """What writes ``plan`` in a session (returning how many rows it created and updated),
    and what it changes for the window."""
    if plan.kind is ImportKind.SESSIONS:
        return (lambda s: apply_sessions(s, plan.mission_id, plan.rows)), Changes(b2b=True)
    if plan.kind is ImportKind.PROGRAMME:
        # as the Programme page's own saves
        return (lambda s: apply_programme(s, plan.mission_id, plan.rows)), Changes(agenda=True)
    if plan.kind is ImportKind.OUTCOMES:
        # what each side said of its held meetings, and the follow-ups agreed
        return (
            lambda s: apply_outcomes(s, plan.mission_id, plan.rows, plan.source, _row_refused)
        ), Changes(b2b=True)
    if plan.kind in _B2B_CHANGES:
        return _b2b_writer(plan), _B2B_CHANGES[plan.kind]
    if plan.kind in (ImportKind.VENUES, ImportKind.DELEGATIONS):
        return _setup_writer(plan)
    return _records_writer(plan), Changes(participants=True, organisations=True)


def _records_writer(plan: ImportPlan) -> Callable[[Session], tuple[int, int]]:
    """Participants or organisations."""
    kind: RecordKind[object] = (
        PARTICIPANT_KIND if plan.kind is ImportKind.PARTICIPANTS else ORGANISATION_KIND  # type: ignore[assignment]
    )

    def write(s: Session) -> tuple[int, int]:
        writing = [row for row in plan.rows if row.action in (Action.CREATE, Action.UPDATE)]
        creates = [row for row in writing if row.action is Action.CREATE]
        stays: list[tuple[int, StayWrite]] = []
        if plan.kind is ImportKind.PARTICIPANTS:
            org_ids = _add_organisations(s, plan, writing)
            datas = [_with_organisation(row, org_ids) for row in creates]
            new_ids = _insert_participants(s, plan.mission_id, datas)
            stays += [
                (pid, row.extra.stay)
                for pid, row in zip(new_ids, creates, strict=True)
                if isinstance(row.extra, ParticipantExtra) and row.extra.stay is not None
            ]
        else:
            org_ids = {}
            for row in creates:
                record = kind.make(plan.mission_id)
                kind.apply(record, row.data)
                s.add(record)
        updated = 0
        for row in writing:
            if row.action is Action.UPDATE:
                assert row.target_id is not None
                record = kind.load(s, row.target_id or 0)
                if record.mission_id != plan.mission_id:
                    raise ImportRefused(msg.RECORD_OF_ANOTHER_MISSION(row=row.row_number))
                data = row.data
                if plan.kind is ImportKind.PARTICIPANTS:
                    data = _with_organisation(row, org_ids)
                    if isinstance(row.extra, ParticipantExtra) and row.extra.stay is not None:
                        stays.append((row.target_id, row.extra.stay))
                kind.apply(record, data)
                updated += 1
        if stays:
            s.flush()
            _write_stays(s, stays)
        return len(creates), updated

    return write


# --- meeting requests, availability, interpreters ------------------------------------------

_B2B_CHANGES = {
    ImportKind.REQUESTS: Changes(organisations=True, b2b=True),
    ImportKind.AVAILABILITY: Changes(participants=True, b2b=True),
    ImportKind.INTERPRETERS: Changes(participants=True, b2b=True),
}

_B2BRecord = MeetingRequest | Unavailability | Interpreter


def _new_b2b_record(s: Session, mission_id: int, data: object) -> _B2BRecord:
    if isinstance(data, RequestData):
        request = MeetingRequest(mission_id=mission_id)
        apply_request(request, data)
        return request
    if isinstance(data, UnavailabilityData):
        period = Unavailability()
        apply_unavailability(period, data)
        return period
    assert isinstance(data, InterpreterData)
    interpreter = Interpreter(mission_id=mission_id)
    person = (
        new_person(mission_id, data) if data.person else s.get(Participant, data.participant_id)
    )
    if person is None:
        raise gone(core_msg.PARTICIPANT, data.participant_id)
    apply_interpreter(interpreter, data, person)
    return interpreter


def _update_b2b_record(s: Session, row: RowPlan, mission_id: int) -> None:
    data = row.data
    record_mission: int | None
    if isinstance(data, RequestData):
        request = s.get(MeetingRequest, row.target_id)
        if request is None:
            raise gone(core_msg.MEETING_REQUEST, row.target_id or 0)
        record_mission = request.mission_id
        apply_request(request, data)
    elif isinstance(data, UnavailabilityData):
        period = s.get(Unavailability, row.target_id)
        if period is None:
            raise gone(core_msg.UNAVAILABILITY, row.target_id or 0)
        owner = s.get(Participant, period.participant_id)
        record_mission = owner.mission_id if owner else None
        apply_unavailability(period, data)
    else:
        assert isinstance(data, InterpreterData)
        interpreter = s.get(Interpreter, row.target_id)
        if interpreter is None:
            raise gone(core_msg.INTERPRETER, row.target_id or 0)
        record_mission = interpreter.mission_id
        apply_interpreter(interpreter, data, interpreter.participant)
    if record_mission != mission_id:
        raise ImportRefused(msg.RECORD_OF_ANOTHER_MISSION(row=row.row_number))


def _b2b_writer(plan: ImportPlan) -> Callable[[Session], tuple[int, int]]:
    """Requests, unavailability or interpreters: few rows, written as ORM objects, in one
    transaction as the rest."""

    def write(s: Session) -> tuple[int, int]:
        created = updated = 0
        for row in plan.rows:
            if row.action is Action.CREATE:
                s.add(_new_b2b_record(s, plan.mission_id, row.data))
                created += 1
            elif row.action is Action.UPDATE:
                _update_b2b_record(s, row, plan.mission_id)
                updated += 1
        return created, updated

    return write


# --- venues and delegations ----------------------------------------------------------------


def _setup_writer(plan: ImportPlan) -> tuple[Callable[[Session], tuple[int, int]], Changes]:
    """Venues or delegations (with their member organisations), in one transaction."""
    venues = plan.kind is ImportKind.VENUES

    def write(s: Session) -> tuple[int, int]:
        created = updated = 0
        for row in plan.rows:
            record: Venue | Delegation
            if row.action is Action.CREATE:
                record = (
                    Venue(mission_id=plan.mission_id)
                    if venues
                    else Delegation(mission_id=plan.mission_id)
                )
                created += 1
            elif row.action is Action.UPDATE:
                found: Venue | Delegation | None = (
                    s.get(Venue, row.target_id) if venues else s.get(Delegation, row.target_id)
                )
                if found is None:
                    raise gone(core_msg.RECORD, row.target_id or 0)
                if found.mission_id != plan.mission_id:
                    raise ImportRefused(msg.RECORD_OF_ANOTHER_MISSION(row=row.row_number))
                record = found
                updated += 1
            else:
                continue
            if isinstance(record, Venue):
                apply_venue(record, row.data)
            else:
                apply_delegation(record, row.data)
            s.add(record)
            s.flush()
            if isinstance(record, Delegation):
                assign_members(s, plan.mission_id, record.id, row.data)
        return created, updated

    changes = (
        Changes(agenda=True, b2b=True)
        if venues
        else Changes(organisations=True, participants=True, b2b=True)
    )
    return write, changes
