"""Marking what happened to meetings on the day: held, a side (or both) did not come, cancelled
late, or back to scheduled, with a short note; the per-table view's rows; each organisation's
missed meetings; and a host sheet's marks entered in one go.

A reader's account on a server may mark (:mod:`app.store.roles`): a mark changes only
``status``, ``status_note`` and ``status_at`` (and the row's version), never another column,
so the UPDATE the ORM sends stays within what the reader is granted.

Rules (issue 17):

- a meeting cancelled while planning (``CANCELLED`` without ``status_at``) takes no mark: it
  is on no table and no sheet; it is placed again from the B2B page, not from here;
- a meeting cancelled late keeps its place: marked again (held, scheduled …), it comes back
  on the grid, unless another meeting took its table and time meanwhile (refused, worded);
- a mark names the values it was read with (``base``, issue 16): two coordinators marking the
  same meeting differently are not silently written over, the second is told who did what.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.common.errors import UserError
from app.common.files import write_file
from app.common.timezones import to_local
from app.core import messages as core_msg
from app.core.agenda_data import mission_data
from app.core.changes import Changes
from app.core.conflicts import Loaded, StaleRecord
from app.core.errors import gone
from app.core.mission_record import load_mission
from app.core.on_site import (
    NOTE_LIMIT,
    Attendance,
    OnSite,
    StatusMark,
    StatusValues,
    TableRow,
    on_site_of,
    planning_cancelled,
)
from app.core.records import stale_refusal
from app.documents.host_sheets import host_sheets_pdf
from app.model import (
    B2BSession,
    B2BTable,
    DocumentLanguage,
    Meeting,
    MeetingStatus,
)
from app.services import status_messages as msg
from app.services.meeting_lookup import meeting_of, pair_label
from app.store import Store
from app.store.stale import ChangedMeanwhile

__all__ = [
    "NOTE_LIMIT",
    "Attendance",
    "HostSheets",
    "MarksSaved",
    "OnSite",
    "SheetMark",
    "StatusMark",
    "StatusRefused",
    "StatusSet",
    "StatusValues",
    "TableRow",
    "clean_note",
    "load_attendance",
    "load_on_site",
    "load_status",
    "mark_sheet",
    "put_back_status",
    "set_meeting_status",
    "write_host_sheets",
]

CHANGED = Changes(b2b=True)  # the grid, the per-table view, what a publication would send


class StatusRefused(UserError, ValueError):
    """A mark that cannot be made (worded: which meeting, why, what to do)."""


@dataclass(frozen=True)
class StatusSet:
    """A mark made: what was there before (writing it back undoes this) and what is now."""

    meeting_id: int
    previous: StatusMark
    mark: StatusMark
    saved: Loaded[StatusValues]  # the new values and version: the base of the next step
    changes: Changes
    pair: str = ""  # "A ↔ B", for a command to say which meeting it marked


@dataclass(frozen=True)
class SheetMark:
    """One row of a host sheet as typed in afterwards: the meeting, the status ticked, and
    the values the row was read with."""

    meeting_id: int
    status: MeetingStatus
    base: Loaded[StatusValues]
    note: str | None = None  # None: keep the note there is


@dataclass(frozen=True)
class MarksSaved:
    marks: tuple[StatusSet, ...]  # only the rows whose status changed
    changes: Changes


def clean_note(note: str) -> str:
    """A note as stored: NFC, one line (control characters and runs of spaces made one
    space), trimmed; longer than :data:`NOTE_LIMIT` is refused, worded."""
    text = unicodedata.normalize("NFC", note or "")
    text = "".join(" " if unicodedata.category(ch)[0] in "CZ" else ch for ch in text)
    text = " ".join(text.split())
    if len(text) > NOTE_LIMIT:
        raise StatusRefused(msg.NOTE_TOO_LONG(length=len(text), limit=NOTE_LIMIT))
    return text


def load_status(store: Store, meeting_id: int) -> Loaded[StatusValues]:
    """A meeting's status and note with its version: the base a mark is saved against."""
    with store.session() as s:
        m = _meeting(s, meeting_id, None)
        return Loaded(StatusValues(m.status, m.status_note or ""), m.row_version)


