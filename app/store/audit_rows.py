"""The audit log's rows before they are written: what one commit changed, one entry per record.

Pure bookkeeping, no database: :mod:`app.store.audit` feeds it from the session's events and
writes what :meth:`Pending.rows` gives, in the commit's own transaction.

A record is named by its table and id; a row of a link table (a participant's languages, an
organisation's sectors, a meeting's people…) has no id of its own and is told as a change of
its parent record ("languages" of participant 12). Field names only, never values.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

# The rows that name a record of another table and have no id a coordinator would recognise:
# table -> (its column naming the parent, the parent's table, the parent's field it is).
LINKS: dict[str, tuple[str, str, str]] = {
    "participant_language": ("participant_id", "participant", "languages"),
    "organisation_sector": ("organisation_id", "organisation", "sectors"),
    "meeting_participant": ("meeting_id", "meeting", "participants"),
    "agenda_attendee": ("agenda_item_id", "agenda_item", "attendees"),
    "b2b_session_delegation": ("session_id", "b2b_session", "delegations"),
    "interpreter_session": ("interpreter_id", "interpreter", "sessions"),
}
# Records with an id of their own but no mission_id: the column naming the record that has one.
PARENTS: dict[str, tuple[str, str]] = {
    "b2b_break": ("session_id", "b2b_session"),
    "b2b_table": ("session_id", "b2b_session"),
    "unavailability": ("participant_id", "participant"),
    "meeting_outcome": ("meeting_id", "meeting"),
    **{table: (column, parent) for table, (column, parent, _f) in LINKS.items()},
}
# Columns that change with every write and say nothing to a coordinator.
IGNORED_FIELDS = frozenset({"row_version"})
# The first "field" of a summary entry (one statement that wrote many rows): "rows:300".
ROWS_PREFIX = "rows:"

INSERT, UPDATE, DELETE = "insert", "update", "delete"


def rows_field(count: int) -> str:
    return f"{ROWS_PREFIX}{count}"


def rows_of(fields: list[str]) -> int | None:
    """How many rows a summary entry stands for (None: an entry for one record)."""
    if fields and fields[0].startswith(ROWS_PREFIX):
        try:
            return int(fields[0][len(ROWS_PREFIX) :])
        except ValueError:
            return None
    return None


@dataclass
class Change:
    """What one commit did to one record (or, ``record_id`` None, to many rows at once)."""

    table: str
    record_id: int | None
    action: str
    mission_id: int | None
    fields: list[str] = field(default_factory=list)

    def merge(self, action: str, fields: list[str]) -> bool:
        """Fold a later change of the same record in; False when the two cancel out (a
        record inserted and deleted in one commit never existed for anyone else)."""
        if self.action == INSERT:
            return action != DELETE
        if action == DELETE:
            self.action, self.fields = DELETE, []
            return True
        if self.action == DELETE:  # the id came back: for others, it changed
            self.action = UPDATE
        self.fields = list(dict.fromkeys([*self.fields, *fields]))
        return True


@dataclass
class Pending:
    """The changes of one transaction not yet written: per record, and the summaries of
    statements that wrote many rows (in the order they ran)."""

    records: dict[tuple[str, int], Change] = field(default_factory=dict)
    bulk: list[Change] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.records or self.bulk)

    def record(
        self, table: str, record_id: int, action: str, mission_id: int | None, fields: list[str]
    ) -> None:
        if action == UPDATE and not fields:
            return
        key = (table, record_id)
        known = self.records.get(key)
        if known is None:
            self.records[key] = Change(table, record_id, action, mission_id, list(fields))
            return
        if known.mission_id is None:
            known.mission_id = mission_id
        if not known.merge(action, fields):
            del self.records[key]

    def link(self, table: str, parent_id: int | None, mission_id: int | None) -> None:
        """A row of link ``table`` was added or removed: a change of its parent's field."""
        _column, parent, label = LINKS[table]
        if parent_id is not None:
            self.record(parent, parent_id, UPDATE, mission_id, [label])

    def summary(
        self, table: str, action: str, count: int, mission_id: int | None, fields: list[str]
    ) -> None:
        if count <= 0:
            return
        if table in LINKS:
            _column, parent, label = LINKS[table]
            if any(b.table == parent and b.action == INSERT for b in self.bulk):
                return  # the languages of participants the same import creates
            table, action, fields = parent, UPDATE, [label]
        self.bulk.append(Change(table, None, action, mission_id, [rows_field(count), *fields]))

    def missions(self) -> set[int]:
        return {
            c.mission_id for c in [*self.records.values(), *self.bulk] if c.mission_id is not None
        }

    def rows(self, *, at: datetime, who: str, db_user: str, fallback: int | None) -> list[dict]:
        """The audit_entry rows: per record, then the summaries; ``fallback`` is the mission
        of a change that names none (a statement on meetings by session, say)."""
        return [
            {
                "at": at,
                "mission_id": c.mission_id if c.mission_id is not None else fallback,
                "who": who[:100],
                "db_user": db_user[:63],
                "table_name": c.table[:40],
                "record_id": c.record_id,
                "action": c.action,
                "fields": json.dumps(c.fields),
            }
            for c in [*self.records.values(), *self.bulk]
        ]
