"""Interpreters from a spreadsheet: on each row a participant who interprets, with notes
(language pairs, who booked them), and optionally their names in Japanese script, their
languages and the B2B sessions they work.

A participant is an interpreter once: a row for one already saved leaves it, or updates what
the row gives (a blank cell never erases). A row that names nobody of the mission, but gives
a family name in Latin letters and two languages or more, adds a new participant (badge
"interpreter", of no organisation) as interpreter.

The rules are the window's: at least two languages; languages someone in the mission's
organisations speaks (once anyone there has languages); sessions of this mission ("1; 2",
their names in any of the three languages, or "all"/"tutte"/"すべて" for every session).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.validation import clean_text, is_kana_text, is_latin_text
from app.core.validation_messages import PROBLEMS
from app.importing import messages as msg
from app.importing import values
from app.importing.fields import ImportKind, header_key
from app.importing.mapping import ColumnMapping
from app.importing.plan_availability import PeopleIndex
from app.importing.rows import Row, RowPlan, outcome, rows_of
from app.importing.table import Table
from app.model import (
    B2BSession,
    BadgeCategory,
    Interpreter,
    InterpreterSession,
    NameOrder,
    Participant,
    ParticipantLanguage,
)
from app.store import Store

NAME_KEYS = ("family_name_kanji", "given_name_kanji", "family_name_kana", "given_name_kana")
_EVERY = {
    header_key(w) for w in ("all", "every", "tutte", "tutti", "ogni", "すべて", "全て", "全部")
}
AMBIGUOUS = -1  # a name several sessions have
_SEPARATORS = re.compile(r"[;,、，/\n]+")


@dataclass(frozen=True)
class NewPerson:
    """The participant a row adds, when it names nobody of the mission."""

    family_name: str
    given_name: str = ""
    email: str | None = None


@dataclass(frozen=True)
class InterpreterData:
    """An interpreter as the import writes it. ``None``: as saved (a new interpreter: none
    listed, every session; the participant's languages and names as they are)."""

    participant_id: int  # 0: the new person in ``person``
    notes: str = ""
    session_ids: tuple[int, ...] | None = None
    languages: tuple[str, ...] | None = None
    names: tuple[str | None, ...] | None = None  # NAME_KEYS, in that order
    person: NewPerson | None = None


def apply_interpreter(record: Interpreter, data: InterpreterData, person: Participant) -> None:
    """Write ``data`` onto ``record`` and its participant ``person``."""
    record.participant = person
    record.notes = data.notes
    if data.session_ids is not None and {link.session_id for link in record.session_links} != set(
        data.session_ids
    ):
        record.session_links = [InterpreterSession(session_id=sid) for sid in data.session_ids]
    if data.languages is not None and tuple(person.languages) != data.languages:
        person.languages = list(data.languages)
    if data.names is not None:
        for key, value in zip(NAME_KEYS, data.names, strict=True):
            setattr(person, key, value)


def new_person(mission_id: int, data: InterpreterData) -> Participant:
    """The participant a row adds (``data.person``), as an interpreter of no organisation."""
    assert data.person is not None
    return Participant(
        mission_id=mission_id,
        family_name=data.person.family_name,
        given_name=data.person.given_name,
        email=data.person.email,
        badge_category=BadgeCategory.INTERPRETER,
        name_order=NameOrder.GIVEN_FIRST,
    )


@dataclass(frozen=True)
class _Saved:
    id: int
    data: InterpreterData


def plan_interpreters(
    store: Store,
    mission_id: int,
    table: Table,
    mapping: ColumnMapping,
    cancelled: Callable[[], bool] | None,
) -> list[RowPlan]:
    """One plan per row: a new interpreter (perhaps a new person), a saved one left or
    updated, or what is wrong."""
    people = PeopleIndex(store, mission_id)
    with store.session() as s:
        saved: dict[int, _Saved] = {}
        for i in s.scalars(select(Interpreter).where(Interpreter.mission_id == mission_id)):
            saved[i.participant_id] = _Saved(i.id, _as_saved(i.participant_id, i, i.participant))
        persons = {
            p.id: p
            for p in s.scalars(select(Participant).where(Participant.mission_id == mission_id))
        }
        current = {pid: _as_saved(pid, None, p) for pid, p in persons.items()}
        sessions = _session_names(s, mission_id)
        spoken = set(
            s.scalars(
                select(ParticipantLanguage.language)
                .join(Participant, Participant.id == ParticipantLanguage.participant_id)
                .where(
                    Participant.mission_id == mission_id, Participant.organisation_id.is_not(None)
                )
            )
        )
    seen: dict[int, int] = {}
    plans = []
    for number, row in rows_of(ImportKind.INTERPRETERS, table, mapping, cancelled):
        before = len(row.issues)
        person = people.find(row)
        nobody = person is None and len(row.issues) == before + 1  # "nobody is called so"
        notes = clean_text(row.text("notes"), multiline=True)
        languages = row.parse("languages", values.languages) if row.mapped("languages") else None
        languages = languages or None
        session_ids = _sessions(row, sessions)
        names = _names(row)
        fresh = None
        if nobody:
            fresh = _new_person(row, languages)
            if fresh is not None:
                del row.issues[before]  # nobody is called so: a new person
                row.notice(msg.NEW_INTERPRETER())
        _check_languages(row, languages, spoken)
        target: int | None = None
        old: InterpreterData | None = None
        new: InterpreterData | None = None
        if person is not None:
            if person.id in seen:
                row.issue("", msg.SAME_INTERPRETER_AS_ROW(row=seen[person.id]))
            else:
                seen[person.id] = number
            found = saved.get(person.id)
            target, old = (found.id, found.data) if found else (None, None)
            base = old or current[person.id]
            new = InterpreterData(
                person.id,
                notes or base.notes,
                session_ids if session_ids is not None else base.session_ids,
                languages or base.languages,
                _merged(base.names, names),
                None,
            )
            if person.organisation_id is not None and old is None:
                row.notice(msg.INTERPRETER_IN_ORGANISATION())
        elif fresh is not None:
            new = InterpreterData(0, notes, session_ids, languages, names, fresh)
        who = row.text("email") or row.text("family_name") or row.text("full_name")
        label = person.name if person else who or f"row {number}"
        plans.append(outcome(row, number, label, target, old, new))
    return plans


def _as_saved(
    participant_id: int, record: Interpreter | None, person: Participant
) -> InterpreterData:
    return InterpreterData(
        participant_id,
        record.notes if record is not None else "",
        tuple(sorted(link.session_id for link in record.session_links)) if record else (),
        tuple(person.languages),
        tuple(getattr(person, key) for key in NAME_KEYS),
        None,
    )


def _merged(
    saved: tuple[str | None, ...] | None, given: tuple[str | None, ...] | None
) -> tuple[str | None, ...] | None:
    """The row's names over the saved ones (a blank cell keeps what is saved)."""
    if given is None:
        return saved
    if saved is None:
        return given
    return tuple(g or s for s, g in zip(saved, given, strict=True))


def _names(row: Row) -> tuple[str | None, ...] | None:
    """The row's kanji and kana names (None when the file has no such columns)."""
    if not any(row.mapped(key) for key in NAME_KEYS):
        return None
    out: list[str | None] = []
    for key in NAME_KEYS:
        text = clean_text(row.text(key)) or None
        if text is not None and len(text) > 100:
            row.issue(key, msg.TOO_LONG(label=row.label(key), limit=100))
        if text is not None and key.endswith("_kana") and not is_kana_text(text):
            row.issue(key, msg.FIELD_PROBLEM(label=row.label(key), problem=PROBLEMS["not_kana"]()))
        out.append(text)
    return tuple(out)


def _new_person(row: Row, languages: tuple[str, ...] | None) -> NewPerson | None:
    """The new participant a row names, when it gives a Latin family name and languages."""
    if not languages:
        return None
    family, given = clean_text(row.text("family_name")), clean_text(row.text("given_name"))
    if not family:
        full = clean_text(row.text("full_name"))
        given, _, family = full.rpartition(" ") if " " in full else ("", "", full)
    if not family or not is_latin_text(family) or not is_latin_text(given):
        return None
    email = clean_text(row.text("email")) or None
    return NewPerson(family[:100], given[:100], email)


def _check_languages(row: Row, languages: tuple[str, ...] | None, spoken: set[str]) -> None:
    if languages is None:
        return
    label = row.label("languages")
    if len(languages) < 2:
        row.issue("languages", msg.INTERPRETER_ONE_LANGUAGE(label=label))
    elif spoken and not set(languages) & spoken:
        row.issue(
            "languages",
            msg.INTERPRETER_NO_COMMON_LANGUAGE(label=label, languages=", ".join(languages)),
        )


def _session_names(s: Session, mission_id: int) -> dict[str, int]:
    """Each session by its id and its names in the three languages (folded)."""
    out: dict[str, int] = {}
    for b in s.scalars(select(B2BSession).where(B2BSession.mission_id == mission_id)):
        out[str(b.id)] = b.id
        for name in {header_key(n) for n in (b.name, b.name_it, b.name_ja) if n} - {str(b.id)}:
            out[name] = b.id if out.get(name, b.id) == b.id else AMBIGUOUS
    return out


def _sessions(row: Row, sessions: dict[str, int]) -> tuple[int, ...] | None:
    """The sessions the row lists; () for every session; None when the cell is blank."""
    text = row.text("sessions")
    if text is None:
        return None
    found: list[int] = []
    for part in _SEPARATORS.split(text):
        key = header_key(part)
        if not key:
            continue
        if key in _EVERY:
            return ()
        sid = sessions.get(key)
        if sid is None or sid == AMBIGUOUS:
            wording = msg.UNKNOWN_SESSION if sid is None else msg.AMBIGUOUS_SESSION
            row.issue("sessions", wording(label=row.label("sessions"), session=part.strip()))
        elif sid not in found:
            found.append(sid)
    return tuple(sorted(found))
