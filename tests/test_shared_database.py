"""Shared databases (PostgreSQL) opened from the window and the command line, with the
password never stored in Ponte's files nor printed: File › Open shared database… (host, port,
database, user, password kept in the keyring on request, a connection test off the UI thread
that says what it found), ``ponte info`` with a password in the URL, the settings cleaned of
an older Ponte's password.

The wrong-password cases need a server that checks a password: scripts/pg.sh makes the role
``ponte_password_check`` give one (scram) while every other role is trusted. On a server
started by an older pg.sh those tests are skipped and say so."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.common.paths import Paths
from app.common.settings import Settings, load_settings, save_settings, split_password
from app.services.database import (
    PasswordNeeded,
    SharedDatabase,
    StoreError,
    WrongPassword,
    check_connection,
    masked,
    open_database,
    parse_location,
    remember_database_password,
    stored_database_password,
)
from tests.conftest import PG_URL
from tests.smtp_support import MemoryKeyring
from ui.application import Shell, build_shell
from ui.dialogs.shared_database import SharedDatabaseDialog
from ui.pages import registry

ROLE = "ponte_password_check"
PASSWORD = "right-パス"
WRONG = "wrong-password-123"
PONTE = str(Path(sys.executable).with_name("ponte"))

pytestmark = pytest.mark.postgres


@pytest.fixture
def shared(pg_url: str) -> SharedDatabase:
    """A fresh database owned by the role that must give its password."""
    admin = create_engine(make_url(PG_URL or ""), isolation_level="AUTOCOMMIT")
    name = make_url(pg_url).database
    try:
        with admin.connect() as conn:
            exists = conn.execute(
                text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": ROLE}
            ).scalar()
            if not exists:
                conn.execute(text(f"CREATE ROLE {ROLE} LOGIN"))
            conn.execute(text(f"ALTER ROLE {ROLE} PASSWORD '{PASSWORD}'"))
            conn.execute(text(f'ALTER DATABASE "{name}" OWNER TO {ROLE}'))
    finally:
        admin.dispose()
    url = make_url(pg_url)
    return SharedDatabase(
        host=url.host or "", port=url.port or 5432, database=name or "", user=ROLE
    )


@pytest.fixture
def checked(shared: SharedDatabase) -> SharedDatabase:
    """``shared``, on a server that refuses a wrong password (else the test is skipped)."""
    try:
        check_connection(shared, WRONG)
    except WrongPassword:
        return shared
    pytest.skip(f"this test server trusts {ROLE} (started by an older scripts/pg.sh)")


@pytest.fixture(autouse=True)
def no_pgpassword(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))  # nor the machine's .pgpass


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """A computer without a system keyring (keyring's 'fail' backend)."""
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(before)


def url_with(shared: SharedDatabase, password: str, *, query: bool = False) -> str:
    base = shared.target()
    if query:
        return f"{base}?password={password}"
    return base.replace(f"{ROLE}@", f"{ROLE}:{password}@", 1)


def files_holding(root: Path, secret: str) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and secret.encode() in p.read_bytes()]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PONTE, *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


# --- naming a server without its password -------------------------------------------------


@pytest.mark.parametrize(
    "given",
    [
        "postgresql://ponte:s3cret@db.example/missions",
        "postgresql+psycopg://ponte@db.example:5432/missions?password=s3cret",
        "postgresql://ponte:s3cret@db.example/missions?password=s3cret&sslmode=require",
    ],
)
def test_a_server_is_named_without_its_password(given: str) -> None:
    location = parse_location(given)
    assert location.password == "s3cret"
    assert "s3cret" not in location.display()
    assert "***" not in location.display()
    assert location.display().startswith("postgresql+psycopg://ponte@db.example:5432/missions")
    assert location.account == "ponte@db.example:5432/missions"
    assert masked(given) == location.display()
    assert split_password(given)[1] == "s3cret"
    assert "s3cret" not in split_password(given)[0]


def test_settings_never_write_a_password(paths: Paths) -> None:
    settings = Settings(database="postgresql://ponte:s3cret@db.example/missions")
    settings.add_recent("postgresql://ponte@db.example/missions?password=s3cret")
    settings.add_recent("/tmp/a mission.sqlite")
    save_settings(paths, settings)
    written = paths.settings_file.read_text(encoding="utf-8")
    assert "s3cret" not in written
    assert json.loads(written)["database"] == "postgresql://ponte@db.example/missions"
    assert "/tmp/a mission.sqlite" in json.loads(written)["recent"]


