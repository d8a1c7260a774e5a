"""The audit log: every commit writes who changed which record and which fields (names, never
values), one entry per record per commit, a "rows:N" summary for a statement that writes many
rows; the who is the coordinator from settings or ``ponte --as``; the history reads it back
worded in three languages. On both backends."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import func, insert, select, update

from app.cli import build_cli
from app.common.paths import Paths
from app.common.settings import load_settings, save_settings
from app.model import Mission, Participant
from app.model.audit import AuditEntry
from app.services.audit import mission_history
from app.services.database import open_database
from app.store import Store
from tests.demo_support import LoadDemo


def entries(store: Store, after: int = 0) -> list[AuditEntry]:
    with store.session() as s:
        return list(
            s.scalars(select(AuditEntry).where(AuditEntry.id > after).order_by(AuditEntry.id))
        )


def last_id(store: Store) -> int:
    found = entries(store)
    return found[-1].id if found else 0


def a_participant(store: Store, mission_id: int = 1) -> int:
    with store.session() as s:
        pid = s.scalar(
            select(Participant.id)
            .where(Participant.mission_id == mission_id)
            .order_by(Participant.id)
            .limit(1)
        )
    assert pid is not None
    return pid


@pytest.fixture
def demo(store: Store, load_demo: LoadDemo) -> Store:
    load_demo(store)
    store.actor = "Mario Rossi"
    return store


def test_an_update_names_the_fields_never_their_values(demo: Store) -> None:
    pid, start = a_participant(demo), last_id(demo)
    with demo.session() as s:
        p = s.get(Participant, pid)
        assert p is not None
        p.email, p.phone = "secret.address@example.com", "+39 011 999 0000"
    [entry] = entries(demo, start)
    assert (entry.table_name, entry.record_id, entry.action) == ("participant", pid, "update")
    assert json.loads(entry.fields) == ["email", "phone"]
    assert entry.who == "Mario Rossi" and entry.mission_id == 1
    assert entry.at.tzinfo is not None and entry.at.utcoffset().total_seconds() == 0  # type: ignore[union-attr]
    said = " ".join(str(v) for v in vars(entry).values())
    # the whole number: its digits alone may appear in the time's microseconds
    assert "secret.address" not in said and "011 999 0000" not in said


def test_insert_and_delete_are_one_entry_each_with_their_mission(demo: Store) -> None:
    start = last_id(demo)
    with demo.session() as s:
        organisation_id = s.get(Participant, a_participant(demo)).organisation_id  # type: ignore[union-attr]
        new = Participant(mission_id=1, organisation_id=organisation_id, family_name="Neri")
        new.languages = ["it", "en"]
        s.add(new)
    with demo.session() as s:
        s.delete(s.get(Participant, new.id))
    found = [(e.table_name, e.record_id, e.action, e.mission_id) for e in entries(demo, start)]
    # the languages are the participant's, not entries of their own
    assert found == [("participant", new.id, "insert", 1), ("participant", new.id, "delete", 1)]


def test_one_entry_per_record_per_commit(demo: Store) -> None:
    pid, start = a_participant(demo), last_id(demo)
    with demo.session() as s:
        p = s.get(Participant, pid)
        assert p is not None
        p.notes = "first"
        s.flush()
        p.title = "CEO"
        p.languages = ["ja"]
        s.flush()
        p.notes = "second"
        gone = Participant(mission_id=1, organisation_id=p.organisation_id, family_name="Tmp")
        s.add(gone)
        s.flush()
        s.delete(gone)  # inserted and deleted in one commit: no one else ever saw it
    [entry] = entries(demo, start)
    assert entry.record_id == pid
    assert json.loads(entry.fields) == ["notes", "title", "languages"]


def test_a_rolled_back_change_leaves_no_entry(demo: Store) -> None:
    pid, start = a_participant(demo), last_id(demo)
    with pytest.raises(RuntimeError), demo.session() as s:
        s.get(Participant, pid).notes = "never"  # type: ignore[union-attr]
        s.flush()
        raise RuntimeError("the coordinator cancelled")
    assert entries(demo, start) == []


def test_a_statement_of_many_rows_is_one_summary(demo: Store) -> None:
    start = last_id(demo)
    organisation_id = 1
    with demo.session() as s:
        s.execute(
            insert(Participant),
            [
                {"mission_id": 2, "organisation_id": organisation_id, "family_name": f"N{i}"}
                for i in range(300)
            ],
        )
    with demo.session() as s:
        s.execute(update(Participant).where(Participant.mission_id == 2).values(notes="x"))
    created, changed = entries(demo, start)
    assert (created.table_name, created.record_id, created.action) == (
        "participant",
        None,
        "insert",
    )
    assert json.loads(created.fields) == ["rows:300"] and created.mission_id == 2
    assert changed.action == "update" and changed.fields.startswith('["rows:')
    assert json.loads(changed.fields)[1:] == ["notes"]
    history = mission_history(demo, 2, limit=2)
    assert history.lines[1].said.text("en") == "Mario Rossi created 300 participants"
    assert history.lines[1].said.text("ja") == "Mario Rossiが参加者を 300 件作成しました"


def test_history_is_worded_newest_first_and_paged(demo: Store) -> None:
    pid = a_participant(demo)
    with demo.session() as s:
        p = s.get(Participant, pid)
        assert p is not None
        name = p.latin_name()
        p.email, p.phone = "a@example.com", "1"
    demo.actor = "Keiko Tanaka"
    with demo.session() as s:
        other = s.scalar(select(Participant.id).where(Participant.id > pid).limit(1))
        s.delete(s.get(Participant, other))
    page = mission_history(demo, 1, limit=2)
    assert page.total > 2 and page.has_more
    deleted, changed = page.lines
    assert changed.said.text("en") == f"Mario Rossi changed e-mail, phone of participant {name}"
    # the record is gone: named by its number only, the log never held the name
    assert deleted.said.text("en") == f"Keiko Tanaka deleted participant no. {other}"
    assert deleted.said.text("it") == f"Keiko Tanaka ha eliminato il partecipante n. {other}"
    assert deleted.said.text("ja") == f"Keiko Tanakaが参加者「番号 {other}」を削除しました"
    older = mission_history(demo, 1, limit=2, offset=2)
    assert older.lines[0].id < changed.id


def test_the_actor_comes_from_settings_and_from_as(
    tmp_path: Path, paths: Paths, copy_demo: object
) -> None:
    db = tmp_path / "m.sqlite"
    copy_demo(db)  # type: ignore[operator]
    settings = load_settings(paths)
    settings.coordinator_name = "Giulia Bianchi"
    save_settings(paths, settings)
    with open_database(db, paths=paths, create=False) as store:
        assert store.actor == "Giulia Bianchi"
    runner = CliRunner()
    args = ["--as", "Kenji Sato", "mission", "edit", "--db", str(db), "--mission", "1"]
    result = runner.invoke(build_cli(), [*args, "--organiser", "CCIAA"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    with open_database(db, paths=paths, create=False) as store:
        newest = entries(store)[-1]
    assert (newest.who, newest.table_name, newest.action) == ("Kenji Sato", "mission", "update")
    shown = runner.invoke(
        build_cli(), ["history", "--db", str(db), "--mission", "1", "--limit", "1"]
    )
    assert "Kenji Sato changed organiser of mission" in shown.output
    assert "Europe/Rome" in shown.output or "Asia/Tokyo" in shown.output


def test_deleting_a_mission_is_logged_without_naming_the_gone_mission(demo: Store) -> None:
    """The mission's own entries go with it (ON DELETE CASCADE); the entry of its deletion
    names no mission, so the commit cannot fail on the log."""
    with demo.session() as s:
        s.get(Participant, a_participant(demo, 2))  # the session holds a record of it
        s.delete(s.get(Mission, 2))
    found = [(e.table_name, e.record_id, e.action, e.mission_id, e.who) for e in entries(demo)]
    assert ("mission", 2, "delete", None, "Mario Rossi") in found
    with demo.session() as s:
        assert s.scalar(select(func.count()).where(AuditEntry.mission_id == 2)) == 0


def test_every_table_is_named_in_the_history_and_finds_its_mission() -> None:
    """A table added by a migration is worded in the history (one and many) and its rows
    name their mission: a mission_id of their own, or a parent that has one (else its
    entries reach no mission's history and no other desk hears of them)."""
    from app.model import Base
    from app.services.audit_messages import KINDS, MANY_KINDS
    from app.store.audit_rows import PARENTS

    kept_apart = {"audit_entry", "offline_origin"}  # not records a coordinator edits
    tables = {name: table for name, table in Base.metadata.tables.items()}
    orphans = [
        name
        for name, table in tables.items()
        if name not in kept_apart | {"mission"}
        and name not in PARENTS
        and "mission_id" not in table.c
    ]
    assert orphans == [], "no mission_id and no parent in PARENTS"
    assert set(PARENTS) <= set(tables), sorted(set(PARENTS) - set(tables))
    records = {n for n, t in tables.items() if "id" in t.c} - kept_apart
    assert records <= set(KINDS), sorted(records - set(KINDS))
    assert records <= set(MANY_KINDS), sorted(records - set(MANY_KINDS))
