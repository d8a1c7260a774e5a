"""Which column holds which field: guessed from the headers, corrected by the coordinator
(in the window, or as a JSON file for ``ponte import --mapping``), then checked."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from app.common.wording import Message
from app.importing import messages as msg
from app.importing.errors import ImportFileError
from app.importing.fields import FIELDS, ImportKind, field_of, header_key
from app.importing.headers import fields_by_reading
from app.importing.problems import FieldLabel


@dataclass(frozen=True)
class ColumnMapping:
    """Field key → the header of the column that holds it (fields not in it are not read)."""

    kind: ImportKind
    columns: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def header(self, key: str) -> str | None:
        return self.columns.get(key)

    def to_json(self) -> str:
        return json.dumps(
            {"kind": self.kind.value, "columns": dict(self.columns)}, ensure_ascii=False, indent=2
        )


def guess_mapping(kind: ImportKind, headers: Sequence[str]) -> ColumnMapping:
    """Each field a header names, by its label or synonyms (compared by :func:`header_key`) or, for
    the headers no synonym fits, as :mod:`app.importing.headers` reads them ("Name
    (Japanese)", "Company (English)", "到着日"); a reading that depends on the other headers
    ("氏名" beside "氏名（ローマ字）" is the name in kanji) wins over a synonym. The first
    header wins when two fit a field, and a header serves one field."""
    keys = {h: header_key(h) for h in headers}
    # a field's own label (what the mapping step and the set-up template call it) is a synonym
    synonyms = {f.key: {header_key(s) for s in (*f.synonyms, f.label)} for f in FIELDS[kind]}
    said = {keys[h] for h in headers} & set().union(*synonyms.values())
    read: dict[str, tuple[str, bool]] = {h: (k, c) for h, k, c in fields_by_reading(kind, headers)}

    def fits(h: str, key: str) -> bool:
        reading = read.get(h)
        if reading is not None and reading[1]:  # the other headers decided it
            return reading[0] == key
        if keys[h] in said:
            return keys[h] in synonyms[key]
        return reading is not None and reading[0] == key

    used: set[str] = set()
    columns: dict[str, str] = {}
    for f in FIELDS[kind]:
        for h in headers:
            if h not in used and fits(h, f.key):
                columns[f.key] = h
                used.add(h)
                break
    return ColumnMapping(kind, MappingProxyType(columns))


def mapping_problems(mapping: ColumnMapping, headers: Sequence[str]) -> list[str]:
    """What is wrong with ``mapping`` for a file with ``headers``, in English (empty:
    nothing)."""
    return [problem.text() for problem in check_mapping(mapping, headers)]


def check_mapping(mapping: ColumnMapping, headers: Sequence[str]) -> list[Message]:
    """What is wrong with ``mapping`` for a file with ``headers`` (empty: nothing); a field
    is named by a :class:`FieldLabel`, for the window to name it in its language."""
    problems = []
    known = {f.key for f in FIELDS[mapping.kind]}
    for key, header in mapping.columns.items():
        if key not in known:
            problems.append(msg.NOT_A_FIELD(key=key, kind=mapping.kind.value))
        elif header not in headers:
            label = FieldLabel(key, field_of(mapping.kind, key).label)
            problems.append(msg.COLUMN_MISSING(header=header, label=label))
    seen: dict[str, str] = {}
    for key, header in mapping.columns.items():
        if header in seen:
            problems.append(msg.COLUMN_TWICE(header=header))
        seen[header] = key
    for f in FIELDS[mapping.kind]:
        if f.required and f.key not in mapping.columns:
            problems.append(msg.CHOOSE_COLUMN(label=FieldLabel(f.key, f.label)))
    if mapping.kind is ImportKind.PARTICIPANTS and not (
        {"family_name", "full_name"} & mapping.columns.keys()
    ):
        problems.append(msg.CHOOSE_NAME_COLUMN())
    if mapping.kind in (ImportKind.AVAILABILITY, ImportKind.INTERPRETERS) and not (
        {"email", "family_name", "full_name"} & mapping.columns.keys()
    ):
        problems.append(msg.CHOOSE_PERSON_COLUMN())
    return problems


def load_mapping(path: Path, kind: ImportKind | None = None) -> ColumnMapping:
    """A mapping saved as JSON: {"kind": "participants", "columns": {"email": "E-mail"}}."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError as exc:
        raise ImportFileError(msg.MAPPING_FILE_MISSING(path=path)) from exc
    except (OSError, ValueError) as exc:  # the reason as Python gives it, like the OS's
        raise ImportFileError(msg.MAPPING_FILE_NOT_JSON(name=path.name, reason=str(exc))) from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("columns"), dict):
        raise ImportFileError(msg.MAPPING_FILE_SHAPE(name=path.name))
    try:
        found = ImportKind(raw.get("kind", kind.value if kind else ""))
    except ValueError as exc:
        kinds = ", ".join(k.value for k in ImportKind)
        raise ImportFileError(msg.MAPPING_FILE_KIND(kinds=kinds)) from exc
    if kind is not None and found is not kind:
        raise ImportFileError(msg.MAPPING_FILE_OTHER_KIND(found=found.value, kind=kind.value))
    columns = {str(k): str(v) for k, v in raw["columns"].items() if v not in (None, "")}
    return ColumnMapping(found, MappingProxyType(columns))


