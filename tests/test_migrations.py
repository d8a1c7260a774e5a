"""Schema versions: saved databases of older schemas upgrade, with a verified backup first."""

from __future__ import annotations

import shutil
import stat
import warnings
from pathlib import Path

import alembic.command
import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.exc import IntegrityError

from app.common.paths import Paths
from app.model import Base, InterpreterNeed, MeetingRequest, Participant
from app.store import MigrationFailed, Store, migrate, open_store
from app.store.backup import KEEP_NEWEST, backup_sqlite, list_backups
from app.store.sqlite_file import foreign_keys_off
from tests.sqlite_support import sqlite_dump

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def saved_0001(tmp_path: Path) -> Path:
    """A copy of the frozen database saved by Ponte at schema 0001."""
    target = tmp_path / "saved-0001.sqlite"
    shutil.copyfile(FIXTURES / "ponte-0001.sqlite", target)
    return target


def test_saved_first_schema_upgrades_to_head(saved_0001: Path, paths: Paths) -> None:
    """The 0001 file opens at the newest schema with every row it had."""
    with open_store(saved_0001, paths=paths) as store, store.session() as s:
        assert migrate.current_revision(s.connection()) == migrate.head_revision()
        tanaka = s.scalars(select(Participant).where(Participant.family_name == "Tanaka")).one()
        assert tanaka.kanji_name() == "田中 博"
        assert tanaka.languages == ["ja"]
        requests = s.scalars(select(MeetingRequest).order_by(MeetingRequest.priority)).all()
        assert [r.priority for r in requests] == [4, 5]
        assert {r.interpreter_need for r in requests} == {InterpreterNeed.AUTO}
        assert not any(r.mandatory for r in requests)


def test_upgrade_is_preceded_by_a_verified_private_backup(saved_0001: Path, paths: Paths) -> None:
    """The backup holds the file exactly as it was before the upgrade."""
    before = sqlite_dump(saved_0001)
    with open_store(saved_0001, paths=paths) as store:
        backup = store.backup
    assert backup is not None and backup.parent == paths.backups_dir
    assert "0001" in backup.name
    assert sqlite_dump(backup) == before
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600


