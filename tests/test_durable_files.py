"""Durable local files (issue 16): schema creation and upgrades all or nothing, damaged files
set aside and never written, foreign and empty files refused untouched, rolling verified
backups, restore, and a busy file that waits with a notice and ends in a worded refusal."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from app.cli import build_cli
from app.common.paths import Paths
from app.common.wording import Message
from app.model import Mission, Participant
from app.services.backups import backups, make_backup, restore_backup
from app.services.database import on_database_wait
from app.store import DatabaseBusy, NotAPonteDatabase, StoreError, migrate, open_store
from app.store import messages as store_msg
from app.store.backup import (
    KEEP_DAILY,
    KEEP_MONTHLY,
    KEEP_NEWEST,
    KEEP_WEEKLY,
    BackupInfo,
    _prefix,
    _write_sidecar,
    backup_sqlite,
    list_backups,
    rotate,
)
from app.store.sqlite_file import PONTE_APPLICATION_ID, DamagedDatabase, check_file
from tests.demo_support import CopyDemo
from tests.sqlite_support import sqlite_dump

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).resolve().parent.parent


def _bytes(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _folder(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


def _revision(path: Path) -> str:
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return str(con.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        con.close()


def _integrity(path: Path) -> tuple[str, int]:
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        (ok,) = con.execute("PRAGMA integrity_check").fetchone()
        broken = len(con.execute("PRAGMA foreign_key_check").fetchall())
        return ok, broken
    finally:
        con.close()


@pytest.fixture
def saved_0001(tmp_path: Path) -> Path:
    target = tmp_path / "saved-0001.sqlite"
    shutil.copyfile(FIXTURES / "ponte-0001.sqlite", target)
    return target


def _damage(path: Path, table: str = "participant") -> None:
    """Overwrite the middle of one of ``table``'s inner pages with bytes (as a bad sector or
    a half-copied file would): the header stays valid, the page does not."""
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
        # one of the table's own leaf pages (its root need not be followed by them: a
        # migration that rebuilds the table puts it at the end of the file)
        leaves = [
            n
            for (n,) in con.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
                (table,),
            )
        ]
    finally:
        con.close()
    assert leaves, f"{table} has no leaf page to damage"
    page = leaves[len(leaves) // 2]
    with path.open("r+b") as f:
        f.seek((page - 1) * page_size + 200)
        f.write(b"\xff" * 300)


# --- creation and upgrades: all or nothing ------------------------------------------------------


def test_creation_that_fails_half_way_leaves_no_file(
    sqlite_path: Path, paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = migrate.upgrade

    def upgrade_then_fail(connection: object, target: str = "head") -> None:
        real(connection, "0005")  # type: ignore[arg-type]
        raise RuntimeError("power cut")

    monkeypatch.setattr(migrate, "upgrade", upgrade_then_fail)
    with pytest.raises(StoreError, match="power cut"):
        open_store(sqlite_path, paths=paths)
    assert _folder(sqlite_path) == {"home"} or not sqlite_path.exists()
    assert not [n for n in _folder(sqlite_path) if "mission.sqlite" in n]
    monkeypatch.setattr(migrate, "upgrade", real)
    with open_store(sqlite_path, paths=paths) as store, store.session() as s:
        assert migrate.current_revision(s.connection()) == migrate.head_revision()


def test_upgrade_that_fails_half_way_leaves_the_file_as_it_was(
    saved_0001: Path, paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tables rebuilt by the first migrations are rolled back with the rest: no
    _alembic_tmp_ table, no 'already exists' on the next open."""
    before = sqlite_dump(saved_0001)
    real = migrate.upgrade

    def upgrade_then_fail(connection: object, target: str = "head") -> None:
        real(connection, "0006")  # type: ignore[arg-type]
        raise RuntimeError("disk full")

    monkeypatch.setattr(migrate, "upgrade", upgrade_then_fail)
    for _ in range(3):  # tried again and again: still the file as it was, one copy kept
        with pytest.raises(StoreError, match="nothing was changed"):
            open_store(saved_0001, paths=paths)
        assert sqlite_dump(saved_0001) == before
        assert _revision(saved_0001) == "0001"
    assert len(list_backups(saved_0001, paths.backups_dir)) == 1
    monkeypatch.setattr(migrate, "upgrade", real)
    with open_store(saved_0001, paths=paths) as store, store.session() as s:
        assert migrate.current_revision(s.connection()) == migrate.head_revision()
        assert s.scalar(select(func.count()).select_from(Participant)) > 0
    assert _integrity(saved_0001) == ("ok", 0)


_CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from app.common.paths import Paths
    from app.store import migrate, open_store

    target, ready, stop_at = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    real = migrate.upgrade

    def upgrade_then_hang(connection, to="head"):
        real(connection, stop_at)
        ready.write_text("ready")
        time.sleep(120)

    migrate.upgrade = upgrade_then_hang
    open_store(target, paths=Paths.for_user())
    """
)


def _kill_during_migration(target: Path, tmp_path: Path, stop_at: str) -> None:
    ready = tmp_path / "ready"
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(target), str(ready), stop_at],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        deadline = time.monotonic() + 60
        while not ready.exists():
            assert child.poll() is None, "the child ended before the migration"
            assert time.monotonic() < deadline
            time.sleep(0.05)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL


def test_sigkill_during_creation_leaves_no_file(
    sqlite_path: Path, tmp_path: Path, paths: Paths
) -> None:
    _kill_during_migration(sqlite_path, tmp_path, "head")
    assert not sqlite_path.exists()
    with open_store(sqlite_path, paths=paths) as store, store.session() as s:
        assert migrate.current_revision(s.connection()) == migrate.head_revision()
    assert _integrity(sqlite_path) == ("ok", 0)


def test_sigkill_during_an_upgrade_leaves_the_old_file(
    saved_0001: Path, tmp_path: Path, paths: Paths
) -> None:
    before = sqlite_dump(saved_0001)
    _kill_during_migration(saved_0001, tmp_path, "0006")
    assert _integrity(saved_0001) == ("ok", 0)
    assert sqlite_dump(saved_0001) == before
    with open_store(saved_0001, paths=paths) as store, store.session() as s:
        assert migrate.current_revision(s.connection()) == migrate.head_revision()
    [copy] = [b for b in list_backups(saved_0001, paths.backups_dir) if b.pre_upgrade]
    assert copy.revision == "0001" and copy.checked


# --- damaged files ---------------------------------------------------------------------------


def test_a_damaged_file_is_set_aside_unwritten_and_the_good_backup_named(
    tmp_path: Path, paths: Paths, copy_demo: CopyDemo
) -> None:
    db = copy_demo(tmp_path / "mission.sqlite")
    good = make_backup(db, paths)
    _damage(db)
    assert check_file(db) is not None  # quick_check sees it
    damaged_bytes = _bytes(db)
    with pytest.raises(DamagedDatabase) as caught:
        open_store(db, paths=paths)
    error = caught.value
    assert not db.exists()
    assert error.set_aside == tmp_path / "mission.sqlite.damaged"
    assert _bytes(error.set_aside) == damaged_bytes  # never written
    assert error.backup == good
    said = str(error)
    assert str(db) in said and str(error.set_aside) in said and str(good) in said
    assert "damaged" in said
    assert "破損" in error.text("ja") and "danneggiato" in error.text("it")
    # nothing of it was backed up over the good copy
    assert [b.path for b in list_backups(db, paths.backups_dir)] == [good]
    # restoring the named backup gives a file that opens
    assert restore_backup(good, db, paths) is None
    with open_store(db, paths=paths) as store, store.session() as s:
        assert s.scalar(select(func.count()).select_from(Participant)) > 0


def test_a_damaged_file_with_no_backup_says_so(
    tmp_path: Path, paths: Paths, copy_demo: CopyDemo
) -> None:
    db = copy_demo(tmp_path / "mission.sqlite")
    _damage(db)
    with pytest.raises(DamagedDatabase, match="no good backup") as caught:
        open_store(db, paths=paths)
    assert caught.value.backup is None
    assert caught.value.set_aside.exists()


def test_a_second_damaged_file_does_not_replace_the_first_set_aside(
    tmp_path: Path, paths: Paths, copy_demo: CopyDemo
) -> None:
    db = copy_demo(tmp_path / "mission.sqlite")
    _damage(db)
    with pytest.raises(DamagedDatabase):
        open_store(db, paths=paths)
    copy_demo(db)
    _damage(db)
    with pytest.raises(DamagedDatabase) as caught:
        open_store(db, paths=paths)
    assert caught.value.set_aside.name == "mission.sqlite.damaged-2"
    assert (tmp_path / "mission.sqlite.damaged").exists()


def test_broken_references_count_as_damage(
    tmp_path: Path, paths: Paths, copy_demo: CopyDemo
) -> None:
    db = copy_demo(tmp_path / "mission.sqlite")
    con = sqlite3.connect(db)
    con.execute(
        "UPDATE participant SET organisation_id = 999999 "
        "WHERE id = (SELECT min(id) FROM participant)"
    )
    con.commit()
    con.close()
    with pytest.raises(DamagedDatabase, match="do not exist"):
        open_store(db, paths=paths)


def test_the_command_line_says_damaged_without_a_traceback(
    tmp_path: Path, paths: Paths, copy_demo: CopyDemo
) -> None:
    db = copy_demo(tmp_path / "mission.sqlite")
    _damage(db)
    result = CliRunner().invoke(build_cli(), ["info", "--db", str(db)])
    assert result.exit_code == 1
    assert "is damaged" in result.output and "Traceback" not in result.output
    assert (tmp_path / "mission.sqlite.damaged").exists()


# --- empty and foreign files -------------------------------------------------------------------


def _foreign(path: Path, app_id: int, tables: bool) -> None:
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA application_id = {app_id}")
    if tables:
        con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        con.execute("INSERT INTO notes (body) VALUES ('hello')")
    con.commit()
    con.execute("VACUUM")
    con.close()


@pytest.mark.parametrize(
    ("app_id", "tables"),
    [(0x12345678, False), (0x12345678, True), (0, True), (0, False)],
    ids=["empty-foreign-id", "foreign-id-tables", "no-id-tables", "empty-sqlite-no-id"],
)
def test_another_programs_sqlite_file_is_refused_untouched(
    sqlite_path: Path, paths: Paths, app_id: int, tables: bool
) -> None:
    _foreign(sqlite_path, app_id, tables)
    before, folder = _bytes(sqlite_path), _folder(sqlite_path)
    with pytest.raises(NotAPonteDatabase, match="another program"):
        open_store(sqlite_path, paths=paths)
    assert _bytes(sqlite_path) == before
    assert _folder(sqlite_path) == folder  # no -wal, no -shm, nothing set aside
    con = sqlite3.connect(f"{sqlite_path.as_uri()}?mode=ro", uri=True)
    assert con.execute("PRAGMA application_id").fetchone()[0] == app_id
    con.close()


def test_the_command_line_refuses_an_empty_file(sqlite_path: Path, paths: Paths) -> None:
    sqlite_path.touch()
    result = CliRunner().invoke(build_cli(), ["info", "--db", str(sqlite_path)])
    assert result.exit_code == 1 and "empty file" in result.output
    assert sqlite_path.stat().st_size == 0


def test_a_new_file_gets_ponte_s_application_id(sqlite_path: Path, paths: Paths) -> None:
    open_store(sqlite_path, paths=paths).close()
    con = sqlite3.connect(f"{sqlite_path.as_uri()}?mode=ro", uri=True)
    assert con.execute("PRAGMA application_id").fetchone()[0] == PONTE_APPLICATION_ID
    con.close()
    assert not [n for n in _folder(sqlite_path) if n.endswith(".new")]


# --- backups -----------------------------------------------------------------------------------


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def _fake(folder: Path, source: Path, made: datetime, label: str, checked: bool = True) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{_prefix(source)}.{made:%Y%m%dT%H%M%S%f}Z.{label}.sqlite"
    path.write_bytes(b"")
    _write_sidecar(BackupInfo(path=path, made=made, label=label, checked=checked))
    return path


def test_rotation_keeps_newest_dailies_weeklies_monthlies_manual_and_pre_upgrade(
    tmp_path: Path,
) -> None:
    source, folder = tmp_path / "mission.sqlite", tmp_path / "backups"
    start = datetime(2025, 1, 1, 12, tzinfo=UTC)
    old_manual = _fake(folder, source, start - timedelta(days=700), "manual")
    old_pre = _fake(folder, source, start - timedelta(days=650), "before-upgrade-from-0007")
    older_pre = _fake(folder, source, start - timedelta(days=690), "before-upgrade-from-0006")
    made = []
    for day in range(420):
        made.append(_fake(folder, source, start + timedelta(days=day), "open"))
    last = start + timedelta(days=419)
    extra = [_fake(folder, source, last + timedelta(hours=h), "close") for h in (1, 2, 3)]
    rotate(source, folder)
    kept = list_backups(source, folder)
    kept_paths = {b.path for b in kept}
    assert old_manual in kept_paths and old_pre in kept_paths and older_pre not in kept_paths
    assert set(extra) <= kept_paths
    days = {b.made.date() for b in kept}
    assert {(last - timedelta(days=d)).date() for d in range(KEEP_DAILY)} <= days
    months = {(b.made.year, b.made.month) for b in kept if not (b.manual or b.pre_upgrade)}
    assert len(months) == KEEP_MONTHLY
    weeks = {b.made.isocalendar()[:2] for b in kept if not (b.manual or b.pre_upgrade)}
    assert len(weeks) >= KEEP_WEEKLY
    regular = [b for b in kept if not (b.manual or b.pre_upgrade)]
    assert len(regular) <= KEEP_NEWEST + KEEP_DAILY + KEEP_WEEKLY + KEEP_MONTHLY
    oldest_regular = min(b.made for b in regular)
    assert oldest_regular > last - timedelta(days=366)
    assert not [
        p for p in folder.iterdir() if p.suffix == ".json" and Path(str(p)[:-5]) not in kept_paths
    ]


def test_real_backups_over_weeks_rotate_by_the_injected_clock(
    saved_0001: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    clock = Clock(datetime(2026, 3, 1, 9, tzinfo=UTC))
    for _ in range(30):
        backup_sqlite(saved_0001, folder, label="open", now=clock)
        clock.now += timedelta(days=2)
    kept = list_backups(saved_0001, folder)
    assert all(b.checked and b.counts.get("participant") for b in kept)
    assert len(kept) < 30
    newest = kept[0].made
    assert newest == datetime(2026, 3, 1, 9, tzinfo=UTC) + timedelta(days=58)
    assert len(list(folder.glob("*.sqlite"))) == len(list(folder.glob("*.json"))) == len(kept)


def test_a_backup_is_made_on_open_only_when_the_file_changed(
    tmp_path: Path, paths: Paths, copy_demo: CopyDemo
) -> None:
    db = copy_demo(tmp_path / "mission.sqlite")
    for _ in range(3):
        open_store(db, paths=paths).close()
    assert len(backups(db, paths)) == 1
    with open_store(db, paths=paths) as store, store.session() as s:
        s.add(_mission("New one"))
    open_store(db, paths=paths).close()
    rows = backups(db, paths)
    assert len(rows) == 2 and all(r.checked for r in rows)
    assert rows[0].participants == rows[1].participants


def test_a_backup_that_fails_its_check_is_dropped_and_rotates_nothing(
    saved_0001: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.store.backup as backup_module

    folder = tmp_path / "backups"
    first = backup_sqlite(saved_0001, folder, label="manual")
    monkeypatch.setattr(backup_module, "check_file", lambda _path: "On tree page 4: bad")
    with pytest.raises(StoreError, match="failed SQLite's check"):
        backup_sqlite(saved_0001, folder, label="open")
    assert [b.path for b in list_backups(saved_0001, folder)] == [first]
    assert sorted(p.name for p in folder.iterdir()) == sorted([first.name, first.name + ".json"])


def test_restore_checks_the_backup_and_keeps_the_current_file_aside(
    tmp_path: Path, paths: Paths, copy_demo: CopyDemo
) -> None:
    db = copy_demo(tmp_path / "mission.sqlite")
    backup = make_backup(db, paths)
    before_restore = sqlite_dump(backup)
    with open_store(db, paths=paths) as store, store.session() as s:
        s.execute(text("DELETE FROM meeting"))
    changed = sqlite_dump(db)
    kept = restore_backup(backup, db, paths)
    assert kept is not None and kept.name.startswith("mission.sqlite.before-restore-")
    assert sqlite_dump(kept) == changed
    assert sqlite_dump(db) == before_restore
    # a damaged backup is refused: nothing changes
    bad = tmp_path / "bad.sqlite"
    shutil.copyfile(backup, bad)
    _damage(bad)
    now = _bytes(db)
    with pytest.raises(StoreError, match="damaged"):
        restore_backup(bad, db, paths)
    assert _bytes(db) == now


# --- a busy file ---------------------------------------------------------------------------------


@contextmanager
def _held(path: Path, seconds: float) -> Iterator[threading.Thread]:
    """Another program holding the write lock of ``path`` for ``seconds``."""
    started = threading.Event()

    def hold() -> None:
        other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE alembic_version SET version_num = version_num")
        started.set()
        time.sleep(seconds)
        other.execute("ROLLBACK")
        other.close()

    thread = threading.Thread(target=hold)
    thread.start()
    started.wait(10)
    try:
        yield thread
    finally:
        thread.join()


@pytest.fixture
def notices() -> Iterator[list[Message]]:
    said: list[Message] = []
    previous = on_database_wait(said.append)
    yield said
    on_database_wait(previous)


def _mission(name: str) -> Mission:
    return Mission(
        name=name,
        host_city="Torino",
        timezone="Europe/Rome",
        start_date=date(2030, 1, 1),
        end_date=date(2030, 1, 2),
    )


def _missions(path: Path) -> int:
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return int(con.execute("SELECT count(*) FROM mission").fetchone()[0])
    finally:
        con.close()


def test_a_long_lock_says_it_waits_then_refuses_in_words_with_nothing_written(
    tmp_path: Path, paths: Paths, copy_demo: CopyDemo, notices: list[Message]
) -> None:
    db = copy_demo(tmp_path / "mission.sqlite")
    count = _missions(db)
    with open_store(db, paths=paths, busy_timeout=1.5) as store, _held(db, 4.0):
        started = time.monotonic()
        with pytest.raises(DatabaseBusy) as busy, store.session() as s:
            s.add(_mission("Half"))
            s.flush()
        assert 1.4 < time.monotonic() - started < 3.5
    assert [m.wording for m in notices] == [store_msg.WAITING]
    assert str(db) in str(notices[0])
    assert str(busy.value) == str(store_msg.BUSY(database=db))
    assert _missions(db) == count
    with open_store(db, paths=paths) as store, store.session() as s:  # the file is fine after
        s.add(_mission("After"))
    assert _missions(db) == count + 1


def test_a_shorter_lock_is_waited_for_and_the_work_goes_through(
    tmp_path: Path, paths: Paths, copy_demo: CopyDemo, notices: list[Message]
) -> None:
    db = copy_demo(tmp_path / "mission.sqlite")
    count = _missions(db)
    with (
        open_store(db, paths=paths, busy_timeout=10) as store,
        _held(db, 1.6),
        store.session() as s,
    ):
        s.add(_mission("Later"))
    assert len(notices) == 1
    assert _missions(db) == count + 1


def test_a_snapshot_reads_while_another_program_writes(
    tmp_path: Path, paths: Paths, copy_demo: CopyDemo, notices: list[Message]
) -> None:
    db = copy_demo(tmp_path / "mission.sqlite")
    with (
        open_store(db, paths=paths, busy_timeout=0.5) as store,
        _held(db, 1.5),
        store.snapshot() as s,
    ):
        assert s.scalar(select(func.count()).select_from(Mission)) == _missions(db)
    assert notices == []


def test_failing_statements_never_show_row_values(sqlite_path: Path, paths: Paths) -> None:
    secret = "rossi.secret@example.com"
    with (
        open_store(sqlite_path, paths=paths) as store,
        pytest.raises(DBAPIError) as caught,
        store.engine.begin() as conn,
    ):
        conn.execute(
            text("INSERT INTO mission (id, name) VALUES (:id, :name)"),
            {"id": None, "name": secret},
        )
    assert secret not in str(caught.value)


def test_a_backup_killed_half_way_never_counts(saved_0001: Path, tmp_path: Path) -> None:
    """A copy is made under a hidden name and named only once checked: what a crash leaves
    (the hidden copy, a sidecar without its copy) is not listed, and the orphan is tidied."""
    folder = tmp_path / "backups"
    first = backup_sqlite(saved_0001, folder, label="open")
    partial = folder / f".{first.name.replace('open', 'close')}.partial"
    partial.write_bytes(b"SQLite format 3\x00 half")
    orphan = folder / f"{_prefix(saved_0001)}.20990101T000000000000Z.close.sqlite.json"
    orphan.write_text("{}")
    assert [b.path for b in list_backups(saved_0001, folder)] == [first]
    backup_sqlite(saved_0001, folder, label="manual")
    assert not orphan.exists()
    assert partial.exists()  # a younger one may be another process's copy in progress


def test_reading_is_not_blocked_and_a_declared_write_waits_with_a_notice(
    tmp_path: Path, paths: Paths, copy_demo: CopyDemo, notices: list[Message]
) -> None:
    """A read begins DEFERRED (the writer does not block it); a unit of work that says it
    will write takes the lock before its first read, and waits for it with the notice."""
    db = copy_demo(tmp_path / "mission.sqlite")
    count = _missions(db)
    with open_store(db, paths=paths, busy_timeout=10) as store:
        with _held(db, 1.8):
            started = time.monotonic()
            with store.session() as s:
                assert s.scalar(select(func.count()).select_from(Mission)) == count
            assert time.monotonic() - started < 1.0 and notices == []
            with store.session(write=True) as s:
                assert s.scalar(select(func.count()).select_from(Mission)) == count
                s.add(_mission("Declared"))
        assert len(notices) == 1
    assert _missions(db) == count + 1


def test_the_command_line_says_it_waits_on_stderr_then_goes_on(
    tmp_path: Path, paths: Paths, copy_demo: CopyDemo
) -> None:
    db = copy_demo(tmp_path / "mission.sqlite")
    open_store(db, paths=paths).close()  # its backup made: the command's open only checks
    previous = on_database_wait(None)
    try:
        with _held(db, 1.8):
            result = CliRunner().invoke(
                build_cli(),
                ["mission", "edit", "--db", str(db), "--mission", "1", "--organiser", "Camera"],
            )
    finally:
        on_database_wait(previous)
    assert result.exit_code == 0, result.output
    assert f"Waiting for another program using {db}…" in result.stderr
    assert "Waiting" not in result.stdout


def test_a_ponte_file_whose_schema_page_is_damaged_is_still_known_as_ponte_s(
    tmp_path: Path, paths: Paths, copy_demo: CopyDemo
) -> None:
    """SQLite cannot even list its tables: the header's application_id says whose it is."""
    db = copy_demo(tmp_path / "mission.sqlite")
    open_store(db, paths=paths).close()
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    with db.open("r+b") as f:  # page 1 after the 100-byte header: sqlite_master's cells
        f.seek(100)
        f.write(b"\x0d\x00\x00\xff\xff\xff\xff" + b"\xee" * 400)
    with pytest.raises(DamagedDatabase) as caught:
        open_store(db, paths=paths)
    assert caught.value.backup is not None


