"""B2B sessions of a mission: create, edit and delete them, after checking what was typed.

The drafts, their checks (field by field, pure) and the meetings a change would displace are
in :mod:`app.core.b2b_sessions` (the import of sessions uses them too); these are the actions.
A change that leaves placed meetings without their slot, their table or one of their
delegations is refused with :class:`MeetingsNoLongerFit` unless the caller confirms that very
list; the confirmed meetings are then removed (their requests go back to the unscheduled
list) and named in the result: never dropped silently.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import delete
from sqlalchemy.orm import Session, selectinload

from app.core import messages as msg
from app.core.b2b_sessions import (
    BreakDraft,
    DisplacedMeeting,
    MeetingsNoLongerFit,
    SessionCheck,
    SessionDraft,
    SessionInvalid,
    SessionProblem,
    SessionRow,
    SessionSaved,
    SlotPreview,
    TableDraft,
    check_session,
    default_table_names,
    displaced_entry,
    displaced_meetings,
    draft_of,
    live_meetings,
    parse_span,
    parse_wall_time,
    resize_tables,
    session_rows,
    table_template,
    write_session,
    zone_of,
)
from app.core.conflicts import Loaded
from app.core.errors import gone
from app.core.mission_record import MissionRecord, load_mission, read_mission
from app.core.records import refuse_if_changed
from app.model import B2BSession, Meeting
from app.store import Store


def load_setup(store: Store, mission_id: int) -> MissionRecord:
    """The mission as the Sessions page checks drafts against it."""
    return load_mission(store, mission_id)


def list_sessions(store: Store, mission_id: int) -> list[SessionRow]:
    return session_rows(load_mission(store, mission_id))


# --- writing ------------------------------------------------------------------------------


def create_session(store: Store, mission_id: int, draft: SessionDraft) -> SessionSaved:
    """Check and store a new session; raises :class:`SessionInvalid`."""
    return save_session(store, mission_id, draft)


def save_session(
    store: Store,
    mission_id: int,
    draft: SessionDraft,
    session_id: int | None = None,
    *,
    confirm: Iterable[int] = (),
    base: Loaded[SessionDraft] | None = None,
) -> SessionSaved:
    """Create (``session_id`` None) or change a session, all or nothing. A change names the
    session as the form showed it (``base``, required then): a field someone else changed
    since refuses it with :class:`~app.core.conflicts.StaleRecord`.

    Raises :class:`SessionInvalid` for a draft with problems and :class:`MeetingsNoLongerFit`
    when placed meetings would lose their place and ``confirm`` does not name every one of
    them; confirmed, they are removed and named in the result."""
    if session_id is not None and base is None:
        raise TypeError("save_session: a change needs the base it was made from")
    d = draft.normalised()
    with store.session() as s:
        record = read_mission(s, mission_id)
        stored = next((b for b in record.sessions if b.id == session_id), None)
        if session_id is not None and stored is None:
            raise gone(msg.B2B_SESSION, session_id)
        check = check_session(record, d, session_id)
        if check.problems:
            raise SessionInvalid(check.problems)
        _require_confirmed(check.displaced, confirm)
        _remove_meetings(s, [m.id for m in check.displaced])
        zone = zone_of(record, d.venue_id)
        b2b = (
            s.get(B2BSession, session_id, options=[selectinload(B2BSession.tables)])
            if session_id is not None
            else None
        )
        if b2b is None:
            b2b = B2BSession(mission_id=mission_id)
            s.add(b2b)
        elif base is not None and stored is not None:
            refuse_if_changed(s, b2b, base, draft_of(stored), d)
        write_session(s, b2b, d, zone)
        s.flush()
        return SessionSaved(b2b.id, check.displaced)


def delete_session(store: Store, session_id: int, *, confirm: Iterable[int] = ()) -> SessionSaved:
    """Delete a session; its placed meetings must be confirmed, and are removed with it."""
    with store.session() as s:
        b2b = s.get(B2BSession, session_id)
        if b2b is None:
            raise gone(msg.B2B_SESSION, session_id)
        record = read_mission(s, b2b.mission_id)
        here = next(b for b in record.sessions if b.id == session_id)
        displaced = [
            displaced_entry(record, m, here, msg.NO_FIT_SESSION_DELETED(), "deleted")
            for m in live_meetings(record.meetings)
            if m.session_id == session_id
        ]
        _require_confirmed(displaced, confirm, deleting=True)
        s.execute(delete(Meeting).where(Meeting.session_id == session_id))
        s.delete(b2b)
        return SessionSaved(session_id, tuple(displaced))


def _require_confirmed(
    displaced: Sequence[DisplacedMeeting], confirm: Iterable[int], *, deleting: bool = False
) -> None:
    if displaced and not {m.id for m in displaced} <= set(confirm):
        raise MeetingsNoLongerFit(displaced, deleting=deleting)


def _remove_meetings(s: Session, ids: Sequence[int]) -> None:
    if ids:
        s.execute(delete(Meeting).where(Meeting.id.in_(ids)))
        s.flush()


__all__ = [
    "BreakDraft",
    "DisplacedMeeting",
    "MeetingsNoLongerFit",
    "SessionCheck",
    "SessionDraft",
    "SessionInvalid",
    "SessionProblem",
    "SessionRow",
    "SessionSaved",
    "SlotPreview",
    "TableDraft",
    "check_session",
    "create_session",
    "default_table_names",
    "delete_session",
    "displaced_meetings",
    "draft_of",
    "list_sessions",
    "load_setup",
    "parse_span",
    "parse_wall_time",
    "resize_tables",
    "save_session",
    "session_rows",
    "table_template",
    "zone_of",
]
