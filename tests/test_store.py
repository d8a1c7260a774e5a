"""Opening databases: what is ours opens, what is not is refused and left untouched."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from app.common.paths import Paths
from app.model import Mission
from app.store import (
    BUSY_TIMEOUT_S,
    DatabaseBusy,
    DatabaseUnavailable,
    NewerDatabase,
    NotAPonteDatabase,
    Store,
    open_store,
    parse_location,
)
from app.store import messages as store_msg
from app.store.database import PONTE_APPLICATION_ID


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _siblings(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


def test_new_file_is_private_wal_with_foreign_keys(sqlite_path: Path, paths: Paths) -> None:
    """A new database file is readable by its owner only, in WAL mode, with foreign keys on."""
    with open_store(sqlite_path, paths=paths) as store, store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA application_id").scalar() == PONTE_APPLICATION_ID
    assert stat.S_IMODE(os.stat(sqlite_path).st_mode) == 0o600


def test_new_file_gets_parent_folders(tmp_path: Path, paths: Paths) -> None:
    """The user data folder is created on first use."""
    target = tmp_path / "deep" / "er" / "ponte.sqlite"
    open_store(target, paths=paths).close()
    assert target.exists()


def test_reopening_an_unchanged_database_makes_no_backup(sqlite_path: Path, paths: Paths) -> None:
    """A new file needs no backup; a file is backed up on open only when it changed since
    its last backup (and never as an upgrade's copy when it is current)."""
    open_store(sqlite_path, paths=paths).close()
    assert not paths.backups_dir.exists()
    for _ in range(3):
        with open_store(sqlite_path, paths=paths) as store:
            assert store.backup is None
    assert len(list(paths.backups_dir.glob("*.sqlite"))) == 1


def test_empty_file_is_refused_untouched(sqlite_path: Path, paths: Paths) -> None:
    """A zero-byte file (e.g. made by 'touch', or another program's) is not Ponte's to fill
    (issue 16): refused, left at zero bytes."""
    sqlite_path.touch()
    with pytest.raises(NotAPonteDatabase, match="empty file"):
        open_store(sqlite_path, paths=paths)
    assert sqlite_path.stat().st_size == 0


@pytest.mark.parametrize(
    "content",
    [
        b"Name;Cognome\nMario;Rossi\n",
        b"%PDF-1.7\n" + bytes(range(256)) * 8,
        "名古屋".encode() * 100,
    ],
    ids=["csv", "binary", "utf8-text"],
)
def test_file_that_is_not_sqlite_is_refused_untouched(
    sqlite_path: Path, paths: Paths, content: bytes
) -> None:
    """A spreadsheet or a PDF opened by mistake: a clear message, the file byte-identical."""
    sqlite_path.write_bytes(content)
    before, files = _digest(sqlite_path), _siblings(sqlite_path)
    with pytest.raises(NotAPonteDatabase, match="is not a Ponte database"):
        open_store(sqlite_path, paths=paths)
    assert _digest(sqlite_path) == before
    assert _siblings(sqlite_path) == files


def test_sqlite_file_of_another_program_is_refused_untouched(
    sqlite_path: Path, paths: Paths
) -> None:
    """Another application's SQLite database is recognised as not ours and not modified."""
    con = sqlite3.connect(sqlite_path)
    con.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    con.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    con.commit()
    con.close()
    before, files = _digest(sqlite_path), _siblings(sqlite_path)
    with pytest.raises(NotAPonteDatabase, match="another program"):
        open_store(sqlite_path, paths=paths)
    assert _digest(sqlite_path) == before
    assert _siblings(sqlite_path) == files


def test_damaged_sqlite_file_is_refused_untouched(sqlite_path: Path, paths: Paths) -> None:
    """A file with an SQLite header but garbage after it is refused, not 'repaired'."""
    sqlite_path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)
    before = _digest(sqlite_path)
    with pytest.raises(NotAPonteDatabase):
        open_store(sqlite_path, paths=paths)
    assert _digest(sqlite_path) == before


