"""What each side says a held meeting produced (issue 18): record, change and clear one
side's outcome and note, and read an organisation's held meetings with both sides' answers.

Both sides' answers are kept, each its own row (:class:`app.model.MeetingOutcome`); a save
names the values it was read with (``base``, issue 16), so two coordinators typing the same
side's answer are not silently written over: the second is told, with both versions.
Only a meeting marked HELD (issue 17) takes an outcome; the survey forms and their reading
back are in :mod:`app.services.surveys`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.common.errors import UserError
from app.common.timezones import to_local
from app.core.changes import Changes
from app.core.conflicts import Loaded, StaleRecord, check_base
from app.core.names import Names
from app.core.outcomes import (
    NOTE_LIMIT,
    OUTCOME_KEYS,
    OUTCOME_WORDS,
    clean_note,
    outcome_from_text,
    side_of,
)
from app.model import (
    B2BSession,
    B2BTable,
    Meeting,
    MeetingOutcome,
    MeetingSide,
    MeetingStatus,
    Organisation,
    Outcome,
)
from app.services import outcome_messages as msg
from app.services.meeting_lookup import meeting_of, pair_label
from app.store import Store
from app.store.stale import ChangedMeanwhile

__all__ = [
    "CHANGED",
    "OUTCOME_KEYS",
    "OUTCOME_WORDS",
    "HeldMeeting",
    "OrganisationChoice",
    "OrganisationOutcomes",
    "OutcomeRefused",
    "OutcomeSaved",
    "OutcomeValues",
    "clear_outcome",
    "load_organisation_outcomes",
    "load_outcome",
    "load_outcome_organisations",
    "parse_outcome",
    "put_back_outcome",
    "record_outcome",
]

CHANGED = Changes(b2b=True)  # the B2B page's meetings, the figures that count outcomes


class OutcomeRefused(UserError, ValueError):
    """An outcome that cannot be recorded (worded: which meeting, why, what to do)."""


@dataclass(frozen=True)
class OutcomeValues:
    """One side's answer: the outcome (None: not answered) and the note."""

    outcome: Outcome | None = None
    note: str = ""


@dataclass(frozen=True)
class OutcomeSaved:
    """An answer written: what was there before (writing it back undoes this) and now."""

    meeting_id: int
    side: MeetingSide
    previous: OutcomeValues
    values: OutcomeValues
    saved: Loaded[OutcomeValues]  # the base of the next step on this answer
    changes: Changes


def parse_outcome(text: str) -> Outcome:
    """The outcome ``text`` names in any language, by value or key 0–6; refused worded."""
    found = outcome_from_text(text)
    if found is None:
        choices = ", ".join(o.value for o in Outcome)
        raise OutcomeRefused(msg.UNKNOWN_OUTCOME(said=text, choices=choices))
    return found


def load_outcome(store: Store, meeting_id: int, side: MeetingSide) -> Loaded[OutcomeValues]:
    """One side's answer with its version: the base a change is saved against."""
    with store.session() as s:
        _meeting(s, meeting_id, None)
        row = _row(s, meeting_id, side)
        return _loaded(row)


def record_outcome(
    store: Store,
    meeting_id: int,
    side: MeetingSide | str,
    outcome: Outcome | str,
    note: str = "",
    *,
    base: Loaded[OutcomeValues] | None = None,
    mission_id: int | None = None,
    source: str = "window",
) -> OutcomeSaved:
    """Record (or change) side ``side``'s outcome of the held meeting, with ``note``.
    ``base``: the answer as the coordinator saw it (None: whatever is there, as a one-shot
    command does); someone else's different answer since refuses it with StaleRecord."""
    values = OutcomeValues(Outcome(outcome), _note(note))
    return _write(store, meeting_id, MeetingSide(side), values, base, mission_id, source, False)


def clear_outcome(
    store: Store,
    meeting_id: int,
    side: MeetingSide | str,
    *,
    base: Loaded[OutcomeValues] | None = None,
    mission_id: int | None = None,
) -> OutcomeSaved:
    """Take side ``side``'s answer away (the meeting is then unanswered by that side)."""
    return _write(
        store, meeting_id, MeetingSide(side), OutcomeValues(), base, mission_id, "", False
    )


