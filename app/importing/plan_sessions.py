"""B2B sessions from a spreadsheet, one per row: name (English, Italian, Japanese), day,
venue, start, end, slot length, breaks ("16:00-16:20; 17:30-17:40"), number of tables and
their names, the delegations that take part. A row whose English name is a saved session's
updates it. Each row is checked by the Sessions page's own rules
(:func:`app.core.b2b_sessions.check_session`), against the sessions saved and the rows above
it; a row that would leave placed meetings without a place is refused (the window or
``ponte session edit --confirm`` lists them and asks).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import datetime

from sqlalchemy.orm import Session

from app.common.timezones import to_utc
from app.core import messages as core_msg
from app.core.b2b_sessions import (
    BreakDraft,
    SessionDraft,
    TableDraft,
    check_session,
    default_table_names,
    draft_of,
    parse_span,
    resize_tables,
    table_template,
    write_session,
    zone_of,
)
from app.core.errors import gone
from app.core.mission_record import MissionRecord, SessionRecord, load_mission
from app.importing import messages as msg
from app.importing.dates import parse_date, parse_time
from app.importing.fields import ImportKind
from app.importing.mapping import ColumnMapping
from app.importing.problems import CellError
from app.importing.rows import Action, Row, RowPlan, outcome, rows_of
from app.importing.table import Cell, Table
from app.importing.values import positive_int
from app.model import B2BSession, Mission, Venue
from app.store import Store

_LIST = re.compile(r"[;\n,、；]+")


def _breaks(cell: Cell) -> tuple[BreakDraft, ...]:
    text = "" if cell is None else str(cell).strip()
    out = []
    for part in _LIST.split(text):
        part = part.strip()
        if not part:
            continue
        span, _, label = part.partition(" ")
        parsed = parse_span(span)
        if parsed is None:
            raise CellError(core_msg.SESSION_NOT_BREAKS(value=text))
        out.append(BreakDraft(parsed[0], parsed[1], label.strip()))
    return tuple(out)


def _names(row: Row, key: str) -> list[str]:
    text = row.text(key)
    return [p.strip() for p in _LIST.split(text or "") if p.strip()]


def _find(names: Mapping[int, tuple[str | None, ...]], typed: str) -> int | None:
    folded = typed.casefold()
    found = [i for i, ns in names.items() if any(n and n.casefold() == folded for n in ns)]
    return found[0] if len(found) == 1 else None


def _stand_in(record: MissionRecord, draft: SessionDraft, session_id: int) -> SessionRecord:
    """A row already planned, as a saved session, so the rows below are checked against it."""
    zone = zone_of(record, draft.venue_id)
    return SessionRecord(
        id=session_id,
        name=draft.name,
        venue_id=draft.venue_id,
        start_utc=to_utc(datetime.combine(draft.day, draft.start), zone),
        end_utc=to_utc(datetime.combine(draft.day, draft.end), zone),
        timezone=zone,
        slots=(),
        tables=(),
    )


def plan_sessions(
    store: Store,
    mission_id: int,
    table: Table,
    mapping: ColumnMapping,
    cancelled: Callable[[], bool] | None,
) -> list[RowPlan]:
    """One plan per row: a new session, a saved one changed or left, or what is wrong."""
    record = load_mission(store, mission_id)
    saved = {b.name.casefold(): b for b in record.sessions}
    venues = {v.id: (v.name, v.name_it, v.name_ja) for v in record.venues.values()}
    delegations = {d.id: (d.name, d.name_it, d.name_ja) for d in record.delegations.values()}
    template = table_template(record)
    seen: dict[str, int] = {}
    plans = []
    for number, row in rows_of(ImportKind.SESSIONS, table, mapping, cancelled):
        for key in ("name", "day", "start", "end"):
            if row.text(key) is None:
                row.issue(key, msg.REQUIRED(label=row.label(key)))
        name = row.text("name") or ""
        day = row.parse("day", parse_date) if row.text("day") else None
        start = row.parse("start", parse_time) if row.text("start") else None
        end = row.parse("end", parse_time) if row.text("end") else None
        slot = row.parse("slot_minutes", positive_int)
        breaks = row.parse("breaks", _breaks)
        count = row.parse("tables", positive_int)
        venue_id: int | None = None
        if (venue := row.text("venue")) is not None:
            venue_id = _find(venues, venue)
            if venue_id is None:
                row.issue("venue", core_msg.SESSION_VENUE_UNKNOWN(venue=venue))
        taking_part: set[int] = set()
        for typed in _names(row, "delegations"):
            found = _find(delegations, typed)
            if found is None:
                row.issue("delegations", core_msg.SESSION_DELEGATION_UNKNOWN(delegation=typed))
            else:
                taking_part.add(found)
        folded = name.casefold()
        if folded and folded in seen:
            row.issue("", core_msg.SESSION_SAME_AS_ROW(row=seen[folded]))
        seen.setdefault(folded, number)
        target = saved.get(folded)
        old = draft_of(target) if target is not None else None
        names = _names(row, "table_names")
        if names and count is not None and count != len(names):
            row.issue("table_names", core_msg.SESSION_NOT_TABLES(tables=count, names=len(names)))
        current = old.tables if old is not None else ()
        if names:
            tables = tuple(
                TableDraft(n, current[i].id if i < len(current) else None)
                for i, n in enumerate(names)
            )
        elif count is not None:
            tables = resize_tables(current, count, template) if current else tuple(
                TableDraft(n) for n in default_table_names(count, template)
            )  # fmt: skip
        else:
            tables = current or tuple(
                TableDraft(n) for n in default_table_names(len(template) or 10, template)
            )
        new: SessionDraft | None = None
        if day is not None and start is not None and end is not None and name:
            given = row.text
            new = SessionDraft(
                name=name,
                name_it=given("name_it") or (old.name_it if old else None),
                name_ja=given("name_ja") or (old.name_ja if old else None),
                day=day,
                start=start.replace(second=0, microsecond=0),
                end=end.replace(second=0, microsecond=0),
                slot_minutes=slot or (old.slot_minutes if old else 20),
                venue_id=venue_id if given("venue") else (old.venue_id if old else None),
                breaks=(breaks or ()) if given("breaks") else (old.breaks if old else ()),
                tables=tables,
                delegation_ids=frozenset(taking_part)
                if given("delegations")
                else (old.delegation_ids if old else frozenset()),
            ).normalised()
            check = check_session(record, new, target.id if target else None)
            for p in check.problems:
                row.issue(p.field, p.message)
            if check.displaced:
                row.issue("", core_msg.SESSION_ROW_DISPLACES(count=len(check.displaced)))
            if not row.issues:  # the rows below are checked against this one
                stand_in = _stand_in(record, new, target.id if target else -number)
                others = tuple(b for b in record.sessions if b.id != stand_in.id)
                record = replace(record, sessions=(*others, stand_in))
        plans.append(
            outcome(row, number, name or f"row {number}", target.id if target else None, old, new)
        )
    return plans


def apply_sessions(s: Session, mission_id: int, rows: tuple[RowPlan, ...]) -> tuple[int, int]:
    """Write the rows' sessions in the caller's transaction; (created, updated)."""
    mission = s.get(Mission, mission_id)
    if mission is None:
        raise gone(core_msg.MISSION, mission_id)
    created = updated = 0
    for row in rows:
        if row.action not in (Action.CREATE, Action.UPDATE):
            continue
        draft: SessionDraft = row.data
        venue = s.get(Venue, draft.venue_id) if draft.venue_id is not None else None
        zone = venue.timezone if venue is not None else mission.timezone
        if row.action is Action.CREATE:
            b2b = B2BSession(mission_id=mission_id)
            s.add(b2b)
            created += 1
        else:
            found = s.get(B2BSession, row.target_id)
            if found is None or found.mission_id != mission_id:
                raise gone(core_msg.B2B_SESSION, row.target_id or 0)
            b2b = found
            updated += 1
        write_session(s, b2b, draft, zone)
        s.flush()
    return created, updated
