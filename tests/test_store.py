"""Opening databases: what is ours opens, what is not is refused and left untouched."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from app.common.paths import Paths
from app.store import (
    DatabaseUnavailable,
    NewerDatabase,
    NotAPonteDatabase,
    open_store,
    parse_location,
)
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


def test_reopening_a_current_database_makes_no_backup(sqlite_path: Path, paths: Paths) -> None:
    """Only an upgrade is worth a backup."""
    open_store(sqlite_path, paths=paths).close()
    with open_store(sqlite_path, paths=paths) as store:
        assert store.backup is None
    assert not paths.backups_dir.exists()


def test_empty_file_becomes_a_ponte_database(sqlite_path: Path, paths: Paths) -> None:
    """A zero-byte file (e.g. made by 'touch') is initialised."""
    sqlite_path.touch()
    open_store(sqlite_path, paths=paths).close()
    assert sqlite_path.stat().st_size > 0


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
    with pytest.raises(DatabaseUnavailable, match="Cannot use postgresql"):
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