def put_back_outcome(
    store: Store,
    meeting_id: int,
    side: MeetingSide,
    values: OutcomeValues,
    *,
    base: Loaded[OutcomeValues],
    mission_id: int | None = None,
) -> OutcomeSaved:
    """Write ``values`` back (an undo or a redo) over what the last step left (``base``);
    refused when someone else changed the answer since."""
    return _write(store, meeting_id, side, values, base, mission_id, "window", True)


def _note(note: str | None) -> str:
    text = clean_note(note)
    if len(text) > NOTE_LIMIT:
        raise OutcomeRefused(msg.NOTE_TOO_LONG(length=len(text), limit=NOTE_LIMIT))
    return text


def _row(s: Session, meeting_id: int, side: MeetingSide) -> MeetingOutcome | None:
    return s.scalars(
        select(MeetingOutcome).where(
            MeetingOutcome.meeting_id == meeting_id, MeetingOutcome.side == side
        )
    ).one_or_none()


def _loaded(row: MeetingOutcome | None) -> Loaded[OutcomeValues]:
    if row is None:
        return Loaded(OutcomeValues(), None)
    return Loaded(OutcomeValues(row.outcome, row.note or ""), row.row_version)


def _write(
    store: Store,
    meeting_id: int,
    side: MeetingSide,
    values: OutcomeValues,
    base: Loaded[OutcomeValues] | None,
    mission_id: int | None,
    source: str,
    undoing: bool,
) -> OutcomeSaved:
    try:
        # the write lock before the read (SQLite): an answer racing this one waits, then reads it
        with store.session(write=True) as s:
            m = _meeting(s, meeting_id, mission_id)
            if m.status is not MeetingStatus.HELD and values.outcome is not None:
                raise OutcomeRefused(
                    msg.NOT_HELD(id=m.id, pair=pair_label(s, m), status=m.status.value)
                )
            row = _row(s, meeting_id, side)
            previous = _loaded(row)
            if base is not None:
                refused = _stale(base, previous, values, meeting_id, undoing)
                if refused is not None:
                    raise refused
            if previous.values == values:
                return OutcomeSaved(meeting_id, side, previous.values, values, previous, Changes())
            if values.outcome is None:
                assert row is not None
                s.delete(row)
                s.flush()
                saved: Loaded[OutcomeValues] = Loaded(OutcomeValues(), None)
            else:
                if row is None:
                    row = MeetingOutcome(meeting_id=meeting_id, side=side)
                    s.add(row)
                row.outcome = values.outcome
                row.note = values.note
                row.recorded_at = datetime.now(UTC)
                row.source = source[:200]
                s.flush()
                saved = _loaded(row)
            return OutcomeSaved(meeting_id, side, previous.values, values, saved, CHANGED)
    except StaleRecord:
        raise
    except ChangedMeanwhile:
        if base is not None:
            with store.session() as s:
                now = _loaded(_row(s, meeting_id, side))
            refused = _stale(base, now, values, meeting_id, undoing)
            if refused is not None:
                raise refused from None
        raise


def _stale(
    base: Loaded[OutcomeValues],
    theirs: Loaded[OutcomeValues],
    yours: OutcomeValues,
    meeting_id: int,
    undoing: bool,
) -> StaleRecord | None:
    # compared by values alone: a cleared answer given again starts its version afresh
    compared = Loaded(base.values, None)
    return check_base(
        compared,
        theirs,
        yours,
        record=msg.OUTCOME_RECORD(),
        record_id=meeting_id,
        undoing=undoing,
    )


def _meeting(s: Session, meeting_id: int, mission_id: int | None) -> Meeting:
    return meeting_of(
        s,
        meeting_id,
        mission_id,
        missing=lambda i: OutcomeRefused(msg.NO_SUCH_MEETING(id=i)),
        refused=OutcomeRefused,
    )


# --- an organisation's held meetings, with both answers ----------------------------------------


@dataclass(frozen=True)
class HeldMeeting:
    """One held meeting as one of its organisations sees it."""

    meeting_id: int
    side: MeetingSide  # the organisation's own side
    counterpart_id: int
    counterpart: Names
    start: datetime  # wall time in the session's zone
    zone: str
    table: str
    own: Loaded[OutcomeValues]  # its answer, the base of the next change
    other: OutcomeValues  # the counterpart's answer

    @property
    def when(self) -> str:
        return f"{self.start:%d/%m %H:%M} {self.start.tzname()}"