def test_an_older_settings_file_is_cleaned_on_load(
    paths: Paths, memory_keyring: MemoryKeyring
) -> None:
    """A password an older Ponte wrote is taken out of the file and into the keyring."""
    paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    old = "postgresql+psycopg://ponte:s3cret@db.example:5433/missions"
    paths.settings_file.write_text(
        json.dumps({"database": old, "recent": [old, "postgresql://u@h/x?password=other"]}),
        encoding="utf-8",
    )
    settings = load_settings(paths)
    assert settings.database == "postgresql+psycopg://ponte@db.example:5433/missions"
    assert "s3cret" not in paths.settings_file.read_text(encoding="utf-8")
    assert "other" not in paths.settings_file.read_text(encoding="utf-8")
    assert memory_keyring.secrets[("Ponte database", "ponte@db.example:5433/missions")] == "s3cret"
    assert stored_database_password(settings.database) == "s3cret"


# --- the command line -----------------------------------------------------------------------


def test_info_with_a_password_in_the_url_never_prints_it(
    checked: SharedDatabase, paths: Paths
) -> None:
    for given in (url_with(checked, PASSWORD), url_with(checked, PASSWORD, query=True)):
        result = run("info", "--db", given)
        assert result.returncode == 0, result.stderr
        assert f"Database: {checked.target()}" in result.stdout
        assert PASSWORD not in result.stdout + result.stderr
    assert files_holding(Path(os.environ["PONTE_HOME"]), PASSWORD) == []


def test_info_without_a_password_says_how_to_give_it(checked: SharedDatabase, paths: Paths) -> None:
    result = run("info", "--db", checked.target())
    assert result.returncode == 1
    assert "asks for a password" in result.stderr and "PGPASSWORD" in result.stderr
    result = run("info", "--db", checked.target(), env={"PGPASSWORD": PASSWORD})
    assert result.returncode == 0, result.stderr
    assert PASSWORD not in result.stdout + result.stderr


def test_info_with_a_wrong_password_says_so(checked: SharedDatabase, paths: Paths) -> None:
    result = run("info", "--db", url_with(checked, WRONG))
    assert result.returncode == 1
    assert "wrong password" in result.stderr
    assert WRONG not in result.stdout + result.stderr


# --- the connection test and the opening, as actions --------------------------------------


def test_connection_test_words_what_it_found(checked: SharedDatabase, paths: Paths) -> None:
    assert check_connection(checked, PASSWORD).contents == "empty"
    with pytest.raises(WrongPassword, match="wrong password") as wrong:
        check_connection(checked, WRONG)
    assert wrong.value.text("it").endswith("password errata.")
    assert "パスワードが違います" in wrong.value.text("ja")
    with pytest.raises(PasswordNeeded, match="asks for a password"):
        check_connection(checked, None)
    missing = SharedDatabase(checked.host, "no_such_db_here", ROLE, checked.port)
    with pytest.raises(StoreError, match="has no database named no_such_db_here"):
        check_connection(missing, PASSWORD)
    nobody = SharedDatabase(checked.host, checked.database, "no_such_user_here", checked.port)
    with pytest.raises(StoreError, match="has no user no_such_user_here"):
        check_connection(nobody, PASSWORD)
    with open_database(url_with(checked, PASSWORD), paths=paths):
        pass
    assert check_connection(checked, PASSWORD).contents == "ponte"


def test_connection_test_to_a_closed_port_or_a_silent_one(refused_port: int) -> None:
    closed = SharedDatabase("127.0.0.1", "ponte", "ponte", refused_port)
    with pytest.raises(
        StoreError, match=f"Cannot reach a database server at 127.0.0.1, port {refused_port}"
    ):
        check_connection(closed, "x")
    with socket.socket() as silent:  # takes the connection, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)
        port = silent.getsockname()[1]
        quiet = SharedDatabase("127.0.0.1", "ponte", "ponte", port)
        with pytest.raises(StoreError, match="did not answer within 1 seconds") as late:
            check_connection(quiet, "x", timeout_s=1)
    assert "1 秒以内に応答しませんでした" in late.value.text("ja")


def test_the_keyring_gives_the_password(
    checked: SharedDatabase, paths: Paths, memory_keyring: MemoryKeyring
) -> None:
    with pytest.raises(PasswordNeeded):
        open_database(checked.target(), paths=paths)
    remember_database_password(checked, PASSWORD)
    with open_database(checked.target(), paths=paths) as store:
        assert store.location.display() == checked.target()


# --- the window -----------------------------------------------------------------------------


@pytest.fixture
def make_shell(
    qapp: QApplication, paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[..., Shell]]:
    monkeypatch.setattr(registry, "page_entries", lambda: [])
    shells: list[Shell] = []

    def make(settings: Settings | None = None) -> Shell:
        shell = build_shell(paths, settings if settings is not None else load_settings(paths))
        shells.append(shell)
        shell.window.show()
        return shell

    yield make
    for shell in shells:
        shell.close()
    assert not [t for t in threading.enumerate() if t.name.startswith("ponte-network")]