def test_another_program_s_unreadable_sqlite_file_is_left_alone(
    sqlite_path: Path, paths: Paths
) -> None:
    _foreign(sqlite_path, 0x12345678, True)
    with sqlite_path.open("r+b") as f:
        f.seek(100)
        f.write(b"\x0d\x00\x00\xff\xff\xff\xff" + b"\xee" * 400)
    before = _bytes(sqlite_path)
    with pytest.raises(NotAPonteDatabase):
        open_store(sqlite_path, paths=paths)
    assert _bytes(sqlite_path) == before and sqlite_path.exists()


def test_ponte_backup_make_list_restore(tmp_path: Path, paths: Paths, copy_demo: CopyDemo) -> None:
    db = copy_demo(tmp_path / "mission.sqlite")
    cli, runner = build_cli(), CliRunner()
    made = runner.invoke(cli, ["backup", "make", "--db", str(db)])
    assert made.exit_code == 0 and "(checked)" in made.output
    listed = runner.invoke(cli, ["backup", "list", "--db", str(db)])
    assert listed.exit_code == 0 and "manual" in listed.output and "participants" in listed.output
    wanted = sqlite_dump(db)
    con = sqlite3.connect(db)
    con.execute("UPDATE mission SET organiser = 'changed'")
    con.commit()
    con.close()
    restored = runner.invoke(cli, ["backup", "restore", "--db", str(db), "--newest", "--yes"])
    assert restored.exit_code == 0, restored.output
    assert "kept as" in restored.output and "Traceback" not in restored.output
    assert sqlite_dump(db) == wanted
    neither = runner.invoke(cli, ["backup", "restore", "--db", str(db), "--yes"])
    assert neither.exit_code == 2


def test_what_a_killed_creation_left_is_tidied_by_the_next(sqlite_path: Path, paths: Paths) -> None:
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], check=True,
                          capture_output=True, text=True)  # fmt: skip
    leftover = sqlite_path.with_name(f".{sqlite_path.name}.{gone.stdout.strip()}.1.new")
    leftover.write_bytes(b"SQLite format 3\x00 half made")
    leftover.with_name(leftover.name + "-wal").write_bytes(b"frames")
    open_store(sqlite_path, paths=paths).close()
    assert not [p for p in sqlite_path.parent.iterdir() if p.name.startswith(".mission")]
    assert _integrity(sqlite_path) == ("ok", 0)
