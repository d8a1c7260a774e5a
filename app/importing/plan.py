"""The preview of an import: every row read through the column mapping, checked as the
forms check a record, matched to the record it updates (participants by e-mail, then by
name and organisation; organisations by name), with a report row by row. Nothing is
written here: :mod:`app.importing.apply` writes a plan the coordinator confirmed.

An update changes only the fields whose column is mapped and not empty: a blank cell never
erases what is saved.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.core.organisation_record import RECORD_KIND as ORGANISATION_KIND
from app.core.organisation_record import OrganisationData, clean_organisation
from app.core.participant_record import RECORD_KIND as PARTICIPANT_KIND
from app.core.participant_record import ParticipantData, clean_participant
from app.core.validation import Collector, FieldError
from app.importing import values
from app.importing.duplicates import PersonRecord, organisation_key, suspected_duplicates
from app.importing.fields import ImportKind, field_of
from app.importing.mapping import ColumnMapping, mapping_problems
from app.importing.normalise import email_key, match_key, person_key, split_full_name
from app.importing.table import Cell, Table
from app.model import Delegation, DocumentLanguage, NameOrder, Organisation, Participant, Side
from app.store import Store


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    ERROR = "error"


@dataclass(frozen=True)
class RowIssue:
    field: str  # a field key; "" for the row as a whole
    message: str  # English, with the field's label
    error: FieldError | None = None  # the forms' own problem, for the window to word


@dataclass(frozen=True)
class RowPlan:
    row_number: int  # as the spreadsheet shows it
    action: Action
    label: str  # the person or organisation, for the report
    issues: tuple[RowIssue, ...] = ()
    target_id: int | None = None  # the record updated
    data: Any = None  # the cleaned ParticipantData, OrganisationData, RequestData … to write
    changed: tuple[str, ...] = ()  # the fields an update changes
    warnings: tuple[str, ...] = ()  # guesses worth a look (a name split by rule)


@dataclass(frozen=True)
class ImportPlan:
    kind: ImportKind
    mission_id: int
    source: str
    mapping: ColumnMapping
    rows: tuple[RowPlan, ...]
    notes: tuple[str, ...] = ()
    ignored_columns: tuple[str, ...] = ()

    def count(self, action: Action) -> int:
        return sum(1 for r in self.rows if r.action is action)

    @property
    def errors(self) -> list[RowPlan]:
        return [r for r in self.rows if r.action is Action.ERROR]

    @property
    def writes(self) -> int:
        return self.count(Action.CREATE) + self.count(Action.UPDATE)


class MappingError(ValueError):
    """The column mapping cannot be used: the problems, one sentence each."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        super().__init__(" ".join(self.problems))


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
    problems = mapping_problems(mapping, table.headers)
    if problems:
        raise MappingError(problems)
    used = set(mapping.columns.values())
    rows = _planners()[mapping.kind](store, mission_id, table, mapping, cancelled)
    return ImportPlan(
        kind=mapping.kind,
        mission_id=mission_id,
        source=table.source,
        mapping=mapping,
        rows=tuple(rows),
        notes=table.notes,
        ignored_columns=tuple(h for h in table.headers if h not in used),
    )


# --- reading a row ---------------------------------------------------------------------------


class _Row:
    """One row's cells by field key, and the issues met while reading them."""

    def __init__(self, kind: ImportKind, mapping: ColumnMapping, headers: Sequence[str],
                 cells: Sequence[Cell]) -> None:  # fmt: skip
        self.kind = kind
        self._cells = {key: cells[headers.index(header)] for key, header in mapping.columns.items()}
        self.issues: list[RowIssue] = []
        self.warnings: list[str] = []

    def mapped(self, key: str) -> bool:
        return key in self._cells

    def organisation(self, key: str, index: Mapping[str, _Org]) -> _Org | None:
        """The mission's organisation the cell ``key`` names (by its Latin or Japanese name);
        None when the cell is empty, or, with an issue on the row, when there is none."""
        name = self.text(key)
        if name is None:
            return None
        found = index.get(organisation_key(name))
        if found is None:
            label = field_of(self.kind, key).label
            self.issues.append(RowIssue(key, f'{label}: "{name}" is not an organisation of '
                                        "this mission; import or add it first."))  # fmt: skip
        return found

    def text(self, key: str) -> str | None:
        return values.text(self._cells.get(key))

    def parse(self, key: str, parser: Callable[[Cell], Any]) -> Any:
        """The parsed value; None (and an issue) when the cell is wrong."""
        try:
            return parser(self._cells.get(key))
        except ValueError as exc:
            self.issues.append(RowIssue(key, f"{field_of(self.kind, key).label}: {exc}"))
            return None

    def add_errors(self, errors: Collector, labels: dict[str, str]) -> None:
        for e in errors.errors:
            label = labels.get(e.field, e.field)
            self.issues.append(RowIssue(e.field, f"{label}: {e.message}", e))