def test_failed_upgrade_puts_the_file_back(
    saved_0001: Path, paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An upgrade that breaks half-way leaves the file as it was, and says so."""
    before = sqlite_dump(saved_0001)
    real_upgrade = migrate.upgrade

    def upgrade_then_fail(connection: object, target: str = "head") -> None:
        real_upgrade(connection, target)  # type: ignore[arg-type]
        raise RuntimeError("disk full")

    monkeypatch.setattr(migrate, "upgrade", upgrade_then_fail)
    with pytest.raises(MigrationFailed, match="nothing was changed"):
        open_store(saved_0001, paths=paths)
    assert sqlite_dump(saved_0001) == before


def test_backups_are_rotated(saved_0001: Path, tmp_path: Path) -> None:
    """Only the newest copies of one database are kept (made on one day: the newest few)."""
    folder = tmp_path / "backups"
    for i in range(KEEP_NEWEST + 7):
        backup_sqlite(saved_0001, folder, label=f"n{i:02d}")
    kept = list_backups(saved_0001, folder)
    assert [b.label for b in kept] == [f"n{i:02d}" for i in range(KEEP_NEWEST + 6, 6, -1)]
    assert len(list(folder.glob("*.sqlite"))) == KEEP_NEWEST
    assert len(list(folder.glob("*.json"))) == KEEP_NEWEST


def test_models_match_the_migrations(store: Store) -> None:
    """What the migrations build is what the model declares (nothing forgotten in a revision)."""
    with store.engine.connect() as conn, warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*expression-based index.*")
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_downgrade_to_nothing_and_back(store: Store) -> None:
    """Every revision can be undone and redone (so a bad release can be rolled back)."""
    # foreign keys off: a rebuild of a table must not cascade into the rows pointing at it
    with store.engine.connect() as conn, foreign_keys_off(conn):
        with conn.begin():
            alembic.command.downgrade(migrate.alembic_config(conn), "base")
        with conn.begin():
            assert migrate.current_revision(conn) is None
            migrate.upgrade(conn)
            assert migrate.current_revision(conn) == migrate.head_revision()


@pytest.mark.postgres
def test_postgres_upgrades_from_the_first_schema(pg_url: str, paths: Paths) -> None:
    """A server database left at schema 0001 is upgraded in place, rows kept."""
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        migrate.upgrade(conn, "0001")
        conn.execute(
            text(
                "INSERT INTO mission (name, host_city, timezone, start_date, end_date, "
                "organiser, created_at) VALUES ('Nagoya → Torino', 'Torino', 'Europe/Rome', "
                "'2028-03-24', '2028-03-27', 'CCIAA', now())"
            )
        )
        conn.execute(
            text(
                "INSERT INTO organisation (mission_id, name, city, profile, parallel_meetings) "
                "SELECT id, n, '', '', 1 FROM mission, (VALUES ('A'), ('B')) AS v(n)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO meeting_request (mission_id, requester_id, requested_id, "
                "priority, no_thanks, note, created_at) "
                "SELECT a.mission_id, a.id, b.id, 3, false, '', now() "
                "FROM organisation a, organisation b WHERE a.name = 'A' AND b.name = 'B'"
            )
        )
    engine.dispose()
    with open_store(pg_url, paths=paths) as store, store.session() as s:
        assert migrate.current_revision(s.connection()) == migrate.head_revision()
        request = s.scalars(select(MeetingRequest)).one()
        assert request.interpreter_need is InterpreterNeed.AUTO


def test_upgraded_file_still_refuses_duplicate_emails(saved_0001: Path, paths: Paths) -> None:
    """Rebuilding participant on SQLite drops expression indexes; the upgrade puts it back."""
    store = open_store(saved_0001, paths=paths)
    with pytest.raises(IntegrityError), store.session() as s:
        tanaka = s.scalars(select(Participant).where(Participant.family_name == "Tanaka")).one()
        s.add(
            Participant(
                mission_id=tanaka.mission_id,
                family_name="X",
                email="TANAKA@chubu-seimitsu.example",
            )
        )
    store.close()


def test_ids_are_never_reused(store: Store) -> None:
    """Deleting the newest organisation, participant or programme item never hands its id
    to the next one (their ids build calendar UIDs); SQLite and PostgreSQL alike."""
    from datetime import UTC, datetime, timedelta

    from app.model import AgendaItem, AgendaKind, Organisation
    from tests import factories

    with store.session() as s:
        m = factories.mission(s)
        org = factories.organisation(s, m)
        person = factories.participant(s, m)
        start = datetime(2027, 10, 12, 1, tzinfo=UTC)
        item = AgendaItem(
            mission=m,
            kind=AgendaKind.COMPANY_VISIT,
            title="Visit",
            start_utc=start,
            end_utc=start + timedelta(hours=1),
            timezone="Asia/Tokyo",
        )
        s.add(item)
        s.flush()
        mission_id, old = m.id, (org.id, person.id, item.id)
    with store.session() as s:
        s.delete(s.get(Organisation, old[0]))
        s.delete(s.get(Participant, old[1]))
        s.delete(s.get(AgendaItem, old[2]))
    with store.session() as s:
        m2 = s.get(factories.Mission, mission_id)
        assert m2 is not None
        org = factories.organisation(s, m2)
        person = factories.participant(s, m2)
        item = AgendaItem(
            mission=m2,
            kind=AgendaKind.DINNER,
            title="Dinner",
            start_utc=start,
            end_utc=start + timedelta(hours=2),
            timezone="Asia/Tokyo",
        )
        s.add(item)
        s.flush()
        new = (org.id, person.id, item.id)
    assert all(n > o for n, o in zip(new, old, strict=True)), (old, new)


def test_a_deleted_missions_id_goes_to_no_other(store: Store) -> None:
    """A mission's id keys its lock and its badges' check-in codes: deleting the newest
    mission never hands its id to the next one (0011); SQLite and PostgreSQL alike."""
    from tests import factories

    with store.session() as s:
        factories.mission(s)
        newest = factories.mission(s)
        s.flush()
        old = newest.id
    with store.session() as s:
        s.delete(s.get(factories.Mission, old))
    with store.session() as s:
        again = factories.mission(s)
        s.flush()
        assert again.id > old


def test_every_table_keyed_by_an_id_has_autoincrement(store: Store) -> None:
    """0005 and 0011 together: no SQLite table keyed by one integer id can reuse an id (the
    audit log names records by table and id)."""
    if store.engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL sequences never reuse an id")
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name <> 'alembic_version'"
        ).fetchall()
        keyed = [
            (name, sql)
            for name, sql in rows
            if [r[1] for r in conn.exec_driver_sql(f'PRAGMA table_info("{name}")') if r[5]]
            == ["id"]
        ]
    assert len(keyed) >= 15
    assert [name for name, sql in keyed if "AUTOINCREMENT" not in sql] == []


def test_upgraded_file_never_reuses_ids(saved_0001: Path, paths: Paths) -> None:
    """The 0005 rebuild gives the saved file's tables AUTOINCREMENT, keeping every row."""
    before = sqlite_dump(saved_0001)
    with open_store(saved_0001, paths=paths) as store, store.session() as s:
        for table in ("organisation", "participant", "agenda_item"):
            sql = s.execute(
                text("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = :t"),
                {"t": table},
            ).scalar_one()
            assert "AUTOINCREMENT" in sql, table
        count = s.scalar(select(func.count()).select_from(Participant))
    assert count == sum(1 for line in before if line.startswith('INSERT INTO "participant"'))
