"""What changed for each participant between two snapshots, and its English wording."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from app.common.timezones import format_local
from app.core.names import Names
from app.core.publications.snapshot import (
    ItemEntry,
    MeetingEntry,
    Snapshot,
    fingerprint,
)

# --- comparing -------------------------------------------------------------------------------


class ChangeKind(StrEnum):
    """What changed for one participant; the UI and e-mails word it from this."""

    MEETING_NEW = "meeting_new"  # before: None (or the cancelled entry), after: the meeting
    MEETING_CANCELLED = "meeting_cancelled"  # before: the meeting, after: the tombstone or None
    MEETING_MOVED = "meeting_moved"  # time, session or table changed
    MEETING_INTERPRETER = "meeting_interpreter"  # the interpreter changed (for the delegates)
    ITEM_ADDED = "item_added"
    ITEM_REMOVED = "item_removed"
    # ``fields``: "time", "venue", "title", "description", "kind"; a title or description is
    # compared as the reader reads it (their language's, else English): a translation
    # changed is a change for its readers only
    ITEM_CHANGED = "item_changed"


@dataclass(frozen=True)
class Change:
    """One change in one participant's schedule, with both states for wording it."""

    kind: ChangeKind
    key: str
    before: MeetingEntry | ItemEntry | None
    after: MeetingEntry | ItemEntry | None
    fields: tuple[str, ...] = ()

    def describe(self, organisation_id: int | None = None) -> str:
        """One English line; ``organisation_id`` is the reader's, to name the counterpart."""
        return _describe(self, organisation_id)


@dataclass(frozen=True)
class ParticipantDiff:
    participant_id: int
    name: str  # Latin script, the person's own order
    organisation_id: int | None
    language: str  # their document language: it | ja | en
    changes: tuple[Change, ...]

    @property
    def summary(self) -> str:
        """The changes in English, one line each."""
        return "\n".join(c.describe(self.organisation_id) for c in self.changes)


@dataclass(frozen=True)
class MissionDiff:
    """The mission now against its last publication.

    ``base`` is the last version's number, or None when nothing was published yet: then every
    meeting is ``MEETING_NEW`` and every item ``ITEM_ADDED`` for each of its people.
    ``changed_keys`` are the entries that would get a higher SEQUENCE if published now (they
    include changes no participant is told about, such as a renamed organisation).
    """

    mission_id: int
    base: int | None
    participants: tuple[ParticipantDiff, ...]  # only those with changes, by name
    changed_keys: frozenset[str] = field(default_factory=frozenset)

    @property
    def is_empty(self) -> bool:
        return not self.participants and not self.changed_keys

    def for_participant(self, participant_id: int) -> ParticipantDiff | None:
        return next((p for p in self.participants if p.participant_id == participant_id), None)


def _meeting_changes(old: MeetingEntry | None, new: MeetingEntry | None) -> dict[int, list[Change]]:
    """Per person, what this meeting's change means to them."""
    key = (old or new).key  # type: ignore[union-attr]
    before = old.people if old is not None and old.active else frozenset()
    after = new.people if new is not None and new.active else frozenset()
    out: dict[int, list[Change]] = defaultdict(list)
    for p in after - before:
        out[p].append(Change(ChangeKind.MEETING_NEW, key, old, new))
    for p in before - after:
        out[p].append(Change(ChangeKind.MEETING_CANCELLED, key, old, new))
    if old is None or new is None:
        return out
    moved = old.place() != new.place()
    interp_changed = old.interpreter_participant != new.interpreter_participant
    for p in before & after:
        if moved:
            fields = tuple(
                f
                for f, changed in (
                    ("time", (old.start_utc, old.end_utc) != (new.start_utc, new.end_utc)),
                    ("session", old.session.id != new.session.id),
                    ("table", old.table.name != new.table.name),
                )
                if changed
            )
            out[p].append(Change(ChangeKind.MEETING_MOVED, key, old, new, fields))
        if interp_changed and p != new.interpreter_participant:
            out[p].append(Change(ChangeKind.MEETING_INTERPRETER, key, old, new))
    return out


def _item_fields(old: ItemEntry, new: ItemEntry, lang: str | None) -> tuple[str, ...]:
    """What changed of an item for a reader of ``lang``: its title and description as that
    reader reads them (their language's, else the English one), so that a corrected Italian
    title is a change for Italian readers only (None: for any reader)."""

    def differs(a: Names, b: Names) -> bool:
        return a != b if lang is None else a.in_(lang) != b.in_(lang)

    checks = (
        (
            "time",
            (old.start_utc, old.end_utc, old.timezone)
            != (new.start_utc, new.end_utc, new.timezone),
        ),
        ("venue", (old.venue.id if old.venue else None) != (new.venue.id if new.venue else None)),
        ("title", differs(old.titles, new.titles)),
        ("description", differs(old.descriptions, new.descriptions)),
        ("kind", old.kind != new.kind),
    )
    return tuple(name for name, changed in checks if changed)