def rows_of(
    kind: ImportKind,
    table: Table,
    mapping: ColumnMapping,
    cancelled: Callable[[], bool] | None,
) -> Iterator[tuple[int, _Row]]:
    """Each row of ``table`` read through ``mapping``, with its number in the spreadsheet;
    the rows stop when ``cancelled()``."""
    for cells, number in zip(table.rows, table.row_numbers, strict=True):
        if cancelled is not None and cancelled():
            return
        yield number, _Row(kind, mapping, table.headers, cells)


def _changed(old: Any, new: Any) -> tuple[str, ...]:
    return tuple(
        f.name
        for f in dataclasses.fields(new)
        if f.name != "consent_at" and getattr(old, f.name) != getattr(new, f.name)
    )


def _outcome(row: _Row, number: int, label: str, target: int | None, old: Any, new: Any
             ) -> RowPlan:  # fmt: skip
    if row.issues:
        return RowPlan(number, Action.ERROR, label, tuple(row.issues), target,
                       warnings=tuple(row.warnings))  # fmt: skip
    if target is None:
        return RowPlan(number, Action.CREATE, label, (), None, new, (), tuple(row.warnings))
    changed = _changed(old, new)
    action = Action.UPDATE if changed else Action.UNCHANGED
    return RowPlan(number, action, label, (), target, new, changed, tuple(row.warnings))


# --- participants ----------------------------------------------------------------------------

_NAME_FIELDS = (
    "family_name",
    "given_name",
    "family_name_kanji",
    "given_name_kanji",
    "family_name_kana",
    "given_name_kana",
)

_PARTICIPANT_LABELS = {
    "family_name": "Family name",
    "given_name": "Given name",
    "family_name_kanji": "Family name (kanji)",
    "given_name_kanji": "Given name (kanji)",
    "family_name_kana": "Family name (kana)",
    "given_name_kana": "Given name (kana)",
    "title": "Title",
    "title_ja": "Title (Japanese)",
    "email": "E-mail",
    "phone": "Phone",
    "languages": "Languages spoken",
    "document_language": "Document language",
    "badge_category": "Badge category",
    "name_order": "Name order",
}


@dataclass(frozen=True)
class _Org:
    id: int
    name: str
    side: Side | None


def _organisation_index(store: Store, mission_id: int) -> tuple[dict[str, _Org], list[_Org]]:
    with store.session() as s:
        orgs = s.scalars(
            select(Organisation)
            .where(Organisation.mission_id == mission_id)
            .options(selectinload(Organisation.delegation))
        ).all()
        found = [_Org(o.id, o.name, o.side) for o in orgs]
        index: dict[str, _Org] = {}
        for o, info in zip(orgs, found, strict=True):
            for name in (o.name, o.name_ja):
                if name:
                    index.setdefault(organisation_key(name), info)
    return index, found