def fill(dialog: SharedDatabaseDialog, qtbot: QtBot, shared: SharedDatabase, password: str) -> None:
    for edit, value in (
        (dialog.host, shared.host),
        (dialog.database, shared.database),
        (dialog.user, shared.user),
        (dialog.password_edit, password),
    ):
        edit.clear()
        if value.isascii():
            qtbot.keyClicks(edit, value)
        else:  # keyClicks aborts on non-ASCII
            edit.setText(value)
    dialog.port.setValue(shared.port)


def shown_dialog(shell: Shell) -> SharedDatabaseDialog | None:
    found = [d for d in shell.window.findChildren(SharedDatabaseDialog) if d.isVisible()]
    return found[-1] if found else None


def test_open_shared_database_from_the_file_menu(
    qtbot: QtBot,
    make_shell: Callable[..., Shell],
    checked: SharedDatabase,
    paths: Paths,
    memory_keyring: MemoryKeyring,
) -> None:
    shell = make_shell()
    shell.window.open_shared_action.trigger()
    dialog = shown_dialog(shell)
    assert dialog is not None
    assert dialog.port.value() == 5432
    fill(dialog, qtbot, checked, WRONG)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_testing(), timeout=15000)
    assert "Not connected" in dialog.message.text() and "wrong password" in dialog.message.text()

    dialog.password_edit.setText(PASSWORD)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.is_testing()  # off the UI thread: the window goes on meanwhile
    qtbot.waitUntil(lambda: not dialog.is_testing(), timeout=15000)
    assert dialog.message.text().startswith("Connected (PostgreSQL ")
    assert "empty" in dialog.message.text()

    assert dialog.remember.isChecked()
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Open), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: shell.controller.location() is not None, timeout=15000)
    qtbot.waitUntil(lambda: not shell.ctx.runner.is_busy())
    location = shell.controller.location()
    assert location is not None and location.display() == checked.target()
    assert PASSWORD not in shell.window.windowTitle()
    assert PASSWORD not in shell.window.database_label.text()
    assert checked.host in shell.window.database_label.text()
    assert load_settings(paths).database == checked.target()
    assert files_holding(Path(os.environ["PONTE_HOME"]), PASSWORD) == []
    assert memory_keyring.secrets == {("Ponte database", checked.account): PASSWORD}


def test_a_stored_shared_database_without_its_password_asks_for_it(
    qtbot: QtBot,
    make_shell: Callable[..., Shell],
    checked: SharedDatabase,
    paths: Paths,
    no_keyring: None,
) -> None:
    """No keyring on this computer: the window asks, and keeps the password nowhere."""
    shell = make_shell(Settings(database=checked.target()))
    shell.controller.open_startup(None)
    qtbot.waitUntil(lambda: shown_dialog(shell) is not None, timeout=15000)
    dialog = shown_dialog(shell)
    assert dialog is not None
    assert "asks for a password" in dialog.message.text()
    assert dialog.host.text() == checked.host and dialog.user.text() == ROLE
    assert not dialog.remember.isEnabled()  # no keyring on this machine
    dialog.password_edit.setText(PASSWORD)
    dialog.accept()
    qtbot.waitUntil(lambda: shell.controller.location() is not None, timeout=15000)
    qtbot.waitUntil(lambda: not shell.ctx.runner.is_busy())
    assert files_holding(Path(os.environ["PONTE_HOME"]), PASSWORD) == []
    # reopened from the recent list in the same run: not asked again
    asked: list[object] = []
    shell.controller.password_needed.connect(lambda *args: asked.append(args))
    opened: list[object] = []
    shell.controller.database_opened.connect(opened.append)
    shell.controller.open_recent(checked.target())
    qtbot.waitUntil(lambda: bool(opened), timeout=15000)
    assert asked == [] and shell.window.open_messages() == []


def test_a_password_in_the_window_db_url_works_but_is_not_kept(
    qtbot: QtBot, make_shell: Callable[..., Shell], checked: SharedDatabase, paths: Paths
) -> None:
    shell = make_shell()
    shell.controller.open_startup(url_with(checked, PASSWORD, query=True))
    qtbot.waitUntil(lambda: shell.controller.location() is not None, timeout=15000)
    qtbot.waitUntil(lambda: not shell.ctx.runner.is_busy())
    saved = paths.settings_file.read_text(encoding="utf-8")
    assert PASSWORD not in saved and checked.target() in saved
    assert PASSWORD not in shell.window.windowTitle() + shell.window.database_label.text()


def test_the_dialog_asks_for_host_and_database(
    qtbot: QtBot, make_shell: Callable[..., Shell]
) -> None:
    shell = make_shell()
    dialog = shell.window.open_shared_database_dialog()
    dialog.accept()
    assert dialog.isVisible() and "Name the server" in dialog.message.text()
    dialog.host.setText("db.example")
    dialog.accept()
    assert dialog.isVisible() and "Name the database" in dialog.message.text()
    dialog.host.setText("db.example:5432")
    dialog.database.setText("ponte")
    dialog.accept()
    assert dialog.isVisible() and "is not a host name" in dialog.message.text()
    dialog.reject()