def set_meeting_status(
    store: Store,
    meeting_id: int,
    status: MeetingStatus,
    note: str = "",
    *,
    base: Loaded[StatusValues] | None = None,
    mission_id: int | None = None,
    at: datetime | None = None,
) -> StatusSet:
    """Mark the meeting ``status`` with ``note`` (marked now, or ``at``). ``base``: the values
    the coordinator saw (None: whatever is there, as a one-shot command does); someone
    else's different mark since refuses it with :class:`StaleRecord`. ``mission_id``: the
    mission the coordinator works in (a meeting of another is refused)."""
    mark = StatusMark(MeetingStatus(status), clean_note(note), at or datetime.now(UTC))
    return _write_one(store, meeting_id, mark, base, mission_id, undoing=False)


def put_back_status(
    store: Store,
    meeting_id: int,
    mark: StatusMark,
    *,
    base: Loaded[StatusValues],
    mission_id: int | None = None,
) -> StatusSet:
    """Write ``mark`` back exactly, its time included (an undo or a redo), over the values
    the last step left (``base``); refused when someone else marked it since."""
    return _write_one(store, meeting_id, mark, base, mission_id, undoing=True)


def mark_sheet(store: Store, mission_id: int, marks: Sequence[SheetMark]) -> MarksSaved:
    """A host sheet's marks, all in one transaction: every row is checked first (a refusal
    of any of them writes none). Rows whose status and note would not change are left
    alone (their time too)."""
    now = datetime.now(UTC)
    try:
        with store.session(write=True) as s:
            written = []
            for item in marks:
                m = _meeting(s, item.meeting_id, mission_id)
                note = (m.status_note or "") if item.note is None else clean_note(item.note)
                if (m.status, m.status_note or "") == (item.status, note):
                    continue
                mark = StatusMark(item.status, note, now)
                written.append((m, _apply(s, m, mark, item.base, False)))
            s.flush()
            done = tuple(_saved(m, x) for m, x in written)
            return MarksSaved(done, CHANGED if done else Changes())
    except StaleRecord:
        raise
    except ChangedMeanwhile:
        # another connection wrote one of the rows between our read and our write: say which
        for item in marks:
            note = item.base.values.note if item.note is None else item.note
            _refuse_if_stale(store, item.meeting_id, item.base, StatusValues(item.status, note))
        raise


def load_on_site(store: Store, mission_id: int) -> OnSite:
    """The sessions, each table's rows in time order and each organisation's attendance."""
    return on_site_of(load_mission(store, mission_id))


@dataclass(frozen=True)
class HostSheets:
    path: Path
    mission_name: str


def write_host_sheets(
    store: Store,
    mission_id: int,
    destination: Path,
    lang: DocumentLanguage,
    *,
    session_id: int | None = None,
    table_id: int | None = None,
) -> HostSheets:
    """Write the table host sheets (one page per table and session, or only those asked
    for) to the PDF ``destination``, the mission read once."""
    record = load_mission(store, mission_id)
    on_site = on_site_of(record)
    if session_id is not None:
        session = on_site.session(session_id)
        if session is None:
            raise StatusRefused(msg.NO_SUCH_SESSION(session=session_id))
        if table_id is not None and table_id not in {t.id for t in session.tables}:
            raise StatusRefused(msg.NO_SUCH_TABLE(session=session_id, table=table_id))
    data = mission_data(record)
    pdf = host_sheets_pdf(data, on_site, lang, session_id=session_id, table_id=table_id)
    return HostSheets(write_file(destination, pdf), data.mission.name)


def load_attendance(store: Store, mission_id: int) -> tuple[Attendance, ...]:
    """Each organisation's meetings, held and missed (most missed first)."""
    return load_on_site(store, mission_id).attendance


# --- inside a session ------------------------------------------------------------------------


