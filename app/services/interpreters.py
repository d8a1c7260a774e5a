"""Interpreters of a mission: list, read for editing, add, edit, remove (and undo a removal).

An interpreter is a participant (names in Latin script, kanji and kana, languages; badge
category "interpreter", of no organisation) plus an :class:`~app.model.Interpreter` row with
the B2B sessions they work (none listed: every session). Their breaks are unavailability of
the participant (:mod:`app.services.availability`, reason "break").

What is refused, and why:

- fewer than two languages: one language interprets nothing, and the scheduler leaves such
  an interpreter out anyway;
- languages nobody in the mission's organisations speaks, once some do: nearly always a
  slip (a wrong code, a forgotten language), and the interpreter could never be assigned;
- a session that is not one of the mission's.

What is only a warning (``warnings`` of the result; :func:`interpreter_warnings`): the
organisations have no participant with languages yet (interpreters are often booked before
the registrations arrive), and an interpreter who shares a language with one side only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from app.common.wording import Message, Wording
from app.core import messages as core_msg
from app.core.changes import Changes
from app.core.conflicts import Loaded, StaleRecord
from app.core.errors import gone
from app.core.names import Names
from app.core.participant_record import email_taken
from app.core.records import bump_version, delete_record, restore_record, stale_refusal
from app.core.row_snapshots import Created, Deleted, Snapshot, Updated
from app.core.validation import (
    Collector,
    ValidationError,
    clean_email,
    clean_languages,
    clean_phone,
    clean_text,
    from_integrity_error,
    optional_kana,
    optional_latin,
    optional_text,
    required_latin,
)
from app.core.validation_messages import PROBLEMS
from app.model import (
    B2BSession,
    BadgeCategory,
    DocumentLanguage,
    Interpreter,
    InterpreterSession,
    NameOrder,
    Organisation,
    Participant,
    Side,
)
from app.services import messages as msg
from app.services.refusals import Problems
from app.store import Store
from app.store.stale import ChangedMeanwhile

CHANGED = Changes(participants=True, b2b=True)

LABELS: dict[str, Wording] = {
    "family_name": msg.FIELD_FAMILY_NAME,
    "given_name": msg.FIELD_GIVEN_NAME,
    "family_name_kanji": msg.FIELD_FAMILY_KANJI,
    "given_name_kanji": msg.FIELD_GIVEN_KANJI,
    "family_name_kana": msg.FIELD_FAMILY_KANA,
    "given_name_kana": msg.FIELD_GIVEN_KANA,
    "languages": msg.FIELD_LANGUAGES,
    "session_ids": msg.FIELD_SESSIONS,
    "email": msg.FIELD_EMAIL,
    "phone": msg.FIELD_PHONE,
    "notes": msg.FIELD_NOTES,
}


@dataclass(frozen=True)
class InterpreterData:
    """The editable values of an interpreter (the person and the sessions they work)."""

    family_name: str
    given_name: str = ""
    family_name_kanji: str | None = None
    given_name_kanji: str | None = None
    family_name_kana: str | None = None
    given_name_kana: str | None = None
    name_order: NameOrder = NameOrder.GIVEN_FIRST
    languages: tuple[str, ...] = ()  # ISO 639-1, most fluent first
    session_ids: tuple[int, ...] = ()  # the sessions worked; none: every session
    email: str | None = None
    phone: str | None = None
    document_language: DocumentLanguage = DocumentLanguage.EN
    notes: str = ""


@dataclass(frozen=True)
class InterpreterRow:
    """One line of the interpreters list."""

    id: int
    participant_id: int
    latin_name: str
    kanji_name: str | None
    kana_name: str | None
    languages: tuple[str, ...]
    session_ids: tuple[int, ...]  # none: every session
    breaks: int  # periods of unavailability
    notes: str
    side: Side | None = None  # an interpreter serves both sides


@dataclass(frozen=True)
class SessionChoice:
    """A B2B session offered in the form (sessions worked) and drawn on the day timeline."""

    id: int
    names: Names
    start_utc: datetime
    end_utc: datetime
    timezone: str


@dataclass(frozen=True)
class InterpreterCreated(Created):
    """An interpreter added: its id (the editor's record id), its participant's, warnings."""

    participant_id: int = 0
    warnings: tuple[Message, ...] = ()


@dataclass(frozen=True)
class InterpreterUpdated(Updated[InterpreterData]):
    """An interpreter edited; ``previous`` writes back to undo it."""

    id: int = 0
    participant_id: int = 0
    warnings: tuple[Message, ...] = ()


# --- reading ---------------------------------------------------------------------------------


def list_interpreters(store: Store, mission_id: int) -> list[InterpreterRow]:
    """The mission's interpreters, by family name."""
    with store.session() as s:
        found = s.scalars(
            select(Interpreter)
            .join(Participant, Participant.id == Interpreter.participant_id)
            .where(Interpreter.mission_id == mission_id)
            .options(
                selectinload(Interpreter.session_links),
                selectinload(Interpreter.participant).selectinload(Participant.language_links),
                selectinload(Interpreter.participant).selectinload(Participant.unavailability),
            )
            .order_by(Participant.family_name, Participant.given_name, Interpreter.id)
        )
        return [
            InterpreterRow(
                id=i.id,
                participant_id=i.participant_id,
                latin_name=i.participant.latin_name(),
                kanji_name=i.participant.kanji_name(),
                kana_name=i.participant.kana_name(),
                languages=tuple(i.participant.languages),
                session_ids=tuple(sorted(link.session_id for link in i.session_links)),
                breaks=len(i.participant.unavailability),
                notes=i.notes,
            )
            for i in found
        ]


def list_session_choices(store: Store, mission_id: int) -> list[SessionChoice]:
    """The mission's B2B sessions, by start."""
    with store.session() as s:
        return [
            SessionChoice(
                b.id, Names(b.name, b.name_it, b.name_ja), b.start_utc, b.end_utc, b.timezone
            )
            for b in s.scalars(
                select(B2BSession)
                .where(B2BSession.mission_id == mission_id)
                .order_by(B2BSession.start_utc, B2BSession.id)
            )
        ]


def get_interpreter(store: Store, interpreter_id: int) -> InterpreterData:
    """The interpreter's values, for an edit form."""
    with store.session() as s:
        return _data_of(_load(s, interpreter_id))


def interpreter_warnings(store: Store, interpreter_id: int) -> tuple[Message, ...]:
    """What is odd about the interpreter's languages now (the page shows it while they are
    selected): nobody to compare with yet, or one side only."""
    with store.session() as s:
        record = _load(s, interpreter_id)
        problems = Problems(LABELS)
        warnings = _check_languages(
            s, record.mission_id, tuple(record.participant.languages), problems
        )
        return tuple(warnings) + tuple(p for _, p in problems.items)


def interpreter_of_participant(store: Store, participant_id: int) -> int | None:
    """The interpreter record of a participant, if they are one."""
    with store.session() as s:
        return s.scalar(select(Interpreter.id).where(Interpreter.participant_id == participant_id))


# --- writing ---------------------------------------------------------------------------------


def create_interpreter(store: Store, mission_id: int, data: InterpreterData) -> InterpreterCreated:
    """Add an interpreter (a participant of badge category interpreter) to the mission."""
    try:
        with store.session() as s:
            clean, warnings = _validate(s, mission_id, data, None)
            person = Participant(
                mission_id=mission_id,
                badge_category=BadgeCategory.INTERPRETER,
                family_name=clean.family_name,
            )
            record = Interpreter(mission_id=mission_id, participant=person)
            _apply(record, person, clean)
            s.add_all([person, record])
            s.flush()
            return InterpreterCreated(record.id, CHANGED, person.id, warnings)
    except IntegrityError as exc:
        raise from_integrity_error(exc) from exc


def load_interpreter(store: Store, interpreter_id: int) -> Loaded[InterpreterData]:
    """The interpreter's values and version, read together: the base an edit form saves
    against."""
    with store.session() as s:
        record = _load(s, interpreter_id)
        return Loaded(_data_of(record), _version(record))


def update_interpreter(
    store: Store,
    interpreter_id: int,
    data: InterpreterData,
    *,
    base: Loaded[InterpreterData],
    undoing: bool = False,
) -> InterpreterUpdated:
    """Write new values over those loaded as ``base``; ``previous`` in the result holds the
    old ones (undo). Someone else's change since ``base`` refuses it with
    :class:`~app.core.conflicts.StaleRecord`."""
    try:
        with store.session() as s:
            record = _load(s, interpreter_id)
            clean, warnings = _validate(s, record.mission_id, data, record.participant_id)
            previous = _data_of(record)
            theirs = Loaded(previous, _version(record))
            refused = stale_refusal(s, record, base, theirs, clean, undoing)
            if refused is not None:
                raise refused
            _apply(record, record.participant, clean)
            bump_version(record)
            s.flush()
            saved = Loaded(_data_of(record), _version(record))
            return InterpreterUpdated(
                previous, CHANGED, saved, record.id, record.participant_id, warnings
            )
    except IntegrityError as exc:
        raise from_integrity_error(exc) from exc
    except StaleRecord:
        raise
    except ChangedMeanwhile:
        with store.session() as s:  # written meanwhile: say what changed, as for a form
            record = _load(s, interpreter_id)
            clean, _warnings = _validate(s, record.mission_id, data, record.participant_id)
            theirs = Loaded(_data_of(record), _version(record))
            refused = stale_refusal(s, record, base, theirs, clean, undoing)
        if refused is None:
            raise
        raise refused from None


def _version(record: Interpreter) -> int:
    """One version for what the form edits (two rows, each only ever counting up)."""
    return record.row_version + record.participant.row_version


def delete_interpreter(store: Store, interpreter_id: int) -> Deleted:
    """Remove the interpreter: the person, their languages, breaks and sessions; meetings
    they were assigned to keep their place without an interpreter. A delegate who also
    interprets (of an organisation, or not badged as interpreter) stays a participant: only
    the interpreting goes."""
    with store.session() as s:
        person = _load(s, interpreter_id).participant
        participant_id = person.id
        role_only = (
            person.organisation_id is not None
            or person.badge_category is not BadgeCategory.INTERPRETER
        )
    if role_only:
        return delete_record(store, Interpreter.__table__, interpreter_id, CHANGED)  # type: ignore[arg-type]
    return delete_record(store, Participant.__table__, participant_id, CHANGED)  # type: ignore[arg-type]


def restore_interpreter(store: Store, snapshot: Snapshot) -> Changes:
    """Put a removed interpreter back, with the same ids (undo)."""
    return restore_record(store, snapshot, CHANGED)


# --- inside a session ------------------------------------------------------------------------


def _load(s: Session, interpreter_id: int) -> Interpreter:
    record = s.get(
        Interpreter,
        interpreter_id,
        options=[
            selectinload(Interpreter.session_links),
            selectinload(Interpreter.participant).selectinload(Participant.language_links),
        ],
    )
    if record is None:
        raise gone(core_msg.INTERPRETER, interpreter_id)
    return record


def _data_of(record: Interpreter) -> InterpreterData:
    p = record.participant
    return InterpreterData(
        family_name=p.family_name,
        given_name=p.given_name,
        family_name_kanji=p.family_name_kanji,
        given_name_kanji=p.given_name_kanji,
        family_name_kana=p.family_name_kana,
        given_name_kana=p.given_name_kana,
        name_order=p.name_order,
        languages=tuple(p.languages),
        session_ids=tuple(sorted(link.session_id for link in record.session_links)),
        email=p.email,
        phone=p.phone,
        document_language=p.document_language,
        notes=record.notes,
    )


def _apply(record: Interpreter, person: Participant, data: InterpreterData) -> None:
    for name in (
        "family_name",
        "given_name",
        "family_name_kanji",
        "given_name_kanji",
        "family_name_kana",
        "given_name_kana",
        "name_order",
        "email",
        "phone",
        "document_language",
    ):
        setattr(person, name, getattr(data, name))
    if tuple(person.languages) != data.languages:
        person.languages = list(data.languages)
    record.notes = data.notes
    if {link.session_id for link in record.session_links} != set(data.session_ids):
        record.session_links = [InterpreterSession(session_id=sid) for sid in data.session_ids]


def _validate(
    s: Session, mission_id: int, data: InterpreterData, participant_id: int | None
) -> tuple[InterpreterData, tuple[Message, ...]]:
    """Cleaned values and the warnings, or :class:`FieldsRefused` naming every problem."""
    problems = Problems(LABELS)
    errors = Collector()
    clean = InterpreterData(
        family_name=required_latin(errors, "family_name", data.family_name, 100),
        given_name=optional_latin(errors, "given_name", data.given_name, 100),
        family_name_kanji=optional_text(errors, "family_name_kanji", data.family_name_kanji, 100),
        given_name_kanji=optional_text(errors, "given_name_kanji", data.given_name_kanji, 100),
        family_name_kana=optional_kana(errors, "family_name_kana", data.family_name_kana, 100),
        given_name_kana=optional_kana(errors, "given_name_kana", data.given_name_kana, 100),
        name_order=NameOrder(data.name_order),
        languages=clean_languages(errors, "languages", data.languages),
        session_ids=tuple(dict.fromkeys(data.session_ids)),
        email=clean_email(errors, "email", data.email),
        phone=clean_phone(errors, "phone", data.phone),
        document_language=DocumentLanguage(data.document_language),
        notes=clean_text(data.notes, multiline=True),
    )
    if errors.errors:
        problems.add_validation(ValidationError(errors.errors))
    if (
        clean.email
        and not errors.has("email")
        and email_taken(s, mission_id, clean.email, participant_id)
    ):
        problems.add("email", PROBLEMS["email_taken"]())
    warnings: list[Message] = []
    if not errors.has("languages"):
        warnings = _check_languages(s, mission_id, clean.languages, problems)
    known = set(s.scalars(select(B2BSession.id).where(B2BSession.mission_id == mission_id)))
    for sid in clean.session_ids:
        if sid not in known:
            problems.add("session_ids", msg.UNKNOWN_SESSION(session=sid))
    problems.raise_if_any()
    return clean, tuple(warnings)


def _check_languages(
    s: Session, mission_id: int, languages: tuple[str, ...], problems: Problems
) -> list[Message]:
    """Refuse (in ``problems``) what can never interpret; the warnings for what is odd."""
    if len(languages) < 2:
        problems.add("languages", msg.INTERPRETER_ONE_LANGUAGE())
        return []
    by_side = delegates_languages(s, mission_id)
    spoken = set().union(*by_side.values()) if by_side else set()
    if not spoken:
        return [msg.INTERPRETER_NOBODY_YET()]
    mine = set(languages)
    if not mine & spoken:
        problems.add(
            "languages",
            msg.INTERPRETER_NO_COMMON_LANGUAGE(
                languages=", ".join(languages), spoken=", ".join(sorted(spoken))
            ),
        )
        return []
    warnings = []
    for side, wording in ((Side.TURIN, msg.SIDE_TURIN), (Side.NAGOYA, msg.SIDE_NAGOYA)):
        theirs = by_side.get(side, set())
        if theirs and not mine & theirs:
            warnings.append(
                msg.INTERPRETER_ONE_SIDE(side=wording(), languages=", ".join(languages))
            )
    return warnings


def delegates_languages(s: Session, mission_id: int) -> dict[Side | None, set[str]]:
    """The languages spoken by the people of the mission's organisations, by side."""
    out: dict[Side | None, set[str]] = {}
    people: Iterable[Participant] = s.scalars(
        select(Participant)
        .where(Participant.mission_id == mission_id, Participant.organisation_id.is_not(None))
        .options(
            selectinload(Participant.language_links),
            selectinload(Participant.delegation),
            selectinload(Participant.organisation).selectinload(Organisation.delegation),
        )
    )
    for p in people:
        if p.languages:
            out.setdefault(p.side, set()).update(p.languages)
    return out