# Headers only a list of interpreters has (a participants' list names people otherwise).
_INTERPRETER_HEADERS = frozenset(
    header_key(h)
    for h in ("Interprete", "Interpreti", "Interpreter", "Interpreters", "Nome interprete",
              "Interpreter name", "通訳者", "通訳者名", "通訳")
)  # fmt: skip


def guess_kind(headers: Sequence[str]) -> ImportKind:
    """What the headers name: a participant with a start and an end (availability), two
    organisations (requests), a start and an end with slots or tables (B2B sessions), a day,
    a start, an end and a title with no person (the programme), an interpreter, people (a
    family name or an e-mail), else organisations."""
    survey = guess_mapping(ImportKind.OUTCOMES, headers).columns.keys()
    if {"reference", "outcome"} <= survey:
        return ImportKind.OUTCOMES  # a filled outcome survey: a meeting's ref. and its outcome
    sessions = guess_mapping(ImportKind.SESSIONS, headers).columns.keys()
    if {"start", "end"} <= sessions and {"slot_minutes", "tables", "table_names"} & sessions:
        # a window cut into slots at tables: B2B sessions (first: a session's Japanese name
        # reads as a person's name too, and a person's time away has no slots nor tables)
        return ImportKind.SESSIONS
    people = guess_mapping(ImportKind.PARTICIPANTS, headers).columns
    who = {"family_name", "email", "full_name"}
    away = guess_mapping(ImportKind.AVAILABILITY, headers).columns
    if {"start", "end"} <= away.keys() and who & away.keys():
        return ImportKind.AVAILABILITY
    if {"requester", "requested"} <= guess_mapping(ImportKind.REQUESTS, headers).columns.keys():
        return ImportKind.REQUESTS
    programme = guess_mapping(ImportKind.PROGRAMME, headers).columns.keys()
    if {"day", "start", "end", "title"} <= programme and not who & people.keys():
        # a day's items with their times and titles, and no person's name: the programme
        return ImportKind.PROGRAMME
    only_people = {"organisation", "title", "phone", "document_language", "badge_category",
                   "consent", "family_name_kanji", "full_name_kanji"}  # fmt: skip
    # an interpreter column, and nothing only a participant has, or the sessions they work
    works = "sessions" in guess_mapping(ImportKind.INTERPRETERS, headers).columns
    named = bool({header_key(h) for h in headers} & _INTERPRETER_HEADERS)
    if named and (works or not only_people & people.keys()):
        return ImportKind.INTERPRETERS
    if {"family_name", "email", "full_name_kanji", "family_name_kanji"} & people.keys():
        return ImportKind.PARTICIPANTS
    companies = guess_mapping(ImportKind.ORGANISATIONS, headers).columns
    only_companies = {"sectors", "website", "profile", "profile_ja", "side"}
    if "full_name" in people and not only_companies & companies.keys():
        return ImportKind.PARTICIPANTS
    # a registration sheet: a person's name beside their company (and its sector)
    person = {"full_name", "full_name_kana", "given_name", "title", "arrival", "departure"}
    company = {"organisation", "organisation_latin", "organisation_ja"}
    if person & people.keys() and company & people.keys():
        return ImportKind.PARTICIPANTS
    return ImportKind.ORGANISATIONS