def _write_one(
    store: Store,
    meeting_id: int,
    mark: StatusMark,
    base: Loaded[StatusValues] | None,
    mission_id: int | None,
    *,
    undoing: bool,
) -> StatusSet:
    try:
        # the write lock before the read (SQLite): a mark racing this one waits, then reads it
        with store.session(write=True) as s:
            m = _meeting(s, meeting_id, mission_id)
            done = _apply(s, m, mark, base, undoing)
            s.flush()
            return _saved(m, done)
    except StaleRecord:
        raise
    except ChangedMeanwhile:
        if base is not None:
            _refuse_if_stale(store, meeting_id, base, mark.values, undoing=undoing)
        raise


def _saved(m: Meeting, done: StatusSet) -> StatusSet:
    """``done`` with the values and version the row has after the flush."""
    saved = Loaded(StatusValues(m.status, m.status_note or ""), m.row_version)
    return StatusSet(done.meeting_id, done.previous, done.mark, saved, done.changes, done.pair)


def _refuse_if_stale(
    store: Store,
    meeting_id: int,
    base: Loaded[StatusValues],
    yours: StatusValues,
    *,
    undoing: bool = False,
) -> None:
    with store.session() as s:
        m = _meeting(s, meeting_id, None)
        theirs = Loaded(StatusValues(m.status, m.status_note or ""), m.row_version)
        refused = stale_refusal(s, m, base, theirs, yours, undoing)
    if refused is not None:
        raise refused from None


def _meeting(s: Session, meeting_id: int, mission_id: int | None) -> Meeting:
    return meeting_of(
        s,
        meeting_id,
        mission_id,
        missing=lambda i: gone(core_msg.MEETING, i),
        refused=StatusRefused,
    )


def _apply(
    s: Session,
    m: Meeting,
    mark: StatusMark,
    base: Loaded[StatusValues] | None,
    undoing: bool,
) -> StatusSet:
    """Check and write ``mark`` on ``m`` (only its status columns: a reader's rights)."""
    if planning_cancelled(m.status, m.status_at):
        raise StatusRefused(msg.PLANNING_CANCELLED(id=m.id, pair=pair_label(s, m)))
    previous = StatusMark(m.status, m.status_note or "", m.status_at)
    if base is not None:
        theirs = Loaded(previous.values, m.row_version)
        refused = stale_refusal(s, m, base, theirs, mark.values, undoing)
        if refused is not None:
            raise refused
    if m.status is MeetingStatus.CANCELLED and mark.status is not MeetingStatus.CANCELLED:
        _refuse_if_table_taken(s, m)
    pair = pair_label(s, m)
    if previous == mark:
        return StatusSet(m.id, previous, mark, Loaded(mark.values, None), Changes(), pair)
    # Assigned one by one and only when different: the UPDATE names just these columns.
    if m.status != mark.status:
        m.status = mark.status
    if (m.status_note or "") != mark.note:
        m.status_note = mark.note
    if m.status_at != mark.at:
        m.status_at = mark.at
    return StatusSet(m.id, previous, mark, Loaded(mark.values, None), CHANGED, pair)


def _refuse_if_table_taken(s: Session, m: Meeting) -> None:
    """A late-cancelled meeting going back on the grid needs its table and time free."""
    other = s.scalars(
        select(Meeting).where(
            Meeting.table_id == m.table_id,
            Meeting.start_utc == m.start_utc,
            Meeting.status != MeetingStatus.CANCELLED,
            Meeting.id != m.id,
        )
    ).first()
    if other is None:
        return
    table = s.get(B2BTable, m.table_id)
    session = s.get(B2BSession, m.session_id)
    local = to_local(m.start_utc, session.timezone) if session else m.start_utc
    raise StatusRefused(
        msg.TABLE_TAKEN(
            id=m.id,
            pair=pair_label(s, m),
            table=table.name if table else m.table_id,
            time=f"{local:%d/%m %H:%M} {local.tzname()}",
            other=pair_label(s, other),
        )
    )