def _plan_participants(
    store: Store,
    mission_id: int,
    table: Table,
    mapping: ColumnMapping,
    cancelled: Callable[[], bool] | None,
) -> list[RowPlan]:
    orgs, listed = _organisation_index(store, mission_id)
    orgs_by_id = {o.id: o.name for o in listed}
    with store.session() as s:
        people = s.scalars(
            select(Participant)
            .where(Participant.mission_id == mission_id)
            .options(selectinload(Participant.language_links))
        ).all()
        existing = {p.id: PARTICIPANT_KIND.data_of(p) for p in people}
    by_email: dict[str, int] = {}
    by_name: dict[tuple[str, int | None], list[int]] = defaultdict(list)
    for pid, data in existing.items():
        key = email_key(data.email)
        if key:
            by_email[key] = pid
        for k in person_key(data.family_name, data.given_name):
            by_name[(k, data.organisation_id)].append(pid)
    seen_email: dict[str, int] = {}
    seen_target: dict[int, int] = {}
    plans = []
    for number, row in rows_of(ImportKind.PARTICIPANTS, table, mapping, cancelled):
        family, given = row.text("family_name") or "", row.text("given_name") or ""
        if not family and row.text("full_name"):
            split = split_full_name(row.text("full_name") or "")
            family, given = split.family, split.given
            if split.guessed:
                row.warnings.append(f'"{row.text("full_name")}" split as family name '
                                    f'"{family}", given name "{given}".')  # fmt: skip
        kanji_f, kanji_g = row.text("family_name_kanji"), row.text("given_name_kanji")
        if not kanji_f and row.text("full_name_kanji"):
            split = split_full_name(row.text("full_name_kanji") or "", NameOrder.FAMILY_FIRST)
            kanji_f, kanji_g = split.family, split.given or None
        kana_f, kana_g = row.text("family_name_kana"), row.text("given_name_kana")
        if not kana_f and row.text("full_name_kana"):
            split = split_full_name(row.text("full_name_kana") or "", NameOrder.FAMILY_FIRST)
            kana_f, kana_g = split.family, split.given or None
        org = row.organisation("organisation", orgs)
        email_text = row.text("email")
        email = email_key(email_text) if email_text else None
        if email_text and email is None:
            email = email_text  # clean_participant words the problem
        # the record this row updates: by e-mail, then by name within the organisation
        target = by_email.get(email) if email else None
        if target is None and family:
            org_id = org.id if org else None
            candidates = {
                pid for k in person_key(family, given) for pid in by_name.get((k, org_id), [])
            }
            if len(candidates) == 1:
                target = candidates.pop()
            elif len(candidates) > 1:
                row.issues.append(RowIssue("", "More than one participant of this mission has "
                                           "this name in this organisation; add the e-mail "
                                           "address to say which."))  # fmt: skip
        if target is not None and target in seen_target:
            row.issues.append(RowIssue("", f"The same participant as row {seen_target[target]}."))
        elif target is not None:
            seen_target[target] = number
        if email and email in seen_email:
            row.issues.append(RowIssue("email", f"E-mail: the same as row {seen_email[email]}."))
        elif email:
            seen_email[email] = number
        old = existing.get(target) if target is not None else None
        side = org.side if org else None
        japanese = bool(kanji_f) or side is Side.NAGOYA
        base = old or ParticipantData(
            family_name="",
            name_order=NameOrder.FAMILY_FIRST if japanese else NameOrder.GIVEN_FIRST,
            document_language=(
                DocumentLanguage.JA if japanese
                else DocumentLanguage.IT if side is Side.TURIN
                else DocumentLanguage.EN
            ),
        )  # fmt: skip
        updates: dict[str, Any] = {
            "family_name": family or None,
            "given_name": given or None,
            "family_name_kanji": kanji_f,
            "given_name_kanji": kanji_g,
            "family_name_kana": kana_f,
            "given_name_kana": kana_g,
            "title": row.text("title"),
            "title_ja": row.text("title_ja"),
            "organisation_id": org.id if org else None,
            "email": email,
            "phone": row.text("phone"),
            "document_language": row.parse("document_language", values.document_language),
            "badge_category": row.parse("badge_category", values.badge_category),
        }
        if row.mapped("languages"):
            updates["languages"] = row.parse("languages", values.languages) or None
        if row.text("consent") is not None:
            updates["consent"] = row.parse("consent", values.consent)
        if old is not None:  # "BERTÈ" or "D’Amico" in a file do not rewrite "Bertè", "D'Amico"
            for key in _NAME_FIELDS:
                was, now = getattr(old, key), updates.get(key)
                if was and now and match_key(was) == match_key(now):
                    updates[key] = was
        merged = dataclasses.replace(base, **{k: v for k, v in updates.items() if v is not None})
        errors = Collector()
        clean = clean_participant(errors, merged)
        row.add_errors(errors, _PARTICIPANT_LABELS)
        if clean.email and target is None:
            other = by_email.get(email_key(clean.email) or "")
            if other is not None:
                row.issues.append(RowIssue("email", "E-mail: another participant of this "
                                           "mission already has it."))  # fmt: skip
        label = " ".join(x for x in (family, given) if x) or (kanji_f or "") or f"row {number}"
        plans.append(_outcome(row, number, label, target, old, clean))
    return _flag_lookalikes(plans, existing, orgs_by_id)


def _flag_lookalikes(
    plans: list[RowPlan], existing: dict[int, ParticipantData], orgs: dict[int, str]
) -> list[RowPlan]:
    """A warning on each new row that looks like someone already in the mission (or like
    another new row): shown for the coordinator to decide, never merged silently."""

    def record(key: int | str, d: ParticipantData) -> PersonRecord:
        return PersonRecord(
            key=key, family=d.family_name, given=d.given_name,
            family_kanji=d.family_name_kanji, given_kanji=d.given_name_kanji,
            family_kana=d.family_name_kana, given_kana=d.given_name_kana, email=d.email,
            organisation=orgs.get(d.organisation_id) if d.organisation_id else None,
        )  # fmt: skip

    new = {f"row {p.row_number}": i for i, p in enumerate(plans) if p.action is Action.CREATE}
    if not new:
        return plans
    records = [record(pid, d) for pid, d in existing.items()]
    records += [record(key, plans[i].data) for key, i in new.items()]
    names = {
        pid: " ".join(x for x in (d.family_name, d.given_name) if x) for pid, d in existing.items()
    }
    out = list(plans)
    for group in suspected_duplicates(records):
        keys = [r.key for r in group.records]
        reasons = "; ".join(r.value for r in group.reasons)
        for key in keys:
            if key not in new:
                continue
            others = [
                f"{names[k]} (participant {k})" if isinstance(k, int) else str(k)
                for k in keys
                if k != key
            ]
            i = new[key]
            warning = f"Looks like {', '.join(others)}: {reasons}."
            out[i] = dataclasses.replace(out[i], warnings=(*out[i].warnings, warning))
    return out


