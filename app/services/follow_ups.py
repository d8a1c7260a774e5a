"""Follow-ups two organisations agreed after a meeting (issue 18): add, edit, mark done or not,
delete; list them per pair or for the whole mission (overdue first); export them.

Edits and marks name the values they were read with (``base``, issue 16): a follow-up
someone else changed meanwhile is not written over.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.common.wording import Wording
from app.core.changes import Changes
from app.core.conflicts import Loaded, StaleRecord, check_base
from app.core.names import Names
from app.core.outcomes import DESCRIPTION_LIMIT, OWNER_LIMIT, clean_note
from app.exporting.follow_ups import export_follow_ups as _export
from app.model import FollowUp, Meeting, Organisation
from app.services import outcome_messages as msg
from app.services.outcomes import OutcomeRefused
from app.store import Store
from app.store.stale import ChangedMeanwhile

__all__ = [
    "FollowUpData",
    "FollowUpRow",
    "FollowUpSaved",
    "add_follow_up",
    "delete_follow_up",
    "edit_follow_up",
    "export_follow_ups",
    "list_follow_ups",
    "load_follow_up",
    "set_follow_up_done",
]

CHANGED = Changes(b2b=True)


@dataclass(frozen=True)
class FollowUpData:
    """What two organisations agreed: what, by when (optional), who."""

    organisation_a_id: int
    organisation_b_id: int
    description: str
    due_date: date | None = None
    owner: str = ""
    meeting_id: int | None = None
    done: bool = False


@dataclass(frozen=True)
class FollowUpSaved:
    follow_up_id: int
    previous: FollowUpData | None  # None: it was added
    saved: Loaded[FollowUpData] | None  # None: it was deleted
    changes: Changes


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    data: FollowUpData
    organisation_a: Names
    organisation_b: Names
    done_at: datetime | None
    version: int
    overdue: bool

    @property
    def loaded(self) -> Loaded[FollowUpData]:
        return Loaded(self.data, self.version)


def _data(f: FollowUp) -> FollowUpData:
    return FollowUpData(
        f.organisation_a_id,
        f.organisation_b_id,
        f.description,
        f.due_date,
        f.owner or "",
        f.meeting_id,
        f.done_at is not None,
    )


def _text(value: str | None, limit: int, field: Wording) -> str:
    text = " ".join(clean_note(value).split()) if field is msg.OWNER else clean_note(value)
    if len(text) > limit:
        raise OutcomeRefused(msg.TEXT_TOO_LONG(field=field(), length=len(text), limit=limit))
    return text


def _clean(s: Session, mission_id: int, data: FollowUpData) -> FollowUpData:
    description = _text(data.description, DESCRIPTION_LIMIT, msg.DESCRIPTION)
    if not description:
        raise OutcomeRefused(msg.DESCRIPTION_MISSING())
    owner = _text(data.owner, OWNER_LIMIT, msg.OWNER)
    if data.organisation_a_id == data.organisation_b_id:
        raise OutcomeRefused(msg.SAME_ORGANISATION())
    for org_id in (data.organisation_a_id, data.organisation_b_id):
        org = s.get(Organisation, org_id)
        if org is None or org.mission_id != mission_id:
            raise OutcomeRefused(msg.NOT_OF_MISSION(id=org_id))
    if data.meeting_id is not None:
        m = s.get(Meeting, data.meeting_id)
        pair = {data.organisation_a_id, data.organisation_b_id}
        if m is None or m.mission_id != mission_id:
            raise OutcomeRefused(msg.NO_SUCH_MEETING(id=data.meeting_id))
        if {m.organisation_a_id, m.organisation_b_id} != pair:
            raise OutcomeRefused(msg.MEETING_OF_OTHERS(id=data.meeting_id))
    return dataclasses.replace(
        data, description=unicodedata.normalize("NFC", description), owner=owner
    )


def _apply(f: FollowUp, data: FollowUpData) -> None:
    f.organisation_a_id = data.organisation_a_id
    f.organisation_b_id = data.organisation_b_id
    f.description = data.description
    f.due_date = data.due_date
    f.owner = data.owner
    f.meeting_id = data.meeting_id
    if data.done and f.done_at is None:
        f.done_at = datetime.now(UTC)
    elif not data.done:
        f.done_at = None


def add_follow_up(store: Store, mission_id: int, data: FollowUpData) -> FollowUpSaved:
    """Add a follow-up between two organisations of the mission."""
    with store.session(write=True) as s:
        clean = _clean(s, mission_id, data)
        f = FollowUp(mission_id=mission_id)
        _apply(f, clean)
        s.add(f)
        s.flush()
        return FollowUpSaved(f.id, None, Loaded(_data(f), f.row_version), CHANGED)


def load_follow_up(store: Store, follow_up_id: int) -> Loaded[FollowUpData]:
    with store.session() as s:
        f = _get(s, follow_up_id)
        return Loaded(_data(f), f.row_version)


def edit_follow_up(
    store: Store,
    follow_up_id: int,
    data: FollowUpData,
    *,
    base: Loaded[FollowUpData],
    undoing: bool = False,
) -> FollowUpSaved:
    """Write ``data`` over the follow-up as it was read (``base``); StaleRecord when someone
    changed a field since to something else."""
    try:
        with store.session(write=True) as s:
            f = _get(s, follow_up_id)
            clean = _clean(s, f.mission_id, data)
            previous = _data(f)
            refused = check_base(
                base,
                Loaded(previous, f.row_version),
                clean,
                record=msg.FOLLOW_UP_RECORD(),
                record_id=follow_up_id,
                undoing=undoing,
            )
            if refused is not None:
                raise refused
            if previous == clean:
                return FollowUpSaved(
                    follow_up_id, previous, Loaded(previous, f.row_version), Changes()
                )
            _apply(f, clean)
            s.flush()
            return FollowUpSaved(follow_up_id, previous, Loaded(_data(f), f.row_version), CHANGED)
    except StaleRecord:
        raise
    except ChangedMeanwhile:
        now = load_follow_up(store, follow_up_id)
        refused = check_base(
            base, now, data, record=msg.FOLLOW_UP_RECORD(), record_id=follow_up_id, undoing=undoing
        )
        if refused is not None:
            raise refused from None
        raise


def set_follow_up_done(
    store: Store, follow_up_id: int, done: bool, *, base: Loaded[FollowUpData]
) -> FollowUpSaved:
    """Mark the follow-up done (now) or not done."""
    return edit_follow_up(
        store, follow_up_id, dataclasses.replace(base.values, done=done), base=base
    )


def delete_follow_up(store: Store, follow_up_id: int) -> FollowUpSaved:
    """Delete it; the result's ``previous`` adds it back (as a new follow-up) on undo."""
    with store.session(write=True) as s:
        f = _get(s, follow_up_id)
        previous = _data(f)
        s.delete(f)
        s.flush()
        return FollowUpSaved(follow_up_id, previous, None, CHANGED)