def _item_changes(
    old: ItemEntry | None, new: ItemEntry | None, language: Callable[[int], str | None]
) -> dict[int, list[Change]]:
    key = (old or new).key  # type: ignore[union-attr]
    before = old.attendees if old is not None and old.active else frozenset()
    after = new.attendees if new is not None and new.active else frozenset()
    out: dict[int, list[Change]] = defaultdict(list)
    for p in after - before:
        out[p].append(Change(ChangeKind.ITEM_ADDED, key, old, new))
    for p in before - after:
        out[p].append(Change(ChangeKind.ITEM_REMOVED, key, old, new))
    if old is not None and new is not None:
        for p in before & after:
            fields = _item_fields(old, new, language(p))
            if fields:
                out[p].append(Change(ChangeKind.ITEM_CHANGED, key, old, new, fields))
    return out


@dataclass(frozen=True)
class Person:
    """A participant as a :class:`ParticipantDiff` names them."""

    id: int
    name: str
    organisation_id: int | None
    language: str


def compare(
    mission_id: int, last: Snapshot | None, now: Snapshot, people: Mapping[int, Person]
) -> MissionDiff:
    """``now`` against ``last``, per person of ``people`` (those no longer in it are left out)."""
    before = last.entries() if last is not None else {}
    after = now.entries()

    def language(pid: int) -> str | None:
        person = people.get(pid)
        return person.language if person is not None else None

    per_person: dict[int, list[Change]] = defaultdict(list)
    changed: set[str] = set()
    for key in sorted(before.keys() | after.keys()):
        old, new = before.get(key), after.get(key)
        if old is not None and new is not None and fingerprint(old) == fingerprint(new):
            continue
        changed.add(key)
        if isinstance(old or new, MeetingEntry):
            found = _meeting_changes(old, new)  # type: ignore[arg-type]
        else:
            found = _item_changes(old, new, language)  # type: ignore[arg-type]
        for p, changes in found.items():
            per_person[p].extend(changes)
    out = []
    for pid, changes in per_person.items():
        person = people.get(pid)
        if person is None:
            continue
        changes.sort(key=_change_order)
        out.append(
            ParticipantDiff(
                pid, person.name, person.organisation_id, person.language, tuple(changes)
            )
        )
    out.sort(key=lambda d: (d.name.casefold(), d.participant_id))
    return MissionDiff(mission_id, last.number if last else None, tuple(out), frozenset(changed))


def _change_order(c: Change) -> tuple[datetime, str, str]:
    entry = c.after or c.before
    assert entry is not None
    return (entry.start_utc, c.key, c.kind.value)


# --- wording (English; the UI words ``Change`` in it/ja/en itself) --------------------------


def _with(m: MeetingEntry, organisation_id: int | None) -> str:
    a, b = m.organisations
    if organisation_id == a.id:
        return f"the meeting with {b.name}"
    if organisation_id == b.id:
        return f"the meeting with {a.name}"
    return f"the meeting {a.name} ↔ {b.name}"


def _where(m: MeetingEntry) -> str:
    return f"{format_local(m.start_utc, m.timezone)}, table {m.table.name}"


def _when(i: ItemEntry) -> str:
    venue = f", {i.venue.name}" if i.venue else ""
    return f"{format_local(i.start_utc, i.timezone)}{venue}"


def _describe(c: Change, organisation_id: int | None) -> str:
    if isinstance(c.after or c.before, MeetingEntry):
        old, new = c.before, c.after
        assert isinstance(old, MeetingEntry | None) and isinstance(new, MeetingEntry | None)
        if c.kind is ChangeKind.MEETING_NEW:
            assert new is not None
            return f"New: {_with(new, organisation_id)}, {_where(new)}."
        assert old is not None
        if c.kind is ChangeKind.MEETING_CANCELLED:
            return f"Cancelled: {_with(old, organisation_id)} ({_where(old)})."
        assert new is not None
        if c.kind is ChangeKind.MEETING_MOVED:
            return f"Moved: {_with(new, organisation_id)}, from {_where(old)} to {_where(new)}."
        was = old.interpreter.name if old.interpreter else "none"
        now = new.interpreter.name if new.interpreter else "none"
        return (
            f"Interpreter changed for {_with(new, organisation_id)} ({_where(new)}): {was} → {now}."
        )
    iold, inew = c.before, c.after
    assert isinstance(iold, ItemEntry | None) and isinstance(inew, ItemEntry | None)
    if c.kind is ChangeKind.ITEM_ADDED:
        assert inew is not None
        return f"New in your programme: {inew.title}, {_when(inew)}."
    assert iold is not None
    if c.kind is ChangeKind.ITEM_REMOVED:
        return f"Removed from your programme: {iold.title} ({_when(iold)})."
    assert inew is not None
    return f"Changed ({', '.join(c.fields)}): {inew.title}, was {_when(iold)}, now {_when(inew)}."