# --- organisations ---------------------------------------------------------------------------

_ORGANISATION_LABELS = {
    "name": "Name",
    "name_ja": "Name (Japanese)",
    "name_kana": "Name (kana)",
    "city": "City",
    "website": "Website",
    "sectors": "Sectors",
    "max_meetings": "Most meetings",
    "parallel_meetings": "Parallel meetings",
}


def _plan_organisations(
    store: Store,
    mission_id: int,
    table: Table,
    mapping: ColumnMapping,
    cancelled: Callable[[], bool] | None,
) -> list[RowPlan]:
    index, _ = _organisation_index(store, mission_id)
    with store.session() as s:
        orgs = s.scalars(
            select(Organisation)
            .where(Organisation.mission_id == mission_id)
            .options(selectinload(Organisation.sector_links))
        ).all()
        existing = {o.id: ORGANISATION_KIND.data_of(o) for o in orgs}
        delegations: dict[Side, int] = {}
        for d in s.scalars(
            select(Delegation).where(Delegation.mission_id == mission_id).order_by(Delegation.id)
        ):
            delegations.setdefault(d.side, d.id)
    seen: dict[str, int] = {}
    plans = []
    for number, row in rows_of(ImportKind.ORGANISATIONS, table, mapping, cancelled):
        name, name_ja = row.text("name"), row.text("name_ja")
        keys = [organisation_key(n) for n in (name, name_ja) if n]
        found = next((index[k] for k in keys if k in index), None)
        target = found.id if found else None
        for k in keys:
            if k in seen:
                row.issues.append(RowIssue("name", f"Name: the same organisation as row "
                                           f"{seen[k]}."))  # fmt: skip
                break
        for k in keys:
            seen.setdefault(k, number)
        side = row.parse("side", values.side)
        delegation_id = None
        if side is not None:
            delegation_id = delegations.get(side)
            if delegation_id is None:
                city = "Turin" if side is Side.TURIN else "Nagoya"
                row.issues.append(RowIssue("side", f"Delegation: this mission has no {city} "
                                           "delegation yet; add it first."))  # fmt: skip
        old = existing.get(target) if target is not None else None
        base = old or OrganisationData(name="")
        updates: dict[str, Any] = {
            "name": name,
            "name_ja": name_ja,
            "name_kana": row.text("name_kana"),
            "delegation_id": delegation_id,
            "city": row.text("city"),
            "website": row.text("website"),
            "profile": row.text("profile"),
            "profile_ja": row.text("profile_ja"),
            "max_meetings": row.parse("max_meetings", values.positive_int),
        }
        if row.mapped("sectors"):
            updates["sectors"] = row.parse("sectors", values.sectors) or None
        merged = dataclasses.replace(base, **{k: v for k, v in updates.items() if v is not None})
        errors = Collector()
        clean = clean_organisation(errors, merged)
        row.add_errors(errors, _ORGANISATION_LABELS)
        label = name or name_ja or f"row {number}"
        plans.append(_outcome(row, number, label, target, old, clean))
    return plans


_Planner = Callable[[Store, int, Table, ColumnMapping, Callable[[], bool] | None], list[RowPlan]]


def _planners() -> dict[ImportKind, _Planner]:
    """The planner of each kind. The B2B ones build on :class:`_Row` and :class:`RowPlan`
    here, so they are imported when first asked for (at the top it would be a cycle)."""
    from app.importing.plan_availability import plan_availability
    from app.importing.plan_interpreters import plan_interpreters
    from app.importing.plan_requests import plan_requests

    return {
        ImportKind.PARTICIPANTS: _plan_participants,
        ImportKind.ORGANISATIONS: _plan_organisations,
        ImportKind.REQUESTS: plan_requests,
        ImportKind.AVAILABILITY: plan_availability,
        ImportKind.INTERPRETERS: plan_interpreters,
    }
