"""What every planner of an import shares: a row read through the column mapping, what it
comes to (create, update, unchanged, or its problems), and the mission's organisations by
name. The planners of each kind build on this module; :mod:`app.importing.plan` picks the
planner of a file's kind."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.common.wording import Message
from app.core.validation import Collector, FieldError
from app.importing import messages as msg
from app.importing import values
from app.importing.duplicates import organisation_key
from app.importing.fields import ImportKind, field_of
from app.importing.mapping import ColumnMapping
from app.importing.problems import CellError, FieldLabel
from app.importing.table import Cell, Table, shortened, shown
from app.model import Organisation, Side
from app.store import Store


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    ERROR = "error"


@dataclass(frozen=True)
class RowIssue:
    """What is wrong with a row: a sentence that names the field by a :class:`FieldLabel`
    (the window puts its own name of the field there)."""

    field: str  # a field key; "" for the row as a whole
    said: Message
    error: FieldError | None = None  # the forms' own problem, which the window words itself

    def __post_init__(self) -> None:
        object.__setattr__(self, "said", shortened(self.said))  # a cell named is shown short

    @property
    def message(self) -> str:
        """The sentence in English, with the field's English label (the CLI's report)."""
        return self.said.text()

    def text(self, lang: str) -> str:
        return self.said.text(lang)


@dataclass(frozen=True)
class RowPlan:
    row_number: int  # as the spreadsheet shows it
    action: Action
    label: str  # the person or organisation, for the report
    issues: tuple[RowIssue, ...] = ()
    target_id: int | None = None  # the record updated
    data: Any = None  # the cleaned ParticipantData, OrganisationData, RequestData … to write
    changed: tuple[str, ...] = ()  # the fields an update changes
    notices: tuple[Message, ...] = ()  # guesses worth a look (a name split by rule)
    extra: Any = None  # what the row writes beside its record (a participant's new company)

    def __post_init__(self) -> None:  # the cells a report names are shown short
        object.__setattr__(self, "label", shown(self.label))
        object.__setattr__(self, "notices", tuple(shortened(n) for n in self.notices))

    @property
    def warnings(self) -> tuple[str, ...]:
        """The notices in English (the CLI's report)."""
        return tuple(n.text() for n in self.notices)


# The planner of one kind: (store, mission id, table, mapping, cancelled) → a plan per row.
Planner = Callable[[Store, int, Table, ColumnMapping, Callable[[], bool] | None], list[RowPlan]]


# --- the mission's organisations, by name ------------------------------------------------------


@dataclass(frozen=True)
class Org:
    id: int
    name: str
    side: Side | None


def organisation_index(store: Store, mission_id: int) -> tuple[dict[str, Org], list[Org]]:
    """The mission's organisations by :func:`organisation_key` of their Latin and Japanese
    names, and all of them in a list."""
    with store.session() as s:
        orgs = s.scalars(
            select(Organisation)
            .where(Organisation.mission_id == mission_id)
            .options(selectinload(Organisation.delegation))
        ).all()
        found = [Org(o.id, o.name, o.side) for o in orgs]
        index: dict[str, Org] = {}
        for o, info in zip(orgs, found, strict=True):
            for name in (o.name, o.name_ja):
                if name:
                    index.setdefault(organisation_key(name), info)
    return index, found


# --- reading a row ---------------------------------------------------------------------------


class Row:
    """One row's cells by field key, and the issues met while reading them."""

    def __init__(self, kind: ImportKind, mapping: ColumnMapping, headers: Sequence[str],
                 cells: Sequence[Cell]) -> None:  # fmt: skip
        self.kind = kind
        self._cells = {key: cells[headers.index(header)] for key, header in mapping.columns.items()}
        self.issues: list[RowIssue] = []
        self.notices: list[Message] = []

    def mapped(self, key: str) -> bool:
        return key in self._cells

    def label(self, key: str, english: str | None = None) -> FieldLabel:
        """The field ``key`` as a sentence names it: by ``english``, else by its label."""
        return FieldLabel(key, english or field_of(self.kind, key).label)

    def organisation(self, key: str, index: Mapping[str, Org]) -> Org | None:
        """The mission's organisation the cell ``key`` names (by its Latin or Japanese name);
        None when the cell is empty, or, with an issue on the row, when there is none."""
        name = self.text(key)
        if name is None:
            return None
        found = index.get(organisation_key(name))
        if found is None:
            said = msg.ORGANISATION_UNKNOWN(label=self.label(key), name=name)
            self.issues.append(RowIssue(key, said))
        return found

    def text(self, key: str) -> str | None:
        return values.text(self._cells.get(key))

    def parse(self, key: str, parser: Callable[[Cell], Any]) -> Any:
        """The parsed value; None (and an issue) when the cell is wrong."""
        try:
            return parser(self._cells.get(key))
        except CellError as exc:
            problem: Message | str = exc.message
        except ValueError as exc:  # a parser's slip: said as Python says it, still on the row
            problem = str(exc)
        self.issues.append(RowIssue(key, msg.FIELD_PROBLEM(label=self.label(key), problem=problem)))
        return None

    def add_errors(self, errors: Collector, labels: dict[str, str]) -> None:
        """The forms' problems with the record the row makes; ``labels`` names their fields."""
        for e in errors.errors:
            label = FieldLabel(e.field, labels.get(e.field, e.field))
            self.issues.append(
                RowIssue(e.field, msg.FIELD_PROBLEM(label=label, problem=e.message), e)
            )

    def issue(self, key: str, said: Message) -> None:
        """A problem with the row (``key`` "": with the row as a whole)."""
        self.issues.append(RowIssue(key, said))

    def notice(self, said: Message) -> None:
        """A guess worth a look, which does not stop the row."""
        self.notices.append(said)


def rows_of(
    kind: ImportKind,
    table: Table,
    mapping: ColumnMapping,
    cancelled: Callable[[], bool] | None,
) -> Iterator[tuple[int, Row]]:
    """Each row of ``table`` read through ``mapping``, with its number in the spreadsheet;
    the rows stop when ``cancelled()``."""
    for cells, number in zip(table.rows, table.row_numbers, strict=True):
        if cancelled is not None and cancelled():
            return
        yield number, Row(kind, mapping, table.headers, cells)


# --- what a row comes to -----------------------------------------------------------------------


def _changed(old: Any, new: Any) -> tuple[str, ...]:
    return tuple(
        f.name
        for f in dataclasses.fields(new)
        if f.name != "consent_at" and getattr(old, f.name) != getattr(new, f.name)
    )


def outcome(row: Row, number: int, label: str, target: int | None, old: Any, new: Any
            ) -> RowPlan:  # fmt: skip
    """The plan of a row read: its problems if it has any, else a new record (``target``
    None), or an update of ``target`` from ``old`` to ``new`` (unchanged when they agree)."""
    if row.issues:
        return RowPlan(number, Action.ERROR, label, tuple(row.issues), target,
                       notices=tuple(row.notices))  # fmt: skip
    if target is None:
        return RowPlan(number, Action.CREATE, label, (), None, new, (), tuple(row.notices))
    changed = _changed(old, new)
    action = Action.UPDATE if changed else Action.UNCHANGED
    return RowPlan(number, action, label, (), target, new, changed, tuple(row.notices))