def list_follow_ups(
    store: Store,
    mission_id: int,
    *,
    organisation_id: int | None = None,
    pair: tuple[int, int] | None = None,
    today: date | None = None,
) -> tuple[FollowUpRow, ...]:
    """The mission's follow-ups (of one organisation, or of one pair): overdue first, then
    open ones by due date (none last), then done ones."""
    day = today or date.today()
    with store.session() as s:
        orgs = {
            o.id: Names(o.name, None, o.name_ja)
            for o in s.scalars(select(Organisation).where(Organisation.mission_id == mission_id))
        }
        rows = []
        for f in s.scalars(select(FollowUp).where(FollowUp.mission_id == mission_id)):
            ids = {f.organisation_a_id, f.organisation_b_id}
            if organisation_id is not None and organisation_id not in ids:
                continue
            if pair is not None and set(pair) != ids:
                continue
            overdue = f.done_at is None and f.due_date is not None and f.due_date < day
            rows.append(
                FollowUpRow(
                    f.id,
                    _data(f),
                    orgs.get(f.organisation_a_id, Names(f"#{f.organisation_a_id}")),
                    orgs.get(f.organisation_b_id, Names(f"#{f.organisation_b_id}")),
                    f.done_at,
                    f.row_version,
                    overdue,
                )
            )
    rows.sort(key=lambda r: (not r.overdue, r.data.done, r.data.due_date or date.max, r.id))
    return tuple(rows)


def export_follow_ups(
    store: Store, mission_id: int, path: Path, *, today: date | None = None
) -> int:
    """Write the follow-ups to ``path`` (.xlsx or .csv); how many rows were written."""
    return len(_export(path, store, mission_id, today or date.today()).rows)


def _get(s: Session, follow_up_id: int) -> FollowUp:
    f = s.get(FollowUp, follow_up_id)
    if f is None:
        raise OutcomeRefused(msg.NO_SUCH_FOLLOW_UP(id=follow_up_id))
    return f
