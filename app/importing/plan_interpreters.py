"""Interpreters from a spreadsheet: on each row a participant (already imported) who
interprets, with notes (language pairs, who booked them). A participant is an interpreter
once: a row for one already saved leaves it, or updates its notes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from app.core.validation import clean_text
from app.importing import messages as msg
from app.importing.fields import ImportKind
from app.importing.mapping import ColumnMapping
from app.importing.plan_availability import PeopleIndex
from app.importing.rows import RowPlan, outcome, rows_of
from app.importing.table import Table
from app.model import Interpreter
from app.store import Store


@dataclass(frozen=True)
class InterpreterData:
    """An interpreter as the import writes it."""

    participant_id: int
    notes: str = ""


def apply_interpreter(record: Interpreter, data: InterpreterData) -> None:
    record.participant_id = data.participant_id
    record.notes = data.notes


def plan_interpreters(
    store: Store,
    mission_id: int,
    table: Table,
    mapping: ColumnMapping,
    cancelled: Callable[[], bool] | None,
) -> list[RowPlan]:
    """One plan per row: a new interpreter, a saved one left (or its notes updated), or what
    is wrong."""
    people = PeopleIndex(store, mission_id)
    with store.session() as s:
        saved = {
            i.participant_id: (i.id, InterpreterData(i.participant_id, i.notes))
            for i in s.scalars(select(Interpreter).where(Interpreter.mission_id == mission_id))
        }
    seen: dict[int, int] = {}
    plans = []
    for number, row in rows_of(ImportKind.INTERPRETERS, table, mapping, cancelled):
        person = people.find(row)
        notes = clean_text(row.text("notes"), multiline=True)
        target: int | None = None
        old: InterpreterData | None = None
        new: InterpreterData | None = None
        if person is not None:
            if person.id in seen:
                row.issue("", msg.SAME_INTERPRETER_AS_ROW(row=seen[person.id]))
            else:
                seen[person.id] = number
            target, old = saved.get(person.id, (None, None))
            new = InterpreterData(person.id, notes or (old.notes if old else ""))
            if person.organisation_id is not None and old is None:
                row.notice(msg.INTERPRETER_IN_ORGANISATION())
        who = row.text("email") or row.text("family_name") or row.text("full_name")
        label = person.name if person else who or f"row {number}"
        plans.append(outcome(row, number, label, target, old, new))
    return plans