@dataclass(frozen=True)
class OrganisationOutcomes:
    organisation_id: int
    name: Names
    meetings: tuple[HeldMeeting, ...]  # in time order

    @property
    def answered(self) -> int:
        return sum(1 for m in self.meetings if m.own.values.outcome is not None)


def load_organisation_outcomes(
    store: Store, mission_id: int, organisation_id: int
) -> OrganisationOutcomes:
    """The organisation's held meetings (counterpart, time in zone, table), each with its
    own answer and the counterpart's, read in one session."""
    with store.session() as s:
        org = s.get(Organisation, organisation_id)
        if org is None or org.mission_id != mission_id:
            raise OutcomeRefused(msg.NOT_OF_MISSION(id=organisation_id))
        meetings = s.scalars(
            select(Meeting)
            .where(
                Meeting.mission_id == mission_id,
                Meeting.status == MeetingStatus.HELD,
                or_(
                    Meeting.organisation_a_id == organisation_id,
                    Meeting.organisation_b_id == organisation_id,
                ),
            )
            .order_by(Meeting.start_utc, Meeting.id)
        ).all()
        ids = [m.id for m in meetings]
        answers = {
            (o.meeting_id, o.side): o
            for o in s.scalars(select(MeetingOutcome).where(MeetingOutcome.meeting_id.in_(ids)))
        } if ids else {}  # fmt: skip
        orgs = {
            o.id: o
            for o in s.scalars(select(Organisation).where(Organisation.mission_id == mission_id))
        }
        sessions = {
            b.id: b
            for b in s.scalars(select(B2BSession).where(B2BSession.mission_id == mission_id))
        }
        tables = {
            t.id: t.name
            for t in s.scalars(select(B2BTable).where(B2BTable.session_id.in_(list(sessions))))
        }
        rows = []
        for m in meetings:
            side = side_of(organisation_id, m.organisation_a_id, m.organisation_b_id)
            assert side is not None
            other_side = MeetingSide.B if side is MeetingSide.A else MeetingSide.A
            other_id = m.organisation_b_id if side is MeetingSide.A else m.organisation_a_id
            counterpart = orgs.get(other_id)
            zone = sessions[m.session_id].timezone if m.session_id in sessions else "UTC"
            theirs = answers.get((m.id, other_side))
            rows.append(
                HeldMeeting(
                    meeting_id=m.id,
                    side=side,
                    counterpart_id=other_id,
                    counterpart=Names(counterpart.name, None, counterpart.name_ja)
                    if counterpart
                    else Names(f"#{other_id}"),
                    start=to_local(m.start_utc, zone),
                    zone=zone,
                    table=tables.get(m.table_id, ""),
                    own=_loaded(answers.get((m.id, side))),
                    other=_loaded(theirs).values,
                )
            )
        return OrganisationOutcomes(
            organisation_id, Names(org.name, None, org.name_ja), tuple(rows)
        )


@dataclass(frozen=True)
class OrganisationChoice:
    """An organisation to enter outcomes for: its names and how far its answers are."""

    organisation_id: int
    names: Names
    held: int
    answered: int


def load_outcome_organisations(store: Store, mission_id: int) -> tuple[OrganisationChoice, ...]:
    """The mission's organisations with held meetings, by name, with their answered count."""
    with store.session() as s:
        orgs = s.scalars(select(Organisation).where(Organisation.mission_id == mission_id)).all()
        held: dict[int, list[tuple[int, MeetingSide]]] = {}
        for m in s.scalars(
            select(Meeting).where(
                Meeting.mission_id == mission_id, Meeting.status == MeetingStatus.HELD
            )
        ):
            held.setdefault(m.organisation_a_id, []).append((m.id, MeetingSide.A))
            held.setdefault(m.organisation_b_id, []).append((m.id, MeetingSide.B))
        ids = [mid for pairs in held.values() for mid, _ in pairs]
        answered = {
            (o.meeting_id, o.side)
            for o in s.scalars(select(MeetingOutcome).where(MeetingOutcome.meeting_id.in_(ids)))
        } if ids else set()  # fmt: skip
        out = [
            OrganisationChoice(
                o.id,
                Names(o.name, None, o.name_ja),
                len(held[o.id]),
                sum(1 for pair in held[o.id] if pair in answered),
            )
            for o in orgs
            if o.id in held
        ]
    return tuple(sorted(out, key=lambda c: (c.names.en.casefold(), c.organisation_id)))
