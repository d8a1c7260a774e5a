"""The preview of an import: every row read through the column mapping, checked as the
forms check a record, matched to the record it updates (participants by e-mail, then by
name and organisation; organisations by name), with a report row by row. Nothing is
written here: :mod:`app.importing.apply` writes a plan the coordinator confirmed.

An update changes only the fields whose column is mapped and not empty: a blank cell never
erases what is saved. Each kind has its planner in a module of its own (``plan_*``), built
on :mod:`app.importing.rows`; this module picks the planner of a file's kind.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from app.common.errors import UserError
from app.common.wording import Message, listed
from app.importing import messages as msg
from app.importing.fields import ImportKind
from app.importing.mapping import ColumnMapping, check_mapping
from app.importing.plan_availability import plan_availability
from app.importing.plan_companies import NewOrganisation
from app.importing.plan_delegations import plan_delegations
from app.importing.plan_interpreters import plan_interpreters
from app.importing.plan_organisations import plan_organisations
from app.importing.plan_outcomes import plan_outcomes
from app.importing.plan_participants import ParticipantExtra, plan_participants
from app.importing.plan_programme import plan_programme
from app.importing.plan_requests import plan_requests
from app.importing.plan_sessions import plan_sessions
from app.importing.plan_venues import plan_venues
from app.importing.rows import Action, Planner, RowPlan
from app.importing.table import Table
from app.store import Store
from app.store.fingerprint import mission_fingerprint

PLANNERS: dict[ImportKind, Planner] = {
    ImportKind.PARTICIPANTS: plan_participants,
    ImportKind.ORGANISATIONS: plan_organisations,
    ImportKind.REQUESTS: plan_requests,
    ImportKind.AVAILABILITY: plan_availability,
    ImportKind.INTERPRETERS: plan_interpreters,
    ImportKind.SESSIONS: plan_sessions,
    ImportKind.VENUES: plan_venues,
    ImportKind.DELEGATIONS: plan_delegations,
    ImportKind.PROGRAMME: plan_programme,
    ImportKind.OUTCOMES: plan_outcomes,
}


_NAMES_SHOWN = 20  # the new organisations named in the preview; the rest as "…"


@dataclass(frozen=True)
class ImportPlan:
    kind: ImportKind
    mission_id: int
    source: str
    mapping: ColumnMapping
    rows: tuple[RowPlan, ...]
    notes: tuple[str, ...] = ()
    ignored_columns: tuple[str, ...] = ()
    # The mission as the rows were matched against it (app.store.fingerprint), and the file
    # with its mapping: the import matches the rows again if the mission changed since.
    fingerprint: str = ""
    table: Table | None = field(default=None, compare=False, repr=False)

    def count(self, action: Action) -> int:
        return sum(1 for r in self.rows if r.action is action)

    @property
    def errors(self) -> list[RowPlan]:
        return [r for r in self.rows if r.action is Action.ERROR]

    @property
    def writes(self) -> int:
        return self.count(Action.CREATE) + self.count(Action.UPDATE)

    @property
    def new_organisations(self) -> tuple[NewOrganisation, ...]:
        """The organisations a participants' sheet adds (once each), for the rows without
        errors."""
        found: dict[str, NewOrganisation] = {}
        for row in self.rows:
            extra = row.extra
            if row.action is Action.ERROR or not isinstance(extra, ParticipantExtra):
                continue
            if extra.organisation is not None:
                found.setdefault(extra.organisation.key, extra.organisation)
        return tuple(found.values())

    def organisations_message(self) -> Message | None:
        """ "12 new organisations: …", for the preview; None when the file adds none."""
        new = self.new_organisations
        if not new:
            return None
        names = ", ".join(o.data.name for o in new[:_NAMES_SHOWN])
        if len(new) > _NAMES_SHOWN:
            names += ", …"
        if len(new) == 1:
            return msg.NEW_ORGANISATION(names=names)
        return msg.NEW_ORGANISATIONS(count=len(new), names=names)


class MappingError(UserError, ValueError):
    """The column mapping cannot be used: the problems, one sentence each, said one after
    the other."""

    def __init__(self, problems: Sequence[Message]) -> None:
        self.problems = tuple(problems)
        super().__init__(listed(self.problems, msg.ONE_AFTER_ANOTHER))


def plan_import(
    store: Store,
    mission_id: int,
    table: Table,
    mapping: ColumnMapping,
    *,
    cancelled: Callable[[], bool] | None = None,
) -> ImportPlan:
    """Read, check and match every row of ``table`` (a :class:`MappingError` when the
    mapping does not fit the file)."""
    problems = check_mapping(mapping, table.headers)
    if problems:
        raise MappingError(problems)
    used = set(mapping.columns.values())
    with store.session() as s:  # before the rows are matched: a change meanwhile shows
        fingerprint = mission_fingerprint(s, mission_id)
    rows = PLANNERS[mapping.kind](store, mission_id, table, mapping, cancelled)
    return ImportPlan(
        kind=mapping.kind,
        mission_id=mission_id,
        source=table.source,
        mapping=mapping,
        rows=tuple(rows),
        notes=table.notes,
        ignored_columns=tuple(h for h in table.headers if h not in used),
        fingerprint=fingerprint,
        table=table,
    )