def test_database_from_a_newer_ponte_is_refused_untouched(sqlite_path: Path, paths: Paths) -> None:
    """A schema this Ponte does not know: 'update Ponte', and the file is not changed."""
    open_store(sqlite_path, paths=paths).close()
    con = sqlite3.connect(sqlite_path)
    con.execute("UPDATE alembic_version SET version_num = '0999'")
    con.commit()
    con.close()
    before = _digest(sqlite_path)
    with pytest.raises(NewerDatabase, match="newer version of Ponte"):
        open_store(sqlite_path, paths=paths)
    assert _digest(sqlite_path) == before


def test_missing_file_without_create_is_an_error(sqlite_path: Path, paths: Paths) -> None:
    """'ponte info' on a path that does not exist does not create it."""
    with pytest.raises(DatabaseUnavailable, match="no database"):
        open_store(sqlite_path, paths=paths, create=False)
    assert not sqlite_path.exists()


def test_folder_is_not_a_database(tmp_path: Path, paths: Paths) -> None:
    with pytest.raises(DatabaseUnavailable, match="folder"):
        open_store(tmp_path, paths=paths)


def test_unreadable_file_gives_a_clear_message(sqlite_path: Path, paths: Paths) -> None:
    """A file we may not read is reported as such (skipped when running as root)."""
    if os.geteuid() == 0:
        pytest.skip("root reads every file")
    sqlite_path.write_bytes(b"")
    sqlite_path.chmod(0)
    with pytest.raises(DatabaseUnavailable, match="Cannot read"):
        open_store(sqlite_path, paths=paths)


@pytest.mark.parametrize("url", ["mysql://u@h/db", "sqlite:///:memory:", "://nothing"])
def test_unsupported_urls_are_refused(url: str) -> None:
    with pytest.raises(DatabaseUnavailable):
        parse_location(url)


def test_plain_postgresql_url_uses_psycopg() -> None:
    assert (
        parse_location("postgresql://u:secret@127.0.0.1/p").url.drivername == "postgresql+psycopg"
    )


def test_display_never_shows_a_password() -> None:
    assert "secret" not in parse_location("postgresql+psycopg://u:secret@127.0.0.1/p").display()


def test_unreachable_server_gives_a_clear_message(paths: Paths) -> None:
    """No server listening: DatabaseUnavailable naming the database, not a traceback."""
    with pytest.raises(
        DatabaseUnavailable, match=r"Cannot reach a database server at 127\.0\.0\.1, port 9"
    ):
        open_store("postgresql+psycopg://nobody@127.0.0.1:9/ponte?connect_timeout=2", paths=paths)


@pytest.mark.postgres
def test_postgres_database_of_another_program_is_refused(pg_url: str, paths: Paths) -> None:
    """A PostgreSQL database holding other tables is not taken over."""
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id serial PRIMARY KEY, total numeric)"))
    with pytest.raises(NotAPonteDatabase):
        open_store(pg_url, paths=paths)
    with engine.connect() as conn:
        tables = (
            conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname='public'"))
            .scalars()
            .all()
        )
    engine.dispose()
    assert tables == ["invoices"]


@pytest.mark.postgres
def test_postgres_database_from_a_newer_ponte_is_refused(pg_url: str, paths: Paths) -> None:
    open_store(pg_url, paths=paths).close()
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    engine.dispose()
    with pytest.raises(NewerDatabase):
        open_store(pg_url, paths=paths)


# --- a database another program holds, in the coordinator's language ------------------------


def _add_mission(store: Store) -> None:
    with store.session() as s:
        s.add(
            Mission(
                name="Torino → Nagoya",
                host_city="Nagoya",
                timezone="Asia/Tokyo",
                start_date=date(2027, 10, 4),
                end_date=date(2027, 10, 8),
            )
        )


@contextmanager
def _sqlite_write_lock(path: Path, *, exclusive: bool = False) -> Iterator[None]:
    """Another program writing to ``path``: its write lock held until the block ends
    (``exclusive``: readers kept out too, as SQLite's exclusive locking mode does)."""
    other = sqlite3.connect(path, isolation_level=None)
    try:
        if exclusive:
            other.execute("PRAGMA locking_mode = EXCLUSIVE")
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE alembic_version SET version_num = version_num")
        yield
    finally:
        other.close()


def test_the_busy_timeout_is_fifteen_seconds_by_default() -> None:
    assert BUSY_TIMEOUT_S == 15.0


def test_a_change_while_another_program_writes_is_refused_clearly(
    sqlite_path: Path, paths: Paths
) -> None:
    """Another connection holds SQLite's write lock past the busy timeout: the action gets
    DatabaseBusy naming the file (not "database is locked" from the driver), and nothing
    of it is written; once the lock is gone, the same action goes through."""
    open_store(sqlite_path, paths=paths).close()
    with open_store(sqlite_path, paths=paths, busy_timeout=0.2) as store:
        with _sqlite_write_lock(sqlite_path):
            started = time.monotonic()
            with pytest.raises(DatabaseBusy) as busy:
                _add_mission(store)
            assert time.monotonic() - started < 5  # the store's timeout, not SQLite's default
        assert str(busy.value) == (
            f"Another program is writing to {sqlite_path}; try again in a moment."
        )
        with store.session() as s:
            assert s.scalars(text("SELECT count(*) FROM mission")).one() == 0
        _add_mission(store)
        with store.session() as s:
            assert s.scalars(text("SELECT count(*) FROM mission")).one() == 1


def test_a_database_held_exclusively_is_busy_not_foreign(sqlite_path: Path, paths: Paths) -> None:
    """A Ponte file another program holds even against readers is busy, not 'not a Ponte
    database' (which would tell the coordinator the wrong thing)."""
    open_store(sqlite_path, paths=paths).close()
    with _sqlite_write_lock(sqlite_path, exclusive=True), pytest.raises(DatabaseBusy):
        open_store(sqlite_path, paths=paths, busy_timeout=0.2)


def test_a_store_error_reads_in_japanese_and_italian(tmp_path: Path, paths: Paths) -> None:
    """The window words a store's refusal in its own language; the CLI in English."""
    target = tmp_path / "iscritti.xlsx"
    target.write_bytes(b"PK\x03\x04 not a database")
    with pytest.raises(NotAPonteDatabase) as refused:
        open_store(target, paths=paths)
    error = refused.value
    assert str(error) == (
        f"{target} is not a Ponte database (it is not an SQLite file). It was left untouched."
    )
    assert error.text("ja") == (
        f"{target} は Ponte のデータベースではありません（SQLite ファイルではありません）。"
        "ファイルは変更していません。"
    )
    assert error.text("it") == (
        f"{target} non è un database di Ponte (non è un file SQLite). Non è stato modificato."
    )
    busy = DatabaseBusy(store_msg.BUSY(database=target))
    assert busy.text("ja").startswith(f"別のプログラムが {target} に書き込み中です")
    assert busy.text("it").startswith(f"Un altro programma sta scrivendo in {target}")


@pytest.mark.postgres
def test_a_postgres_change_waiting_for_a_lock_is_refused_clearly(pg_url: str, paths: Paths) -> None:
    """Another session holds a lock on the table past the store's lock timeout: DatabaseBusy,
    where PostgreSQL would otherwise wait for ever."""
    open_store(pg_url, paths=paths).close()
    other = create_engine(pg_url)
    try:
        with open_store(pg_url, paths=paths, busy_timeout=0.3) as store, other.connect() as conn:
            conn.execute(text("LOCK TABLE mission IN ACCESS EXCLUSIVE MODE"))
            with pytest.raises(DatabaseBusy, match="Another program is writing to postgresql"):
                _add_mission(store)
            conn.rollback()
            _add_mission(store)
    finally:
        other.dispose()


@pytest.mark.postgres
def test_a_lost_postgres_connection_is_said_clearly(pg_url: str, paths: Paths) -> None:
    """The server ends Ponte's session (a restart, an administrator): DatabaseUnavailable
    saying the connection was lost, not a driver's traceback."""
    other = create_engine(pg_url)
    try:
        with (
            open_store(pg_url, paths=paths) as store,
            pytest.raises(DatabaseUnavailable, match="connection to postgresql"),
            store.session() as s,
        ):
            pid = s.scalars(text("SELECT pg_backend_pid()")).one()
            with other.connect() as conn:
                conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
                conn.commit()
            s.execute(text("SELECT 1"))
    finally:
        other.dispose()
